"""The story list's filters (kind, year, person) and pagination, read from the query string.

As on /honorees/, every filter lives in the URL and a value that is malformed or names
nothing is dropped (and reported in `ignored`), never an error page. Each option shows
how many stories it would list; options that would list none are not offered. A kind that
is a series (《劳动者之歌》) lists its episodes by air date, newest first, like every list here.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass

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
FACETS = ("kind", "year", "honoree")


class StoryFilterForm(forms.Form):
    kind = forms.ChoiceField(label=_("类别"), required=False)
    year = forms.TypedChoiceField(label=_("年份"), required=False, coerce=int)
    honoree = forms.TypedChoiceField(label=_("人物"), required=False, coerce=int)

    def __init__(self, data, *, facts, **kwargs):
        super().__init__(data, **kwargs)
        anything = [("", _("全部"))]
        for name, options in facts.options.items():
            self.fields[name].choices = anything + options


@dataclass(frozen=True)
class StoryFacts:
    """What the filters need to know of an index's live stories: each story's kind, year
    and people, and the options in the order offered (kinds as the admin orders them, years
    newest first, people by pinyin). Four reads, cached until the content version moves."""

    stories: list  # (kind slug, year, frozenset of honoree ids)
    options: dict  # {facet: [(value, label)]}

    @classmethod
    def of(cls, index):
        return cache.get_or_set(
            f"story-facts:{index.pk}:{content_version.current()}",
            lambda: cls.load(index),
            CACHE_SECONDS,
        )

    @classmethod
    def load(cls, index):
        stories = StoryPage.objects.child_of(index).visible()
        rows = stories.with_shown_on().values_list("pk", "kind__slug", "shown_on").order_by()
        people_of = defaultdict(set)
        links = StoryHonoree.objects.filter(page__in=stories.values("pk"))
        for page_id, honoree_id in links.values_list("page_id", "honoree_id"):
            people_of[page_id].add(honoree_id)
        people = HonoreePage.objects.visible().filter(pk__in=links.values("honoree_id"))
        named = by_pinyin(people.values_list("pk", "title"), name=lambda choice: choice[1])
        shown = {pk for pk, _title in named}
        facts = [(slug, day.year, frozenset(people_of[pk] & shown)) for pk, slug, day in rows]
        kinds = StoryKind.objects.filter(slug__in={slug for slug, _y, _p in facts})
        years = sorted({year for _k, year, _p in facts}, reverse=True)
        return cls(
            stories=facts,
            options={
                "kind": [(kind.slug, kind.name) for kind in kinds],
                "year": [(year, f"{year}年") for year in years],
                "honoree": named,
            },
        )

    def counts(self, chosen):
        """{facet: {value: stories}}: what each option would list, the other chosen filters
        applied and its own choice left out."""
        counts = {facet: Counter() for facet in FACETS}
        for kind, year, people in self.stories:
            held = {"kind": {kind}, "year": {year}, "honoree": people}
            for facet in FACETS:
                others = (other for other in chosen if other != facet)
                if all(chosen[other] in held[other] for other in others):
                    counts[facet].update(held[facet])
        return counts


class StoryListing(FilteredListing):
    """What /stories/ shows for one query string."""

    def __init__(self, index, params):
        self.index = index
        facts = StoryFacts.of(index)
        self.read_filters(params, StoryFilterForm, facts=facts)
        # Labels without counts, for the chips; then the options with their counts.
        self.labels = {name: dict(field.choices) for name, field in self.form.fields.items()}
        self.offer_counted_options(FACETS, facts.counts(self.filters))

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
