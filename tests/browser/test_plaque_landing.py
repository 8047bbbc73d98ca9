"""A visitor scans a plaque's QR code (/p/<id>/) in front of the statue: the person's story
comes first, on a phone and a desktop; QR codes and print buttons are for desktop screens."""

import re
from types import SimpleNamespace

import pytest
from playwright.sync_api import expect
from wagtail.rich_text import RichText

from exhibits.honorees.models import HonourLevel
from tests.browser.accessibility import blocking_violations, describe
from tests.browser.helpers import path_of
from tests.browser.test_public_pages import OVERFLOW_JS
from tests.honorees.factories import HonoreePageFactory, HonourFactory, HonourTitleFactory
from tests.park.factories import (
    ParkPageFactory,
    SculptureHonoreeFactory,
    SculpturePageFactory,
    SculpturePhotoFactory,
)


@pytest.fixture
def plaques(home, honoree_index):
    national = HonourTitleFactory(name="全国劳动模范", level=HonourLevel.NATIONAL)
    craftsman = HonourTitleFactory(name="中原大工匠", level=HonourLevel.PROVINCIAL)

    def person(name, slug, deed, title, year):
        page = HonoreePageFactory(
            parent=honoree_index,
            title=name,
            slug=slug,
            summary=f"{deed}。",
            story=[
                ("paragraph", RichText(f"<p>{name}的故事从一线开始。</p>")),
                ("quote", {"text": "干一行，爱一行。", "attribution": name}),
            ],
        )
        HonourFactory(page=page, title=title, year=year)
        return page

    people = {
        "王芳": person("王芳", "wang-fang", "扎根井下二十年，带出徒弟六十名", national, 2015),
        "李伟": person("李伟", "li-wei", "改进采煤工艺，年节约成本千万元", craftsman, 2020),
        "张秀英": person("张秀英", "zhang-xiuying", "守护电网三十年", craftsman, 2019),
    }
    park = ParkPageFactory(parent=home)

    def sculpture(title, slug, depicted, spot):
        page = SculpturePageFactory(
            parent=park, title=title, slug=slug, map_x=spot[0], map_y=spot[1]
        )
        for order, name in enumerate(depicted):
            SculptureHonoreeFactory(sculpture=page, honoree=people[name], sort_order=order)
        SculpturePhotoFactory(sculpture=page, image__file__width=600, image__file__height=800)
        return page

    return SimpleNamespace(
        single=sculpture("匠心", "jiangxin", ["王芳"], (0.3, 0.4)),
        group=sculpture("光明使者", "guangming", ["李伟", "张秀英"], (0.7, 0.6)),
    )


def scan(page, sculpture):
    """What a phone does with the plaque's QR code: open the short link it encodes."""
    response = page.goto(f"/p/{sculpture.pk}/")
    assert response.ok
    assert page.url.endswith(f"{path_of(sculpture)}?from=plaque")
    return page


def top(locator):
    return locator.bounding_box()["y"]


def assert_no_blocking_violations(page):
    violations = blocking_violations(page)
    assert not violations, describe(violations)


def test_the_plaque_lands_on_the_persons_story_before_the_sculpture(plaques, page):
    scan(page, plaques.single)

    expect(page.locator("h1")).to_have_text("王芳")
    summary = page.get_by_text("扎根井下二十年，带出徒弟六十名")
    expect(summary).to_be_visible()
    screen = page.viewport_size["height"]
    assert top(summary) < screen, "the person's summary is on the first screen"
    honours = page.get_by_role("heading", name="荣誉")
    story = page.get_by_text("王芳的故事从一线开始。")
    facts = page.locator(".sculpture__facts")
    expect(facts).to_contain_text("入园年份")
    assert top(summary) < top(honours) < top(story) < top(facts)
    expect(page.get_by_role("link", name=re.compile("王芳的人物页"))).to_have_attribute(
        "href", re.compile(r"/honorees/wang-fang/$")
    )
    assert_no_blocking_violations(page)


def test_a_group_plaque_lands_on_the_group_then_each_person(plaques, page):
    scan(page, plaques.group)

    expect(page.locator("h1")).to_have_text("光明使者")
    expect(page.locator(".landing__head")).to_contain_text("塑像人物：李伟、张秀英")
    names = page.locator(".landing__person h2.person-intro__name")
    expect(names).to_have_text(["李伟", "张秀英"])
    li, zhang = (page.get_by_text(f"{n}的故事从一线开始。") for n in ("李伟", "张秀英"))
    facts = page.locator(".sculpture__facts")
    assert top(page.locator("h1")) < top(li) < top(names.nth(1)) < top(zhang) < top(facts)

    page.locator(".landing__members").get_by_role("link", name=re.compile("张秀英")).click()
    expect(page).to_have_url(re.compile(r"#person-\d+$"))
    assert top(names.nth(1)) < page.viewport_size["height"], "the jump shows her section"
    assert_no_blocking_violations(page)


def test_the_plaque_view_offers_no_qr_code_or_print_button(plaques, page):
    scan(page, plaques.single)

    expect(page.locator("main img[src^='/qr/']")).to_have_count(0)
    expect(page.get_by_text("打印铭牌")).to_have_count(0)
    expect(page.get_by_text("扫码查看")).to_have_count(0)


@pytest.mark.parametrize("device", ["phone"], indirect=True)
def test_a_phone_is_shown_no_qr_code_or_print_button_on_the_sculpture_page(plaques, visit):
    page = visit(path_of(plaques.single))

    expect(page.locator(".qr img")).to_be_hidden()
    expect(page.get_by_role("heading", name="扫码查看")).to_have_count(0)
    expect(page.get_by_role("link", name=re.compile("打印铭牌"))).to_have_count(0)
    for sculpture in (plaques.single, plaques.group):
        scan(page, sculpture)
        width = page.evaluate(OVERFLOW_JS)
        assert width["page"] <= width["screen"], f"{page.url} scrolls sideways: {width}"


@pytest.mark.parametrize("device", ["desktop"], indirect=True)
def test_a_desktop_screen_shows_the_qr_code_and_print_button(plaques, visit):
    page = visit(path_of(plaques.single))

    expect(page.get_by_role("heading", name="扫码查看")).to_be_visible()
    qr = page.locator(".qr img")
    qr.scroll_into_view_if_needed()
    expect(qr).to_be_visible()
    expect(qr).to_have_attribute("src", f"/qr/{plaques.single.pk}.svg")
    expect(page.get_by_role("link", name=re.compile("打印铭牌"))).to_be_visible()
