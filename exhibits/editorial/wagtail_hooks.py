"""Admin: the 排期日历 menu item and view, and the dashboard's warning that scheduled
publishing has stopped (Wagtail has none: publish_scheduled fails silently by not running)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from exhibits.editorial.scheduled import OVERDUE_AFTER, overdue
from exhibits.editorial.views import EditorialCalendarView, can_plan


class CalendarMenuItem(MenuItem):
    def is_shown(self, request):
        return can_plan(request.user)


@hooks.register("register_admin_urls")
def register_calendar_url():
    return [path("calendar/", EditorialCalendarView.as_view(), name="editorial_calendar")]


@hooks.register("register_admin_menu_item")
def register_calendar_menu_item():
    return CalendarMenuItem(
        _("排期日历"),
        reverse("editorial_calendar"),
        name="editorial-calendar",
        icon_name="date",
        order=250,
    )


class OverduePanel(Component):
    """First on the dashboard of whoever plans: what should have gone live or expired."""

    name = "scheduled_overdue"
    template_name = "editorial/admin/overdue_panel.html"
    order = 20

    def __init__(self, items):
        self.items = items

    def get_context_data(self, parent_context):
        return {"items": self.items, "minutes": int(OVERDUE_AFTER.total_seconds() // 60)}


@hooks.register("construct_homepage_panels")
def add_overdue_panel(request, panels):
    if not can_plan(request.user):
        return
    items = overdue(user=request.user)
    if items:
        panels.append(OverduePanel(items))
