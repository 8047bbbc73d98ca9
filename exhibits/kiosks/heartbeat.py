"""Recording a kiosk's heartbeat and the usage counts it carries.

Usage arrives in batches the kiosk keeps until the server acknowledges them, so it
survives the network being down. A batch resent because the answer was lost is
recognised by its id and counted once. Counts are anonymous: sessions and which
people were opened, per day, nothing about who touched the screen.
"""

import datetime
import uuid
from collections import Counter

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from exhibits.honorees.models import HonoreePage
from exhibits.kiosks.models import (
    KioskHonoreeViews,
    KioskStatus,
    KioskUsageBatch,
    KioskUsageDay,
)

MAX_BATCHES = 500
MAX_VIEWS_PER_BATCH = 2000
# All view entries of one heartbeat together; a kiosk offline for weeks stays far below.
MAX_VIEWS_PER_HEARTBEAT = 20_000
MAX_PAGE_ID = 2**31 - 1
MAX_COUNT = 100_000
# A kiosk offline for longer than this sends counts nobody will chart any more.
OLDEST_DAY = datetime.timedelta(days=90)


class HeartbeatError(ValueError):
    pass


def _whole_number(value, name, maximum):
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        raise HeartbeatError(f"{name} 应为 0 到 {maximum} 之间的整数")
    return value


def record_heartbeat(kiosk, payload):
    """Store the status and count the usage batches; return the ids of batches now counted."""
    if not isinstance(payload, dict):
        raise HeartbeatError("心跳数据应为 JSON 对象")
    screen = payload.get("screen") or {}
    if not isinstance(screen, dict):
        raise HeartbeatError("screen 应为对象")
    status = {
        "content_version": _whole_number(
            payload.get("content_version", 0), "content_version", 2**62
        ),
        "screen_width": _whole_number(screen.get("width", 0), "screen.width", 100_000),
        "screen_height": _whole_number(screen.get("height", 0), "screen.height", 100_000),
        "uptime_seconds": _whole_number(payload.get("uptime", 0), "uptime", 2**31 - 1),
    }
    batches = payload.get("usage") or []
    if not isinstance(batches, list) or len(batches) > MAX_BATCHES:
        raise HeartbeatError(f"usage 应为不超过 {MAX_BATCHES} 项的列表")
    parsed = [_parse_batch(batch) for batch in batches]
    if sum(len(batch["views"]) for batch in parsed) > MAX_VIEWS_PER_HEARTBEAT:
        raise HeartbeatError(f"一次心跳最多 {MAX_VIEWS_PER_HEARTBEAT} 条查看记录")

    KioskStatus.objects.update_or_create(
        kiosk=kiosk, defaults={"last_seen": timezone.now(), **status}
    )
    try:
        _count(kiosk, [batch for batch in parsed if batch["day"] is not None])
    except IntegrityError:
        # The same batches arrived twice at once; acknowledge nothing, the kiosk resends
        # them and the ids already counted are skipped then.
        return []
    return [str(batch["id"]) for batch in parsed]


def _parse_batch(batch):
    if not isinstance(batch, dict):
        raise HeartbeatError("usage 的每一项应为对象")
    try:
        batch_id = uuid.UUID(str(batch.get("id")))
        day = datetime.date.fromisoformat(str(batch.get("day")))
    except ValueError as error:
        raise HeartbeatError("usage 项的 id 或 day 无效") from error
    views = batch.get("views") or {}
    if not isinstance(views, dict) or len(views) > MAX_VIEWS_PER_BATCH:
        raise HeartbeatError(f"views 应为不超过 {MAX_VIEWS_PER_BATCH} 项的对象")
    counts = {}
    for key, count in views.items():
        try:
            honoree_id = int(key)
        except ValueError as error:
            raise HeartbeatError("views 的键应为人物编号") from error
        count = _whole_number(count, "views", MAX_COUNT)
        if 0 < honoree_id <= MAX_PAGE_ID:  # anything else names no page
            counts[honoree_id] = count
    today = timezone.localdate()
    if not today - OLDEST_DAY <= day <= today + datetime.timedelta(days=1):
        day = None  # acknowledged and dropped: a kiosk clock far off, or counts long stale
    return {
        "id": batch_id,
        "day": day,
        "sessions": _whole_number(batch.get("sessions", 0), "sessions", MAX_COUNT),
        "views": counts,
    }


@transaction.atomic
def _count(kiosk, batches):
    """Add up the batches not counted before, in a fixed number of queries per day."""
    ids = {batch["id"] for batch in batches}
    seen = set(KioskUsageBatch.objects.filter(batch_id__in=ids).values_list("batch_id", flat=True))
    fresh = {}
    for batch in batches:
        if batch["id"] not in seen:
            fresh.setdefault(batch["id"], batch)  # the same id twice in one request counts once
    if not fresh:
        return
    KioskUsageBatch.objects.bulk_create(
        [KioskUsageBatch(kiosk=kiosk, batch_id=batch_id) for batch_id in fresh]
    )
    sessions, views = Counter(), Counter()
    for batch in fresh.values():
        sessions[batch["day"]] += batch["sessions"]
        for honoree_id, count in batch["views"].items():
            views[batch["day"], honoree_id] += count
    known = set(
        HonoreePage.objects.filter(pk__in={pk for _, pk in views}).values_list("pk", flat=True)
    )
    for day, count in sessions.items():
        if count:
            row, _ = KioskUsageDay.objects.get_or_create(kiosk=kiosk, day=day)
            KioskUsageDay.objects.filter(pk=row.pk).update(sessions=F("sessions") + count)
    views = {key: count for key, count in views.items() if key[1] in known and count}
    for day in {day for day, _ in views}:
        todays = {pk: count for (d, pk), count in views.items() if d == day}
        existing = list(
            KioskHonoreeViews.objects.select_for_update().filter(
                kiosk=kiosk, day=day, honoree_id__in=todays
            )
        )
        for row in existing:
            row.views += todays.pop(row.honoree_id)
        KioskHonoreeViews.objects.bulk_update(existing, ["views"])
        KioskHonoreeViews.objects.bulk_create(
            [
                KioskHonoreeViews(kiosk=kiosk, day=day, honoree_id=pk, views=count)
                for pk, count in todays.items()
            ]
        )
