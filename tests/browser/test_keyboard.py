"""The honoree list by keyboard alone: the skip link first, then the filters, focus always shown."""

import pytest

from tests.browser.accessibility import outline_and_shadow, shows_focus
from tests.browser.helpers import public_paths

pytestmark = pytest.mark.parametrize("device", ["desktop"], indirect=True)

IN_FILTERS = "(el) => !!el.closest('form:has(select[name=level])')"
IN_MAIN = "(el) => !!el.closest('main, [role=main]')"
DESCRIBE_JS = """(el) => {
    const label = el.labels && el.labels.length ? el.labels[0].innerText : "";
    const text = (label || el.innerText || el.value || "").replace(/\\s+/g, " ").trim();
    return `<${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}> ${text.slice(0, 30)}`;
}"""
MAX_TABS = 40


def tab(page):
    page.keyboard.press("Tab")
    return page.evaluate_handle("document.activeElement")


def names(visited):
    return ", ".join(element.evaluate(DESCRIBE_JS) for element, _focused in visited)


def test_first_tab_reaches_skip_link_then_the_filters_with_focus_shown(exhibition, visit):
    page = visit(public_paths(exhibition)["honoree-list"])

    skip_link = tab(page)
    href = skip_link.evaluate("(el) => el.tagName === 'A' ? el.getAttribute('href') : null")
    assert href and href.startswith("#") and len(href) > 1, (
        f"the first Tab lands on {skip_link.evaluate(DESCRIBE_JS)}, not a skip-to-content link"
    )
    assert page.evaluate(
        f"(id) => {{ const target = document.getElementById(id);"
        f" return !!target && ({IN_MAIN})(target) }}",
        href[1:],
    ), f"the skip link's target {href} is not the main content"
    box = skip_link.bounding_box()
    assert box and box["width"] > 0 and box["height"] > 0 and box["x"] >= 0 and box["y"] >= 0, (
        f"the focused skip link is not on screen: {box}"
    )

    visited = [(skip_link, outline_and_shadow(skip_link))]
    element = skip_link
    for _ in range(MAX_TABS):
        if element.evaluate(IN_FILTERS):
            break
        element = tab(page)
        visited.append((element, outline_and_shadow(element)))
    else:
        pytest.fail(f"{MAX_TABS} Tabs never reached the filters; focus went: {names(visited)}")
    filters = []
    while element.evaluate(IN_FILTERS) and len(filters) < MAX_TABS:
        filters.append(element.evaluate("(el) => el.tagName + ':' + (el.type || '')"))
        element = tab(page)
        visited.append((element, outline_and_shadow(element)))
    # Each of the six filters, in order; a choice applies at once, so with JavaScript
    # there is no button to press (the no-JS form keeps one: test_honoree_filters).
    assert filters == ["SELECT:select-one"] * 6, (
        f"Tab does not go through the six filters; focus went: {names(visited)}"
    )

    # Focus has now left the filters, so every element visited can be read unfocused.
    unmarked = [
        f"{element.evaluate(DESCRIBE_JS)} (outline: {focused['outlineStyle']}"
        f" {focused['outlineWidth']}px, box-shadow: {focused['boxShadow']})"
        for element, focused in visited[:-1]
        if not shows_focus(focused, outline_and_shadow(element))
    ]
    assert not unmarked, "no visible focus outline on: " + "; ".join(unmarked)


def test_skip_link_takes_keyboard_focus_past_the_header(exhibition, visit):
    page = visit(public_paths(exhibition)["honoree-list"])

    tab(page)
    page.keyboard.press("Enter")
    element = tab(page)

    assert element.evaluate(IN_MAIN), (
        f"after the skip link, Tab lands on {element.evaluate(DESCRIBE_JS)}, outside main"
    )
