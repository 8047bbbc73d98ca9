"""The public pages on a phone and on a desktop: they show their people, pass axe, read large."""

import pytest

from tests.browser.accessibility import blocking_violations, describe
from tests.browser.helpers import honorees_linked, public_paths


def assert_no_blocking_violations(page):
    violations = blocking_violations(page)
    assert not violations, (
        f"axe-core found {len(violations)} serious/critical violation(s) on {page.url}:\n"
        + describe(violations)
    )


def test_home_page_has_no_serious_accessibility_violations(exhibition, visit):
    page = visit(public_paths(exhibition)["home"])

    assert honorees_linked(page, exhibition) >= {p.title for p in exhibition.featured}
    assert_no_blocking_violations(page)


def test_honoree_list_has_no_serious_accessibility_violations(exhibition, visit):
    page = visit(public_paths(exhibition)["honoree-list"])

    assert honorees_linked(page, exhibition) == set(exhibition.honorees)
    assert_no_blocking_violations(page)


def test_honoree_page_has_no_serious_accessibility_violations(exhibition, visit):
    page = visit(public_paths(exhibition)["honoree"])

    assert "王芳" in page.locator("h1").inner_text()
    assert page.locator("main").get_by_text("全国劳动模范").first.is_visible()
    assert_no_blocking_violations(page)


def test_body_text_is_at_least_18px(exhibition, visit):
    sizes = {}
    for where, path in public_paths(exhibition).items():
        page = visit(path)
        sizes[where] = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")

    assert all(size >= 18 for size in sizes.values()), f"body font-size in px: {sizes}"


# Mobile Chromium widens the layout viewport (innerWidth) to fit content that overflows,
# so the page is measured against the screen's client width.
OVERFLOW_JS = """() => {
    const screen = document.documentElement.clientWidth;
    const wide = [...document.body.querySelectorAll("*")]
        .filter((el) => el.getBoundingClientRect().right > screen + 1)
        .slice(0, 5)
        .map((el) => el.tagName.toLowerCase() + (el.classList.length ? "." : "")
            + [...el.classList].join("."));
    return {page: document.documentElement.scrollWidth, screen, wide};
}"""


@pytest.mark.parametrize("device", ["phone"], indirect=True)
def test_pages_fit_a_phone_screen_without_sideways_scrolling(exhibition, visit):
    too_wide = []
    for where, path in public_paths(exhibition).items():
        width = visit(path).evaluate(OVERFLOW_JS)
        if width["page"] > width["screen"]:
            too_wide.append(
                f"{where} is {width['page']}px wide on a {width['screen']}px screen"
                f" (overflowing: {width['wide']})"
            )

    assert not too_wide, "; ".join(too_wide)


@pytest.mark.parametrize("device", ["desktop"], indirect=True)
def test_public_pages_load_nothing_from_other_hosts(exhibition, visit, requests_elsewhere):
    for path in public_paths(exhibition).values():
        visit(path)

    assert requests_elsewhere == []
