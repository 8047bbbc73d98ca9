"""seed_demo's campaigns: this year's May Day month over both kiosks, last year's, one today."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from exhibits.campaigns.models import CampaignPage
from exhibits.demo import campaigns as demo_campaigns
from exhibits.demo import stories as demo_stories
from tests.campaigns.factories import day

SMALL = {"honorees": 20, "enterprises": 12}


def seed():
    out = io.StringIO()
    call_command("seed_demo", stdout=out, **SMALL)
    return out.getvalue()


@pytest.mark.django_db
def test_seed_demo_adds_the_campaigns_once_and_one_runs_today(client, clock, monkeypatch):
    monkeypatch.setattr(demo_stories, "make_video", lambda seconds=4: None)
    clock(2026, 12, 2, 10, 0)
    out = seed()
    assert "宣传月活动：新建 3 个" in out

    may = CampaignPage.objects.get(slug="wuyi-2026")
    assert (may.start_date, may.end_date) == (day(5, 1), day(5, 31))
    assert may.schedule_days.count() == 31
    assert {link.kiosk.slug for link in may.kiosk_links.all()} == {"park-gate", "park-hall"}
    assert may.featured_honorees.count() == demo_campaigns.FEATURED
    assert CampaignPage.objects.filter(slug="wuyi-2025", end_date=day(5, 31, 2025)).exists()
    week = CampaignPage.objects.get(slug="gongjiang-zhou")
    assert week.runs_on(timezone.localdate())
    assert client.get("/").content.decode().count(week.theme) >= 1
    assert "今日劳模" in client.get("/").content.decode()

    again = seed()
    assert "宣传月活动：新建 0 个，已存在 3 个" in again


def test_the_campaign_of_today_keeps_clear_of_may():
    for today in [day(4, 29), day(6, 2), day(12, 2), day(1, 1)]:
        week = demo_campaigns.running_today(today)
        assert week.start <= today <= week.end
        assert week.end < day(5, 1, today.year) or week.start > day(5, 31, today.year)
    assert demo_campaigns.running_today(day(5, 20)) is None
