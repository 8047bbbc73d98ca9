"""排期日历: a month of go-lives, expiries and campaign days with 今日劳模, for the planners."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from exhibits.campaigns.models import CampaignDay
from tests.editorial.test_scheduled import at, schedule
from tests.honorees.factories import HonoreePageFactory
from tests.stories.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


def day_cell(html, date):
    """The text of one day's cell, tags stripped."""
    match = re.search(rf'<td [^>]*data-date="{date}"[^>]*>(.*?)</td>', html, re.S)
    assert match, f"no cell for {date}"
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", match.group(1))).strip()


def test_the_month_shows_what_goes_live_expires_and_each_campaign_day(
    client, clock, story_index, honoree_index, make_campaign, reviewer
):
    clock(2027, 4, 20, 9, 0)
    scheduled = schedule(story_index, "五一特别节目", go_live_at=at(2027, 5, 1, 20, 0))
    notice = StoryPageFactory(parent=story_index, title="报名通知")
    notice.expire_at = at(2027, 5, 10, 18, 0)
    notice.save_revision().publish()
    zhang, li = (HonoreePageFactory(parent=honoree_index, title=t) for t in ("张平", "李洁"))
    campaign = make_campaign(
        datetime.date(2027, 5, 1), datetime.date(2027, 5, 3), people=[zhang, li], title="宣传月"
    )
    CampaignDay.objects.filter(page=campaign, date=datetime.date(2027, 5, 3)).delete()

    client.force_login(reviewer)
    response = client.get("/admin/calendar/?month=2027-05")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-month="2027-05"' in html and "2027年5月" in html
    assert day_cell(html, "2027-05-01") == (
        "5月1日 （周六） 活动 宣传月 今日劳模： 张平 上线 20:00 五一特别节目 报道"
    )
    assert "今日劳模： 李洁" in day_cell(html, "2027-05-02")
    assert "未排今日劳模" in day_cell(html, "2027-05-03")
    assert day_cell(html, "2027-05-10") == "5月10日 （周一） 下线 18:00 报名通知 报道"
    assert day_cell(html, "2027-05-04") == "5月4日 （周二）"
    for page in (scheduled, notice, campaign, zhang):
        assert f"/admin/pages/{page.pk}/edit/" in html
    assert 'href="?month=2027-04"' in html and 'href="?month=2027-06"' in html


def test_other_months_and_bad_values(client, clock, story_index, reviewer):
    clock(2027, 4, 20, 9, 0)
    schedule(story_index, "五一特别节目", go_live_at=at(2027, 5, 1, 20, 0))
    client.force_login(reviewer)
    april = client.get("/admin/calendar/").content.decode()
    assert 'data-month="2027-04"' in april and "五一特别节目" not in april
    assert "2027年4月没有定时发布" in april
    assert 'data-date="2027-04-20"' in april and "今天" in day_cell(april, "2027-04-20")
    for bad in ("2027-13", "abc", "2027", "-1-5", "99999-01"):
        response = client.get("/admin/calendar/", {"month": bad})
        assert response.status_code == 200, bad
        assert 'data-month="2027-04"' in response.content.decode()
    december = client.get("/admin/calendar/?month=2026-12").content.decode()
    assert 'href="?month=2027-01"' in december and 'href="?month=2026-11"' in december


def test_only_planners_open_the_calendar(client, reviewer, enterprise_editor):
    client.force_login(enterprise_editor)
    assert "/admin/calendar/" not in client.get("/admin/").content.decode()
    refused = client.get("/admin/calendar/")
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    client.force_login(reviewer)
    assert "/admin/calendar/" in client.get("/admin/").content.decode()


def test_the_calendar_runs_fixed_queries_whatever_the_campaign_days(
    client, clock, story_index, honoree_index, make_campaign, reviewer
):
    clock(2027, 4, 20, 9, 0)
    people = [HonoreePageFactory(parent=honoree_index) for _ in range(4)]
    client.force_login(reviewer)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/admin/calendar/?month=2027-05").status_code == 200
        return len(queries)

    make_campaign(datetime.date(2027, 5, 1), datetime.date(2027, 5, 3), people=people[:2])
    few = count()
    make_campaign(datetime.date(2027, 5, 10), datetime.date(2027, 5, 31), people=people)
    assert count() == few
