"""Writes the demo plan to the database; everything is looked up by a stable key before it is made.

A rerun finds every page, image, title and user it made the first time and leaves them as
they are: no new rows, no new page revisions. Pages are published once, when created.
"""

import datetime
import io
import uuid
from collections import Counter

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Collection, Site, WorkflowState
from wagtail.signals import page_published
from wagtailmedia import get_media_model

from exhibits.campaigns.models import (
    CampaignHonoree,
    CampaignIndexPage,
    CampaignKiosk,
    CampaignPage,
    CampaignStory,
)
from exhibits.core import review
from exhibits.core.models import County, Industry, SiteSettings
from exhibits.core.review import REVIEWER_GROUP_NAME
from exhibits.demo import campaigns as campaign_plan
from exhibits.demo import data, pictures, plan
from exhibits.demo import stories as story_plan
from exhibits.enterprises.models import EnterpriseIndexPage, EnterprisePage
from exhibits.enterprises.onboarding import OnboardingError, onboard_enterprise
from exhibits.home.models import HomeFeaturedHonoree, HomePage
from exhibits.honorees.models import HonoreeIndexPage, HonoreePage, Honour, HonourTitle
from exhibits.kiosks.models import KioskDisplay
from exhibits.park.models import (
    ParkPage,
    ParkZone,
    SculptureHonoree,
    SculpturePage,
    SculpturePhoto,
)
from exhibits.stories.models import StoryHonoree, StoryIndexPage, StoryKind, StoryPage

ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "admin"
# Demo logins for a local machine only: one union reviewer and one editor per enterprise.
DEMO_PASSWORD = "demo-pass"
REVIEWER_USERNAME = "shenhe"
# Appended to one star's summary in the draft that waits for the reviewer.
REVIEW_DRAFT_ADDITION = "近年又牵头完成班组技术革新三项。"


def editor_username(slug):
    """qiye01, qiye02, …: numbered by the enterprise's place in the data table, not the run."""
    position = next(i for i, spec in enumerate(data.ENTERPRISES, start=1) if spec["slug"] == slug)
    return f"qiye{position:02d}"


FEATURED_COUNT = 8
# Stream block ids derive from this namespace, so two fresh databases hold the same story JSON.
BLOCK_NAMESPACE = uuid.UUID("5f0b6a52-7a43-4c3e-9d1e-6c7a1f3b2d10")


class DemoSeeder:
    """Creates what is missing of the demo data set and counts what it made and what it found."""

    def __init__(self, honorees, enterprises):
        self.enterprise_plans = plan.plan_enterprises(enterprises)
        # (username, enterprise name) of every demo editor, for the command to print.
        self.editor_logins = []
        self.review_page = None
        self.honoree_plans = plan.plan_honorees(honorees, self.enterprise_plans)
        self.sculpture_plans = plan.plan_park(self.honoree_plans)
        self.story_plans = story_plan.plan_stories(self.honoree_plans)
        self.scheduled_plans = story_plan.plan_scheduled(self.honoree_plans, timezone.localdate())
        self.created = Counter()
        self.found = Counter()

    @transaction.atomic
    def run(self):
        self.build()

    def build(self):
        home = HomePage.objects.first()
        if home is None:
            raise CommandError("没有找到首页，请先运行 manage.py migrate。")
        self.collection = Collection.get_first_root_node()
        self.titles = self.honour_titles()
        self.counties = self.named_rows(County, data.COUNTIES, "counties")
        self.industries = self.named_rows(Industry, data.INDUSTRIES, "industries")
        self.scenes = {}
        honoree_index = self.child_page(
            home,
            HonoreeIndexPage,
            "honorees",
            lambda: HonoreeIndexPage(title="先进人物", intro=data.HONOREE_INDEX_INTRO),
        )
        enterprise_index = self.child_page(
            home,
            EnterpriseIndexPage,
            "enterprises",
            lambda: EnterpriseIndexPage(title="企业星光大道", intro=data.ENTERPRISE_INDEX_INTRO),
        )
        enterprises = {
            spec["slug"]: self.enterprise(enterprise_index, spec) for spec in self.enterprise_plans
        }
        honorees = {
            person.slug: self.honoree(honoree_index, enterprises, person)
            for person in self.honoree_plans
        }
        self.home(home, honorees)
        self.park(home, honorees)
        self.stories(home, honorees)
        self.kiosks(home)
        self.campaigns(home, honorees)
        self.site_settings()
        # Union sections are reviewed before any enterprise is onboarded.
        review.ensure_union_review()
        self.admin_user()
        editors = {
            spec["slug"]: self.onboard(enterprises[spec["slug"]], spec["slug"])
            for spec in self.enterprise_plans
        }
        self.reviewer_user()
        self.change_awaiting_review(honorees, editors)

    # --- reference data ---------------------------------------------------------------

    def honour_titles(self):
        titles = {}
        for name, level, body, sort_order, _first, _cycle in data.HONOUR_TITLES:
            title, created = HonourTitle.objects.get_or_create(
                name=name,
                defaults={"level": level, "awarding_body": body, "sort_order": sort_order},
            )
            self.count("titles", created)
            titles[name] = title
        return titles

    def named_rows(self, model, names, key):
        rows = {}
        for position, name in enumerate(names, start=1):
            row, created = model.objects.get_or_create(
                name=name, defaults={"sort_order": position * 10}
            )
            self.count(key, created)
            rows[name] = row
        return rows

    # --- images -----------------------------------------------------------------------

    def image(self, title, filename, draw, description=""):
        """The image with this title, drawn and stored only when there is none yet."""
        model = get_image_model()
        existing = model.objects.filter(title=title).order_by("pk").first()
        if existing:
            self.count("images", False)
            return existing
        image = model(title=title, collection=self.collection, description=description)
        image.file = ImageFile(io.BytesIO(draw()), name=filename)
        image.save()
        self.count("images", True)
        return image

    def scene(self, industry):
        if industry not in self.scenes:
            place, alt = data.SCENES[industry]
            self.scenes[industry] = self.image(
                f"事迹配图：{place}",
                f"scene-{data.INDUSTRIES.index(industry) + 1:02d}.jpg",
                lambda: pictures.draw_scene(industry),
                description=alt,
            )
        return self.scenes[industry]

    # --- pages ------------------------------------------------------------------------

    def child_page(self, parent, model, slug, build, key="pages"):
        """The child of `parent` with this slug; built, added and published if missing."""
        page = model.objects.child_of(parent).filter(slug=slug).first()
        if page is None and model.max_count == 1:
            # A one-per-site page an editor gave another slug is still that page.
            page = model.objects.first()
        if page is not None:
            self.count(key, False)
            return page
        page = build()
        page.slug = slug
        return self.publish_new(parent, page, key)

    def publish_new(self, parent, page, key):
        """Adds the page live, with its revision, publish log entry and signal: what Wagtail's
        publish() leaves, without its reload of the page from the revision and second save
        (half of the seed's time). add_child has validated the page; the revision need not."""
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.last_published_at = timezone.now()
        parent.add_child(instance=page)
        revision = page.save_revision(clean=False, changed=False)
        page.live_revision = revision
        page.save(update_fields=["live_revision"], clean=False)
        log(instance=page, action="wagtail.publish", revision=revision, content_changed=True)
        page_published.send(sender=page.specific_class, instance=page, revision=revision)
        self.count(key, True)
        return page

    def enterprise(self, index, spec):
        def build():
            logo = self.image(
                f"{spec['name']}标志",
                f"logo-{spec['slug']}.jpg",
                lambda: pictures.draw_logo(spec["logo_text"], spec["colour"]),
                description=f"{spec['name']}的标志",
            )
            return EnterprisePage(
                title=spec["name"],
                logo=logo,
                county=self.counties[spec["county"]],
                industry=self.industries[spec["industry"]],
                introduction=spec["introduction"],
                search_description=spec["search_description"],
            )

        return self.child_page(index, EnterprisePage, spec["slug"], build, key="enterprises")

    def honoree(self, index, enterprises, person):
        # Slugs are unique across the demo set, so a person is found wherever an editor moved them.
        page = HonoreePage.objects.filter(slug=person.slug).first()
        if page is not None:
            self.count("honorees", False)
            return page
        enterprise = enterprises.get(person.enterprise_slug)
        portrait = self.image(
            f"{person.name}肖像",
            f"portrait-{person.slug}.jpg",
            lambda: pictures.draw_portrait(person.look),
            description=person.portrait_alt,
        )
        page = HonoreePage(
            title=person.name,
            slug=person.slug,
            gender=person.gender,
            birth_year=person.birth_year,
            portrait=portrait,
            portrait_alt=person.portrait_alt,
            summary=person.summary,
            employer_enterprise=enterprise,
            employer_name=person.employer_name,
            post=person.post,
            county=self.counties[person.county],
            industry=self.industries[person.industry],
            story=self.story_blocks(person),
        )
        page.honours = [
            Honour(title=self.titles[title], year=year, note=note, sort_order=position)
            for position, (title, year, note) in enumerate(person.honours)
        ]
        page.tags.add(*person.tags)
        parent = enterprise if person.parent == "enterprise" else index
        return self.publish_new(parent, page, "honorees")

    def story_blocks(self, person):
        """The planned story as StreamField JSON, with block ids derived from the person."""
        blocks = []
        for position, (kind, value) in enumerate(person.story):
            if kind == "scene":
                image = self.scene(person.industry)
                kind = "image"
                value = {
                    "image": {
                        "image": image.pk,
                        "alt_text": image.description,
                        "decorative": False,
                    },
                    "caption": value,
                }
            block_id = uuid.uuid5(BLOCK_NAMESPACE, f"{person.slug}:{position}")
            blocks.append({"type": kind, "value": value, "id": str(block_id)})
        return blocks

    def home(self, home, honorees):
        """Fill the banner and the featured people unless an editor or an earlier run did."""
        changed = False
        if home.hero_image_id is None:
            home.hero_title = data.HERO_TITLE
            home.hero_text = data.HERO_TEXT
            home.hero_image = self.image(
                "首页横幅：鹰城晨曦",
                "home-hero.jpg",
                pictures.draw_hero,
                description="朝阳下的矿井井架、冷却塔、厂房和塔吊剪影",
            )
            changed = True
        if not home.featured_honorees.exists():
            # The most decorated people first: national titles, then the longest record.
            ranked = sorted(
                self.honoree_plans, key=lambda p: (p.best_level, -len(p.honours), p.index)
            )
            home.featured_honorees = [
                HomeFeaturedHonoree(honoree=honorees[person.slug], sort_order=position)
                for position, person in enumerate(ranked[:FEATURED_COUNT])
            ]
            changed = True
        if changed:
            home.save_revision().publish()
        self.count("home", changed)

    # --- the sculpture park -----------------------------------------------------------------

    def park(self, home, honorees):
        """The park with its map and zones, then every planned sculpture it does not hold yet."""
        made_before = self.created["park"]
        park = self.child_page(home, ParkPage, "park", self.build_park, key="park")
        # Zones belong to the park page: made with it, otherwise left as the editors keep them.
        zones = {zone.name: zone for zone in park.zones.all()}
        self.count("zones", self.created["park"] > made_before, len(zones))
        existing = dict(SculpturePage.objects.child_of(park).values_list("slug", "pk"))
        # Nobody is cast twice, even when an earlier run of another size placed them elsewhere.
        depicted = set(
            SculptureHonoree.objects.filter(sculpture__in=existing.values()).values_list(
                "honoree_id", flat=True
            )
        )
        for spec in self.sculpture_plans:
            if spec.slug in existing:
                self.count("sculptures", False)
                continue
            people = [honorees[slug] for slug in spec.honoree_slugs]
            people = [person for person in people if person.pk not in depicted]
            if people:
                self.sculpture(park, zones, spec, people)
                depicted.update(person.pk for person in people)

    def build_park(self):
        park_map = self.image(
            data.PARK_MAP_TITLE,
            "park-map.png",
            lambda: pictures.draw_park_map(plan.park_layout()),
            description=data.PARK_MAP_ALT,
        )
        page = ParkPage(
            title=data.PARK_TITLE,
            intro=data.PARK_INTRO,
            opening_hours=data.PARK_OPENING_HOURS,
            address=data.PARK_ADDRESS,
            map_image=park_map,
        )
        page.zones = [
            ParkZone(name=zone["name"], description=zone["description"], sort_order=position)
            for position, zone in enumerate(data.PARK_ZONES)
        ]
        return page

    def sculpture(self, park, zones, spec, people):
        photo = self.image(
            f"雕塑照片：{spec.title}",
            f"sculpture-{spec.slug}.jpg",
            lambda: pictures.draw_sculpture(spec.look),
            description=spec.photo_alt,
        )
        page = SculpturePage(
            title=spec.title,
            slug=spec.slug,
            year_of_entry=spec.year,
            sculptor=spec.sculptor,
            material=spec.material,
            unveiled_on=datetime.date(*spec.unveiled_on),
            inscription=spec.inscription,
            zone=zones.get(spec.zone),
            map_x=spec.map_x,
            map_y=spec.map_y,
        )
        page.depicted = [
            SculptureHonoree(honoree=person, sort_order=position)
            for position, person in enumerate(people)
        ]
        page.photos = [SculpturePhoto(image=photo, caption=spec.caption, sort_order=0)]
        return self.publish_new(park, page, "sculptures")

    # --- stories and 《劳动者之歌》 ----------------------------------------------------------

    def stories(self, home, honorees):
        """The story index and every planned story it does not hold yet (found by slug)."""
        if not self.story_plans:
            return
        index = self.child_page(
            home,
            StoryIndexPage,
            "stories",
            lambda: StoryIndexPage(
                title=story_plan.STORY_INDEX_TITLE, intro=story_plan.STORY_INDEX_INTRO
            ),
        )
        kinds = {}
        for slug, (name, is_series) in story_plan.KINDS.items():
            kinds[slug] = StoryKind.objects.filter(slug=slug).first()
            if kinds[slug] is None:
                kinds[slug] = StoryKind.objects.create(
                    slug=slug, name=name, is_series=is_series, sort_order=len(kinds) * 10
                )
        existing = dict(StoryPage.objects.values_list("slug", "video_id"))
        video = None
        for spec in self.story_plans:
            if spec.slug in existing:
                self.count("stories", False)
                if existing[spec.slug] is not None:
                    self.count("videos", False)
                continue
            if spec.video and video is None:
                video = story_plan.make_video() or b""
            self.story(index, kinds[spec.kind], spec, honorees, video)
        for spec in self.scheduled_plans:
            if spec.slug in existing:
                self.count("scheduled", False)
                continue
            self.story(index, kinds[spec.kind], spec, honorees, None)

    def story(self, index, kind, spec, honorees, video):
        body = [("paragraph", f"<p>{text}</p>") for text in spec.paragraphs]
        if spec.quote:
            body.insert(1, ("quote", {"text": spec.quote[0], "attribution": spec.quote[1]}))
        page = StoryPage(
            title=spec.title,
            slug=spec.slug,
            date=spec.date,
            kind=kind,
            hero_image=self.scene(spec.industry),
            summary=spec.summary,
            body=[
                {
                    "type": block,
                    "value": value,
                    "id": str(uuid.uuid5(BLOCK_NAMESPACE, f"{spec.slug}:{n}")),
                }
                for n, (block, value) in enumerate(body)
            ],
            episode_number=spec.episode_number,
            air_date=spec.air_date,
        )
        if spec.video and video:
            page.video, page.video_poster, page.video_subtitles = self.story_video(spec, video)
        page.people = [
            StoryHonoree(honoree=honorees[slug], sort_order=position)
            for position, slug in enumerate(spec.honoree_slugs)
            if slug in honorees
        ]
        if spec.expire_at:
            page.expire_at = timezone.make_aware(spec.expire_at)
        if spec.go_live_at:
            return self.schedule_new(index, page, timezone.make_aware(spec.go_live_at))
        return self.publish_new(index, page, "stories" if not spec.expire_at else "scheduled")

    def schedule_new(self, parent, page, go_live_at):
        """Adds the page as a draft whose revision Wagtail publishes at go_live_at."""
        page.live, page.go_live_at = False, go_live_at
        parent.add_child(instance=page)
        page.save_revision(clean=False).publish()
        self.count("scheduled", True)
        return page

    def story_video(self, spec, video):
        """An episode's video file, poster and subtitles (made only when ffmpeg made a video)."""
        media = get_media_model()(
            title=f"视频：{spec.title}", type="video", collection=self.collection, duration=4
        )
        media.file = ContentFile(video, name=f"{spec.slug}.mp4")
        media.width, media.height = 640, 360
        media.save()
        poster = self.image(
            f"视频封面：{spec.title}",
            f"poster-{spec.slug}.jpg",
            lambda: pictures.draw_scene(spec.industry, size=(1280, 720)),
            description=f"{spec.title}的视频封面",
        )
        subtitles = get_document_model()(title=f"字幕：{spec.title}", collection=self.collection)
        subtitles.file = ContentFile(story_plan.subtitles(spec), name=f"{spec.slug}.vtt")
        subtitles.save()
        self.count("videos", True)
        return media, poster, subtitles

    # --- the park's kiosks -------------------------------------------------------------------

    def kiosks(self, home):
        """Two published kiosks: a welcome slide, the featured people, the newest sculptures."""
        featured = [f.honoree for f in home.featured_honorees.select_related("honoree")]
        newest = list(SculpturePage.objects.live().order_by("-year_of_entry", "path")[:4])
        for spec in data.KIOSKS:
            if KioskDisplay.objects.filter(slug=spec["slug"]).exists():
                self.count("kiosks", False)
                continue
            playlist = [("slide", {"image": home.hero_image, "caption": spec["welcome"]})]
            playlist += [("honoree", person) for person in featured]
            playlist += [("sculpture", sculpture) for sculpture in newest]
            kiosk = KioskDisplay(
                name=spec["name"],
                slug=spec["slug"],
                orientation=spec["orientation"],
                text_size=spec["text_size"],
                idle_timeout=spec["idle_timeout"],
                map_x=spec["here"][0],
                map_y=spec["here"][1],
                playlist=playlist,
            )
            kiosk.save()
            kiosk.save_revision().publish()
            self.count("kiosks", True)

    # --- 五一劳模宣传月 ------------------------------------------------------------------

    def campaigns(self, home, honorees):
        """The campaign index and the planned campaigns it does not hold yet (by slug)."""
        people = [(p, honorees[p.slug]) for p in self.honoree_plans if p.slug in honorees]
        if not people:
            return
        index = self.child_page(
            home,
            CampaignIndexPage,
            "campaigns",
            lambda: CampaignIndexPage(
                title=campaign_plan.CAMPAIGN_INDEX_TITLE, intro=campaign_plan.CAMPAIGN_INDEX_INTRO
            ),
        )
        existing = set(CampaignPage.objects.values_list("slug", flat=True))
        kiosks = list(KioskDisplay.objects.filter(slug__in=[k["slug"] for k in data.KIOSKS]))
        for spec in campaign_plan.plan_campaigns(timezone.localdate()):
            if spec.slug in existing:
                self.count("campaigns", False)
                continue
            self.campaign(index, spec, people, kiosks)

    def campaign(self, index, spec, people, kiosks):
        count = min(campaign_plan.FEATURED, len(people))
        chosen = [people[(spec.offset + n) % len(people)] for n in range(count)]
        featured = [page for _, page in chosen]
        about = StoryPage.objects.filter(people__honoree__in=featured).distinct()
        stories = list(about.order_by("date", "pk")[: campaign_plan.STORIES])
        picture = self.scene(chosen[0][0].industry)
        page = CampaignPage(
            title=spec.title,
            slug=spec.slug,
            theme=spec.theme,
            slogan=spec.slogan,
            start_date=spec.start,
            end_date=spec.end,
            hero_image=picture,
            introduction=spec.intro,
            takes_over_home=True,
            playlist=[("slide", {"image": picture, "caption": f"{spec.theme} · {spec.title}"})]
            + [("honoree", person) for person in featured[:4]],
        )
        page.featured_honorees = [
            CampaignHonoree(honoree=person, sort_order=n) for n, person in enumerate(featured)
        ]
        page.story_links = [
            CampaignStory(story=story, sort_order=n) for n, story in enumerate(stories)
        ]
        page.kiosk_links = [
            CampaignKiosk(kiosk=kiosk, sort_order=n) for n, kiosk in enumerate(kiosks)
        ]
        page.fill_schedule_draft()
        return self.publish_new(index, page, "campaigns")

    def site_settings(self):
        """The footer's contact details, 备案 numbers and links, unless an editor filled them."""
        site = Site.objects.get(is_default_site=True)
        footer = SiteSettings.for_site(site)
        if footer.icp_record or footer.links:
            self.count("footer", False)
            return
        for field, value in data.SITE_SETTINGS.items():
            setattr(footer, field, value)
        footer.links = [("link", {"title": t, "url": u}) for t, u in data.FRIENDLY_LINKS]
        footer.save()
        self.count("footer", True)

    def admin_user(self):
        user_model = get_user_model()
        if user_model.objects.filter(username=ADMIN_USERNAME).exists():
            # Never reset the password of an existing admin.
            self.count("users", False)
            return
        user_model.objects.create_superuser(ADMIN_USERNAME, "admin@example.com", ADMIN_PASSWORD)
        self.count("users", True)

    # --- enterprise editors and the union's review -------------------------------------------

    def onboard(self, page, slug):
        """The enterprise's editors' group, collections and demo editor; the review workflow."""
        username = editor_username(slug)
        try:
            # The page exists already: onboarding finds it by slug and title and leaves it as is.
            result = onboard_enterprise(
                page.title,
                page.slug,
                username,
                f"{username}@example.com",
            )
        except OnboardingError as error:
            raise CommandError(f"开通企业“{page.title}”失败：{error}") from error
        # An existing editor keeps the password they chose; "user" is in created_parts only
        # when onboarding made the account.
        made = "user" in result.created_parts
        if made:
            self.set_demo_password(result.user)
        self.count("editors", made)
        self.editor_logins.append((result.user.username, page.title))
        return result.user

    @cached_property
    def demo_password_hash(self):
        # Hashed once for all sixteen demo logins: each hash costs about a second of CPU.
        return make_password(DEMO_PASSWORD)

    def set_demo_password(self, user):
        user.password = self.demo_password_hash
        user.save(update_fields=["password"])

    def reviewer_user(self):
        user_model = get_user_model()
        reviewer = user_model.objects.filter(username=REVIEWER_USERNAME).first()
        created = reviewer is None
        if created:
            reviewer = user_model.objects.create_user(
                REVIEWER_USERNAME, f"{REVIEWER_USERNAME}@example.com"
            )
            self.set_demo_password(reviewer)
        # Onboarding made the group; an existing reviewer keeps their password.
        reviewer.groups.add(Group.objects.get(name=REVIEWER_GROUP_NAME))
        self.count("reviewers", created)

    def change_awaiting_review(self, honorees, editors):
        """One enterprise star's edited summary, submitted by the enterprise's editor.

        Only ever once: a page that has been through review (whatever the outcome) or is in
        review now is left alone, so a rerun starts no second workflow and adds no revision.
        """
        person = next((p for p in self.honoree_plans if p.parent == "enterprise"), None)
        if person is None:  # a run with no honorees
            return
        page = honorees[person.slug]
        states = WorkflowState.objects.for_instance(page)
        if states.exists():
            # Still waiting, or already approved or rejected by the reviewer.
            if states.filter(status=WorkflowState.STATUS_IN_PROGRESS).exists():
                self.review_page = page
                self.count("moderation", False)
            return
        workflow = page.get_workflow()
        if workflow is None or not workflow.active:
            return  # the union switched review off for this section: nothing to wait for
        editor = editors[person.enterprise_slug]
        summary = page.summary.removesuffix("。") + "，" + REVIEW_DRAFT_ADDITION
        page.summary = summary[: page._meta.get_field("summary").max_length]
        page.save_revision(user=editor)
        workflow.start(page, editor)
        self.review_page = page
        self.count("moderation", True)

    def count(self, key, created, number=1):
        (self.created if created else self.found)[key] += number
