"""排期日历 in the browser: the month as a grid on a desktop, and on a phone a list of only
the days that hold something (the grid's empty days would fill several screens)."""

import datetime

import pytest
from django.contrib.auth import get_user_model

from tests.campaigns.conftest import campaign_index, make_campaign  # noqa: F401  (shared)
from tests.honorees.factories import HonoreePageFactory

PASSWORD = "mima-2026-demo"


@pytest.fixture
def may(wagtail_roots, honoree_index, make_campaign):  # noqa: F811
    get_user_model().objects.create_superuser("admin", "a@union.example", PASSWORD)
    people = [HonoreePageFactory(parent=honoree_index, title=name) for name in ("张平", "李洁")]
    make_campaign(datetime.date(2027, 5, 1), datetime.date(2027, 5, 3), people=people)


def visible_days(page):
    page.goto("/admin/login/")
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")
    page.goto("/admin/calendar/?month=2027-05")
    cells = page.locator("td[data-date]")
    return [
        cells.nth(i).get_attribute("data-date")
        for i in range(cells.count())
        if cells.nth(i).is_visible()
    ]


@pytest.mark.parametrize("device", ["phone"], indirect=True)
def test_on_a_phone_the_calendar_lists_only_the_busy_days(page, may):
    assert visible_days(page) == ["2027-05-01", "2027-05-02", "2027-05-03"]
    assert page.locator('td[data-date="2027-05-01"]').get_by_text("今日劳模：张平").is_visible()


@pytest.mark.parametrize("device", ["desktop"], indirect=True)
def test_on_a_desktop_the_calendar_is_the_whole_month(page, may):
    assert len(visible_days(page)) == 31
