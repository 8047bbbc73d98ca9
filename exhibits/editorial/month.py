"""排期日历: one month of what goes live or expires, and each campaign's days with 今日劳模."""

import calendar
import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.utils import timezone
from wagtail.admin.admin_url_finder import AdminURLFinder

from exhibits.campaigns.models import CampaignPage
from exhibits.editorial.scheduled import due_between

WEEKDAYS = "一二三四五六日"


@dataclass
class Entry:
    kind: str  # go_live, expire, campaign, unscheduled (a campaign day without its person)
    label: str
    title: str
    url: str | None = None
    time: str = ""
    person: str = ""
    person_url: str | None = None


@dataclass
class Day:
    date: datetime.date
    is_today: bool
    entries: list = field(default_factory=list)

    @property
    def weekday(self):
        return WEEKDAYS[self.date.weekday()]


def parse_month(value, today):
    """'2027-05' → date(2027, 5, 1); anything else → this month."""
    try:
        year, month = (int(part) for part in (value or "").split("-"))
        return datetime.date(year, month, 1)
    except ValueError:
        return today.replace(day=1)


def shift(first, months):
    index = first.year * 12 + first.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def month_days(first, user, today=None):
    """The weeks (Monday first) of the month starting at `first`: Day cells, None outside."""
    today = today or timezone.localdate()
    after = shift(first, 1)
    days = {
        first + datetime.timedelta(days=n): Day(first + datetime.timedelta(days=n), False)
        for n in range((after - first).days)
    }
    for day in days.values():
        day.is_today = day.date == today
    entries = defaultdict(list)
    for day, entry in _campaign_entries(first, after, user):
        entries[day].append(entry)
    tz = timezone.get_current_timezone()
    start = datetime.datetime.combine(first, datetime.time(), tzinfo=tz)
    end = datetime.datetime.combine(after, datetime.time(), tzinfo=tz)
    for due in due_between(start, end, user=user):
        moment = timezone.localtime(due.at)
        entries[moment.date()].append(
            Entry(
                kind=due.action,
                label=due.action_label,
                title=due.title,
                url=due.edit_url,
                time=f"{moment:%H:%M}",
                person=due.kind,
            )
        )
    for day, day_entries in entries.items():
        if day in days:
            days[day].entries = day_entries
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
    return [[days.get(day) for day in week] for week in weeks]


def _campaign_entries(first, after, user):
    """(date, Entry) for every day of every campaign (live or not) within the month."""
    finder = AdminURLFinder(user)
    campaigns = (
        CampaignPage.objects.filter(start_date__lt=after, end_date__gte=first)
        .order_by("start_date", "pk")
        .prefetch_related("schedule_days__honoree")
    )
    for campaign in campaigns:
        url = finder.get_edit_url(campaign)
        by_day = {d.date: d.honoree for d in campaign.schedule_days.all()}
        status = "" if campaign.live else "（未发布）"
        for day in campaign.days():
            if not first <= day < after:
                continue
            person = by_day.get(day)
            yield (
                day,
                Entry(
                    kind="campaign" if person else "unscheduled",
                    label="活动",
                    title=f"{campaign.title}{status}",
                    url=url,
                    person=person.title if person else "未排今日劳模",
                    person_url=finder.get_edit_url(person) if person else None,
                ),
            )
