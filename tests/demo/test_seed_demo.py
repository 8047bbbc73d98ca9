"""seed_demo fills the site with spread-out, published demo content, and a rerun changes nothing."""

import io
import itertools
import math
from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Revision,
    Site,
    TaskState,
    WorkflowState,
)

from exhibits.core.models import County, Industry, SiteSettings
from exhibits.core.review import REVIEWER_GROUP_NAME, WORKFLOW_NAME
from exhibits.demo import data, pictures, plan
from exhibits.enterprises.models import EnterpriseIndexPage, EnterprisePage
from exhibits.enterprises.onboarding import enterprise_group
from exhibits.home.models import HomeFeaturedHonoree, HomePage
from exhibits.honorees.models import HonoreeIndexPage, HonoreePage, HonoreeTag, Honour, HonourTitle
from exhibits.kiosks.models import KioskDisplay
from exhibits.park.models import (
    ParkPage,
    ParkZone,
    SculptureHonoree,
    SculpturePage,
    SculpturePhoto,
)

# Twelve enterprises lie in twelve different counties, so this small run still covers them all.
SMALL = {"honorees": 20, "enterprises": 12}


def seed(**options):
    out = io.StringIO()
    call_command("seed_demo", stdout=out, **options)
    return out.getvalue()


def database_counts():
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "honours": Honour.objects.count(),
        "titles": HonourTitle.objects.count(),
        "counties": County.objects.count(),
        "industries": Industry.objects.count(),
        "tags": Tag.objects.count(),
        "tagged": HonoreeTag.objects.count(),
        "featured": HomeFeaturedHonoree.objects.count(),
        "users": get_user_model().objects.count(),
        "groups": Group.objects.count(),
        "group members": get_user_model().groups.through.objects.count(),
        "group page permissions": GroupPagePermission.objects.count(),
        "group collection permissions": GroupCollectionPermission.objects.count(),
        "collections": Collection.objects.count(),
        "workflow states": WorkflowState.objects.count(),
        "task states": TaskState.objects.count(),
        "parks": ParkPage.objects.count(),
        "zones": ParkZone.objects.count(),
        "sculptures": SculpturePage.objects.count(),
        "sculpture photos": SculpturePhoto.objects.count(),
        "depicted": SculptureHonoree.objects.count(),
        "kiosks": KioskDisplay.objects.count(),
        "site settings": SiteSettings.objects.count(),
    }


def assert_park_is_complete():
    """The park with its map and zones; every sculpture live, placed, pictured, of real people."""
    park = ParkPage.objects.get(slug="park", title="劳模雕塑园")
    assert park.live and park.get_parent().specific_class is HomePage
    assert park.map_image is not None
    assert (park.map_image.width, park.map_image.height) == data.PARK_MAP_SIZE
    assert [z.name for z in park.zones.all()] == [z["name"] for z in data.PARK_ZONES]
    assert all(zone.description for zone in park.zones.all())
    assert park.intro and park.opening_hours and park.address

    sculptures = list(
        SculpturePage.objects.child_of(park)
        .select_related("zone")
        .prefetch_related("depicted__honoree", "photos__image")
    )
    for sculpture in sculptures:
        assert sculpture.live and sculpture.latest_revision_id is not None
        people = [link.honoree for link in sculpture.depicted.all()]
        assert 1 <= len(people) <= 3, sculpture.title
        assert all(person.live for person in people)
        assert 0 <= sculpture.map_x <= 1 and 0 <= sculpture.map_y <= 1
        assert sculpture.zone is not None and sculpture.zone.park_id == park.pk
        photos = list(sculpture.photos.all())
        assert len(photos) == 1 and photos[0].caption and photos[0].image.description
        assert sculpture.sculptor and sculpture.material in data.MATERIALS
        assert sculpture.inscription.endswith("。")
        assert (sculpture.unveiled_on.year, sculpture.unveiled_on.month) == (
            sculpture.year_of_entry,
            4,
        )
        assert sculpture.unveiled_on.day >= 20
    depicted = [link.honoree_id for s in sculptures for link in s.depicted.all()]
    assert len(depicted) == len(set(depicted)), "有人出现在两座雕塑中"
    for a, b in itertools.combinations(sculptures, 2):
        assert math.dist((a.map_x, a.map_y), (b.map_x, b.map_y)) >= 0.04, (a.title, b.title)
    return sculptures


@pytest.mark.django_db
def test_two_park_kiosks_are_published_with_a_spot_and_a_playlist():
    seed(**SMALL)

    kiosks = {k.slug: k for k in KioskDisplay.objects.all()}
    assert {slug: k.orientation for slug, k in kiosks.items()} == {
        "park-gate": "landscape",
        "park-hall": "portrait",
    }
    for kiosk in kiosks.values():
        assert kiosk.live and kiosk.has_position
        kinds = [block.block_type for block in kiosk.playlist]
        assert kinds[0] == "slide" and "honoree" in kinds and "sculpture" in kinds
    # Union changes to a kiosk are reviewed like pages.
    assert kiosks["park-gate"].get_workflow().name == "工会审核"


@pytest.mark.django_db
def test_small_run_builds_the_site_across_every_county_and_enterprise():
    seed(**SMALL)

    honorees = HonoreePage.objects.select_related("county")
    enterprises = EnterprisePage.objects.all()
    assert honorees.count() == 20
    assert enterprises.count() == 12
    assert {h.county.name for h in honorees} == set(data.COUNTIES)
    for enterprise in enterprises:
        assert enterprise.stars().exists(), f"{enterprise.title} 没有先进人物"
        assert enterprise.logo is not None
        assert "<h2>" in enterprise.introduction

    # Union-owned profiles under the index, enterprise stars under their enterprise.
    index = HonoreeIndexPage.objects.get(slug="honorees", title="先进人物")
    under_index = HonoreePage.objects.child_of(index)
    assert under_index.filter(employer_enterprise__isnull=False).exists()
    assert under_index.exclude(employer_name="").exists()
    stars = HonoreePage.objects.filter(depth=index.depth + 2)
    assert stars.exists()
    assert all(star.employer_enterprise_id for star in stars)
    assert EnterpriseIndexPage.objects.get(slug="enterprises").title == "企业星光大道"

    home = HomePage.objects.get()
    assert home.hero_image is not None
    assert home.hero_title == data.HERO_TITLE
    assert home.featured_honorees.count() == 8
    assert set(HonourTitle.objects.values_list("name", flat=True)) == {
        row[0] for row in data.HONOUR_TITLES
    }
    # Every page is live but the next episode, which waits for its scheduled go-live.
    assert list(Page.objects.not_live().values_list("slug", flat=True)) == [
        "laodongzhe-zhi-ge-next"
    ]

    # Twenty people fill a small park: five sculptures, one of them a group.
    sculptures = assert_park_is_complete()
    assert len(sculptures) == plan.sculpture_count(20) == 5
    assert any(s.depicted.count() > 1 for s in sculptures)


@pytest.mark.django_db
def test_every_honoree_is_a_complete_published_profile():
    seed(**SMALL)

    for person in HonoreePage.objects.prefetch_related("honours__title"):
        assert person.live and person.latest_revision_id is not None
        assert 2 <= len(person.title) <= 3
        assert 1 <= person.honours.count() <= 4
        assert all(1995 <= h.year <= 2025 for h in person.honours.all())
        assert person.portrait is not None and person.portrait_alt
        assert person.summary.endswith("。")
        assert person.post and person.gender and person.birth_year
        assert person.employer, "每个人都有工作单位"
        assert person.tags.exists()
        assert [b.block_type for b in person.story].count("paragraph") >= 3
        assert any(b.block_type == "quote" for b in person.story)


@pytest.mark.django_db
def test_second_run_changes_nothing():
    seed(**SMALL)
    before = database_counts()
    latest_revisions = dict(Page.objects.values_list("pk", "latest_revision_id"))

    output = seed(**SMALL)

    assert database_counts() == before
    assert dict(Page.objects.values_list("pk", "latest_revision_id")) == latest_revisions
    assert "先进人物：新建 0 人，已存在 20 人" in output
    assert "劳模雕塑园：新建 0 个，已存在 1 个" in output
    assert "园区分区：新建 0 个，已存在 5 个" in output
    assert "雕塑：新建 0 座，已存在 5 座" in output
    assert "企业联络员：新建 0 个，已存在 12 个" in output
    assert "待审核的修改：新建 0 处，已存在 1 处" in output
    assert "园区展台：新建 0 台，已存在 2 台" in output


@pytest.mark.django_db
def test_demo_admin_logs_in_with_admin_admin_and_a_rerun_keeps_a_changed_password(client):
    # The admin's address is where the demo is served (`make run` passes it), port included.
    output = seed(**SMALL, base_url="http://127.0.0.1:8001")
    assert "后台 http://127.0.0.1:8001/admin/ 用户名 admin 密码 admin" in output
    assert client.login(username="admin", password="admin")

    admin = get_user_model().objects.get(username="admin")
    admin.set_password("my-own-secret")
    admin.save()
    seed(**SMALL)

    assert get_user_model().objects.get(username="admin").check_password("my-own-secret")


@pytest.mark.django_db
def test_every_enterprise_is_onboarded_with_a_demo_editor(client):
    output = seed(**SMALL, base_url="http://127.0.0.1:8000")

    enterprises = list(EnterprisePage.objects.order_by("path"))
    assert len(enterprises) == 12
    for number, enterprise in enumerate(enterprises, start=1):
        group = enterprise_group(enterprise)
        assert group is not None, f"{enterprise.title} 没有企业联络员用户组"
        editor = group.user_set.get()
        assert editor.username == f"qiye{number:02d}"
        assert editor.email == f"qiye{number:02d}@example.com"
        assert editor.is_active and not editor.is_staff and not editor.is_superuser
        assert editor.check_password("demo-pass")
        assert f"  {editor.username}  {enterprise.title}" in output
    # Two collections per enterprise, besides the root.
    assert Collection.objects.count() == 1 + 2 * 12

    reviewer = get_user_model().objects.get(username="shenhe")
    assert reviewer.is_active and not reviewer.is_superuser
    assert list(reviewer.groups.values_list("name", flat=True)) == [REVIEWER_GROUP_NAME]
    assert reviewer.check_password("demo-pass")
    index = EnterpriseIndexPage.objects.get()
    assert index.get_workflow().name == WORKFLOW_NAME

    assert (
        "后台 http://127.0.0.1:8000/admin/ 审核员 shenhe / demo-pass，企业联络员 qiye01 / demo-pass"
        in output
    )
    assert client.login(username="shenhe", password="demo-pass")
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_one_star_change_waits_for_the_reviewer_and_its_live_version_is_unchanged():
    seed(**SMALL)

    state = WorkflowState.objects.get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == WORKFLOW_NAME
    page = HonoreePage.objects.get(pk=state.object_id)
    enterprise = page.get_parent().specific
    assert isinstance(enterprise, EnterprisePage), "待审核的应是企业星光大道上的人物"
    editor = state.requested_by
    assert editor.groups.filter(pk=enterprise_group(enterprise).pk).exists()

    # The live page still shows what was published; the draft carries the editor's change.
    people = plan.plan_honorees(20, plan.plan_enterprises(12))
    person = next(p for p in people if p.slug == page.slug)
    assert page.live and page.has_unpublished_changes
    assert page.summary == person.summary
    assert page.live_revision.as_object().summary == person.summary
    draft = page.get_latest_revision()
    assert draft.user == editor and draft.pk != page.live_revision_id
    assert draft.as_object().summary != person.summary
    assert len(draft.as_object().summary) <= 200
    assert state.current_task_state.revision_id == draft.pk
    assert page.revisions.count() == 2

    # The reviewer sees it in their queue.
    reviewer = get_user_model().objects.get(username="shenhe")
    assert TaskState.objects.reviewable_by(reviewer).filter(workflow_state=state).exists()


@pytest.mark.django_db
def test_a_rerun_does_not_resubmit_a_change_the_reviewer_has_decided():
    seed(**SMALL)
    state = WorkflowState.objects.get()
    reviewer = get_user_model().objects.get(username="shenhe")
    state.current_task_state.specific.approve(user=reviewer)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    revisions = Revision.objects.count()

    output = seed(**SMALL)

    assert WorkflowState.objects.count() == 1
    assert Revision.objects.count() == revisions
    assert "待审核的修改：新建 0 处，已存在 0 处" in output
    assert "待审核：" not in output


def test_plan_is_the_same_every_time_and_small_runs_are_a_prefix():
    enterprises = plan.plan_enterprises(len(data.ENTERPRISES))
    full = plan.plan_honorees(160, enterprises)
    again = plan.plan_honorees(160, enterprises)
    small = plan.plan_honorees(20, enterprises)

    assert [p.name for p in full] == [p.name for p in again]
    assert [p.honours for p in full] == [p.honours for p in again]
    assert [p.slug for p in small] == [p.slug for p in full[:20]]
    assert pictures.draw_portrait(full[0].look) == pictures.draw_portrait(again[0].look)


def test_honours_climb_from_city_to_national_and_stay_in_the_past():
    enterprises = plan.plan_enterprises(len(data.ENTERPRISES))
    for person in plan.plan_honorees(160, enterprises):
        years = [year for _title, year, _note in person.honours]
        levels = [plan.TITLE_LEVELS[title] for title, _year, _note in person.honours]
        assert years == sorted(set(years)), person.name
        assert levels == sorted(levels, reverse=True), person.name
        assert all(data.FIRST_HONOUR_YEAR <= year <= data.LAST_YEAR for year in years)
        assert all(year >= person.birth_year + 18 for year in years)


def test_names_share_surnames_and_include_polyphonic_ones():
    enterprises = plan.plan_enterprises(len(data.ENTERPRISES))
    people = plan.plan_honorees(160, enterprises)
    names = [p.name for p in people]

    assert len(set(names)) == len(names)
    surnames = [name[0] for name in names]
    assert max(surnames.count(s) for s in set(surnames)) >= 5
    assert {"单", "曾", "解"} <= set(surnames)
    # Slugs read the surname as a surname: 单 is shan, not dan.
    assert all(p.slug.startswith("shan-") for p in people if p.name[0] == "单")


# The full demo set: the slowest test here (about half a minute on SQLite).
@pytest.mark.django_db
def test_default_run_builds_the_full_demo_set():
    seed()

    assert HonoreePage.objects.live().count() >= 150
    assert EnterprisePage.objects.live().count() >= 12
    assert County.objects.count() == 12
    used_counties = set(HonoreePage.objects.values_list("county__name", flat=True))
    assert used_counties == set(data.COUNTIES)
    assert not HonoreePage.objects.filter(honours__isnull=True).exists()

    sculptures = assert_park_is_complete()
    assert len(sculptures) == data.PARK_SCULPTURES >= 30
    assert len({s.year_of_entry for s in sculptures}) >= 5
    groups = [s for s in sculptures if s.depicted.count() > 1]
    assert 2 <= len(groups) <= 4
    assert all(s.title.endswith("群像") for s in groups)
    assert len({s.zone.name for s in sculptures}) == len(data.PARK_ZONES)


def park_plan(honorees=160):
    enterprises = plan.plan_enterprises(len(data.ENTERPRISES))
    people = plan.plan_honorees(honorees, enterprises)
    return people, plan.plan_park(people)


def test_park_plan_is_seeded_and_scales_with_the_honorees():
    _people, sculptures = park_plan()
    _people, again = park_plan()
    assert sculptures == again
    assert len(sculptures) == 36
    assert [plan.sculpture_count(n) for n in (0, 1, 20, 80, 160, 400)] == [0, 1, 5, 18, 36, 36]
    assert park_plan(0)[1] == []
    # More enter the park in recent years than in the first ones.
    years = Counter(s.year for s in sculptures)
    assert set(years) == set(range(2015, 2026))
    assert sum(years[y] for y in (2023, 2024, 2025)) > sum(years[y] for y in (2015, 2016, 2017))


def test_national_honours_and_zhongyuan_craftsmen_enter_the_park_first():
    people, sculptures = park_plan()
    depicted = [slug for s in sculptures for slug in s.honoree_slugs]
    assert len(depicted) == len(set(depicted))
    top_titles = plan.NATIONAL_TITLES | {"中原大工匠"}
    for person in people:
        if {title for title, _y, _n in person.honours} & top_titles:
            assert person.slug in depicted, person.name
    by_slug = {person.slug: person for person in people}
    for sculpture in sculptures:
        earned = [
            min(y for _t, y in plan.entry_honours(by_slug[s])) for s in sculpture.honoree_slugs
        ]
        assert sculpture.year >= max(earned), sculpture.title
        assert 2015 <= sculpture.year <= data.LAST_YEAR
        for slug in sculpture.honoree_slugs:
            assert by_slug[slug].name in sculpture.inscription


def test_sculptures_stand_in_their_zone_apart_from_each_other():
    _people, sculptures = park_plan(400)  # more candidates than spots in some zones
    width, height = data.PARK_MAP_SIZE
    areas = {zone["name"]: zone["area"] for zone in data.PARK_ZONES}
    for sculpture in sculptures:
        left, top, right, bottom = areas[sculpture.zone]
        assert left <= sculpture.map_x * width <= right, sculpture.title
        assert top <= sculpture.map_y * height <= bottom, sculpture.title
    for a, b in itertools.combinations(sculptures, 2):
        assert math.dist((a.map_x, a.map_y), (b.map_x, b.map_y)) >= 0.04


def test_park_pictures_are_drawn_the_same_every_time():
    _people, sculptures = park_plan(20)
    group = next(s for s in sculptures if s.is_group)
    photo = pictures.draw_sculpture(group.look)
    assert photo == pictures.draw_sculpture(group.look)
    assert photo.startswith(b"\xff\xd8")  # JPEG
    park_map = pictures.draw_park_map(plan.park_layout())
    assert park_map.startswith(b"\x89PNG")


@pytest.mark.django_db
def test_the_demo_is_searchable_by_honour_and_tag():
    from exhibits.search.query import RESULT_TYPES, SiteSearch

    output = seed(**SMALL)
    assert "搜索索引：已重建" in output
    person = HonoreePage.objects.prefetch_related("honours__title", "tags").first()
    found = SiteSearch(person.honours.all()[0].title.name).matches(RESULT_TYPES["honoree"])
    assert found.filter(pk=person.pk).exists()
    found = SiteSearch(person.tags.all()[0].name).matches(RESULT_TYPES["honoree"])
    assert found.filter(pk=person.pk).exists()


TINY = {"honorees": 0, "enterprises": 1}


@pytest.mark.django_db
def test_the_demo_footer_is_filled_with_invented_details_and_an_edit_survives_a_rerun(client):
    seed(**TINY)

    footer = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert footer.icp_record == "豫ICP备00000000号-1"  # all zeros: plainly not a real record
    assert footer.public_security_record == "豫公网安备41040000000000号"
    assert footer.phone == "0375-0000000" and footer.email.endswith("@example.org")
    assert "演示" in footer.address
    assert len(footer.links) == 3
    page = client.get("/").content.decode()
    assert "豫ICP备00000000号-1" in page and "0375-0000000" in page

    footer.phone = "0375-7654321"
    footer.save()
    output = seed(**TINY)

    assert SiteSettings.for_site(Site.objects.get(is_default_site=True)).phone == "0375-7654321"
    assert "页脚信息（联系方式、备案号）：新建 0 份，已存在 1 份" in output


@pytest.mark.django_db
def test_seed_demo_puts_the_site_at_the_base_url_it_is_given():
    output = seed(**TINY, base_url="http://127.0.0.1:8001")

    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8001"
    assert "站点地址：http://127.0.0.1:8001（已更新）" in output
    assert "站点地址：http://127.0.0.1:8001（未变）" in seed(
        **TINY, base_url="http://127.0.0.1:8001"
    )


@pytest.mark.django_db
def test_seed_demo_refuses_a_base_url_a_site_cannot_hold():
    with pytest.raises(CommandError):
        seed(**TINY, base_url="127.0.0.1:8001")
