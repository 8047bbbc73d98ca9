"""A kiosk's heartbeat: its status is kept, its usage counted once, bad payloads refused."""

import datetime
import json
import re
import uuid

import pytest
from django.utils import timezone

from exhibits.core import content_version
from exhibits.kiosks.models import (
    KioskHonoreeViews,
    KioskStatus,
    KioskUsageBatch,
    KioskUsageDay,
)
from tests.honorees.factories import HonoreePageFactory
from tests.kiosks.factories import KioskDisplayFactory

CHINESE = re.compile(r"[\u4e00-\u9fff]")


def send(client, kiosk, payload):
    body = payload if isinstance(payload, str | bytes) else json.dumps(payload)
    return client.post(
        f"/kiosk/{kiosk.slug}/heartbeat/", data=body, content_type="application/json"
    )


def batch(day=None, sessions=0, views=None, batch_id=None):
    return {
        "id": str(batch_id or uuid.uuid4()),
        "day": (day or timezone.localdate()).isoformat(),
        "sessions": sessions,
        "views": views or {},
    }


def nothing_recorded():
    return not (
        KioskStatus.objects.exists()
        or KioskUsageDay.objects.exists()
        or KioskHonoreeViews.objects.exists()
        or KioskUsageBatch.objects.exists()
    )


@pytest.fixture
def kiosk(db):
    return KioskDisplayFactory(slug="east-gate")


@pytest.fixture
def honoree(honoree_index):
    return HonoreePageFactory(parent=honoree_index)


def test_heartbeat_records_what_the_kiosk_reports(client, kiosk):
    response = send(
        client,
        kiosk,
        {"content_version": 1234, "screen": {"width": 1080, "height": 1920}, "uptime": 3600},
    )

    assert response.status_code == 200
    assert response.json() == {"accepted": [], "version": content_version.current()}
    status = KioskStatus.objects.get(kiosk=kiosk)
    assert (status.content_version, status.screen_width, status.screen_height) == (1234, 1080, 1920)
    assert status.uptime_seconds == 3600
    assert status.online


def test_a_later_heartbeat_overwrites_the_status(client, kiosk):
    send(client, kiosk, {"content_version": 1, "uptime": 60})
    send(client, kiosk, {"content_version": 2, "uptime": 120})

    status = KioskStatus.objects.get(kiosk=kiosk)
    assert (status.content_version, status.uptime_seconds) == (2, 120)


def test_usage_batches_add_sessions_and_views_per_day(client, kiosk, honoree):
    today = timezone.localdate()
    response = send(
        client,
        kiosk,
        {
            "usage": [
                first := batch(sessions=4, views={str(honoree.pk): 3}),
                second := batch(sessions=2, views={str(honoree.pk): 1}),
            ]
        },
    )

    assert response.json()["accepted"] == [first["id"], second["id"]]
    assert KioskUsageDay.objects.get(kiosk=kiosk, day=today).sessions == 6
    assert KioskHonoreeViews.objects.get(kiosk=kiosk, day=today, honoree=honoree).views == 4


def test_a_resent_batch_counts_once(client, kiosk, honoree):
    resent = batch(sessions=5, views={str(honoree.pk): 2})

    first = send(client, kiosk, {"usage": [resent]})
    again = send(client, kiosk, {"usage": [resent]})

    assert first.json()["accepted"] == again.json()["accepted"] == [resent["id"]]
    assert KioskUsageDay.objects.get(kiosk=kiosk).sessions == 5
    assert KioskHonoreeViews.objects.get(kiosk=kiosk).views == 2


def test_views_of_unknown_honorees_are_ignored(client, kiosk, honoree):
    response = send(
        client, kiosk, {"usage": [batch(sessions=1, views={str(honoree.pk): 2, "999999": 7})]}
    )

    assert response.status_code == 200
    assert list(KioskHonoreeViews.objects.values_list("honoree_id", "views")) == [(honoree.pk, 2)]
    assert KioskUsageDay.objects.get(kiosk=kiosk).sessions == 1


def test_days_older_than_ninety_days_are_acknowledged_but_not_counted(client, kiosk, honoree):
    today = timezone.localdate()
    stale = batch(day=today - datetime.timedelta(days=91), sessions=3)
    oldest_kept = batch(day=today - datetime.timedelta(days=90), sessions=2)

    response = send(client, kiosk, {"usage": [stale, oldest_kept]})

    assert response.json()["accepted"] == [stale["id"], oldest_kept["id"]]
    assert list(KioskUsageDay.objects.values_list("day", "sessions")) == [
        (today - datetime.timedelta(days=90), 2)
    ]


def test_days_from_a_clock_far_ahead_are_not_counted(client, kiosk):
    ahead = batch(day=timezone.localdate() + datetime.timedelta(days=2), sessions=3)

    response = send(client, kiosk, {"usage": [ahead]})

    assert response.json()["accepted"] == [ahead["id"]]
    assert not KioskUsageDay.objects.exists()


def _too_many_batches():
    return {"usage": [batch(sessions=1) for _ in range(501)]}


@pytest.mark.parametrize(
    "payload",
    [
        pytest.param(
            "this is not json",
            id="not-json",
        ),
        pytest.param([1, 2, 3], id="not-an-object"),
        pytest.param({"content_version": "12"}, id="string-for-version"),
        pytest.param({"uptime": "3600"}, id="string-for-uptime"),
        pytest.param({"screen": {"width": "1080", "height": 1920}}, id="string-for-width"),
        pytest.param({"uptime": -1}, id="negative-uptime"),
        pytest.param({"content_version": 1.5}, id="fraction"),
        pytest.param({"content_version": True}, id="boolean"),
        pytest.param({"screen": "1080x1920"}, id="screen-not-an-object"),
        pytest.param({"usage": [batch(sessions="3")]}, id="string-for-sessions"),
        pytest.param({"usage": [batch(sessions=-2)]}, id="negative-sessions"),
        pytest.param({"usage": [batch(views={"1": -1})]}, id="negative-views"),
        pytest.param({"usage": [batch(views={"abc": 1})]}, id="views-key-not-a-number"),
        pytest.param({"usage": [{**batch(), "id": "not-a-uuid"}]}, id="bad-uuid"),
        pytest.param({"usage": [{**batch(), "id": None}]}, id="missing-uuid"),
        pytest.param({"usage": [{**batch(), "day": "2026-13-45"}]}, id="bad-day"),
        pytest.param({"usage": ["batch"]}, id="batch-not-an-object"),
        pytest.param({"usage": {"sessions": 1}}, id="usage-not-a-list"),
        pytest.param(_too_many_batches(), id="too-many-batches"),
        pytest.param("[" * 100_000, id="nested-too-deep"),
        pytest.param(b"\xff\xfe{}", id="not-utf-8"),
        pytest.param(
            {"usage": [batch(views={str(i): 1 for i in range(1, 2001)}) for _ in range(11)]},
            id="too-many-views",
        ),
        pytest.param({"uptime": 60, "usage": [batch(sessions=2), {"id": "x"}]}, id="one-bad"),
    ],
)
def test_malformed_heartbeats_are_refused_in_chinese_and_record_nothing(client, kiosk, payload):
    response = send(client, kiosk, payload)

    assert response.status_code == 400
    assert CHINESE.search(response.content.decode()), response.content.decode()
    assert nothing_recorded()


def test_ids_no_page_can_have_are_ignored(client, kiosk):
    response = send(client, kiosk, {"usage": [batch(sessions=1, views={str(2**63): 4, "0": 1})]})

    assert response.status_code == 200
    assert KioskUsageDay.objects.get().sessions == 1
    assert not KioskHonoreeViews.objects.exists()


def test_a_body_that_is_not_json_is_refused_and_records_nothing(client, kiosk):
    assert send(client, kiosk, "this is not json").status_code == 400
    assert nothing_recorded()


def test_an_unknown_kiosk_is_not_found(client, db):
    assert send(client, KioskDisplayFactory.build(slug="nowhere"), {}).status_code == 404


def test_an_unpublished_kiosk_is_not_found_and_records_nothing(client, db):
    draft = KioskDisplayFactory(live=False)

    assert send(client, draft, {"uptime": 60, "usage": [batch(sessions=1)]}).status_code == 404
    assert nothing_recorded()


def test_the_heartbeat_only_accepts_post(client, kiosk):
    assert client.get(f"/kiosk/{kiosk.slug}/heartbeat/").status_code == 405
    assert nothing_recorded()
