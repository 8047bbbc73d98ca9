"""Admin: kiosk displays as snippets under review, the 展台状态 panel and the kiosk report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from exhibits.kiosks.admin_views import (
    KioskReportView,
    KioskStatusPanel,
    user_can_see_kiosk_status,
)
from exhibits.kiosks.models import KioskDisplay


class KioskDisplayViewSet(SnippetViewSet):
    model = KioskDisplay
    icon = "desktop"
    menu_label = _("园区展台")
    menu_name = "kiosks"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "slug", "orientation", "idle_timeout"]
    # Searched through the model's index (name and slug), like the other snippets.
    ordering = ["name"]


register_snippet(KioskDisplayViewSet)


class KioskReportMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_see_kiosk_status(request.user)


@hooks.register("construct_homepage_panels")
def add_kiosk_status_panel(request, panels):
    if user_can_see_kiosk_status(request.user):
        panels.append(KioskStatusPanel())


@hooks.register("register_admin_urls")
def register_kiosk_report_urls():
    return [path("reports/kiosks/", KioskReportView.as_view(), name="kiosk_status_report")]


@hooks.register("register_reports_menu_item")
def register_kiosk_report_menu_item():
    return KioskReportMenuItem(
        _("园区展台"),
        reverse("kiosk_status_report"),
        name="kiosk-status",
        icon_name="desktop",
        order=960,
    )
