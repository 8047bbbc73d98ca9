"""Filtering the honoree list in the browser: choose, submit, see the URL and the cards change."""

import pytest

from tests.browser.helpers import honorees_linked, public_paths


def choose(page, label, option):
    """Pick an option in the filter select with this label, opening a collapsed panel first."""
    select = page.get_by_label(label, exact=True)
    if not select.is_visible():
        # Phones may fold the filters into a <details>; a reader opens it by its summary.
        page.locator("details", has=select).locator("summary").first.click()
    select.select_option(label=option)
    return page.locator("form", has=select)


def submit(form):
    form.locator(":is(button:not([type]), button[type=submit], input[type=submit])").first.click()


def test_filtering_by_honour_level_shows_only_honorees_of_that_level(exhibition, visit):
    page = visit(public_paths(exhibition)["honoree-list"])
    assert honorees_linked(page, exhibition) == set(exhibition.honorees)

    submit(choose(page, "荣誉级别", "国家级"))
    page.wait_for_url("**level=national**")

    assert honorees_linked(page, exhibition) == {"王芳", "陈磊"}


@pytest.mark.parametrize("device", ["desktop"], indirect=True)
def test_filtering_by_enterprise_shows_its_honorees(exhibition, visit):
    page = visit(public_paths(exhibition)["honoree-list"])

    submit(choose(page, "企业", exhibition.enterprise.title))
    page.wait_for_url(f"**enterprise={exhibition.enterprise.pk}**")

    assert honorees_linked(page, exhibition) == {"王芳", "李伟", "杨娟"}


@pytest.mark.parametrize("device", ["desktop"], indirect=True)
def test_filters_combine_in_the_url(exhibition, visit):
    page = visit(public_paths(exhibition)["honoree-list"])

    choose(page, "荣誉级别", "市级")
    submit(choose(page, "行业", "电力"))
    page.wait_for_url("**industry=**")

    assert "level=city" in page.url
    assert honorees_linked(page, exhibition) == {"张秀英", "陈磊"}
