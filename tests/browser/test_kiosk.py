"""The park kiosk in Chromium: attract, browse, idle reset, lock-down, offline, updates, status."""

import re
import time
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.core.signals import request_started
from django.test import Client
from playwright.sync_api import expect
from wagtail.rich_text import RichText

from exhibits.honorees.models import HonourLevel
from exhibits.kiosks.models import KioskHonoreeViews, KioskStatus, KioskUsageDay
from tests.browser.accessibility import blocking_violations, describe
from tests.core.factories import CountyFactory, ImageFactory
from tests.enterprises.factories import EnterprisePageFactory
from tests.honorees.factories import HonoreePageFactory, HonourFactory, HonourTitleFactory
from tests.kiosks.factories import KioskDisplayFactory
from tests.park.factories import (
    ParkPageFactory,
    ParkZoneFactory,
    SculptureHonoreeFactory,
    SculpturePageFactory,
    SculpturePhotoFactory,
)

SCREENS = {
    "portrait": {"width": 1080, "height": 1920},
    "landscape": {"width": 1920, "height": 1080},
}
MIN_TOUCH = 64
# Words that would alarm a visitor when the kiosk has lost its server.
ALARMING = ["错误", "离线", "无法", "失败", "Error", "offline"]


@pytest.fixture
def kiosk_site(home, honoree_index, enterprise_index, settings):
    """Four people under different letters, a sculpture on the park map, two kiosks."""
    settings.KIOSK_POLL_SECONDS = 1
    settings.KIOSK_HEARTBEAT_SECONDS = 1
    settings.KIOSK_COUNTDOWN_SECONDS = 2
    national = HonourTitleFactory(name="全国劳动模范", level=HonourLevel.NATIONAL)
    craftsman = HonourTitleFactory(name="鹰城大工匠", level=HonourLevel.CITY)
    county = CountyFactory(name="新华区")
    enterprise = EnterprisePageFactory(parent=enterprise_index, title="平煤神马集团", slug="pm")

    def person(name, slug, title, year, **fields):
        page = HonoreePageFactory(
            parent=honoree_index, title=name, slug=slug, county=county, **fields
        )
        HonourFactory(page=page, title=title, year=year)
        return page

    li = person("李伟", "li-wei", craftsman, 2020, employer_enterprise=enterprise)
    wang = person(
        "王芳",
        "wang-fang",
        national,
        2015,
        employer_enterprise=enterprise,
        story=[
            (
                "paragraph",
                RichText(
                    f'<p>她和<a linktype="page" id="{li.pk}">李伟</a>在综采一线攻关二十年，'
                    '事迹曾被<a href="https://news.example.com/wf">新闻</a>报道。</p>'
                ),
            )
        ],
    )
    zhang = person("张秀英", "zhang-xiuying", craftsman, 2018)
    chen = person("陈磊", "chen-lei", national, 2021)
    park = ParkPageFactory(parent=home, map_image=ImageFactory(file__width=800, file__height=550))
    sculpture = SculpturePageFactory(
        parent=park, title="王芳塑像", year_of_entry=2022, map_x=0.3, map_y=0.4
    )
    SculptureHonoreeFactory(sculpture=sculpture, honoree=wang)
    SculpturePhotoFactory(sculpture=sculpture)
    playlist = [
        ("slide", {"image": ImageFactory(), "caption": "欢迎来到劳模雕塑园"}),
        ("honoree", wang),
        ("honoree", chen),
    ]
    kiosks = {
        orientation: KioskDisplayFactory(
            name=f"{orientation}展台",
            slug=f"park-{orientation}",
            orientation=orientation,
            text_size="large",
            idle_timeout=60,
            map_x=0.5,
            map_y=0.9,
            playlist=playlist,
        )
        for orientation in SCREENS
    }
    return SimpleNamespace(
        kiosks=kiosks, people={"王芳": wang, "李伟": li, "张秀英": zhang, "陈磊": chen}
    )


@pytest.fixture(params=list(SCREENS))
def orientation(request):
    return request.param


@pytest.fixture
def screen(browser, live_server, orientation):
    """A touch screen of the kiosk's shape, with its own caches and service worker."""
    context = browser.new_context(
        viewport=SCREENS[orientation], has_touch=True, locale="zh-CN", base_url=live_server.url
    )
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    # Stop the kiosk's timers, then let a heartbeat already sent finish on the server:
    # a write landing while the database is flushed after the test breaks the flush.
    if not page.is_closed():  # a test may have closed it to take the kiosk away
        page.goto("about:blank")
        time.sleep(0.5)
    context.close()


def open_kiosk(page, slug):
    response = page.goto(f"/kiosk/{slug}/")
    assert response.ok
    page.wait_for_selector("html[data-ready]")
    return page


def touch(page, selector=None):
    """Tap an element (scrolled into view first) or the middle of the screen with a finger."""
    if selector is None:
        size = page.viewport_size
        page.touchscreen.tap(size["width"] / 2, size["height"] / 2)
    else:
        page.locator(selector).first.scroll_into_view_if_needed()
        box = page.locator(selector).first.bounding_box()
        page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def swipe(page, start, end):
    """A one-finger horizontal swipe across the screen, from and to fractions of its width."""
    cdp = page.context.new_cdp_session(page)
    width, y = page.viewport_size["width"], page.viewport_size["height"] / 2
    steps = [start + (end - start) * i / 8 for i in range(9)]
    cdp.send(
        "Input.dispatchTouchEvent",
        {"type": "touchStart", "touchPoints": [{"x": width * start, "y": y}]},
    )
    for fraction in steps[1:]:
        cdp.send(
            "Input.dispatchTouchEvent",
            {"type": "touchMove", "touchPoints": [{"x": width * fraction, "y": y}]},
        )
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    cdp.detach()


def enter_browse(page):
    """Touch the "开始浏览" cue, which opens the browse home whatever slide is showing."""
    touch(page, "#start")
    expect(page.locator("#browse")).to_be_visible()
    expect(page.locator("#attract")).to_be_hidden()


def go_home(page):
    touch(page, "[data-action=home]")
    expect(page.locator(".k-tiles")).to_be_visible()


def buttons_smaller_than_touch(page):
    return page.evaluate(
        """(min) => [...document.querySelectorAll('button')]
            .filter((b) => b.offsetParent !== null)
            .map((b) => [b.textContent.trim().slice(0, 20), b.getBoundingClientRect()])
            .filter(([, r]) => r.width < min || r.height < min)
            .map(([text, r]) => `${text}: ${Math.round(r.width)}×${Math.round(r.height)}`)""",
        MIN_TOUCH,
    )


def links_on_screen(page):
    return page.evaluate(
        "() => [...document.body.querySelectorAll('a, [href], area, form, iframe, [target]')]"
        ".map((e) => e.outerHTML.slice(0, 120))"
    )


def test_attract_touch_browse_detail(kiosk_site, screen, orientation):
    page = open_kiosk(screen, f"park-{orientation}")
    active = page.locator(".k-slide.is-active")
    expect(active).to_have_count(1)
    expect(active).to_contain_text("欢迎来到劳模雕塑园")
    expect(page.locator("#start")).to_contain_text("轻触屏幕")

    enter_browse(page)
    # Six ways to meet the people, then the park's map and its sculpture tour.
    expect(page.locator(".k-tile[data-facet]")).to_have_count(6)
    expect(page.locator(".k-tile[data-park]")).to_have_text(
        [re.compile("园区地图"), re.compile("雕塑")]
    )
    touch(page, "[data-facet=title]")
    touch(page, ".k-option:has-text('全国劳动模范')")
    expect(page.locator(".k-card")).to_have_count(2)
    touch(page, ".k-card:has-text('王芳')")

    detail = page.locator(".k-detail")
    expect(detail.locator(".k-detail__name")).to_have_text("王芳")
    expect(detail).to_contain_text("2015年")
    expect(detail.locator(".k-story")).to_contain_text("综采一线")
    # The sculpture on the park map, with this kiosk's own spot.
    expect(detail.locator(".k-pin--sculpture")).to_contain_text("王芳塑像")
    expect(detail.locator(".k-pin--here")).to_contain_text("您在这里")
    for image in (".k-detail__portrait", ".k-qr img", ".k-map img", ".k-photo img"):
        detail.locator(image).scroll_into_view_if_needed()
        assert detail.locator(image).evaluate("(img) => img.complete && img.naturalWidth > 0")
    assert buttons_smaller_than_touch(page) == []

    # The list runs by pinyin (陈磊, 王芳): a finger swiped to the right goes back to the
    # previous person, one swiped to the left on to the next.
    swipe(page, 0.2, 0.8)
    expect(page.locator(".k-detail__name")).to_have_text("陈磊")
    swipe(page, 0.8, 0.2)
    expect(page.locator(".k-detail__name")).to_have_text("王芳")


@pytest.mark.parametrize("orientation", ["landscape"], indirect=True)
def test_the_waking_touch_presses_nothing_under_the_finger(kiosk_site, screen):
    """The touch that wakes the kiosk opens the browse home and stops there.

    In landscape a browse tile lies under the middle of the screen; the click that ends
    the waking touch must not press it.
    """
    page = open_kiosk(screen, "park-landscape")
    expect(page.locator(".k-slide.is-active")).to_contain_text("欢迎来到劳模雕塑园")
    touch(page)
    expect(page.locator(".k-tiles")).to_be_visible()
    page.wait_for_timeout(500)
    assert page.get_attribute("html", "data-view") == "home"
    # The test means something only while a tile does lie under the finger.
    size = page.viewport_size
    assert page.evaluate(
        "([x, y]) => !!document.elementFromPoint(x, y).closest('.k-tile')",
        [size["width"] / 2, size["height"] / 2],
    )


def test_touching_a_person_slide_opens_that_person(kiosk_site, screen, orientation):
    page = open_kiosk(screen, f"park-{orientation}")
    # Show the second slide (王芳) straight away instead of waiting for the loop.
    page.evaluate(
        "() => { document.querySelector('.k-slide.is-active').classList.remove('is-active'); }"
    )
    page.wait_for_function(
        "() => document.querySelector('.k-slide.is-active .k-slide__title')"
        "?.textContent === '王芳'",
        timeout=20_000,
    )
    touch(page)  # on the picture, not the cue
    expect(page.locator(".k-detail__name")).to_have_text("王芳")
    touch(page, "[data-action=back]")
    expect(page.locator(".k-tiles")).to_be_visible()


@pytest.mark.parametrize("orientation", ["portrait"], indirect=True)
def test_idle_countdown_then_reset_to_attract(kiosk_site, screen):
    kiosk = kiosk_site.kiosks["portrait"]
    kiosk.idle_timeout = 3
    kiosk.save()
    page = open_kiosk(screen, "park-portrait")
    enter_browse(page)
    touch(page, "[data-facet=all]")
    touch(page, ".k-card:has-text('张秀英')")
    expect(page.locator(".k-detail__name")).to_have_text("张秀英")

    # Touching during the countdown keeps the visitor where they were.
    idle = page.locator("#idle")
    expect(idle).to_be_visible(timeout=6_000)
    expect(idle).to_contain_text("还在看吗")
    touch(page, "#idle-stay")
    expect(idle).to_be_hidden()
    expect(page.locator(".k-detail__name")).to_have_text("张秀英")

    # Left alone: the countdown runs out and everything is reset.
    expect(idle).to_be_visible(timeout=6_000)
    expect(page.locator("#attract")).to_be_visible(timeout=6_000)
    expect(page.locator("#browse")).to_be_hidden()
    expect(idle).to_be_hidden()
    assert page.locator("#view").inner_html() == ""

    # Already in attract mode: no further countdown, the loop keeps running.
    page.wait_for_timeout(6_000)
    expect(idle).to_be_hidden()
    expect(page.locator("#attract")).to_be_visible()

    # The next visitor starts afresh, not in the last visitor's person.
    touch(page, "#start")
    expect(page.locator("#browse")).to_be_visible()
    expect(page.locator(".k-detail__name")).to_have_count(0)


@pytest.mark.parametrize("orientation", ["landscape"], indirect=True)
def test_letter_strip(kiosk_site, screen):
    page = open_kiosk(screen, "park-landscape")
    enter_browse(page)
    touch(page, "[data-facet=letter]")
    # Only the letters somebody's surname starts with, every one of them a working key.
    expect(page.locator(".k-letter")).to_have_text(["C", "L", "W", "Z"])
    expect(page.locator(".k-letter[disabled]")).to_have_count(0)
    # The strip opens at the first letter anybody has.
    expect(page.locator(".k-letter.is-current")).to_have_text("C")
    expect(page.locator(".k-card .k-card__name")).to_have_text(["陈磊"])

    touch(page, ".k-letter:has-text('W')")
    expect(page.locator(".k-letter.is-current")).to_have_text("W")
    expect(page.locator(".k-card .k-card__name")).to_have_text(["王芳"])
    assert buttons_smaller_than_touch(page) == []
    touch(page, ".k-card")
    expect(page.locator(".k-detail__name")).to_have_text("王芳")


@pytest.mark.parametrize("orientation", ["portrait"], indirect=True)
def test_no_view_links_out_and_the_screen_is_locked_down(kiosk_site, screen):
    page = open_kiosk(screen, "park-portrait")
    seen = {"attract": links_on_screen(page)}
    enter_browse(page)
    for facet in ["title", "county", "enterprise", "year", "letter", "all"]:
        go_home(page)
        seen["home"] = links_on_screen(page)
        touch(page, f"[data-facet={facet}]")
        seen[facet] = links_on_screen(page)
        if page.locator(".k-option").count():
            touch(page, ".k-option")
            seen[f"{facet} list"] = links_on_screen(page)
    for name in kiosk_site.people:
        go_home(page)
        touch(page, "[data-facet=all]")
        touch(page, f".k-card:has-text('{name}')")
        expect(page.locator(".k-detail__name")).to_have_text(name)
        seen[name] = links_on_screen(page)
    assert {view: found for view, found in seen.items() if found} == {}

    # The story's link to another person opens that person inside the kiosk.
    go_home(page)
    touch(page, "[data-facet=all]")
    touch(page, ".k-card:has-text('王芳')")
    expect(page.locator(".k-story")).to_contain_text("新闻")
    touch(page, "[data-mention]")
    expect(page.locator(".k-detail__name")).to_have_text("李伟")

    prevented = page.evaluate(
        """() => ['contextmenu', 'selectstart', 'dragstart'].map((type) => {
            const event = new Event(type, { bubbles: true, cancelable: true });
            document.querySelector('.k-detail__name').dispatchEvent(event);
            return event.defaultPrevented;
        })"""
    )
    assert prevented == [True, True, True]
    # No text selection; touch scrolls the view up and down but never zooms it.
    style = page.evaluate(
        "() => [getComputedStyle(document.body).userSelect,"
        " getComputedStyle(document.getElementById('view')).touchAction]"
    )
    assert style == ["none", "pan-y"]
    viewport = page.get_attribute("meta[name=viewport]", "content")
    assert "user-scalable=no" in viewport
    assert page.url.endswith("/kiosk/park-portrait/")


def test_accessibility_of_attract_browse_and_detail(kiosk_site, screen, orientation):
    page = open_kiosk(screen, f"park-{orientation}")
    problems = {"attract": blocking_violations(page)}
    enter_browse(page)
    go_home(page)
    problems["browse"] = blocking_violations(page)
    touch(page, "[data-facet=title]")
    problems["facet"] = blocking_violations(page)
    touch(page, ".k-option")
    problems["list"] = blocking_violations(page)
    touch(page, ".k-card:has-text('王芳')")
    problems["detail"] = blocking_violations(page)
    go_home(page)
    touch(page, "[data-park=map]")
    problems["map"] = blocking_violations(page)
    go_home(page)
    touch(page, "[data-park=tour]")
    problems["tour"] = blocking_violations(page)
    touch(page, "[data-sculpture]")
    problems["sculpture"] = blocking_violations(page)
    found = {view: describe(v) for view, v in problems.items() if v}
    assert found == {}, "\n".join(f"{view}:\n{text}" for view, text in found.items())


CACHED_JS = """async (slug) => {
    if (!navigator.serviceWorker.controller) return false;
    const response = await caches.match(`/kiosk/${slug}/content.json`);
    if (!response) return false;
    const content = await response.json();
    const cache = await caches.open(`kiosk-${slug}-content`);
    for (const url of content.assets) {
        if (!(await cache.match(url, { ignoreVary: true }))) return false;
    }
    return true;
}"""


MISSING_JS = """async (slug) => {
    const response = await caches.match(`/kiosk/${slug}/content.json`);
    const cache = await caches.open(`kiosk-${slug}-content`);
    const content = response ? await response.json() : { assets: [] };
    const missing = [];
    for (const url of content.assets) {
        if (!(await cache.match(url, { ignoreVary: true }))) missing.push(url);
    }
    return { controlled: !!navigator.serviceWorker.controller, content: !!response, missing };
}"""


def wait_until_cached(page, slug, seconds=60):
    """Until the service worker controls the page and every asset of the content is cached.

    Polled from here: wait_for_function takes the promise an async predicate returns as
    a truthy answer without awaiting it.
    """
    deadline = time.monotonic() + seconds
    while not page.evaluate(CACHED_JS, slug):
        assert time.monotonic() < deadline, "the kiosk did not fill its cache: " + str(
            page.evaluate(MISSING_JS, slug)
        )
        page.wait_for_timeout(250)


@pytest.fixture
def requests_served():
    """Paths of the requests the live server handles while the list is being kept."""
    paths = []

    def record(sender, environ, **kwargs):
        paths.append(environ.get("PATH_INFO"))

    request_started.connect(record)
    yield paths
    request_started.disconnect(record)


@pytest.mark.parametrize("orientation", ["landscape"], indirect=True)
def test_reload_with_the_server_out_of_reach_still_shows_content(
    kiosk_site, screen, requests_served
):
    """The kiosk restarts and browses while it cannot reach the server at all.

    The browser is taken off the network rather than the server stopped: a stopped test
    server's threads go on answering on connections the browser keeps alive, and a second
    server could not share the test database. That nothing reached the server is checked.
    """
    context = screen.context
    page = open_kiosk(screen, "park-landscape")
    wait_until_cached(page, "park-landscape")
    context.set_offline(True)
    requests_served.clear()

    response = page.reload()
    assert response is not None and response.from_service_worker
    page.wait_for_selector("html[data-ready]")
    expect(page.locator(".k-slide.is-active")).to_contain_text("欢迎来到劳模雕塑园")
    assert page.locator(".k-slide.is-active img").evaluate("(i) => i.naturalWidth > 0")

    enter_browse(page)
    touch(page, "[data-facet=all]")
    expect(page.locator(".k-card")).to_have_count(4)
    touch(page, ".k-card:has-text('王芳')")
    for image in (".k-detail__portrait", ".k-qr img", ".k-map img"):
        page.locator(image).scroll_into_view_if_needed()
        assert page.locator(image).evaluate("(i) => i.complete && i.naturalWidth > 0")
    # Give the version check and heartbeat time to fail, quietly.
    page.wait_for_timeout(2_500)
    text = page.locator("body").inner_text()
    assert not [word for word in ALARMING if word in text]
    # Chromium's update check of the service worker script is the one request the offline
    # emulation lets through; the kiosk itself asked the server for nothing.
    assert [path for path in requests_served if not path.endswith("/sw.js")] == []

    # The visit was counted while offline; the counts wait in the browser…
    waiting = page.evaluate(
        "() => JSON.parse(localStorage.getItem('kiosk-usage:/kiosk/park-landscape/'))"
    )
    assert sum(batch["sessions"] for batch in waiting["pending"]) == 1
    assert not KioskUsageDay.objects.exists()
    # …and reach the server once it is back in reach.
    context.set_offline(False)
    kiosk, wang = kiosk_site.kiosks["landscape"], kiosk_site.people["王芳"]
    assert wait_for(lambda: KioskHonoreeViews.objects.filter(kiosk=kiosk, honoree=wang).exists()), (
        "the counts made offline never arrived"
    )
    assert KioskUsageDay.objects.get(kiosk=kiosk).sessions == 1


@pytest.mark.parametrize("orientation", ["portrait"], indirect=True)
def test_a_publish_reaches_a_running_kiosk_between_visitors(kiosk_site, screen):
    page = open_kiosk(screen, "park-portrait")
    first_version = page.get_attribute("html", "data-version")
    page.evaluate("() => { window.sameDocument = true; }")

    # Someone is browsing: the new content waits.
    enter_browse(page)
    touch(page, "[data-facet=all]")
    li = kiosk_site.people["李伟"]
    li.title = "李伟强"
    li.save_revision().publish()
    page.wait_for_timeout(3_000)
    assert page.get_attribute("html", "data-version") == first_version
    expect(page.locator(".k-card .k-card__name")).to_contain_text(["李伟"])

    # Back in attract mode, it is swapped in without a reload.
    touch(page, "[data-action=back]")
    touch(page, "[data-action=back]")
    expect(page.locator("#attract")).to_be_visible()
    page.wait_for_function(
        f"() => document.documentElement.dataset.version !== '{first_version}'",
        timeout=10_000,
    )
    assert page.evaluate("() => window.sameDocument === true")
    enter_browse(page)
    touch(page, "[data-facet=all]")
    expect(page.locator(".k-card:has-text('李伟强')")).to_have_count(1)


def wait_for(condition, seconds=15):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.25)
    return False


@pytest.mark.parametrize("orientation", ["landscape"], indirect=True)
def test_heartbeats_are_recorded_and_the_admin_shows_online_then_offline(
    kiosk_site, screen, browser, live_server, settings
):
    kiosk = kiosk_site.kiosks["landscape"]
    page = open_kiosk(screen, kiosk.slug)
    enter_browse(page)
    touch(page, "[data-facet=all]")
    touch(page, ".k-card:has-text('王芳')")

    assert wait_for(lambda: KioskStatus.objects.filter(kiosk=kiosk).exists())
    assert wait_for(lambda: KioskUsageDay.objects.filter(kiosk=kiosk, sessions__gte=1).exists()), (
        "the session was not reported"
    )
    status = KioskStatus.objects.get(kiosk=kiosk)
    assert (status.screen_width, status.screen_height) == (1920, 1080)

    admin = get_user_model().objects.create_superuser("kiosk-admin", "a@example.com", "pw")
    client = Client()
    client.force_login(admin)
    admin_context = browser.new_context(locale="zh-CN", base_url=live_server.url)
    host = live_server.url.split("//")[1].split(":")[0]
    admin_context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": client.cookies["sessionid"].value,
                "domain": host,
                "path": "/",
            }
        ]
    )
    try:
        dashboard = admin_context.new_page()
        dashboard.goto("/admin/")
        panel = dashboard.locator("section, div").filter(has_text="展台状态").last
        expect(dashboard.locator("body")).to_contain_text("landscape展台")
        expect(panel).to_contain_text("在线")

        # The kiosk goes away; after the offline limit the admin says so.
        page.context.close()
        settings.KIOSK_OFFLINE_AFTER_SECONDS = 2
        time.sleep(3)
        dashboard.reload()
        expect(dashboard.locator("body")).to_contain_text("离线")
    finally:
        admin_context.close()


# ---------- the kiosk as an exhibit: type, pictures, layout, the park ----------

STORY = [
    "1996年，19岁的欧阳秀英从技校毕业后来到汝州市宏基建筑安装工程有限公司，成为一名"
    "钢筋工。第一次站上脚手架，她就暗下决心：要干就干出个样子来。",
    "二十多年来，她坚持每天多学一点、多干一点、多想一点，一步一个脚印地成长起来。在"
    "工地上，她总结出的钢筋绑扎“三查法”在全公司推广，返工率下降了六成。",
    "她常说：一个人技术好不算好，大家技术好才是真的好。多年来，她先后带出徒弟四十二"
    "名，其中十一人成长为技师、高级技师，三人获评鹰城大工匠。",
    "凭着这股钻劲和韧劲，她先后获得平顶山市劳动模范、河南省五一劳动奖章、全国劳动模范"
    "等荣誉。如今，她依然坚守在工地一线，带领身边的工友们在新的征程上继续奋斗。",
]


@pytest.fixture
def exhibit_site(home, honoree_index, enterprise_index, park, settings):
    """What the demo's kiosks hold, at the demo's picture sizes: long titles and names,
    a four-honour person with a long story, a statue and a group, a park with zones."""
    settings.KIOSK_POLL_SECONDS = 60
    settings.KIOSK_HEARTBEAT_SECONDS = 60
    titles = [
        HonourTitleFactory(name=name, level=level)
        for name, level in [
            ("全国劳动模范", HonourLevel.NATIONAL),
            ("河南省五一劳动奖章", HonourLevel.PROVINCIAL),
            ("鹰城“最美职工”", HonourLevel.CITY),
            ("平顶山市劳动模范", HonourLevel.CITY),
        ]
    ]
    county = CountyFactory(name="汝州市")
    enterprise = EnterprisePageFactory(
        parent=enterprise_index, title="汝州市宏基建筑安装工程有限公司", slug="hongji"
    )
    wang = HonoreePageFactory(
        parent=honoree_index,
        title="王建国",
        slug="wang-jianguo",
        county=county,
        employer_enterprise=enterprise,
        portrait=ImageFactory(file__width=600, file__height=800),
        summary="扎根施工一线三十年，带出徒弟二十名。",
    )
    HonourFactory(page=wang, title=titles[1], year=2018)
    # A portrait far smaller than any slot it fills: shown at its own size.
    small = HonoreePageFactory(parent=honoree_index, title="安然", slug="an-ran", county=county)
    HonourFactory(page=small, title=titles[2], year=2022)
    paragraphs = [f"<p>{text}</p>" for text in STORY]
    paragraphs[2] = paragraphs[2].replace(
        "带出徒弟", f'和<a linktype="page" id="{wang.pk}">王建国</a>一起带出徒弟'
    )
    ouyang = HonoreePageFactory(
        parent=honoree_index,
        title="欧阳秀英",
        slug="ouyang-xiuying",
        county=county,
        employer_enterprise=enterprise,
        post="钢筋班班长",
        portrait=ImageFactory(file__width=600, file__height=800),
        summary="扎根建筑工地二十八年，练就钢筋绑扎“三查法”，带出徒弟四十二名。",
        story=[
            ("paragraph", RichText("".join(paragraphs[:2]))),
            (
                "image",
                {
                    "image": ImageFactory(file__width=1200, file__height=800),
                    "caption": "欧阳秀英工作的工地（示意插画）",
                },
            ),
            ("quote", {"text": "只要大家需要，我随叫随到。", "attribution": "欧阳秀英"}),
            ("paragraph", RichText("".join(paragraphs[2:]))),
        ],
    )
    for title, year in zip(titles, [2020, 2016, 2012, 2010], strict=True):
        HonourFactory(page=ouyang, title=title, year=year)
    park.map_image = ImageFactory(file__width=1600, file__height=1100)
    park.save()
    plaza = ParkZoneFactory(park=park, name="劳模广场", description="园区中心的圆形广场。")
    corridor = ParkZoneFactory(park=park, name="工匠长廊", description="西侧百米长廊。")
    statue = SculpturePageFactory(
        parent=park, title="欧阳秀英塑像", year_of_entry=2021, zone=plaza, map_x=0.5, map_y=0.4
    )
    SculptureHonoreeFactory(sculpture=statue, honoree=ouyang)
    SculpturePhotoFactory(sculpture=statue, image=ImageFactory(file__width=900, file__height=1200))
    group = SculpturePageFactory(
        parent=park, title="筑城先锋群像", year_of_entry=2019, zone=corridor, map_x=0.2, map_y=0.5
    )
    for position, person in enumerate([ouyang, wang]):
        SculptureHonoreeFactory(sculpture=group, honoree=person, sort_order=position)
    SculpturePhotoFactory(sculpture=group, image=ImageFactory(file__width=1200, file__height=900))
    hero = ImageFactory(file__width=1920, file__height=800)
    playlist = [
        ("slide", {"image": hero, "caption": "欢迎来到劳模雕塑园 · 轻触屏幕认识鹰城劳模"}),
        ("slide", {"image": hero, "caption": "劳动最光荣 · 劳动者最伟大"}),
        ("honoree", ouyang),
        ("sculpture", statue),
        ("sculpture", group),
    ]
    for orientation in SCREENS:
        KioskDisplayFactory(
            name=f"{orientation}展台",
            slug=f"park-{orientation}",
            orientation=orientation,
            text_size="large",
            map_x=0.5,
            map_y=0.9,
            playlist=playlist,
        )
    return SimpleNamespace(ouyang=ouyang, wang=wang, statue=statue, group=group)


# Headlines, names and labels: where a line may end. Chinese breaks between any two
# characters; these must break only at a space, at punctuation or where the kiosk marks
# a break between the phrases of a name (<wbr>: 汝州市|宏基建筑安装工程|有限公司).
HEADLINES = (
    ".k-slide__title, .k-slide__subtitle, .k-slide__extra, .k-slide__honours li, .k-brand__name,"
    " .k-cue, .k-bar__title, .k-heading, .k-tile__label, .k-tile__hint, .k-option__label,"
    " .k-card__name, .k-card__title, .k-detail__name, .k-detail__top, .k-facts dd,"
    " .k-section h3, .k-honour__title, .k-photo__caption span, .k-tour__heading, .k-letter,"
    " .k-toggle__button, .k-pager button, .k-mention"
)
BROKEN_WORDS_JS = """(selector) => {
    // A line may end after a space or a mark, or before an opening mark or a space.
    const after = /[ \\u3000·•、，。：；！？）》」』”’,.;:!?)\\]—–\\-]/;
    const before = /[ \\u3000（《「『“‘(\\[]/;
    const broken = [];
    for (const element of document.querySelectorAll(selector)) {
        if (!element.getClientRects().length) continue;  // not shown
        // Each glyph, its box, and whether a <wbr> (a break allowed) stands before it.
        const glyphs = [];
        let wbr = false;
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_ALL);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.nodeName === "WBR") wbr = true;
            if (node.nodeType !== Node.TEXT_NODE) continue;
            for (let i = 0; i < node.data.length; i++) {
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                const box = [...range.getClientRects()].find((r) => r.width > 0);
                if (box) glyphs.push([node.data[i], box, wbr]);
                if (box) wbr = false;
            }
        }
        const lines = [""];
        let inside = false;
        glyphs.forEach(([glyph, box, wbr], i) => {
            const previous = glyphs[i - 1];
            if (previous && box.top > previous[1].top + previous[1].height / 2) {
                lines.push("");
                inside ||= !wbr && !after.test(previous[0]) && !before.test(glyph);
            }
            lines[lines.length - 1] += glyph;
        });
        if (inside) broken.push(lines.join(" / "));
    }
    return broken;
}"""
# Pictures on screen no larger than they were made (at a devicePixelRatio of 1), the
# attract pictures at the top of their slow pan.
ENLARGED_JS = """() => [...document.images]
    .filter((img) => img.getClientRects().length && !img.currentSrc.endsWith('.svg'))
    .map((img) => {
        for (const animation of img.getAnimations()) {
            animation.pause();
            animation.currentTime = animation.effect.getComputedTiming().duration;
        }
        const box = img.getBoundingClientRect();
        return [img.currentSrc.split('/').pop(), img.naturalWidth, img.naturalHeight,
                Math.round(box.width), Math.round(box.height)];
    })
    .filter(([, w, h, width, height]) => !w || width > w + 0.5 || height > h + 0.5)"""
ALL_LOADED_JS = """() => [...document.images].every((img) => {
    img.loading = 'eager';
    return img.complete;
})"""


def seen(page, check):
    """What a check finds on the screen now, once every picture on it has loaded."""
    page.wait_for_function(ALL_LOADED_JS)
    return page.evaluate(check, HEADLINES) if check is BROKEN_WORDS_JS else page.evaluate(check)


def show_slide(page, kind_or_index):
    """Make one slide of the attract loop the one showing, as the loop would."""
    page.evaluate(
        """(which) => {
            const slides = [...document.querySelectorAll('.k-slide')];
            const slide = typeof which === 'number' ? slides[which]
                : slides.find((s) => s.dataset.kind === which);
            slides.forEach((s) => s.classList.toggle('is-active', s === slide));
            document.getElementById('attract').dataset.kind = slide.dataset.kind;
        }""",
        kind_or_index,
    )


# Each kind of browse screen, as the touches that lead there from the browse home.
SCREENS_TO_SEE = {
    "home": [],
    "titles": ["[data-facet=title]"],
    "a title": ["[data-facet=title]", ".k-option:has-text('河南省五一劳动奖章')"],
    "a person": ["[data-facet=all]", ".k-card:has-text('欧阳秀英')"],
    "enterprises": ["[data-facet=enterprise]"],
    "letters": ["[data-facet=letter]"],
    "map": ["[data-park=map]"],
    "tour": ["[data-park=tour]"],
    "tour by year": ["[data-park=tour]", "[data-tour-by=year]"],
    "a sculpture": ["[data-park=tour]", ".k-card--sculpture:has-text('筑城先锋群像')"],
}


def walk_the_kiosk(page, slug, check):
    """What the check finds on every slide of the loop and every kind of browse screen."""
    found = {}
    open_kiosk(page, slug)
    for i in range(page.locator(".k-slide").count()):
        show_slide(page, i)
        found[f"slide {i + 1}"] = seen(page, check)
    enter_browse(page)
    for name, touches in SCREENS_TO_SEE.items():
        go_home(page)
        for selector in touches:
            touch(page, selector)
        page.wait_for_timeout(300)
        found[name] = seen(page, check)
    return {screen: what for screen, what in found.items() if what}


def test_headlines_and_names_break_only_between_words(exhibit_site, screen, orientation):
    """No headline, name or label is split inside a word ("认识鹰/城劳模", "劳动/者最伟大"),
    on any screen: where a phrase is too long for its line, its type is made smaller."""
    assert walk_the_kiosk(screen, f"park-{orientation}", BROKEN_WORDS_JS) == {}


def test_pictures_are_never_shown_larger_than_they_were_made(exhibit_site, screen, orientation):
    assert walk_the_kiosk(screen, f"park-{orientation}", ENLARGED_JS) == {}


def open_person(page, name):
    enter_browse(page)
    touch(page, "[data-facet=all]")
    touch(page, f".k-card:has-text('{name}')")
    expect(page.locator(".k-detail__name")).to_have_text(name)
    page.wait_for_function(ALL_LOADED_JS)


def test_a_person_fits_in_two_screens_with_a_story_a_standing_reader_can_follow(
    exhibit_site, screen, orientation
):
    page = open_kiosk(screen, f"park-{orientation}")
    open_person(page, "欧阳秀英")
    screens = page.locator("#view").evaluate("(view) => view.scrollHeight / view.clientHeight")
    assert screens <= 2, f"the person takes {screens:.2f} screens"
    # The story's lines: at most 40 characters of its own type, and not a narrow strip.
    widths = page.eval_on_selector_all(
        ".k-story p",
        "(ps) => ps.map((p) => p.clientWidth / parseFloat(getComputedStyle(p).fontSize))",
    )
    assert len(widths) == len(STORY) + 1  # and the quote
    assert all(24 <= width <= 40 for width in widths), widths
    if orientation == "landscape":
        # Portrait and facts in one column, the story in a second beside it.
        side, story = (
            page.locator(selector).bounding_box() for selector in (".k-detail__side", ".k-story")
        )
        assert story["x"] >= side["x"] + side["width"]
        assert story["y"] < side["y"] + side["height"] / 4


def test_the_brand_never_covers_a_statues_head(exhibit_site, screen, orientation):
    """The brand stands apart from every slide's picture, above all clear of its top third,
    where a statue's or a person's head is."""
    page = open_kiosk(screen, f"park-{orientation}")
    brand = page.locator("#brand")
    expect(brand).to_contain_text("劳模风采 · 劳模雕塑园")
    for i in range(page.locator(".k-slide").count()):
        show_slide(page, i)
        picture = page.locator(".k-slide.is-active .k-slide__pic").bounding_box()
        box = brand.bounding_box()
        head = {**picture, "height": picture["height"] / 3}
        overlap_x = min(box["x"] + box["width"], head["x"] + head["width"]) - max(
            box["x"], head["x"]
        )
        overlap_y = min(box["y"] + box["height"], head["y"] + head["height"]) - max(
            box["y"], head["y"]
        )
        assert overlap_x <= 0 or overlap_y <= 0, f"slide {i + 1}: the brand covers {head}"


def test_the_park_map_and_the_sculpture_tour_from_the_home_screen_work_offline(
    exhibit_site, screen, orientation
):
    slug = f"park-{orientation}"
    page = open_kiosk(screen, slug)
    wait_until_cached(page, slug)
    page.context.set_offline(True)
    page.reload()
    page.wait_for_selector("html[data-ready]")
    enter_browse(page)

    # 园区地图: every sculpture on the map, the kiosk's own spot, the park's zones.
    touch(page, "[data-park=map]")
    expect(page.locator("#view-title")).to_have_text("园区地图")
    expect(page.locator(".k-map .k-pin--sculpture")).to_have_count(2)
    expect(page.locator(".k-pin--here")).to_contain_text("您在这里")
    assert page.locator(".k-map img").evaluate("(img) => img.complete && img.naturalWidth > 0")
    expect(page.locator("[data-zone]")).to_have_text(
        [re.compile("劳模广场.*1座"), re.compile("工匠长廊.*1座")]
    )
    # A zone opens its sculptures; a sculpture, the people it depicts; a person, their story.
    touch(page, "[data-zone='工匠长廊']")
    expect(page.locator(".k-card--sculpture")).to_have_text([re.compile("筑城先锋群像")])
    touch(page, ".k-card--sculpture")
    expect(page.locator(".k-sculpture .k-detail__name")).to_have_text("《筑城先锋群像》")
    expect(page.locator(".k-sculpture .k-card")).to_have_text(
        [re.compile("欧阳秀英"), re.compile("王建国")]
    )
    expect(page.locator(".k-sculpture .k-pin--sculpture")).to_contain_text("筑城先锋群像")
    touch(page, ".k-sculpture .k-card:has-text('王建国')")
    expect(page.locator(".k-detail__name")).to_have_text("王建国")
    assert buttons_smaller_than_touch(page) == []

    # 雕塑导览: by zone, or by year of entry; the pager walks the tour.
    go_home(page)
    touch(page, "[data-park=tour]")
    expect(page.locator(".k-tour__heading")).to_have_text(
        [re.compile("劳模广场"), re.compile("工匠长廊")]
    )
    touch(page, "[data-tour-by=year]")
    expect(page.locator(".k-tour__heading")).to_have_text(
        [re.compile("2021年入园"), re.compile("2019年入园")]
    )
    assert buttons_smaller_than_touch(page) == []
    touch(page, ".k-card--sculpture:has-text('欧阳秀英塑像')")
    expect(page.locator(".k-sculpture .k-detail__name")).to_have_text("《欧阳秀英塑像》")
    assert page.locator(".k-sculpture__image").evaluate("(i) => i.complete && i.naturalWidth > 0")
    touch(page, ".k-pager [data-step='1']")
    expect(page.locator(".k-sculpture .k-detail__name")).to_have_text("《筑城先锋群像》")
    # Back goes to the tour as it was left; a swipe walks it too.
    touch(page, "[data-action=back]")
    expect(page.locator("[data-tour-by=year]")).to_have_attribute("aria-pressed", "true")
    touch(page, ".k-card--sculpture:has-text('筑城先锋群像')")
    swipe(page, 0.2, 0.8)
    expect(page.locator(".k-sculpture .k-detail__name")).to_have_text("《欧阳秀英塑像》")
