"""What a kiosk downloads: the content document, the version check, the service worker, 404s."""

import json
import re

import pytest
from django.conf import settings
from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from exhibits.core import content_version
from exhibits.honorees.models import HonourLevel
from tests.core.factories import CountyFactory, ImageFactory
from tests.enterprises.factories import EnterprisePageFactory
from tests.honorees.factories import HonoreePageFactory, HonourFactory, HonourTitleFactory
from tests.kiosks.factories import KioskDisplayFactory
from tests.park.factories import (
    ParkZoneFactory,
    SculptureHonoreeFactory,
    SculpturePageFactory,
    SculpturePhotoFactory,
)

pytestmark = pytest.mark.django_db


def get_content(client, kiosk):
    response = client.get(f"/kiosk/{kiosk.slug}/content.json")
    assert response.status_code == 200
    return json.loads(response.content)


@pytest.fixture
def people(honoree_index, enterprise_index):
    national = HonourTitleFactory(name="全国劳动模范", level=HonourLevel.NATIONAL)
    craftsman = HonourTitleFactory(name="鹰城大工匠", level=HonourLevel.CITY)
    enterprise = EnterprisePageFactory(parent=enterprise_index, title="平煤神马集团", slug="pm")
    wang = HonoreePageFactory(parent=honoree_index, title="王芳", slug="wang-fang")
    li = HonoreePageFactory(
        parent=honoree_index, title="李伟", slug="li-wei", employer_enterprise=enterprise
    )
    HonourFactory(page=wang, title=national, year=2015)
    HonourFactory(page=wang, title=craftsman, year=2012)
    HonourFactory(page=li, title=craftsman, year=2020)
    return {"王芳": wang, "李伟": li, "enterprise": enterprise}


def test_lists_live_public_people_with_facets_and_screen_sized_renditions(client, people):
    kiosk = KioskDisplayFactory()
    data = get_content(client, kiosk)

    by_name = {p["name"]: p for p in data["honorees"]}
    assert set(by_name) == {"王芳", "李伟"}
    wang = by_name["王芳"]
    assert wang["top"] == "全国劳动模范"
    assert wang["initial"] == "W"
    assert [h["year"] for h in wang["honours"]] == [2012, 2015]
    assert by_name["李伟"]["enterprise"] == people["enterprise"].pk
    assert [t["name"] for t in data["titles"]] == ["全国劳动模范", "鹰城大工匠"]
    assert data["enterprises"] == [{"id": people["enterprise"].pk, "name": "平煤神马集团"}]
    # Pictures are renditions made for the screen, and all of them are listed for the cache.
    for image in (wang["thumb"], wang["portrait"]):
        assert image["url"].startswith("/media/images/") and "original_images" not in image["url"]
        assert image["url"] in data["assets"]
    assert wang["qr"] == f"/qr/{people['王芳'].pk}.svg"
    assert wang["qr"] in data["assets"]
    assert not any("original_images" in url for url in data["assets"])


def test_enterprises_are_offered_in_pinyin_order(client, honoree_index, enterprise_index):
    # Code-point order would be 中 (U+4E2D), 安 (U+5B89), 平 (U+5E73).
    names = ["中平能化集团", "安阳钢铁平顶山分公司", "平高集团"]
    for name in names:
        enterprise = EnterprisePageFactory(parent=enterprise_index, title=name)
        HonoreePageFactory(parent=honoree_index, employer_enterprise=enterprise)

    data = get_content(client, KioskDisplayFactory())

    assert [e["name"] for e in data["enterprises"]] == [
        "安阳钢铁平顶山分公司",
        "平高集团",
        "中平能化集团",
    ]


def test_pictures_say_the_size_they_were_made_at_never_larger_than_the_original(
    client, people, park
):
    """The kiosk shows a picture at most at the size it was made: each names its own."""
    wang = people["王芳"]
    wang.portrait = ImageFactory(file__width=600, file__height=800)
    wang.save_revision().publish()
    sculpture = SculpturePageFactory(parent=park, title="王芳塑像")
    SculptureHonoreeFactory(sculpture=sculpture, honoree=wang)
    SculpturePhotoFactory(
        sculpture=sculpture, image=ImageFactory(file__width=900, file__height=1200)
    )
    kiosk = KioskDisplayFactory(orientation="landscape", playlist=[("sculpture", sculpture)])
    data = get_content(client, kiosk)

    person = {p["name"]: p for p in data["honorees"]}["王芳"]
    # Made for its slot: the detail's 420 px column, a 300 px card.
    assert (person["portrait"]["width"], person["portrait"]["height"]) == (420, 560)
    assert (person["thumb"]["width"], person["thumb"]["height"]) == (300, 400)
    # The attract slot asks for more than a 900×1200 photo holds: it is not enlarged.
    slide = data["attract"][0]["image"]
    assert slide["width"] <= 900 and slide["height"] <= 1200
    assert slide["width"] / slide["height"] == pytest.approx(900 / 1200, abs=0.01)
    photo = data["sculptures"][0]["photo"]
    assert (photo["width"], photo["height"]) == (615, 820)


def test_zones_come_in_the_parks_order_with_their_descriptions(client, people, park):
    ParkZoneFactory(park=park, name="劳模广场", description="园区中心", sort_order=0)
    ParkZoneFactory(park=park, name="工匠长廊", description="西侧长廊", sort_order=1)
    data = get_content(client, KioskDisplayFactory())
    assert data["zones"] == [
        {"name": "劳模广场", "description": "园区中心"},
        {"name": "工匠长廊", "description": "西侧长廊"},
    ]


def test_drafts_and_private_people_are_left_out(client, people, honoree_index):
    draft = HonoreePageFactory(parent=honoree_index, title="赵敏", slug="zhao-min", live=False)
    private = HonoreePageFactory(parent=honoree_index, title="孙丽", slug="sun-li")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    data = get_content(client, KioskDisplayFactory())

    names = {p["name"] for p in data["honorees"]}
    assert draft.title not in names and private.title not in names
    assert names == {"王芳", "李伟"}


def test_story_keeps_no_link_and_offers_linked_people_as_buttons(client, people):
    wang, li = people["王芳"], people["李伟"]
    wang.story = [
        (
            "paragraph",
            RichText(
                f'<p>她与<a linktype="page" id="{li.pk}">李伟</a>一起攻关，'
                '事迹见<a href="https://example.com/news">新闻报道</a>。</p>'
            ),
        ),
        ("image", {"image": ImageFactory(), "caption": "在井下"}),
        ("video", {"video": "https://v.example.com/1", "caption": "纪录片"}),
    ]
    wang.save_revision().publish()
    data = get_content(client, KioskDisplayFactory())

    story_of = {p["name"]: p for p in data["honorees"]}["王芳"]
    assert "<a" not in story_of["story"]
    assert "example.com" not in story_of["story"]
    assert "李伟" in story_of["story"] and "新闻报道" in story_of["story"]
    assert story_of["mentions"] == [li.pk]
    # The picture is a rendition the kiosk caches; the video (external) is left out.
    assert '<img src="/media/images/' in story_of["story"]
    assert "纪录片" not in story_of["story"]


def test_sculptures_map_people_to_years_and_places(client, people, park):
    sculpture = SculpturePageFactory(parent=park, title="王芳塑像", year_of_entry=2021)
    SculptureHonoreeFactory(sculpture=sculpture, honoree=people["王芳"])
    SculpturePhotoFactory(sculpture=sculpture)
    kiosk = KioskDisplayFactory(map_x=0.25, map_y=0.75)
    data = get_content(client, kiosk)

    assert data["years"] == [2021]
    assert data["sculptures"][0]["honorees"] == [people["王芳"].pk]
    assert data["sculptures"][0]["photo"]["url"].startswith("/media/images/")
    wang = {p["name"]: p for p in data["honorees"]}["王芳"]
    assert wang["sculptures"] == [sculpture.pk]
    assert data["kiosk"]["here"] == {"x": 0.25, "y": 0.75}
    assert data["map"]["url"].startswith("/media/images/")
    # Sized for the screen: about the width of the detail view on a portrait screen.
    assert "max-1000x1000" in data["map"]["url"]


def test_facets_list_who_each_option_holds_in_the_kiosks_order(client, people, park):
    """The kiosk looks facet members up instead of working them out: each list names the
    people of the document, by pinyin, and only them."""
    wang, li = people["王芳"], people["李伟"]
    county = CountyFactory(name="新华区")
    for person in (wang, li):
        person.county = county
        person.save_revision().publish()
    craftsman = li.honours.get().title
    draft = HonoreePageFactory(
        parent=wang.get_parent(), title="艾青", slug="ai-qing", county=county, live=False
    )
    HonourFactory(page=draft, title=craftsman, year=2021)
    sculpture = SculpturePageFactory(parent=park, title="劳模群像", year_of_entry=2021)
    for person in (wang, li, draft):
        SculptureHonoreeFactory(sculpture=sculpture, honoree=person)
    data = get_content(client, KioskDisplayFactory())

    facets = data["facets"]
    by_pinyin = [li.pk, wang.pk]  # 李伟 (li) before 王芳 (wang)
    assert [p["id"] for p in data["honorees"]] == by_pinyin
    titles = {t["name"]: str(t["id"]) for t in data["titles"]}
    assert facets["title"] == {titles["全国劳动模范"]: [wang.pk], titles["鹰城大工匠"]: by_pinyin}
    assert facets["county"] == {str(county.pk): by_pinyin}
    assert facets["enterprise"] == {str(people["enterprise"].pk): [li.pk]}
    assert facets["year"] == {"2021": by_pinyin}
    # The same people the per-person fields name, option by option.
    for facet, field in (("title", "titles"), ("county", "county"), ("enterprise", "enterprise")):
        for value, ids in facets[facet].items():
            held = [
                p["id"]
                for p in data["honorees"]
                if int(value) in (p[field] if field == "titles" else [p[field]])
            ]
            assert ids == held


def test_attract_follows_the_playlist_and_skips_what_is_not_live(client, people, honoree_index):
    draft = HonoreePageFactory(parent=honoree_index, title="赵敏", slug="zhao-min", live=False)
    slide_image = ImageFactory()
    kiosk = KioskDisplayFactory(
        orientation="landscape",
        playlist=[
            ("slide", {"image": slide_image, "caption": "欢迎来到劳模雕塑园"}),
            ("honoree", people["李伟"]),
            ("honoree", draft),
            ("honoree", people["王芳"]),
        ],
    )
    data = get_content(client, kiosk)

    assert [s["title"] for s in data["attract"]] == ["欢迎来到劳模雕塑园", "李伟", "王芳"]
    # The editor's picture whole, at most the landscape screen under the brand bar.
    assert "max-1934x600" in data["attract"][0]["image"]["url"]
    assert data["attract"][1]["subtitle"] == "鹰城大工匠"


def test_an_empty_playlist_shows_the_most_decorated_people(client, people):
    data = get_content(client, KioskDisplayFactory(playlist=[]))
    assert [s["title"] for s in data["attract"]] == ["王芳", "李伟"]


def test_content_follows_the_content_version(client, people):
    kiosk = KioskDisplayFactory()
    first = get_content(client, kiosk)
    assert client.get(f"/kiosk/{kiosk.slug}/version.json").json() == {"version": first["version"]}

    people["李伟"].title = "李伟强"
    people["李伟"].save_revision().publish()
    second = get_content(client, kiosk)

    assert second["version"] > first["version"]
    assert "李伟强" in {p["name"] for p in second["honorees"]}
    assert client.get(f"/kiosk/{kiosk.slug}/version.json").json()["version"] == second["version"]


def test_publishing_a_kiosk_changes_the_content_version(people):
    kiosk = KioskDisplayFactory()
    before = content_version.current()
    kiosk.idle_timeout = 60
    kiosk.save_revision().publish()
    assert content_version.current() > before


@pytest.mark.parametrize("path", ["", "content.json", "version.json", "sw.js", "heartbeat/"])
def test_unknown_and_unpublished_kiosks_are_a_plain_404(client, path):
    KioskDisplayFactory(slug="draft-kiosk", live=False)
    for slug in ("no-such-kiosk", "draft-kiosk"):
        method = client.post if path == "heartbeat/" else client.get
        response = method(f"/kiosk/{slug}/{path}")
        assert response.status_code == 404
        # Plain: not the site's 404 page, whose navigation would lead out of the kiosk.
        assert response["Content-Type"].startswith("text/plain")
        assert response.content.decode() == "没有这个展台"


def test_shell_is_locked_down_and_never_links_out(client, people):
    kiosk = KioskDisplayFactory(orientation="landscape", text_size="large")
    response = client.get(f"/kiosk/{kiosk.slug}/")
    html = response.content.decode()

    assert response.status_code == 200
    assert "user-scalable=no" in html
    assert "kiosk--landscape" in html and "kiosk--text-large" in html
    assert "<a " not in html
    assert "/admin" not in html
    assert "wagtail-userbar" not in html


def test_service_worker_is_revalidated_cheaply(client, people):
    kiosk = KioskDisplayFactory()
    response = client.get(f"/kiosk/{kiosk.slug}/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert "no-cache" in response["Cache-Control"]
    again = client.get(f"/kiosk/{kiosk.slug}/sw.js", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def script(html, pattern):
    return json.loads(re.search(pattern, html, re.DOTALL).group(1))


def test_every_kiosk_module_is_precached_and_loaded_through_the_import_map(client, people):
    """A change to any module must reach the kiosks: the worker precaches each one (and
    its new shell version replaces the old copies), the page maps each import to it."""
    kiosk = KioskDisplayFactory()
    static_dir = settings.BASE_DIR / "static"
    modules = {
        f"/static/{path.relative_to(static_dir).as_posix()}"
        for path in (static_dir / "kiosks" / "js").rglob("*.js")
    }
    assert {"/static/kiosks/js/main.js", "/static/kiosks/js/core/idle.js"} <= modules

    worker = client.get(f"/kiosk/{kiosk.slug}/sw.js").content.decode()
    assert modules <= set(script(worker, r"const SHELL_URLS = (\[.*?\]);"))
    html = client.get(f"/kiosk/{kiosk.slug}/").content.decode()
    assert set(script(html, r'<script type="importmap">(.*?)</script>')["imports"].values()) == (
        modules
    )
    assert '<script type="module" src="/static/kiosks/js/main.js">' in html


def test_page_and_worker_fill_the_same_content_cache(client, people):
    kiosk = KioskDisplayFactory(slug="park-gate")
    html = client.get("/kiosk/park-gate/").content.decode()
    urls = script(html, r'<script id="kiosk-urls" type="application/json">(.*?)</script>')
    assert urls["content_cache"] == "kiosk-park-gate-content"
    worker = client.get(f"/kiosk/{kiosk.slug}/sw.js").content.decode()
    assert f'const CONTENT_CACHE = "{urls["content_cache"]}";' in worker
