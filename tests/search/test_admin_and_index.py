"""The admin searches through the same backend; the index follows publishing."""

import pytest

from exhibits.search.query import RESULT_TYPES, SiteSearch
from tests.core.factories import CountyFactory, ImageFactory
from tests.honorees.factories import HonoreePageFactory, HonourTitleFactory

pytestmark = pytest.mark.django_db


def admin_finds(admin_client, url, query, expected):
    response = admin_client.get(url, {"q": query})
    assert response.status_code == 200
    return expected in response.content.decode()


@pytest.mark.parametrize("query", ["王芳", "wangfang", "wf", "技术革新"])
def test_the_admin_page_search_finds_people(admin_client, city, query):
    assert admin_finds(admin_client, "/admin/pages/search/", query, "王芳")


def test_the_admin_page_search_finds_unpublished_pages_for_editors(admin_client, hidden):
    assert admin_finds(admin_client, "/admin/pages/search/", "赵秘密", "赵秘密")


@pytest.mark.parametrize("query", ["王芳", "wangfang", "车间"])
def test_the_admin_image_search_finds_pictures(admin_client, db, query):
    ImageFactory(title="王芳在车间检修设备")
    ImageFactory(title="厂区全景")
    response = admin_client.get("/admin/images/", {"q": query})
    html = response.content.decode()
    assert "王芳在车间检修设备" in html and "厂区全景" not in html


@pytest.mark.parametrize(
    ("url", "make", "query"),
    [
        (
            "/admin/snippets/honorees/honourtitle/",
            lambda: HonourTitleFactory(name="全国劳动模范"),
            "劳动模范",
        ),
        ("/admin/snippets/core/county/", lambda: CountyFactory(name="舞钢市"), "舞钢"),
        ("/admin/snippets/core/county/", lambda: CountyFactory(name="舞钢市"), "wugang"),
        ("/admin/snippets/kiosks/kioskdisplay/", lambda: kiosk("南门入口展台"), "南门"),
        ("/admin/snippets/kiosks/kioskdisplay/", lambda: kiosk("南门入口展台"), "park-gate"),
    ],
)
def test_the_admin_snippet_search_finds_reference_entries(admin_client, db, url, make, query):
    entry = make()
    assert admin_finds(admin_client, url, query, str(entry))


def kiosk(name):
    from exhibits.kiosks.models import KioskDisplay

    return KioskDisplay.objects.create(name=name, slug="park-gate")


def honorees(query):
    return [p.title for p in SiteSearch(query).ranked(RESULT_TYPES["honoree"])]


def test_the_index_follows_publish_and_unpublish(honoree_index):
    page = HonoreePageFactory(parent=honoree_index, title="马丽", summary="一线纺织工。")
    assert honorees("马丽") == ["马丽"]

    page.unpublish()
    assert honorees("马丽") == []

    page.summary = "带头开展节能降耗。"
    page.save_revision().publish()
    assert honorees("节能降耗") == ["马丽"]
    assert honorees("纺织") == []  # the old text is gone from the index


def test_a_draft_does_not_reach_the_index_until_published(honoree_index):
    page = HonoreePageFactory(parent=honoree_index, title="郑红", summary="车间主任。")
    page.summary = "草稿中的新事迹。"
    revision = page.save_revision()
    assert honorees("新事迹") == []
    revision.publish()
    assert honorees("新事迹") == ["郑红"]


def test_a_deleted_page_leaves_the_index(honoree_index):
    from wagtail.search.models import IndexEntry

    page = HonoreePageFactory(parent=honoree_index, title="冯刚", summary="")
    entries = IndexEntry.objects.filter(object_id=str(page.pk))
    assert entries.exists()
    page.delete()
    assert not entries.exists()


def test_honours_and_tags_saved_with_a_publish_are_searchable(honoree_index):
    from exhibits.honorees.models import Honour

    page = HonoreePageFactory(parent=honoree_index, title="秦岭", summary="")
    title = HonourTitleFactory(name="中原大工匠")
    page.honours.add(Honour(title=title, year=2021))
    page.tags.add("志愿服务")
    page.save_revision().publish()
    assert honorees("中原大工匠") == ["秦岭"]
    assert honorees("志愿服务") == ["秦岭"]


def test_renaming_an_employer_county_or_title_reaches_the_people(city):
    pingmei = city["enterprises"]["pingmei"]
    pingmei.title = "平煤股份"
    pingmei.save_revision().publish()
    assert honorees("平煤股份") == ["王芳"]

    county = city["counties"]["weidong"]
    county.name = "东城区"
    county.save()
    assert sorted(honorees("东城区")) == sorted(["李芳", "张伟", "刘洋"])

    from exhibits.honorees.models import HonourTitle

    national = HonourTitle.objects.get(name="全国劳动模范")
    national.name = "全国劳动模范（先进工作者）"
    national.save()
    assert honorees("先进工作者") == ["王芳"]


def test_the_read_api_search_puts_the_title_match_first(client, city):
    response = client.get("/api/v2/pages/", {"type": "honorees.HonoreePage", "search": "王芳"})
    titles = [item["title"] for item in response.json()["items"]]
    assert titles == ["王芳", "王建国"]
