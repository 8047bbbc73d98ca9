"""The story list's filters (kind, year, person) and pagination, read from the query string.

As on /honorees/, every filter lives in the URL and a value that is malformed or names
nothing is dropped (and reported in `ignored`), never an error page. A kind that is a
series (《劳动者之歌》) lists its episodes by air date, newest first, like every list here.
"""

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from exhibits.core import content_version
from exhibits.core.listing import FilteredListing
from exhibits.core.pinyin import by_pinyin
from exhibits.honorees.models import HonoreePage
from exhibits.stories.models import StoryHonoree, StoryKind, StoryPage

CACHE_SECONDS = 86400
FORM_ID = "story-filters"


class StoryFilterForm(forms.Form):
    kind = forms.ChoiceField(label=_("类别"), required=False)
    year = forms.TypedChoiceField(label=_("年份"), required=False, coerce=int)
    honoree = forms.TypedChoiceField(label=_("人物"), required=False, coerce=int)

    def __init__(self, data, *, index, **kwargs):
        super().__init__(data, **kwargs)
        anything = [("", _("全部"))]
        choices = cache.get_or_set(
            f"story-filter-choices:{index.pk}:{content_version.current()}",
            lambda: self.load_choices(index),
            CACHE_SECONDS,
        )
        for name, options in choices.items():
            self.fields[name].choices = anything + options

    @staticmethod
    def load_choices(index):
        """Only what the live stories hold: kinds in the admin's order, years newest first,
        people by pinyin. Cached until the content version changes."""
        stories = StoryPage.objects.child_of(index).visible()
        kinds = StoryKind.objects.filter(pk__in=stories.values("kind_id"))
        years = {d.year for d in stories.with_shown_on().values_list("shown_on", flat=True)}
        people = HonoreePage.objects.visible().filter(
            pk__in=StoryHonoree.objects.filter(page__in=stories.values("pk")).values("honoree_id")
        )
        return {
            "kind": [(kind.slug, kind.name) for kind in kinds],
            "year": [(year, f"{year}年") for year in sorted(years, reverse=True)],
            "honoree": by_pinyin(people.values_list("pk", "title"), name=lambda c: c[1]),
        }


class StoryListing(FilteredListing):
    """What /stories/ shows for one query string."""

    def __init__(self, index, params):
        self.index = index
        self.read_filters(params, StoryFilterForm, index=index)
        self.labels = {name: dict(field.choices) for name, field in self.form.fields.items()}

    @cached_property
    def kind(self):
        """The kind chosen, or None."""
        slug = self.filters.get("kind")
        return StoryKind.objects.filter(slug=slug).first() if slug else None

    @property
    def is_series(self):
        return self.kind is not None and self.kind.is_series

    @cached_property
    def queryset(self):
        stories = self.index.stories()
        if self.kind is not None:
            stories = stories.of_kind(self.kind)
        if "year" in self.filters:
            stories = stories.in_year(self.filters["year"])
        if "honoree" in self.filters:
            stories = stories.about(self.filters["honoree"])
        return stories

    @cached_property
    def page_obj(self):
        paginator = Paginator(self.queryset.for_cards(), settings.STORIES_PER_PAGE)
        return paginator.get_page(self.params.get("page"))
