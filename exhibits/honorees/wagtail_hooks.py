"""Admin registration: honour titles, and the "reference lists" menu that groups the snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from exhibits.core.wagtail_hooks import CountyViewSet, IndustryViewSet
from exhibits.honorees.models import HonourTitle


class HonourTitleViewSet(SnippetViewSet):
    model = HonourTitle
    icon = "pick"
    menu_label = _("荣誉称号")
    list_display = ["name", "level", "awarding_body"]
    list_filter = ["level"]
    ordering = ["level", "sort_order", "id"]
    # No search_fields here: the admin then searches the model's index (Chinese terms,
    # pinyin); naming fields would send it to columns the index does not have.


class ReferenceListsGroup(SnippetViewSetGroup):
    items = (HonourTitleViewSet, CountyViewSet, IndustryViewSet)
    menu_icon = "list-ul"
    menu_label = _("资料库")
    menu_name = "reference-lists"


register_snippet(ReferenceListsGroup)
