"""The 展台状态 dashboard panel and the 展台状态与使用情况 report, as kiosk keepers see them."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from exhibits.core import content_version
from exhibits.kiosks import status
from exhibits.kiosks.models import KioskHonoreeViews, KioskStatus, KioskUsageDay
from tests.honorees.factories import HonoreePageFactory
from tests.kiosks.factories import KioskDisplayFactory

REPORT = "/admin/reports/kiosks/"


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


def heartbeat(client, kiosk, version=None):
    response = client.post(
        f"/kiosk/{kiosk.slug}/heartbeat/",
        data=json.dumps(
            {
                "content_version": content_version.current() if version is None else version,
                "screen": {"width": 1080, "height": 1920},
                "uptime": 7500,
            }
        ),
        content_type="application/json",
    )
    assert response.status_code == 200


def panel(client):
    """The rows of the 展台状态 panel on the dashboard, or None when it is not there."""
    page = BeautifulSoup(client.get("/admin/").content, "html.parser")
    section = page.find(id="kiosk-status-section")
    if section is None:
        return None
    rows = {}
    for row in section.select("tbody tr"):
        cells = [cell.get_text(" ", strip=True) for cell in row("td")]
        rows[row.find("td").a.get_text(strip=True)] = cells
    return rows


def report(client):
    response = client.get(REPORT)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def kiosk_section(page, kiosk):
    return page.find("section", attrs={"data-kiosk": kiosk.slug})


@pytest.fixture
def superuser_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("keeper", "keeper@example.com", "pw")
    client.force_login(user)
    return client


def user_with(django_user_model, *codenames):
    group = Group.objects.create(name="+".join(codenames))
    group.permissions.set(Permission.objects.filter(codename__in=codenames))
    user = django_user_model.objects.create_user("staff-" + group.name, "s@example.com", "pw")
    user.groups.add(group)
    return user


@pytest.fixture
def kiosk(db):
    return KioskDisplayFactory(name="东门展台", slug="east-gate")


# The dashboard panel


def test_panel_shows_a_kiosk_with_a_fresh_heartbeat_online(superuser_client, kiosk):
    heartbeat(superuser_client, kiosk)

    name, state, last_seen, version = panel(superuser_client)["东门展台"]
    assert state == "在线"
    assert last_seen == "刚刚"
    assert version == "最新"


def test_panel_shows_a_kiosk_offline_once_the_heartbeats_stop(superuser_client, kiosk, settings):
    heartbeat(superuser_client, kiosk)
    quiet_since = timezone.now() - datetime.timedelta(
        seconds=settings.KIOSK_OFFLINE_AFTER_SECONDS + 1
    )
    KioskStatus.objects.filter(kiosk=kiosk).update(last_seen=quiet_since)

    state = panel(superuser_client)["东门展台"][1]
    local = timezone.localtime(quiet_since)
    assert state.startswith("离线（自 ")
    assert f"{local:%H:%M}" in state


def test_the_offline_threshold_is_a_setting(superuser_client, kiosk, settings):
    heartbeat(superuser_client, kiosk)
    KioskStatus.objects.filter(kiosk=kiosk).update(
        last_seen=timezone.now() - datetime.timedelta(minutes=10)
    )

    settings.KIOSK_OFFLINE_AFTER_SECONDS = 15 * 60
    assert panel(superuser_client)["东门展台"][1] == "在线"
    settings.KIOSK_OFFLINE_AFTER_SECONDS = 5 * 60
    assert panel(superuser_client)["东门展台"][1].startswith("离线")


def test_panel_says_when_a_kiosk_shows_old_content(superuser_client, kiosk):
    heartbeat(superuser_client, kiosk, version=content_version.current())
    assert panel(superuser_client)["东门展台"][3] == "最新"

    content_version.bump()  # an editor publishes something
    assert panel(superuser_client)["东门展台"][3] == "待更新"


def test_panel_lists_every_kiosk_and_marks_the_unpublished(superuser_client, kiosk):
    KioskDisplayFactory(name="西门展台", live=False)

    rows = panel(superuser_client)
    assert rows["东门展台"][1] == "从未连接"
    assert "未发布" in rows["西门展台"][0]
    assert "未发布" not in rows["东门展台"][0]


def test_panel_links_to_the_report(superuser_client, kiosk):
    page = BeautifulSoup(superuser_client.get("/admin/").content, "html.parser")
    assert page.find(id="kiosk-status-section").find("a", href=REPORT)


def test_a_kiosk_keeper_without_superuser_rights_sees_panel_and_report(client, django_user_model):
    KioskDisplayFactory(name="东门展台")
    client.force_login(user_with(django_user_model, "access_admin", "change_kioskdisplay"))

    assert "东门展台" in panel(client)
    assert client.get(REPORT).status_code == 200


def test_an_editor_without_kiosk_rights_sees_neither_panel_nor_report(
    client, django_user_model, kiosk
):
    client.force_login(user_with(django_user_model, "access_admin"))

    assert client.get("/admin/").status_code == 200
    assert panel(client) is None
    refused = client.get(REPORT)  # Wagtail sends them home with a "no permission" message
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")


def test_the_report_asks_anonymous_visitors_to_log_in(client, kiosk):
    response = client.get(REPORT)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


# The report


def test_report_charts_thirty_days_of_sessions(superuser_client, kiosk):
    KioskUsageDay.objects.create(kiosk=kiosk, day=days_ago(3), sessions=17)
    KioskUsageDay.objects.create(kiosk=kiosk, day=days_ago(0), sessions=4)
    KioskUsageDay.objects.create(kiosk=kiosk, day=days_ago(30), sessions=99)  # outside

    section = kiosk_section(report(superuser_client), kiosk)
    chart = section.find("svg")
    assert chart["role"] == "img"
    assert "东门展台" in chart.find("title").get_text()
    bars = chart.select("rect.kiosk-chart__bar")
    assert len(bars) == 30
    seeded = days_ago(3)
    assert bars[26].title.get_text() == f"{seeded.month}月{seeded.day}日：17 次"
    assert float(bars[26]["height"]) > float(bars[29]["height"]) > 0
    assert float(bars[0]["height"]) == 0
    assert section.find(attrs={"data-kiosk-sessions": True}).get_text() == "21"
    labels = [text.get_text() for text in chart.select(".kiosk-chart__labels text")]
    today = days_ago(0)
    assert len(labels) == 6
    assert labels[-1] == f"{today.month}月{today.day}日"


def test_report_says_so_when_a_kiosk_was_not_used(superuser_client, kiosk):
    section = kiosk_section(report(superuser_client), kiosk)
    assert section.find("svg") is None
    assert "近30天没有使用记录" in section.get_text()


def test_report_repeats_the_chart_numbers_in_a_table(superuser_client, kiosk):
    KioskUsageDay.objects.create(kiosk=kiosk, day=days_ago(3), sessions=17)

    table = kiosk_section(report(superuser_client), kiosk).find("figure").find("table")
    rows = {row.th.get_text(): row.td.get_text() for row in table.tbody("tr")}
    seeded = days_ago(3)
    assert len(rows) == 30
    assert rows[f"{seeded.year}年{seeded.month}月{seeded.day}日"] == "17"
    assert sorted(set(rows.values())) == ["0", "17"]


def test_report_ranks_the_most_viewed_honorees(superuser_client, kiosk, honoree_index):
    fewer, most, middle = (HonoreePageFactory(parent=honoree_index) for _ in range(3))
    unpublished = HonoreePageFactory(parent=honoree_index, live=False)
    for person, day, views in [
        (fewer, 1, 5),
        (most, 1, 7),
        (most, 2, 6),  # 13 in all, over two days
        (middle, 5, 8),
        (unpublished, 4, 1),
        (fewer, 45, 100),  # long ago: not counted
    ]:
        KioskHonoreeViews.objects.create(
            kiosk=kiosk, day=days_ago(day), honoree=person, views=views
        )

    section = kiosk_section(report(superuser_client), kiosk)
    rows = section.select("table.kiosk-top tbody tr")
    assert [(row("td")[1].get_text(strip=True), row("td")[2].get_text()) for row in rows] == [
        (most.title, "13"),
        (middle.title, "8"),
        (fewer.title, "5"),
        (unpublished.title, "1"),
    ]
    assert rows[0].find("a", href=f"/admin/pages/{most.pk}/edit/")
    assert rows[0].find("a", href=most.url)
    assert "未发布" in rows[3].get_text()
    assert section.find(attrs={"data-kiosk-views": True}).get_text() == "27"


def test_report_keeps_to_the_ten_most_viewed(superuser_client, kiosk, honoree_index):
    for views in range(1, 13):
        KioskHonoreeViews.objects.create(
            kiosk=kiosk,
            day=days_ago(1),
            honoree=HonoreePageFactory(parent=honoree_index),
            views=views,
        )

    rows = kiosk_section(report(superuser_client), kiosk).select("table.kiosk-top tbody tr")
    assert [row("td")[2].get_text() for row in rows] == [str(n) for n in range(12, 2, -1)]


def test_report_shows_each_kiosks_state(superuser_client, kiosk):
    heartbeat(superuser_client, kiosk, version=1)
    silent = KioskDisplayFactory(name="北门展台")

    page = report(superuser_client)
    east = kiosk_section(page, kiosk).find("dl").get_text(" ", strip=True)
    assert "在线" in east and "待更新" in east and "1080×1920" in east and "2小时5分钟" in east
    assert "从未连接" in kiosk_section(page, silent).get_text()


# Query counts

STATUS_QUERIES = 6  # kiosks, sessions, view totals, top people, their pages, site root paths


def seed_kiosks(count, honoree_index):
    people = [HonoreePageFactory(parent=honoree_index) for _ in range(3)]
    kiosks = [KioskDisplayFactory() for _ in range(count)]
    for kiosk in kiosks:
        KioskStatus.objects.create(kiosk=kiosk, last_seen=timezone.now(), content_version=1)
        for day in range(0, 30, 2):
            KioskUsageDay.objects.create(kiosk=kiosk, day=days_ago(day), sessions=day + 1)
            for views, person in enumerate(people, start=1):
                KioskHonoreeViews.objects.create(
                    kiosk=kiosk, day=days_ago(day), honoree=person, views=views
                )
    return kiosks


@pytest.mark.parametrize("kiosk_count", [1, 3])
def test_status_and_usage_take_the_same_queries_for_one_kiosk_or_three(
    kiosk_count, honoree_index, django_assert_num_queries
):
    seed_kiosks(kiosk_count, honoree_index)

    with django_assert_num_queries(STATUS_QUERIES):
        states = status.kiosk_states()
        usage = status.kiosk_usage([state.kiosk for state in states])

    assert len(usage) == kiosk_count
    assert all(len(item.top_honorees) == 3 for item in usage.values())


def test_the_report_page_takes_the_same_queries_for_one_kiosk_or_three(
    superuser_client, honoree_index
):
    def steady_queries():
        superuser_client.get(REPORT)
        with CaptureQueriesContext(connection) as captured:
            assert superuser_client.get(REPORT).status_code == 200
        return len(captured)

    seed_kiosks(1, honoree_index)
    one = steady_queries()
    seed_kiosks(2, honoree_index)
    three = steady_queries()
    assert one == three, (one, three)
