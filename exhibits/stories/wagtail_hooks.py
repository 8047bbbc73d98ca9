"""Admin registration of the story kinds editors keep (人物故事, 工会新闻, 《劳动者之歌》…)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from exhibits.stories.models import StoryKind


class StoryKindViewSet(SnippetViewSet):
    model = StoryKind
    icon = "tag"
    menu_label = _("报道类别")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "slug", "is_series", "sort_order"]
    ordering = ["sort_order", "id"]


register_snippet(StoryKindViewSet)
