"""Everything a kiosk shows, as one JSON document for one content version.

The kiosk downloads it once per version and keeps it (with every image it names) in
its service worker's cache, so it browses without the server. Images are renditions
made for the slot they fill on a 1080×1920 or 1920×1080 screen, never originals, given
as {url, width, height} so that the screen never shows one larger than it was made.
The document is cached per kiosk and content version: every kiosk of the park asks for
the same one. It carries the campaigns that take the kiosk over (with their dates, each
day's person and their own playlist) rather than today's choice among them, so the kiosk
switches by its own clock at midnight, online or not.
"""

from collections import defaultdict

from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from exhibits.campaigns.models import CampaignPage
from exhibits.core import content_version
from exhibits.core.models import County
from exhibits.core.pinyin import by_pinyin
from exhibits.core.renditions import (
    KIOSK_ATTRACT,
    KIOSK_ATTRACT_SCULPTURE,
    KIOSK_CARD,
    KIOSK_MAP,
    KIOSK_PORTRAIT,
    KIOSK_SCULPTURE_CARD,
    KIOSK_SCULPTURE_PHOTO,
    KIOSK_SLIDE,
)
from exhibits.enterprises.models import EnterprisePage
from exhibits.home.models import HomePage
from exhibits.honorees.models import HonoreePage, HonourLevel, HonourTitle
from exhibits.kiosks.story import kiosk_story
from exhibits.links.views import short_url
from exhibits.park.models import ParkPage, SculpturePage

# Shown when the playlist is empty and the home page features nobody.
FALLBACK_ATTRACT_COUNT = 8


def cached_content(kiosk):
    version = content_version.current()
    key = f"kiosk-content:{kiosk.pk}:{version}"
    content = cache.get(key)
    if content is None:
        content = build_content(kiosk, version)
        cache.set(key, content, timeout=24 * 3600)
    return content


def build_content(kiosk, version):
    assets = set()

    def rendition(image, spec):
        if image is None:
            return None
        made = image.get_rendition(spec)
        assets.add(made.url)
        return {"url": made.url, "width": made.width, "height": made.height}

    shape = kiosk.orientation

    honorees = list(HonoreePage.objects.visible().for_cards().order_by("name_pinyin", "pk"))
    honoree_ids = {h.pk for h in honorees}
    sculptures = [
        s
        for s in SculpturePage.objects.live()
        .public()
        .for_cards()
        .order_by("-year_of_entry", "title")
        if s.honorees
    ]
    sculptures_of = defaultdict(list)
    for sculpture in sculptures:
        for person in sculpture.honorees:
            sculptures_of[person.pk].append(sculpture.pk)

    enterprises = {
        e.pk: e.title for e in by_pinyin(EnterprisePage.objects.visible(), lambda e: e.title)
    }
    park = ParkPage.objects.live().select_related("map_image").first()
    zones = list(park.zones.all()) if park else []

    people = []
    for person in honorees:
        top = person.top_honour
        story, mentions = kiosk_story(person.story, honoree_ids - {person.pk}, assets)
        people.append(
            {
                "id": person.pk,
                "name": person.title,
                "pinyin": person.name_pinyin,
                "initial": person.name_initial,
                "top": top.title.name if top else "",
                "level": top.title.level if top else None,
                "titles": sorted({h.title_id for h in person.honour_list}),
                "county": person.county_id,
                "enterprise": person.employer_enterprise_id
                if person.employer_enterprise_id in enterprises
                else None,
                "employer": person.employer or "",
                "post": person.post,
                "summary": person.summary,
                "thumb": rendition(person.portrait, KIOSK_CARD),
                "portrait": rendition(person.portrait, KIOSK_PORTRAIT),
                "alt": str(person.portrait_alt_text),
                "honours": [
                    {"year": h.year, "title": h.title.name, "level": h.title.level}
                    for h in person.sorted_honours
                ],
                "story": story,
                "mentions": mentions,
                "sculptures": sculptures_of.get(person.pk, []),
                "qr": _asset(assets, reverse("qr-svg", args=[person.pk])),
                "short": short_url(person),
            }
        )

    titles_held = {t for p in people for t in p["titles"]}
    counties_held = {p["county"] for p in people}
    enterprises_held = {p["enterprise"] for p in people}
    return {
        "version": version,
        "kiosk": {
            "slug": kiosk.slug,
            "name": kiosk.name,
            "orientation": kiosk.orientation,
            "text_size": kiosk.text_size,
            "idle_timeout": kiosk.idle_timeout,
            "here": {"x": kiosk.map_x, "y": kiosk.map_y} if kiosk.has_position else None,
        },
        "poll_seconds": settings.KIOSK_POLL_SECONDS,
        "heartbeat_seconds": settings.KIOSK_HEARTBEAT_SECONDS,
        "countdown_seconds": settings.KIOSK_COUNTDOWN_SECONDS,
        "map": _map(park, assets, KIOSK_MAP[shape]),
        # The park's zones in the park's order; a sculpture names its zone.
        "zones": [{"name": z.name, "description": z.description} for z in zones],
        "titles": [
            {
                "id": t.pk,
                "name": t.name,
                "level": t.level,
                "level_name": str(HonourLevel(t.level).label),
            }
            for t in HonourTitle.objects.order_by("level", "sort_order", "pk")
            if t.pk in titles_held
        ],
        "counties": [
            {"id": c.pk, "name": c.name} for c in County.objects.all() if c.pk in counties_held
        ],
        "enterprises": [
            {"id": pk, "name": name} for pk, name in enterprises.items() if pk in enterprises_held
        ],
        "years": sorted({s.year_of_entry for s in sculptures}, reverse=True),
        "facets": _facets(people, sculptures, titles_held, counties_held, enterprises_held),
        "sculptures": [
            {
                "id": s.pk,
                "title": s.title,
                "year": s.year_of_entry,
                "zone": s.zone.name if s.zone else "",
                "sculptor": s.sculptor,
                "material": s.material,
                "inscription": s.inscription,
                "x": s.map_x,
                "y": s.map_y,
                "thumb": rendition(s.lead_photo.image, KIOSK_SCULPTURE_CARD)
                if s.lead_photo
                else None,
                "photo": rendition(s.lead_photo.image, KIOSK_SCULPTURE_PHOTO[shape])
                if s.lead_photo
                else None,
                "honorees": [h.pk for h in s.honorees if h.pk in honoree_ids],
            }
            for s in sculptures
        ],
        "honorees": people,
        "attract": _attract(kiosk, people, sculptures, rendition, honorees),
        "campaigns": _campaigns(kiosk, people, sculptures, rendition, honorees),
        "assets": sorted(assets),
    }


def _facets(people, sculptures, titles, counties, enterprises):
    """Who each option of the browse facets lists: {facet: {"<value>": [person ids]}}.

    The options are those the document lists; the people are the document's, in its
    (pinyin) order, so the kiosk only looks the members up.
    """
    order = {p["id"]: i for i, p in enumerate(people)}

    def listed(ids):
        return sorted((pk for pk in ids if pk in order), key=order.__getitem__)

    members = HonoreePage.objects.visible().facet_members()
    options = {"title": titles, "county": counties, "enterprise": enterprises}
    facets = {
        facet: {
            str(value): listed(members[facet].get(value, [])) for value in sorted(values - {None})
        }
        for facet, values in options.items()
    }
    depicted = defaultdict(set)
    for sculpture in sculptures:
        depicted[sculpture.year_of_entry].update(h.pk for h in sculpture.honorees)
    facets["year"] = {str(year): listed(ids) for year, ids in sorted(depicted.items())}
    return facets


def _asset(assets, url):
    assets.add(url)
    return url


def _map(park, assets, spec):
    if park is None or park.map_image is None:
        return None
    image = park.map_image.get_rendition(spec)
    return {"url": _asset(assets, image.url), "width": image.width, "height": image.height}


def _campaigns(kiosk, people, sculptures, rendition, honorees):
    """The live campaigns taking this kiosk over that have not ended, soonest first.

    Each with its period (ISO dates), its own slides and, per day, the slide of that
    day's person (今日劳模), which the kiosk shows first on that day.
    """
    campaigns = (
        CampaignPage.objects.visible()
        .taking_over(kiosk)
        .not_ended(timezone.localdate())
        .prefetch_related("schedule_days")
        .order_by("start_date", "pk")
    )
    slide = SlideMaker(kiosk, people, sculptures, rendition, honorees)
    found = []
    for campaign in campaigns:
        days = {}
        for day in campaign.schedule_days.all():
            made = slide.honoree(day.honoree_id)
            if made and campaign.runs_on(day.date):
                days[day.date.isoformat()] = {**made, "subtitle": "今日劳模", "today": True}
        found.append(
            {
                "id": campaign.pk,
                "title": campaign.title,
                "theme": campaign.theme,
                "slogan": campaign.slogan,
                "start": campaign.start_date.isoformat(),
                "end": campaign.end_date.isoformat(),
                "attract": slide.playlist(campaign.playlist),
                "days": days,
            }
        )
    return found


class SlideMaker:
    """Turns playlist blocks and people into attract slides for one kiosk's document."""

    def __init__(self, kiosk, people, sculptures, rendition, honorees):
        self.pages = {h.pk: h for h in honorees}
        self.cards = {p["id"]: p for p in people}
        self.by_sculpture = {s.pk: s for s in sculptures}
        self.shape = kiosk.orientation
        self.rendition = rendition

    def honoree(self, pk):
        person, page = self.cards.get(pk), self.pages.get(pk)
        if person is None or page.portrait is None:
            return None  # a draft, withdrawn or pictureless person is skipped
        return {
            "kind": "honoree",
            "honoree": pk,
            "image": self.rendition(page.portrait, KIOSK_ATTRACT[self.shape]),
            "alt": person["alt"],
            "title": person["name"],
            "subtitle": person["top"],
            "text": person["employer"],
        }

    def playlist(self, playlist):
        """The slides of a playlist (the kiosk's or a campaign's), in its order."""
        slides = []
        for block in playlist:
            slide = None
            if block.block_type == "honoree" and block.value:
                slide = self.honoree(block.value.pk)
            elif block.block_type == "sculpture" and block.value:
                slide = self.sculpture(block.value.pk)
            elif block.block_type == "slide" and block.value["image"]:
                slide = {
                    "kind": "slide",
                    "image": self.rendition(block.value["image"], KIOSK_SLIDE[self.shape]),
                    "alt": block.value["caption"],
                    "title": block.value["caption"],
                    "subtitle": "",
                    "text": "",
                }
            if slide:
                slides.append(slide)
        return slides

    def sculpture(self, pk):
        sculpture = self.by_sculpture.get(pk)
        if not sculpture or not sculpture.lead_photo:
            return None
        return {
            "kind": "sculpture",
            "sculpture": sculpture.pk,
            "honoree": sculpture.honorees[0].pk if sculpture.honorees else None,
            "image": self.rendition(
                sculpture.lead_photo.image, KIOSK_ATTRACT_SCULPTURE[self.shape]
            ),
            "alt": sculpture.title,
            "title": sculpture.title,
            "subtitle": " · ".join(
                [f"{sculpture.year_of_entry}年入园"]
                + ([sculpture.zone.name] if sculpture.zone else [])
            ),
            "text": "、".join(h.title for h in sculpture.honorees),
        }


def _attract(kiosk, people, sculptures, rendition, honorees):
    """The slides of the attract loop, in the kiosk's playlist order.

    An empty playlist plays the home page's featured people (or the highest honoured).
    """
    slides = SlideMaker(kiosk, people, sculptures, rendition, honorees)
    made = slides.playlist(kiosk.playlist)
    if made:
        return made
    home = HomePage.objects.first()
    featured = [f.honoree_id for f in home.featured_honorees.all()] if home else []
    if not featured:
        ranked = sorted(people, key=lambda p: (p["level"] or 99, p["pinyin"]))
        featured = [p["id"] for p in ranked[:FALLBACK_ATTRACT_COUNT]]
    return [s for s in map(slides.honoree, featured) if s]
