"""The site search: which live pages match a query, in what order, grouped and faceted.

Matching is the search backend's (backend.py: every term of the query must be found).
Order is decided here: an exact name first, then pages whose title or summary holds the
query, then pages that hold it only in the body (a story, an introduction); within that,
honorees by highest honour and pinyin, sculptures and stories newest first, the rest by
pinyin.
"""

import heapq
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from django.db.models import Case, IntegerField, Q, Value, When
from django.db.models.functions import Replace
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelsearch.backends import get_search_backend

from exhibits.core.models import County
from exhibits.core.pinyin import sort_key
from exhibits.enterprises.models import EnterprisePage
from exhibits.honorees.models import (
    HonoreePage,
    HonourLevel,
    highest_held,
    honour_levels,
    level_bits,
)
from exhibits.park.models import SculpturePage
from exhibits.stories.models import StoryPage

from .matching import raw_rows
from .text import MAX_QUERY_LENGTH, is_han, normalize, runs

EXACT, IN_TITLE_OR_SUMMARY, IN_BODY = 0, 1, 2
NO_LEVEL = max(HonourLevel) + 1  # people without honours come after every level
# Control characters (a null byte breaks PostgreSQL); tags go with strip_tags.
UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_query(raw):
    """What a visitor typed, made safe to search and to show: no tags, no control
    characters, single spaces, at most MAX_QUERY_LENGTH characters."""
    text = UNPRINTABLE.sub("", strip_tags(raw or ""))
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


class Hit(NamedTuple):
    """A matching page as ranking and facets see it (a tuple: thousands are made at once)."""

    pk: int
    county: int | None
    rank: int  # EXACT, IN_TITLE_OR_SUMMARY or IN_BODY
    order: tuple  # its place within a rank: pinyin, year, title…


@dataclass(frozen=True)
class ResultType:
    key: str
    label: str
    model: type
    summary_field: str  # the short text shown under the title and ranked with it


RESULT_TYPES = {
    "honoree": ResultType("honoree", _("先进人物"), HonoreePage, "summary"),
    "enterprise": ResultType("enterprise", _("企业"), EnterprisePage, "introduction"),
    "sculpture": ResultType("sculpture", _("雕塑"), SculpturePage, "inscription"),
    "story": ResultType("story", _("报道"), StoryPage, "summary"),
}


def _highest(bits):
    """The highest level among those held, as bits (1 << level); lower is higher."""
    level = highest_held(bits)
    return NO_LEVEL if level is None else level


def _compact(text):
    return "".join(normalize(text).split())


class SiteSearch:
    """One search of the public site: a query plus the facets chosen on the results."""

    def __init__(self, query, *, result_type=None, level=None, county=None):
        self.query = clean_query(query)
        self.result_type = RESULT_TYPES.get(result_type)
        self.level = level if isinstance(level, HonourLevel) else None
        self.county = county
        self.backend = get_search_backend()

    @cached_property
    def _found(self):
        """{model: [ids]} whose index entry matches: the index is asked once per results
        page for all types, and its ids handed on."""
        models = [rt.model for rt in RESULT_TYPES.values()]
        return self.backend.matched_ids(self.query, models)

    @cached_property
    def runs(self):
        """The query's runs of Chinese and of letters, normalised, for ranking and marking."""
        return runs(self.query)

    def matches(self, result_type):
        """Live public pages of a type that match the query and the chosen facets, as a
        queryset (unordered; ranked() gives them best first)."""
        ids = [hit.pk for hit in self._passing(self._hits[result_type.key])]
        if not ids:
            return result_type.model.objects.none()
        return result_type.model.objects.filter(pk__in=self.backend.listed(ids))

    def ranked_ids(self, result_type, limit=None):
        """The ids of the matching pages, best first: exact name, title or summary, body;
        then honorees by highest honour and pinyin, sculptures newest first, others by title.
        With a limit, only the first `limit` (a group of five needs no full sort).
        """
        hits = self._passing(self._hits[result_type.key])
        if result_type.model is HonoreePage:
            held = self._honour_levels

            def key(hit):
                return hit.rank, _highest(held.get(hit.pk, 0)), hit.order
        else:

            def key(hit):
                return hit.rank, hit.order

        hits = sorted(hits, key=key) if limit is None else heapq.nsmallest(limit, hits, key=key)
        return [hit.pk for hit in hits]

    def ranked(self, result_type, limit=None):
        """The matching pages themselves, best first (see ranked_ids)."""
        ids = self.ranked_ids(result_type, limit)
        pages = result_type.model.objects.in_bulk(ids)
        return [pages[pk] for pk in ids if pk in pages]

    # --- one read per type ------------------------------------------------------------
    # Counts, both facets and the order all come from one row per matching page (its id,
    # county, rank and sort key) and one read of the matched people's honour levels,
    # worked through in Python. Asking the database once per count and facet instead
    # read the same thousands of matched rows five times over (10–15 ms each on
    # PostgreSQL for a word found in 4,000 stories).

    @cached_property
    def _hits(self):
        """{type key: [Hit]}: every live public page that matches the query, no facets."""
        if not self.query:
            return {key: [] for key in RESULT_TYPES}
        return {key: self._read_hits(result_type) for key, result_type in RESULT_TYPES.items()}

    def _read_hits(self, result_type):
        """The live public pages of a type whose index entry matches, as Hits."""
        model = result_type.model
        ids = self._found[model]
        if not ids:
            return []
        pages = model.objects.filter(pk__in=self.backend.listed(ids)).visible()
        if model is HonoreePage:
            pages = pages.annotate(pinyin_compact=Replace("name_pinyin", Value(" "), Value("")))
        if model is StoryPage:
            pages = pages.with_shown_on()
        county = "county_id" if hasattr(model, "county") else None
        order = {
            HonoreePage: ("name_pinyin", "pk"),
            SculpturePage: ("year_of_entry", "title", "pk"),
            StoryPage: ("shown_on", "pk"),
        }.get(model, ("title", "pk"))
        rows = raw_rows(
            pages.annotate(rank=self._rank(result_type))
            .values_list("pk", "rank", *([county] if county else []), *order)
            .order_by()
        )
        if model is HonoreePage:
            return [Hit(pk, county, rank, (pinyin, pk)) for pk, rank, county, pinyin, pk in rows]
        # Titles by pinyin (sort_key), never by code point.
        if model is SculpturePage:  # newest first
            return [
                Hit(pk, None, rank, (-year, sort_key(title), pk))
                for pk, rank, year, title, pk in rows
            ]
        if model is StoryPage:  # newest first; SQLite hands the date over as text
            return [
                Hit(pk, None, rank, (-int(str(day).replace("-", "")), -pk))
                for pk, rank, day, pk in rows
            ]
        if county:
            return [
                Hit(pk, county, rank, (sort_key(title), pk)) for pk, rank, county, title, pk in rows
            ]
        return [Hit(pk, None, rank, (sort_key(title), pk)) for pk, rank, title, pk in rows]

    def _passing(self, hits, *, level=True, county=True):
        """The hits that pass the chosen facets (those asked for)."""
        if county and self.county is not None:
            hits = [hit for hit in hits if hit.county == self.county]
        if level and self.level is not None:
            # A level is the person's highest (HonoreePageQuerySet.highest_level).
            held, level = self._honour_levels, self.level
            hits = [hit for hit in hits if highest_held(held.get(hit.pk, 0)) == level]
        return hits

    def _rank(self, result_type):
        compact = _compact(self.query)
        exact = Q(title__in={compact, "".join(self.query.split())})
        if result_type.model is HonoreePage and compact.isascii():
            # wangfang or "wang fang" is the name as much as 王芳 is.
            exact |= Q(pinyin_compact=compact)
        near = Q()
        for run in self.runs:
            if is_han(run):
                summary = {f"{result_type.summary_field}__contains": run}
                near &= Q(title__contains=run) | Q(**summary)
        when_near = [When(near, then=Value(IN_TITLE_OR_SUMMARY))] if near else []
        return Case(
            When(exact, then=Value(EXACT)),
            *when_near,
            default=Value(IN_BODY),
            output_field=IntegerField(),
        )

    # --- facets -------------------------------------------------------------------
    # A facet's own choice is left out of its counts (so the other counties stay
    # visible when one is chosen); every other choice applies.

    def type_counts(self):
        """[(ResultType, count)] for the types with results, in display order."""
        counts = []
        for key, hits in self._hits.items():
            count = len(self._passing(hits))
            if count:
                counts.append((RESULT_TYPES[key], count))
        return counts

    def county_counts(self):
        """[(County, count)] of matching honorees and enterprises by county, the counties
        in the order the admin gives them (County.sort_order)."""
        counts = Counter(
            hit.county
            for hits in self._hits.values()
            for hit in self._passing(hits, county=False)
            if hit.county is not None
        )
        counties = County.objects.filter(pk__in=counts)
        return [(county, counts[county.pk]) for county in counties]

    @cached_property
    def _honour_levels(self):
        """{honoree id: the levels held, as bits} of every matching honoree (see level_bits)."""
        ids = [hit.pk for hit in self._hits["honoree"]]
        if not ids:
            return {}
        return level_bits(raw_rows(honour_levels(self.backend.listed(ids))))

    def level_counts(self):
        """[(HonourLevel, count)] of matching honorees by highest honour: each person
        counts once, under the level the level facet lists them at."""
        held = self._honour_levels
        people = Counter(
            highest_held(held.get(hit.pk, 0))
            for hit in self._passing(self._hits["honoree"], level=False)
        )
        return [(level, people[level]) for level in HonourLevel if people[level]]
