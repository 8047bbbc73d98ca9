"""Admin: the 展台状态 dashboard panel and the 展台状态与使用情况 report with its daily chart."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from exhibits.core.dates import chinese_month_day
from exhibits.kiosks.models import KioskDisplay
from exhibits.kiosks.status import ONLINE, duration, kiosk_states, kiosk_usage, usage_days

permission_policy = ModelPermissionPolicy(KioskDisplay)


def user_can_see_kiosk_status(user):
    """Whoever may change kiosk settings (superusers included) looks after the kiosks."""
    return permission_policy.user_has_permission(user, "change")


class KioskStatusPanel(Component):
    name = "kiosk_status"
    template_name = "kiosks/admin/status_panel.html"
    order = 150  # after the site summary, before the moderation and recent-edits panels

    def get_context_data(self, parent_context):
        return {"states": kiosk_states(), "report_url": reverse("kiosk_status_report")}


# The chart's drawing box, in SVG user units; it scales to the width of the page.
CHART_WIDTH = 720
CHART_HEIGHT = 200
PLOT_LEFT = 44
PLOT_RIGHT = CHART_WIDTH - 30  # room for the last date label, centred under its bar
PLOT_TOP = 12
PLOT_BOTTOM = CHART_HEIGHT - 28
LABEL_EVERY = 5  # days, counted back from today so today is always labelled


@dataclass
class Bar:
    day: datetime.date
    sessions: int
    x: float
    y: float
    width: float
    height: float
    label: str  # 5月1日
    show_label: bool

    @property
    def centre(self):
        return round(self.x + self.width / 2, 1)


def nice_ceiling(value):
    """The smallest 1, 2 or 5 × 10ⁿ at or above `value`, so the axis reads in round numbers."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= value:
                return step * factor
        step *= 10


def usage_chart(days):
    """Bars and axis ticks for a list of (day, sessions), oldest first."""
    top = nice_ceiling(max([sessions for _, sessions in days] + [1]))
    plot_height = PLOT_BOTTOM - PLOT_TOP
    slot = (PLOT_RIGHT - PLOT_LEFT) / len(days)
    bars = []
    for index, (day, sessions) in enumerate(days):
        height = round(plot_height * sessions / top, 1)
        bars.append(
            Bar(
                day=day,
                sessions=sessions,
                x=round(PLOT_LEFT + index * slot + slot * 0.15, 1),
                y=round(PLOT_BOTTOM - height, 1),
                width=round(slot * 0.7, 1),
                height=height,
                label=chinese_month_day(day),
                show_label=(len(days) - 1 - index) % LABEL_EVERY == 0,
            )
        )
    ticks = [0, top // 2, top] if top % 2 == 0 else [0, top]
    return {
        "bars": bars,
        "ticks": [
            {"value": value, "y": round(PLOT_BOTTOM - plot_height * value / top, 1)}
            for value in ticks
        ],
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "left": PLOT_LEFT,
        "right": PLOT_RIGHT,
        "bottom": PLOT_BOTTOM,
        "label_y": PLOT_BOTTOM + 18,
        "first": days[0][0],
        "last": days[-1][0],
    }


class KioskReportView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "kiosks/admin/report.html"
    page_title = _("展台状态与使用情况")
    header_icon = "desktop"
    permission_policy = permission_policy
    permission_required = "change"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        states = kiosk_states()
        today = timezone.localdate()
        usage = kiosk_usage([state.kiosk for state in states], today=today, request=self.request)
        days = usage_days(today)
        context.update(
            {
                "kiosks": [
                    {
                        "state": state,
                        "usage": usage[state.kiosk.pk],
                        "chart": usage_chart(usage[state.kiosk.pk].days),
                    }
                    for state in states
                ],
                "online_count": sum(state.state == ONLINE for state in states),
                "offline_after": duration(settings.KIOSK_OFFLINE_AFTER_SECONDS),
                "first_day": days[0],
                "last_day": days[-1],
                "total_sessions": sum(u.total_sessions for u in usage.values()),
                "total_views": sum(u.total_views for u in usage.values()),
            }
        )
        return context
