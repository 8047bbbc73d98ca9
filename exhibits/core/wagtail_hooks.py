"""Admin registration of the editor-maintained lists (counties, industries)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

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
