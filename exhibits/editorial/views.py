"""The 排期日历 admin view."""

from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from exhibits.core.dashboard import is_reviewer
from exhibits.editorial.month import WEEKDAYS, month_days, parse_month, shift


def can_plan(user):
    """The calendar is the union's planning tool: reviewers and superusers."""
    return user.is_active and is_reviewer(user)


class EditorialCalendarView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "editorial/admin/calendar.html"
    page_title = _("排期日历")
    header_icon = "date"

    def dispatch(self, request, *args, **kwargs):
        if not can_plan(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        first = parse_month(self.request.GET.get("month"), today)
        weeks = month_days(first, self.request.user, today=today)
        context.update(
            {
                "first": first,
                "previous": shift(first, -1),
                "next": shift(first, 1),
                "this_month": today.replace(day=1),
                "weekdays": WEEKDAYS,
                "weeks": weeks,
                "busy_days": [day for week in weeks for day in week if day and day.entries],
            }
        )
        return context
