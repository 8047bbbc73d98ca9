"""The sculpture park in the browser: markers on the map, their cards, the directory, the plaque."""

import re
from types import SimpleNamespace

import pytest
import wagtail_factories
from playwright.sync_api import expect

from exhibits.honorees.models import HonourLevel
from tests.browser.accessibility import (
    blocking_violations,
    describe,
    outline_and_shadow,
    shows_focus,
)
from tests.browser.conftest import DEVICES, _serve_media
from tests.browser.helpers import path_of
from tests.browser.test_public_pages import OVERFLOW_JS
from tests.honorees.factories import HonoreePageFactory, HonourFactory, HonourTitleFactory
from tests.park.factories import (
    ParkPageFactory,
    ParkZoneFactory,
    SculptureHonoreeFactory,
    SculpturePageFactory,
    SculpturePhotoFactory,
)

# How far (px) a marker's centre may sit from the spot the editor chose.
TOLERANCE = 2


@pytest.fixture
def sculpture_park(home, honoree_index):
    """A park with two zones, three sculptures placed on the map and one not yet placed."""
    national = HonourTitleFactory(name="全国劳动模范", level=HonourLevel.NATIONAL)
    craftsman = HonourTitleFactory(name="中原大工匠", level=HonourLevel.PROVINCIAL)

    def honoree(name, slug, title, year):
        page = HonoreePageFactory(parent=honoree_index, title=name, slug=slug)
        HonourFactory(page=page, title=title, year=year)
        return page

    people = {
        "王芳": honoree("王芳", "wang-fang", national, 2015),
        "李伟": honoree("李伟", "li-wei", craftsman, 2020),
        "张秀英": honoree("张秀英", "zhang-xiuying", craftsman, 2019),
    }
    park = ParkPageFactory(
        parent=home,
        intro="<p>园内的雕塑记录着平顶山劳动者的风采。</p>",
        opening_hours="每日 6:00—22:00",
        address="平顶山市新华区湛河北岸",
    )
    east = ParkZoneFactory(park=park, name="东园", description="全国劳动模范塑像", sort_order=0)
    west = ParkZoneFactory(park=park, name="西园", description="中原大工匠塑像", sort_order=1)
    audio = wagtail_factories.DocumentFactory(title="匠心语音导览", file__filename="jiangxin.mp3")

    def sculpture(title, slug, zone, spot, year, depicted, **fields):
        x, y = spot
        page = SculpturePageFactory(
            parent=park,
            title=title,
            slug=slug,
            zone=zone,
            map_x=x,
            map_y=y,
            year_of_entry=year,
            **fields,
        )
        for order, person in enumerate(depicted):
            SculptureHonoreeFactory(sculpture=page, honoree=people[person], sort_order=order)
        for order, caption in enumerate(["雕塑正面", "雕塑侧面"]):
            SculpturePhotoFactory(
                sculpture=page,
                caption=caption,
                sort_order=order,
                image__file__width=600,
                image__file__height=800,
            )
        return page

    sculptures = {
        "匠心": sculpture(
            "匠心",
            "jiangxin",
            east,
            (0.2, 0.3),
            2025,
            ["王芳"],
            audio_guide=audio,
            inscription="扎根井下二十年，\n以匠心铸就平凡中的伟大。",
        ),
        "光明使者": sculpture("光明使者", "guangming", west, (0.8, 0.65), 2025, ["李伟", "张秀英"]),
        "奉献": sculpture("奉献", "fengxian", east, (0.55, 0.9), 2024, ["张秀英"]),
        "初心": sculpture("初心", "chuxin", None, (None, None), 2023, ["王芳"]),
    }
    return SimpleNamespace(
        park=park,
        people=people,
        sculptures=sculptures,
        placed=[s for s in sculptures.values() if s.has_position],
    )


@pytest.fixture
def page_without_js(browser, device, live_server):
    """Like the `page` fixture, with JavaScript switched off."""
    context = browser.new_context(
        locale="zh-CN", base_url=live_server.url, java_script_enabled=False, **DEVICES[device]
    )
    context.set_default_timeout(10_000)
    context.route(lambda url: not url.startswith(live_server.url), lambda route: route.abort())
    context.route(f"{live_server.url}/media/**", _serve_media)
    page = context.new_page()
    yield page
    context.close()


def assert_no_blocking_violations(page):
    violations = blocking_violations(page)
    assert not violations, (
        f"axe-core found {len(violations)} serious/critical violation(s) on {page.url}:\n"
        + describe(violations)
    )


def centre(box):
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def linked_paths(locator):
    hrefs = locator.locator("a[href]").evaluate_all(
        "links => links.map(link => new URL(link.href).pathname)"
    )
    return set(hrefs)


def press(page, device, locator):
    """A tap on the phone, a click on the desktop."""
    if device == "phone":
        locator.tap()
    else:
        locator.click()


def test_map_shows_a_marker_where_each_placed_sculpture_stands(sculpture_park, visit):
    page = visit(path_of(sculpture_park.park))

    markers = page.locator(".park-map button.park-map__marker")
    expect(markers).to_have_count(len(sculpture_park.placed))
    image = page.locator(".park-map__view img.leaflet-image-layer").bounding_box()
    for sculpture in sculpture_park.placed:
        marker = page.get_by_role("button", name=sculpture.title, exact=True)
        box = marker.bounding_box()
        x, y = centre(box)
        expected = (
            image["x"] + sculpture.map_x * image["width"],
            image["y"] + sculpture.map_y * image["height"],
        )
        assert abs(x - expected[0]) <= TOLERANCE and abs(y - expected[1]) <= TOLERANCE, (
            f"{sculpture.title}'s marker is centred at {(x, y)}, its spot is at {expected}"
        )
        assert box["width"] >= 44 and box["height"] >= 44, f"{sculpture.title}'s marker: {box}"


def test_tapping_a_marker_opens_its_card_whose_link_leads_to_the_sculpture(
    sculpture_park, visit, device
):
    page = visit(path_of(sculpture_park.park))
    sculpture = sculpture_park.sculptures["光明使者"]

    marker = page.get_by_role("button", name="光明使者", exact=True)
    press(page, device, marker)

    card = page.get_by_role("dialog", name="光明使者")
    expect(card).to_be_visible()
    expect(card).to_contain_text("李伟")
    expect(card).to_contain_text("张秀英")
    expect(marker).to_have_attribute("aria-expanded", "true")
    expect(card.locator("img")).to_have_count(1)
    box = card.bounding_box()
    screen = page.evaluate("document.documentElement.clientWidth")
    assert box["x"] >= 0 and box["x"] + box["width"] <= screen, f"the card sticks out: {box}"

    press(page, device, card.get_by_role("link", name=re.compile("查看详情")))

    page.wait_for_url(f"**{path_of(sculpture)}")
    expect(page.locator("h1")).to_have_text("光明使者")


def test_another_marker_or_a_tap_elsewhere_changes_or_closes_the_card(
    sculpture_park, visit, device
):
    page = visit(path_of(sculpture_park.park))

    press(page, device, page.get_by_role("button", name="匠心", exact=True))
    expect(page.get_by_role("dialog", name="匠心")).to_be_visible()
    press(page, device, page.get_by_role("button", name="奉献", exact=True))
    expect(page.get_by_role("dialog", name="奉献")).to_be_visible()
    expect(page.get_by_role("dialog")).to_have_count(1)

    press(page, device, page.locator("h1"))

    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(page.locator(".park-map button[aria-expanded=true]")).to_have_count(0)


@pytest.mark.parametrize("device", ["desktop"], indirect=True)
def test_keyboard_tab_to_a_marker_enter_opens_escape_closes_and_focus_returns(
    sculpture_park, visit
):
    page = visit(path_of(sculpture_park.park))

    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('.park-map__marker')"):
            break
    else:
        pytest.fail("Tab never reached a marker on the map")
    marker = page.evaluate_handle("document.activeElement")
    name = marker.evaluate("el => el.textContent.trim()")
    focused = outline_and_shadow(marker)

    page.keyboard.press("Enter")

    card = page.get_by_role("dialog", name=name)
    expect(card).to_be_visible()
    assert card.evaluate("el => el.contains(document.activeElement)"), "focus stayed outside"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('[role=dialog]') !== null")

    page.keyboard.press("Escape")

    expect(card).to_be_hidden()
    assert marker.evaluate("el => el === document.activeElement"), "focus did not return"
    assert marker.evaluate("el => el.getAttribute('aria-expanded')") == "false"
    page.locator("h1").click()
    assert shows_focus(focused, outline_and_shadow(marker)), "a focused marker looks the same"


@pytest.mark.parametrize("device", ["desktop"], indirect=True)
def test_close_button_closes_the_card_and_focus_returns_to_its_marker(sculpture_park, visit):
    page = visit(path_of(sculpture_park.park))
    marker = page.get_by_role("button", name="奉献", exact=True)
    marker.focus()
    page.keyboard.press("Enter")

    page.get_by_role("dialog", name="奉献").get_by_role("button", name="关闭").click()

    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(marker).to_be_focused()


def test_directory_lists_every_sculpture_by_zone_and_by_year(sculpture_park, visit, device):
    page = visit(path_of(sculpture_park.park))
    every = {path_of(s) for s in sculpture_park.sculptures.values()}
    by_zone, by_year = page.locator("#by-zone"), page.locator("#by-year")

    expect(by_zone).to_be_visible()
    assert linked_paths(by_zone) == every
    expect(by_zone.locator("h4")).to_have_text(["东园", "西园", "其他雕塑"])
    expect(by_zone).to_contain_text("全国劳动模范塑像")

    press(page, device, page.get_by_role("tab", name="按入园年份"))

    expect(by_year).to_be_visible()
    expect(by_zone).to_be_hidden()
    assert linked_paths(by_year) == every
    expect(by_year.locator("h4")).to_have_text(
        [
            re.compile("2025年入园"),
            re.compile("2024年入园"),
            re.compile("2023年入园"),
        ]
    )


def test_newest_entrants_are_shown_first(sculpture_park, visit):
    page = visit(path_of(sculpture_park.park))

    newest = page.locator(".park-newest")
    expect(newest).to_contain_text("2025年")
    assert linked_paths(newest) == {
        path_of(sculpture_park.sculptures[name]) for name in ("匠心", "光明使者")
    }


def test_without_javascript_markers_are_links_and_both_groupings_show(
    sculpture_park, page_without_js
):
    page = page_without_js
    page.goto(path_of(sculpture_park.park))

    markers = page.locator(".park-map a.park-map__marker")
    expect(markers).to_have_count(len(sculpture_park.placed))
    assert linked_paths(page.locator(".park-map__markers")) == {
        path_of(s) for s in sculpture_park.placed
    }
    expect(page.locator("#by-zone")).to_be_visible()
    expect(page.locator("#by-year")).to_be_visible()
    expect(page.get_by_role("tab")).to_have_count(0)

    page.get_by_role("link", name="奉献", exact=True).click()
    page.wait_for_url(f"**{path_of(sculpture_park.sculptures['奉献'])}")


def test_park_page_has_no_serious_accessibility_violations(sculpture_park, visit, device):
    page = visit(path_of(sculpture_park.park))
    assert_no_blocking_violations(page)

    press(page, device, page.get_by_role("button", name="匠心", exact=True))
    expect(page.get_by_role("dialog", name="匠心")).to_be_visible()
    assert_no_blocking_violations(page)


def test_sculpture_page_shows_its_story_and_has_no_serious_violations(
    sculpture_park, visit, device
):
    sculpture = sculpture_park.sculptures["匠心"]
    page = visit(path_of(sculpture))

    expect(page.locator("h1")).to_have_text("匠心")
    facts = page.locator(".sculpture__facts")
    for text in [
        "入园年份",
        "2025年",
        "作者",
        "李雕塑",
        "材质",
        "铸铜",
        "揭幕日期",
        "2021年4月28日",
    ]:
        expect(facts).to_contain_text(text)
    expect(facts.get_by_role("link", name="东园")).to_be_visible()
    expect(page.locator(".inscription__stone")).to_contain_text("以匠心铸就平凡中的伟大")
    audio = page.locator("audio")
    expect(audio).to_have_attribute("preload", "none")
    expect(page.get_by_role("link", name=re.compile("下载语音导览"))).to_be_visible()
    assert linked_paths(page.locator(".sculpture__people")) >= {
        path_of(sculpture_park.people["王芳"])
    }
    expect(page.locator(".sculpture__gallery img")).to_have_count(2)

    spot = page.locator(".sculpture__where .park-map__frame")
    spot.scroll_into_view_if_needed()
    image, here = (
        spot.locator("img").bounding_box(),
        spot.locator(".park-map__marker").bounding_box(),
    )
    x, y = centre(here)
    assert abs(x - (image["x"] + 0.2 * image["width"])) <= TOLERANCE
    assert abs(y - (image["y"] + 0.3 * image["height"])) <= TOLERANCE

    qr = page.locator(".qr img")
    print_link = page.get_by_role("link", name=re.compile("打印铭牌"))
    if device == "phone":
        # A phone is what scans the code; printing is done at a desk.
        expect(qr).to_be_hidden()
        expect(print_link).to_have_count(0)
    else:
        qr.scroll_into_view_if_needed()
        expect(qr).to_have_attribute("src", f"/qr/{sculpture.pk}.svg")
        page.wait_for_function(
            "img => img.complete && img.naturalWidth > 0", arg=qr.element_handle()
        )
        expect(page.locator(".qr")).to_contain_text(f"/p/{sculpture.pk}/")
        expect(print_link).to_have_attribute("href", f"{path_of(sculpture)}plaque/")
    assert_no_blocking_violations(page)


@pytest.mark.parametrize("device", ["phone"], indirect=True)
def test_park_pages_fit_a_phone_screen_without_sideways_scrolling(sculpture_park, visit):
    sculpture = sculpture_park.sculptures["光明使者"]
    too_wide = []
    for path in [path_of(sculpture_park.park), path_of(sculpture), f"{path_of(sculpture)}plaque/"]:
        page = visit(path)
        width = page.evaluate(OVERFLOW_JS)
        if width["page"] > width["screen"]:
            too_wide.append(f"{path}: {width}")
        if path == path_of(sculpture_park.park):
            page.get_by_role("button", name="光明使者", exact=True).tap()
            width = page.evaluate(OVERFLOW_JS)
            if width["page"] > width["screen"]:
                too_wide.append(f"{path} with a card open: {width}")

    assert not too_wide, "; ".join(too_wide)


@pytest.mark.parametrize("device", ["desktop"], indirect=True)
def test_plaque_prints_on_one_a5_page_with_names_titles_and_a_working_qr_code(
    sculpture_park, visit
):
    sculpture = sculpture_park.sculptures["光明使者"]
    page = visit(f"{path_of(sculpture)}plaque/")
    expect(page.get_by_role("button", name="打印")).to_be_visible()
    assert_no_blocking_violations(page)

    page.emulate_media(media="print")

    plaque = page.locator(".plaque")
    for text in ["李伟", "张秀英", "中原大工匠", "2025年入园", "光明使者", "扫码了解人物事迹"]:
        expect(plaque).to_contain_text(text)
    expect(plaque).to_contain_text(f"/p/{sculpture.pk}/")
    expect(page.get_by_role("button", name="打印")).to_be_hidden()
    qr = plaque.locator("img.plaque__qr")
    expect(qr).to_have_attribute("src", f"/qr/{sculpture.pk}.svg")
    assert qr.evaluate("img => img.complete && img.naturalWidth") > 0

    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    pages = [int(n) for n in re.findall(rb"/Type\s*/Pages\b.*?/Count\s+(\d+)", pdf, re.S)]
    assert pages == [1], f"the plaque prints on {pages} page(s)"
    width, height = (
        float(n) for n in re.search(rb"/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]", pdf).groups()
    )
    assert abs(width - 419.5) < 2 and abs(height - 595.3) < 2, f"not A5: {width}×{height} pt"
