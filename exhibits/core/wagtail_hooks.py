"""Admin: the editor-maintained lists (counties, industries) and the site-address warning."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.views.snippets import SnippetViewSet

from exhibits.core import site_address
from exhibits.core.models import County, Industry


class CountyViewSet(SnippetViewSet):
    model = County
    icon = "site"
    menu_label = _("县（市、区）")
    list_display = ["name", "sort_order"]
    ordering = ["sort_order", "id"]


class IndustryViewSet(SnippetViewSet):
    model = Industry
    icon = "cogs"
    menu_label = _("行业")
    list_display = ["name", "sort_order"]
    ordering = ["sort_order", "id"]


class SiteAddressWarningPanel(Component):
    """Tells whoever can fix it that QR codes and shared links point at a local address."""

    name = "site_address_warning"
    template_name = "core/admin/site_address_warning.html"
    order = 10  # first on the dashboard: every printed plaque depends on it

    def __init__(self, site):
        self.site = site

    def get_context_data(self, parent_context):
        return {
            "site": self.site,
            "edit_url": reverse("wagtailsites:edit", args=[self.site.pk]),
        }


@hooks.register("construct_homepage_panels")
def add_site_address_warning(request, panels):
    if not request.user.has_perm("wagtailcore.change_site"):
        return
    site = site_address.unreachable_site()
    if site is not None:
        panels.append(SiteAddressWarningPanel(site))
