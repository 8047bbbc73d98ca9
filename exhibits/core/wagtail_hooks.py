"""Admin registration of the editor-maintained lists (counties, industries), the admin's
branding (the union's name and emblem, Chinese, local avatars, no links to English guides),
the warning that the site's address is still a local one, and the "cover" rendition
operation of link previews."""

from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.views.snippets import SnippetViewSet

from exhibits.core import site_address
from exhibits.core.avatars import avatar_data_url
from exhibits.core.dashboard import UnionReviewPanel, is_reviewer
from exhibits.core.image_operations import CoverOperation
from exhibits.core.models import County, Industry

# Help-menu items that open Wagtail's English pages on wagtail.org.
ENGLISH_HELP_ITEMS = ("editor-guide", "whats-new-in-wagtail-")


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


@hooks.register("get_avatar_url")
def initials_avatar(user, size):
    """An uploaded avatar wins (returning None hands over to Wagtail); otherwise initials.
    Some listings pass no user (changes made by the system): Wagtail's local silhouette."""
    if getattr(user, "pk", None) is None:
        return None
    profile = getattr(user, "wagtail_userprofile", None)
    if profile is not None and profile.avatar:
        return None
    return avatar_data_url(user)


@hooks.register("construct_help_menu")
def remove_english_help(request, menu_items):
    menu_items[:] = [item for item in menu_items if not item.name.startswith(ENGLISH_HELP_ITEMS)]


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("core/css/admin.css"))


@hooks.register("construct_homepage_panels")
def add_union_review_panel(request, panels):
    if is_reviewer(request.user):
        panels.append(UnionReviewPanel())


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


@hooks.register("register_image_operations")
def register_cover_operation():
    return [("cover", CoverOperation)]
