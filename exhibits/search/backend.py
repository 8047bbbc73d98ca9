"""The search backend: Wagtail's own database backend, fed Chinese already cut into terms.

Why this way: modelsearch's SQLite (FTS5) and PostgreSQL (tsvector) backends need no
database extension, and the admin, the read API and the site all search through the
configured backend. They only fail at cutting Chinese into words (see text.py), and are
slow at 10,000 pages. So this backend keeps them and changes three things:

- index: every searchable value reaches the index as terms, titles with pinyin
  (indexing.py);
- query: every query string becomes its terms, all of which must match; a query with no
  terms left (only punctuation, emoji…) finds nothing, not everything (terms_query);
- matching: the full-text index is asked first, through one column (matching.py).

Settings: WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "exhibits.search.backend"}};
SQLite needs FTS5 (built into Python's sqlite3), PostgreSQL nothing beyond a stock server.
After changing text.py or indexing.py, run `manage.py update_index` to re-cut the index.
"""

from functools import cache

from django.db import connection
from modelsearch.backends.base import EmptySearchResults
from modelsearch.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from .indexing import TermsIndexMixin
from .matching import (
    SEARCH_CONFIG,
    IndexFirstCompilerMixin,
    PostgresEntriesMixin,
    SQLiteEntriesMixin,
    listed_ids,
)
from .text import query_text


def terms_query(query):
    """A parsed query with every string replaced by its terms (AND); None if none are left."""
    if isinstance(query, str):
        query = PlainText(query)
    if isinstance(query, PlainText | Phrase | Fuzzy):
        # A phrase or fuzzy match means nothing for bigrams: all terms must match instead.
        text = query_text(query.query_string)
        if not text:
            return None
        return PlainText(text, operator="and", boost=getattr(query, "boost", 1.0))
    if isinstance(query, Boost):
        subquery = terms_query(query.subquery)
        return Boost(subquery, query.boost) if subquery else None
    if isinstance(query, Not):
        subquery = terms_query(query.subquery)
        return Not(subquery) if subquery else None
    if isinstance(query, And | Or):
        subqueries = [sub for sub in map(terms_query, query.subqueries) if sub]
        if len(subqueries) > 1:
            return type(query)(subqueries)
        return subqueries[0] if subqueries else None
    return query  # MatchAll


class TermsBackendMixin:
    def __init__(self, params):
        super().__init__({**params, "SEARCH_CONFIG": SEARCH_CONFIG})

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        query = MatchAll() if query is None else terms_query(query)
        if query is None:
            return EmptySearchResults()
        kwargs["operator"] = "and"
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)

    def matching(self, query, queryset, *, autocomplete=False):
        """The queryset narrowed to the objects that match, still a queryset to filter further
        (the site search orders results itself: exact name first, see query.py).
        With autocomplete, names and titles only, the last word a prefix."""
        query = terms_query(query)
        if query is None:
            return queryset.none()
        compiler_class = (
            self.names_query_compiler_class if autocomplete else self.query_compiler_class
        )
        compiler = compiler_class(queryset, query, operator="and")
        return queryset.filter(pk__in=compiler.matching_entries().values("matched_id"))

    def matched_ids(self, query, models):
        """{model: [ids]} of the objects of these models that match, from one full-text query.

        A results page counts, facets and ranks several types; asking the index once and
        handing the ids on (see `listed`) spares it a full-text scan per question.
        """
        found = {model: [] for model in models}
        query = terms_query(query)
        if query is None:
            return found
        model_of = {
            content_type: model
            for model in models
            for content_type in get_descendants_content_types_pks(model)
        }
        compiler = self.query_compiler_class(models[0].objects.all(), query, operator="and")
        entries = compiler.entries_matching(compiler.MATCH_COLUMN, list(model_of))
        for content_type, object_id in compiler.fetch_matches(entries):
            found[model_of[content_type]].append(int(object_id))
        return found

    def listed(self, ids):
        return listed_ids(connection.vendor, ids)


@cache
def _backend_class(base, entries_mixin):
    def index_first(compiler, **attrs):
        name = f"IndexFirst{attrs.get('MATCH_COLUMN', '').title()}{compiler.__name__}"
        return type(name, (IndexFirstCompilerMixin, entries_mixin, compiler), attrs)

    autocomplete = base.autocomplete_query_compiler_class
    return type(
        f"Terms{base.__name__}",
        (TermsBackendMixin, base),
        {
            "index_class": type(
                f"Terms{base.index_class.__name__}", (TermsIndexMixin, base.index_class), {}
            ),
            "query_compiler_class": index_first(base.query_compiler_class),
            # The admin searches pages, images and snippets by autocomplete; an editor
            # looking for 技术革新 means the words of a story too, so: everything, as a prefix.
            "autocomplete_query_compiler_class": index_first(autocomplete),
            # The site's search box suggests names and titles only.
            "names_query_compiler_class": index_first(autocomplete, MATCH_COLUMN="autocomplete"),
        },
    )


def SearchBackend(params):  # noqa: N802 – the name modelsearch looks a backend up by
    if connection.vendor == "postgresql":
        from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

        return _backend_class(PostgresSearchBackend, PostgresEntriesMixin)(params)
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        return _backend_class(SQLiteSearchBackend, SQLiteEntriesMixin)(params)
    raise NotImplementedError(f"Search supports SQLite and PostgreSQL, not {connection.vendor}.")
