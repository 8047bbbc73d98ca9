"""Filtering the honoree list in the browser: on a phone the people come first and the
filters open in a drawer; on every screen a choice applies at once, each option with its
count; without JavaScript the same form works with its button."""

import pytest

from tests.browser.accessibility import blocking_violations, describe
from tests.browser.conftest import DEVICES
from tests.browser.helpers import honorees_linked, public_paths

PHONE = DEVICES["phone"]["viewport"]


def open_filters(page):
    """Open the drawer on a phone (on a desktop the filters are already there)."""
    toggle = page.get_by_role("button", name="筛选")
    if toggle.is_visible():
        toggle.click()
        page.get_by_role("dialog", name="筛选先进人物").wait_for()


def choose(page, label, option):
    """Pick an option of a filter by its label (the option's text without its count)."""
    select = page.get_by_label(label, exact=True)
    if not select.is_visible():
        open_filters(page)
    texts = select.locator("option").all_inner_texts()
    select.focus()  # as a tap on it does
    select.select_option(label=next(text for text in texts if text.startswith(option)))


def option_texts(page, label):
    return page.get_by_label(label, exact=True).locator("option").all_inner_texts()


def results(page, exhibition):
    return honorees_linked(page, exhibition, within="#results")


def test_choosing_a_level_changes_the_list_without_pressing_a_button(exhibition, visit):
    page = visit(public_paths(exhibition)["honoree-list"])
    assert results(page, exhibition) == set(exhibition.honorees)

    choose(page, "荣誉级别", "国家级")
    page.wait_for_url("**level=national**")

    page.get_by_role("status").filter(has_text="共 2 位").wait_for()
    assert results(page, exhibition) == {"王芳", "陈磊"}


@pytest.mark.parametrize("device", ["desktop"], indirect=True)
def test_filtering_by_enterprise_shows_its_honorees(exhibition, visit):
    page = visit(public_paths(exhibition)["honoree-list"])

    choose(page, "企业", exhibition.enterprise.title)
    page.wait_for_url(f"**enterprise={exhibition.enterprise.pk}**")

    page.get_by_role("status").filter(has_text="共 3 位").wait_for()
    assert results(page, exhibition) == {"王芳", "李伟", "杨娟"}


@pytest.mark.parametrize("device", ["desktop"], indirect=True)
def test_filters_combine_in_the_url(exhibition, visit):
    page = visit(public_paths(exhibition)["honoree-list"])

    choose(page, "荣誉级别", "市级")
    page.wait_for_url("**level=city**")
    choose(page, "行业", "电力")
    page.wait_for_url("**industry=**")

    assert "level=city" in page.url
    # 陈磊 works in power and holds a city title, but his highest honour is national.
    page.get_by_role("status").filter(has_text="共 1 位").wait_for()
    assert results(page, exhibition) == {"张秀英"}


@pytest.mark.parametrize("device", ["phone"], indirect=True)
def test_on_a_phone_a_filtered_list_shows_the_first_person_on_the_first_screen(exhibition, visit):
    page = visit(public_paths(exhibition)["honoree-list"] + "?level=national")

    first = page.locator("#results .card").first
    name = first.locator(".card__title")
    box = name.bounding_box()
    assert name.inner_text() == "陈磊"  # chen before wang
    assert box["y"] + box["height"] <= PHONE["height"], box
    # The filters wait in the closed drawer.
    assert not page.get_by_label("荣誉级别", exact=True).is_visible()


@pytest.mark.parametrize("device", ["phone"], indirect=True)
def test_on_a_phone_the_drawer_opens_and_a_choice_applies_at_once(exhibition, visit):
    page = visit(public_paths(exhibition)["honoree-list"])

    toggle = page.get_by_role("button", name="筛选")
    assert toggle.get_attribute("aria-expanded") == "false"
    toggle.click()
    drawer = page.get_by_role("dialog", name="筛选先进人物")
    drawer.wait_for()
    assert page.get_by_role("button", name="筛选").get_attribute("aria-expanded") == "true"
    box = drawer.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"] + 1

    choose(page, "县（市、区）", "舞钢市")
    page.wait_for_url("**county=**")

    # The list behind changed, and the drawer stays open with the counts of the new list.
    page.get_by_role("status").filter(has_text="共 2 位").wait_for()
    assert results(page, exhibition) == {"刘强", "陈磊"}
    assert drawer.is_visible()
    assert option_texts(page, "荣誉级别") == ["全部", "国家级（1）", "县区级（1）"]
    assert page.get_by_label("县（市、区）", exact=True).evaluate(
        "select => select === document.activeElement"
    )

    drawer.get_by_role("button", name="查看 2 位").click()
    drawer.wait_for(state="hidden")
    toggle = page.get_by_role("button", name="筛选")
    assert toggle.evaluate("toggle => toggle === document.activeElement")
    assert toggle.inner_text().split() == ["筛选", "1"]  # one filter chosen


def test_options_show_their_counts_and_options_with_nobody_are_absent(exhibition, visit):
    page = visit(public_paths(exhibition)["honoree-list"])
    open_filters(page)

    assert option_texts(page, "荣誉级别") == [
        "全部",
        "国家级（2）",
        "省级（1）",
        "市级（1）",
        "县区级（1）",
        "企业级（1）",
    ]

    choose(page, "行业", "电力")
    page.wait_for_url("**industry=**")
    page.get_by_role("status").filter(has_text="共 2 位").wait_for()

    # In power: 张秀英 (city) and 陈磊 (national); no provincial, county or enterprise people.
    assert option_texts(page, "荣誉级别") == ["全部", "国家级（1）", "市级（1）"]
    assert option_texts(page, "县（市、区）") == ["全部", "新华区（1）", "舞钢市（1）"]
    # The industry's own choice is left out of its counts: the other industry stays offered.
    assert option_texts(page, "行业") == ["全部", "煤炭（4）", "电力（2）"]


@pytest.mark.parametrize("device", ["desktop"], indirect=True)
def test_on_a_desktop_the_filters_are_shown_without_a_drawer(exhibition, visit):
    page = visit(public_paths(exhibition)["honoree-list"])

    for label in ("荣誉称号", "荣誉级别", "获奖年份", "县（市、区）", "行业", "企业"):
        assert page.get_by_label(label, exact=True).is_visible(), label
    assert not page.get_by_role("button", name="筛选").is_visible()
    assert page.get_by_text("按本人所获最高荣誉归类").is_visible()


def test_sorted_by_newest_honour_the_cards_show_that_honour_and_its_year(exhibition, visit):
    page = visit(public_paths(exhibition)["honoree-list"])

    page.get_by_label("排序", exact=True).select_option(label="按最新获奖")
    page.wait_for_url("**sort=recent**")
    page.locator("#results .card").first.locator(".card__title").filter(has_text="杨娟").wait_for()

    lines = page.locator("#results .card__honour").all_inner_texts()
    # 杨娟 2022, 陈磊 2021, 张秀英 2020 (her 鹰城大工匠, newer than her 2010 title)…
    assert [" ".join(line.split()) for line in lines[:3]] == [
        "企业级 平煤神马集团劳动模范 2022年",
        "国家级 全国劳动模范 2021年",
        "市级 鹰城大工匠 2020年",
    ]


def test_the_list_with_its_drawer_has_no_blocking_accessibility_issues(exhibition, visit):
    page = visit(public_paths(exhibition)["honoree-list"] + "?level=national")
    open_filters(page)
    violations = blocking_violations(page)
    assert not violations, describe(violations)


def test_without_javascript_the_phone_drawer_opens_and_the_form_applies_with_its_button(
    browser, live_server, exhibition
):
    context = browser.new_context(
        java_script_enabled=False, base_url=live_server.url, locale="zh-CN", **DEVICES["phone"]
    )
    try:
        page = context.new_page()
        page.goto(public_paths(exhibition)["honoree-list"])
        assert not page.get_by_label("荣誉级别", exact=True).is_visible()

        page.get_by_role("link", name="筛选").click()  # opens the drawer as #filters
        choose(page, "荣誉级别", "省级")
        page.get_by_role("button", name="查看结果").click()
        page.wait_for_url("**level=provincial**")

        assert results(page, exhibition) == {"李伟"}
    finally:
        context.close()
