"""Dates the way Chinese readers write them (2026年5月1日), in the site's time zone."""

import datetime

from django.utils import timezone


def local(moment):
    """A datetime in the site's time zone (Asia/Shanghai); a date stays as it is."""
    if isinstance(moment, datetime.datetime) and timezone.is_aware(moment):
        return timezone.localtime(moment)
    return moment


def chinese_date(moment):
    """2026年5月1日; empty for None."""
    if not moment:
        return ""
    moment = local(moment)
    return f"{moment.year}年{moment.month}月{moment.day}日"


def chinese_month_day(moment):
    """5月1日, for a range within one year or a chart's axis."""
    moment = local(moment)
    return f"{moment.month}月{moment.day}日"


def chinese_datetime(moment, *, seconds=False):
    """2026年5月1日 14:05 (with seconds: 14:05:09)."""
    moment = local(moment)
    return f"{chinese_date(moment)} {moment:{'%H:%M:%S' if seconds else '%H:%M'}}"


def chinese_recent(moment, now=None):
    """今天 14:05, 昨天 14:05 or 2026年5月1日 14:05."""
    moment = local(moment)
    today = timezone.localtime(now or timezone.now()).date()
    clock = f"{moment:%H:%M}"
    if moment.date() == today:
        return f"今天 {clock}"
    if moment.date() == today - datetime.timedelta(days=1):
        return f"昨天 {clock}"
    return chinese_datetime(moment)


def seconds_until_midnight(now=None):
    """Seconds left of today in the site's time zone: the lifetime of whatever shows the date."""
    now = timezone.localtime(now or timezone.now())
    midnight = datetime.datetime.combine(
        now.date() + datetime.timedelta(days=1), datetime.time(), tzinfo=now.tzinfo
    )
    return max(1, int((midnight - now).total_seconds()))
