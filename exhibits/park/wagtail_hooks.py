"""Admin: the plaque printing page, under its own menu item."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from exhibits.park import admin_views


@hooks.register("register_admin_urls")
def register_plaque_urls():
    return [path("park/plaques/", admin_views.print_plaques, name="park_print_plaques")]


class PlaqueMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_print_plaques(request.user)


@hooks.register("register_admin_menu_item")
def register_plaque_menu_item():
    return PlaqueMenuItem(
        _("打印雕塑铭牌"), reverse("park_print_plaques"), icon_name="doc-full", order=900
    )
