"""Searching in the browser: the header box suggests as you type, the results page reads well."""

import pytest

from tests.browser.accessibility import blocking_violations, describe
from tests.browser.conftest import DEVICES

PHONE = DEVICES["phone"]["viewport"]


def test_typing_pinyin_suggests_the_person_and_enter_opens_her(exhibition, visit, device):
    page = visit("/")
    if device == "phone":  # the box folds under the header's 搜索 button
        page.locator(".site-header").get_by_role("button", name="搜索").click()
    box = page.get_by_role("combobox", name="搜索人物、事迹、雕塑和企业")
    box.fill("wangf")
    option = page.get_by_role("option").filter(has_text="王芳")
    option.wait_for()
    assert box.get_attribute("aria-expanded") == "true"

    box.press("ArrowDown")
    assert option.get_attribute("aria-selected") == "true"
    box.press("Enter")
    page.get_by_role("heading", level=1, name="王芳").wait_for()
    assert "/search/" not in page.url


@pytest.mark.parametrize("device", ["desktop"], indirect=True)
def test_submitting_the_box_shows_marked_grouped_results(exhibition, visit):
    page = visit("/")
    box = page.get_by_role("combobox", name="搜索人物、事迹、雕塑和企业")
    box.fill("王芳")
    box.press("Enter")  # no suggestion chosen: the form is submitted
    page.wait_for_url("**/search/?q=**")

    group = page.get_by_role("region", name="先进人物")
    assert group.locator("mark").first.inner_text() == "王芳"
    assert page.get_by_role("status").inner_text().startswith("找到")


def test_the_results_page_has_no_blocking_accessibility_issues(exhibition, visit):
    page = visit("/search/?q=王")
    violations = blocking_violations(page)
    assert not violations, describe(violations)
    toggle = page.get_by_role("button", name="筛选")
    if toggle.is_visible():  # phones keep the facets in a drawer
        toggle.click()
        violations = blocking_violations(page)
        assert not violations, describe(violations)
    facets = page.get_by_role("navigation", name="筛选搜索结果")
    facets.get_by_role("link", name="先进人物", exact=False).click()
    page.wait_for_url("**type=honoree**")
    violations = blocking_violations(page)
    assert not violations, describe(violations)


@pytest.fixture
def honours_indexed(exhibition):
    """The exhibition with its people indexed again now that their honours exist (the
    factories add honours after the page), so their titles find them."""
    for person in exhibition.honorees.values():
        person.save()
    return exhibition


def facet_chips(page, group):
    """The chips of one facet group, as the reader sees them ("国家级 2")."""
    facets = page.get_by_role("navigation", name="筛选搜索结果")
    chips = facets.locator(".search-facets__group", has=page.get_by_role("heading", name=group))
    return [" ".join(text.split()) for text in chips.get_by_role("link").all_inner_texts()]


@pytest.mark.parametrize("device", ["phone"], indirect=True)
def test_on_a_phone_results_come_first_and_the_facets_open_in_a_drawer(honours_indexed, visit):
    page = visit("/search/?q=劳动模范")

    first = page.locator(".search-result__title").first
    box = first.bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"], box
    assert not page.get_by_role("navigation", name="筛选搜索结果").is_visible()

    page.get_by_role("button", name="筛选").click()
    drawer = page.get_by_role("dialog", name="筛选搜索结果")
    drawer.wait_for()
    # Each level and county with its count; levels list people by their highest honour.
    assert facet_chips(page, "荣誉级别") == ["国家级 2", "省级 1", "市级 1", "县区级 1", "企业级 1"]
    assert facet_chips(page, "县（市、区）") == ["新华区 4", "舞钢市 2"]

    drawer.get_by_role("link", name="舞钢市 2").click()
    page.wait_for_url("**county=**")

    # The results behind changed without another press; the drawer shows the new counts,
    # and levels nobody in 舞钢市 holds are no longer offered.
    page.get_by_role("status").filter(has_text="找到 2 条").wait_for()
    assert drawer.is_visible()
    assert facet_chips(page, "荣誉级别") == ["国家级 1", "县区级 1"]
    names = page.locator("#results .search-result__title").all_inner_texts()
    assert sorted(names) == ["刘强", "陈磊"]

    drawer.get_by_role("link", name="查看 2 条结果").click()
    drawer.wait_for(state="hidden")
    assert (
        page.get_by_role("list", name="已选条件")
        .get_by_role("link")
        .inner_text()
        .startswith("舞钢市")
    )


@pytest.mark.parametrize("device", ["desktop"], indirect=True)
def test_on_a_desktop_the_facets_are_shown_and_apply_at_once(honours_indexed, visit):
    page = visit("/search/?q=劳动模范")

    facets = page.get_by_role("navigation", name="筛选搜索结果")
    assert facets.is_visible()
    assert not page.get_by_role("button", name="筛选").is_visible()

    facets.get_by_role("link", name="国家级 2").click()
    page.wait_for_url("**level=national**")
    page.get_by_role("status").filter(has_text="找到 2 条").wait_for()
    names = page.locator("#results .search-result__title").all_inner_texts()
    assert sorted(names) == ["王芳", "陈磊"]
