"""Admin: the 导入名单 menu item and its views."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from exhibits.rolls import admin_views


class RollMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_import(request.user)


@hooks.register("register_admin_urls")
def register_roll_urls():
    return [
        path("rolls/", admin_views.UploadView.as_view(), name="rolls_upload"),
        path("rolls/template.xlsx", admin_views.template_view, name="rolls_template"),
        path("rolls/export/", admin_views.export_view, name="rolls_export"),
        path("rolls/<int:pk>/", admin_views.PreviewView.as_view(), name="rolls_preview"),
        path("rolls/<int:pk>/report.xlsx", admin_views.report_view, name="rolls_report"),
    ]


@hooks.register("register_admin_menu_item")
def register_roll_menu_item():
    return RollMenuItem(
        _("导入名单"),
        reverse("rolls_upload"),
        name="rolls",
        icon_name="doc-full-inverse",
        order=260,
    )
