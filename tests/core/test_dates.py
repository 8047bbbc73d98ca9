"""Chinese dates: one formatter for every page, report and kiosk screen."""

import datetime
from zoneinfo import ZoneInfo

from exhibits.core.dates import chinese_date, chinese_datetime, chinese_month_day, chinese_recent

UTC = datetime.UTC
SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_a_date_reads_year_month_day_without_leading_zeros():
    assert chinese_date(datetime.date(2026, 5, 1)) == "2026年5月1日"
    assert chinese_month_day(datetime.date(2026, 5, 1)) == "5月1日"
    assert chinese_date(None) == ""


def test_a_moment_is_shown_in_shanghai_time():
    # 20:30 UTC on 30 April is already 1 May in Pingdingshan.
    moment = datetime.datetime(2026, 4, 30, 20, 30, 5, tzinfo=UTC)
    assert chinese_date(moment) == "2026年5月1日"
    assert chinese_datetime(moment) == "2026年5月1日 04:30"
    assert chinese_datetime(moment, seconds=True) == "2026年5月1日 04:30:05"


def test_recent_moments_say_today_and_yesterday():
    now = datetime.datetime(2026, 5, 2, 9, 0, tzinfo=SHANGHAI)
    assert chinese_recent(now.replace(hour=8, minute=5), now) == "今天 08:05"
    assert chinese_recent(now - datetime.timedelta(days=1), now) == "昨天 09:00"
    assert chinese_recent(now - datetime.timedelta(days=3), now) == "2026年4月29日 09:00"
