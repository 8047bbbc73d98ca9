"""Searching in the browser: the header box suggests as you type, the results page reads well."""

import pytest

from tests.browser.accessibility import blocking_violations, describe


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
    facets = page.get_by_role("navigation", name="筛选搜索结果")
    facets.get_by_role("link", name="先进人物", exact=False).click()
    page.wait_for_url("**type=honoree**")
    violations = blocking_violations(page)
    assert not violations, describe(violations)
