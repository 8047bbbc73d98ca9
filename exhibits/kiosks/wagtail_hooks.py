"""Admin: kiosk displays as snippets, reviewed through the union's workflow like pages."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from exhibits.kiosks.models import KioskDisplay


class KioskDisplayViewSet(SnippetViewSet):
    model = KioskDisplay
    icon = "desktop"
    menu_label = _("园区展台")
    menu_name = "kiosks"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "slug", "orientation", "idle_timeout"]
    search_fields = ["name", "slug"]
    ordering = ["name"]


register_snippet(KioskDisplayViewSet)
