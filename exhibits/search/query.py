"""The site search: which live pages match a query, in what order, grouped and faceted.

Matching is the search backend's (backend.py: every term of the query must be found).
Order is decided here, in SQL, so it can be paginated: an exact name first, then pages
whose title or summary holds the query, then pages that hold it only in the body (a
story, an introduction); within that, honorees by highest honour and pinyin.
"""

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from django.db.models import (
    Case,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    Value,
    When,
)
from django.db.models.functions import Replace
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelsearch.backends import get_search_backend

from exhibits.core.models import County
from exhibits.enterprises.models import EnterprisePage
from exhibits.honorees.models import HonoreePage, Honour, HonourLevel
from exhibits.park.models import SculpturePage

from .text import MAX_QUERY_LENGTH, is_han, normalize, runs

EXACT, IN_TITLE_OR_SUMMARY, IN_BODY = 0, 1, 2
NO_LEVEL = max(HonourLevel) + 1  # people without honours come after every level
# Control characters (a null byte breaks PostgreSQL) and anything in angle brackets.
UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_query(raw):
    """What a visitor typed, made safe to search and to show: no tags, no control
    characters, single spaces, at most MAX_QUERY_LENGTH characters."""
    text = UNPRINTABLE.sub("", strip_tags(raw or ""))
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


@dataclass(frozen=True)
class ResultType:
    key: str
    label: str
    model: type
    summary_field: str  # the short text shown under the title and ranked with it

    def pages(self):
        return self.model.objects.live().public()


RESULT_TYPES = {
    "honoree": ResultType("honoree", _("先进人物"), HonoreePage, "summary"),
    "enterprise": ResultType("enterprise", _("企业"), EnterprisePage, "introduction"),
    "sculpture": ResultType("sculpture", _("雕塑"), SculpturePage, "inscription"),
}


def _compact(text):
    return "".join(normalize(text).split())


class SiteSearch:
    """One search of the public site: a query plus the facets chosen on the results."""

    def __init__(self, query, *, result_type=None, level=None, county=None, _found=None):
        self.query = clean_query(query)
        self.result_type = RESULT_TYPES.get(result_type)
        self.level = level if isinstance(level, HonourLevel) else None
        self.county = county
        self.backend = get_search_backend()
        # What the full-text index answered, shared with the searches the facets derive.
        self._found = {} if _found is None else _found

    def _with_facets(self, **facets):
        return SiteSearch(self.query, _found=self._found, **facets)

    def _matching(self, result_type):
        """The pages of a type whose index entry matches (live or not): the index is asked
        once per results page for all types, and its ids handed on."""
        if "ids" not in self._found:
            models = [rt.model for rt in RESULT_TYPES.values()]
            self._found["ids"] = self.backend.matched_ids(self.query, models)
        ids = self._found["ids"][result_type.model]
        if not ids:
            return result_type.model.objects.none()
        return result_type.model.objects.filter(pk__in=self.backend.listed(ids))

    @cached_property
    def runs(self):
        """The query's runs of Chinese and of letters, normalised, for ranking and marking."""
        return runs(self.query)

    def matches(self, result_type):
        """Live public pages of a type that match the query and the chosen facets."""
        pages = self._matching(result_type).live().public()
        if self.level is not None:
            if result_type.model is not HonoreePage:
                return pages.none()
            held = Honour.objects.filter(page=OuterRef("pk"), title__level=self.level)
            pages = pages.filter(Exists(held))
        if self.county is not None:
            if not hasattr(result_type.model, "county"):
                return pages.none()
            pages = pages.filter(county_id=self.county)
        return pages

    def ranked_ids(self, result_type):
        """The ids of the matching pages, best first: exact name, title or summary, body;
        then honorees by highest honour and pinyin, sculptures newest first, others by title.
        """
        pages = self.matches(result_type)
        if result_type.model is HonoreePage:
            pages = pages.annotate(pinyin_compact=Replace("name_pinyin", Value(" "), Value("")))
        pages = pages.annotate(rank=self._rank(result_type))
        if result_type.model is HonoreePage:
            # Sorted here: the honours are read once for the level facet anyway, and a
            # best-honour subquery per matched row cost PostgreSQL 10–20 ms.
            best = {pk: min(levels) for pk, levels in self._honour_levels.items()}
            rows = list(pages.values_list("pk", "rank", "name_pinyin"))
            rows.sort(key=lambda row: (row[1], best.get(row[0], NO_LEVEL), row[2], row[0]))
            return [row[0] for row in rows]
        if result_type.model is SculpturePage:
            pages = pages.order_by("rank", "-year_of_entry", "title", "pk")
        else:
            pages = pages.order_by("rank", "title", "pk")
        return list(pages.values_list("pk", flat=True))

    def ranked(self, result_type, limit=None):
        """The matching pages themselves, best first (see ranked_ids)."""
        ids = self.ranked_ids(result_type)[:limit]
        pages = result_type.model.objects.in_bulk(ids)
        return [pages[pk] for pk in ids if pk in pages]

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
    # One grouped query per type gives both its count and its share of the county facet:
    # a facet's own choice is left out of its counts (so the other counties stay visible),
    # every other choice applies.

    @cached_property
    def _by_county(self):
        """{type key: {county id or None: count}}, with the level facet but not the county."""
        if not self.query:
            return {}
        unfiltered = self._with_facets(level=self.level)
        by_county = {}
        for key, result_type in RESULT_TYPES.items():
            pages = unfiltered.matches(result_type)
            if hasattr(result_type.model, "county"):
                rows = pages.values_list("county").annotate(n=Count("pk")).order_by()
                by_county[key] = dict(rows)
            else:
                by_county[key] = {None: pages.count()}
        return by_county

    def type_counts(self):
        """[(ResultType, count)] for the types with results, in display order."""
        counts = []
        for key, groups in self._by_county.items():
            count = sum(groups.values()) if self.county is None else groups.get(self.county, 0)
            if count:
                counts.append((RESULT_TYPES[key], count))
        return counts

    def county_counts(self):
        """[(County, count)] of matching honorees and enterprises by county."""
        counts = {}
        for groups in self._by_county.values():
            for county, n in groups.items():
                if county is not None:
                    counts[county] = counts.get(county, 0) + n
        counties = County.objects.filter(pk__in=counts).order_by("name")
        return [(county, counts[county.pk]) for county in counties]

    @cached_property
    def _honour_levels(self):
        """{honoree id: {levels held}} of the matching honorees, with the county facet but
        not the level facet (so the level facet still shows every level)."""
        if not self.query:
            return {}
        honorees = self._with_facets(county=self.county).matches(RESULT_TYPES["honoree"])
        levels = {}
        rows = Honour.objects.filter(page__in=honorees.values("pk")).values_list(
            "page_id", "title__level"
        )
        for page_id, level in rows:
            levels.setdefault(page_id, set()).add(level)
        return levels

    def level_counts(self):
        """[(HonourLevel, count)] of matching honorees holding an honour at that level."""
        counts = Counter(level for held in self._honour_levels.values() for level in held)
        return [(level, counts[level]) for level in HonourLevel if counts[level]]
