"""How each kiosk is doing: its latest heartbeat and 30 days of use, in a fixed few queries.

The dashboard panel and the report both read from here; neither queries per kiosk or per day.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone
from pypinyin import lazy_pinyin

from exhibits.core import content_version
from exhibits.core.dates import chinese_datetime, chinese_recent
from exhibits.honorees.models import HonoreePage
from exhibits.kiosks.models import KioskDisplay, KioskHonoreeViews, KioskUsageDay

DAYS = 30
TOP_HONOREES = 10

ONLINE = "online"
OFFLINE = "offline"
NEVER = "never"  # no heartbeat yet


def time_ago(moment, now=None):
    """刚刚, 5分钟前, 3小时前; older than a day, the date and time."""
    now = now or timezone.now()
    seconds = (now - moment).total_seconds()
    if seconds < 60:
        return "刚刚"
    if seconds < 3600:
        return f"{int(seconds // 60)}分钟前"
    if seconds < 86400:
        return f"{int(seconds // 3600)}小时前"
    return chinese_recent(moment, now)


def duration(seconds):
    """2天3小时, 4小时12分钟, 12分钟."""
    days, rest = divmod(int(seconds), 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return f"{days}天{hours}小时" if hours else f"{days}天"
    if hours:
        return f"{hours}小时{minutes}分钟" if minutes else f"{hours}小时"
    return f"{minutes}分钟" if minutes else "不足1分钟"


@dataclass
class KioskState:
    """One kiosk as its latest heartbeat left it."""

    kiosk: KioskDisplay
    state: str
    now: datetime.datetime
    last_seen: datetime.datetime | None = None
    content_version: int | None = None
    current_version: int | None = None
    screen_width: int = 0
    screen_height: int = 0
    uptime_seconds: int = 0

    @property
    def published(self):
        return self.kiosk.live

    @property
    def content_is_current(self):
        """True or False once the kiosk has reported; None before."""
        if self.state == NEVER:
            return None
        return self.content_version == self.current_version

    @property
    def state_label(self):
        if self.state == ONLINE:
            return "在线"
        if self.state == OFFLINE:
            return f"离线（自 {chinese_recent(self.last_seen, self.now)} 起）"
        return "从未连接"

    @property
    def content_label(self):
        return {True: "最新", False: "待更新", None: "—"}[self.content_is_current]

    @property
    def last_seen_ago(self):
        return time_ago(self.last_seen, self.now) if self.last_seen else "—"

    @property
    def last_seen_full(self):
        if not self.last_seen:
            return ""
        return chinese_datetime(self.last_seen, seconds=True)

    @property
    def screen_label(self):
        if not (self.screen_width and self.screen_height):
            return "—"
        return f"{self.screen_width}×{self.screen_height}"

    @property
    def uptime_label(self):
        return duration(self.uptime_seconds) if self.state != NEVER else "—"


def kiosk_states(kiosks=None):
    """Every kiosk, published or not, in pinyin order of name, with its state: one query.

    The current content version comes from the cache, not the database.
    """
    if kiosks is None:
        kiosks = sorted(
            KioskDisplay.objects.select_related("status"),
            key=lambda kiosk: (lazy_pinyin(kiosk.name), kiosk.name),
        )
    now = timezone.now()
    current = content_version.current()
    return [_state(kiosk, now, current) for kiosk in kiosks]


def _state(kiosk, now, current):
    try:
        status = kiosk.status
    except KioskDisplay.status.RelatedObjectDoesNotExist:
        return KioskState(kiosk=kiosk, state=NEVER, now=now, current_version=current)
    return KioskState(
        kiosk=kiosk,
        state=ONLINE if status.online else OFFLINE,
        now=now,
        last_seen=status.last_seen,
        content_version=status.content_version,
        current_version=current,
        screen_width=status.screen_width,
        screen_height=status.screen_height,
        uptime_seconds=status.uptime_seconds,
    )


@dataclass
class HonoreeViews:
    honoree: HonoreePage
    views: int
    public_url: str | None  # None when the page is not live

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.honoree.pk])


@dataclass
class KioskUsage:
    """One kiosk's last DAYS days: sessions per day (oldest first, gaps as 0) and who was viewed."""

    days: list[tuple[datetime.date, int]]
    top_honorees: list[HonoreeViews] = field(default_factory=list)
    total_views: int = 0

    @property
    def total_sessions(self):
        return sum(sessions for _, sessions in self.days)


def usage_days(today=None):
    """The DAYS days the report covers, oldest first, ending today (site time zone)."""
    today = today or timezone.localdate()
    return [today - datetime.timedelta(days=n) for n in range(DAYS - 1, -1, -1)]


def kiosk_usage(kiosks, today=None, request=None):
    """{kiosk pk: KioskUsage} for the given kiosks: four queries, whatever their number.

    Public URLs of the people need the site's root paths, which Wagtail caches (one more
    query when that cache is cold).
    """
    days = usage_days(today)
    first, last = days[0], days[-1]
    pks = [kiosk.pk for kiosk in kiosks]

    sessions = {}
    for kiosk_id, day, count in KioskUsageDay.objects.filter(
        kiosk_id__in=pks, day__range=(first, last)
    ).values_list("kiosk_id", "day", "sessions"):
        sessions[kiosk_id, day] = count

    in_window = KioskHonoreeViews.objects.filter(kiosk_id__in=pks, day__range=(first, last))
    total_views = dict(
        in_window.values("kiosk_id")
        .annotate(total=Sum("views"))
        .order_by()
        .values_list("kiosk_id", "total")
    )
    # Every (kiosk, person) total comes back and is cut to the top few here: that is at most
    # kiosks × people viewed in a month. (Ranking with a window function in the database
    # fails: Django puts the window into the GROUP BY of the aggregate.)
    ranked = {}
    for kiosk_id, honoree_id, total in (
        in_window.values("kiosk_id", "honoree_id")
        .annotate(total=Sum("views"))
        .order_by("kiosk_id", "-total", "honoree_id")
        .values_list("kiosk_id", "honoree_id", "total")
    ):
        top = ranked.setdefault(kiosk_id, [])
        if len(top) < TOP_HONOREES:
            top.append((honoree_id, total))
    honorees = HonoreePage.objects.in_bulk(
        {honoree_id for top in ranked.values() for honoree_id, _ in top}
    )

    usage = {}
    for pk in pks:
        usage[pk] = KioskUsage(
            days=[(day, sessions.get((pk, day), 0)) for day in days],
            total_views=total_views.get(pk, 0),
        )
        for honoree_id, total in ranked.get(pk, []):
            page = honorees.get(honoree_id)
            if page is None:  # deleted between the two queries
                continue
            usage[pk].top_honorees.append(
                HonoreeViews(
                    honoree=page,
                    views=total,
                    public_url=page.get_url(request) if page.live else None,
                )
            )
    return usage
