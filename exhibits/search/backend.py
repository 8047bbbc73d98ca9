"""The search backend: Wagtail's own database backend, fed Chinese already cut into terms.

Why this way: modelsearch's SQLite (FTS5) and PostgreSQL (tsvector) backends are fast and
need no database extension, and the admin, the read API and the site all search through
the configured backend. They only fail at cutting Chinese into words (see text.py). So
this backend keeps them and changes two things:

- index: every searchable value reaches the index as terms (index_text); titles and
  autocomplete values also as pinyin. The indexer reads values through each field's
  get_value(), so it is handed the same fields wrapping get_value (TermsView below).
- query: every query string becomes its terms, all of which must match (query_text);
  a query with no terms left (only punctuation, emoji…) finds nothing, not everything.

Settings: WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "exhibits.search.backend"}};
SQLite needs FTS5 (built into Python's sqlite3), PostgreSQL nothing beyond a stock server.
After changing text.py, run `manage.py update_index` to re-cut what is stored.
"""

import copy
import json
from functools import cache

from django.db import connection
from django.db.models import ExpressionWrapper, F, IntegerField
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from django.utils.encoding import force_str
from modelsearch import index
from modelsearch.backends.base import EmptySearchResults
from modelsearch.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from .text import index_text, query_text


def _plain(value):
    """A field's value as one string (StreamFields give lists, some fields dicts)."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(_plain(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_plain(item) for item in value.values())
    return force_str(value)


def _unwrap(obj):
    return obj.wrapped if isinstance(obj, TermsView) else obj


def _as_terms(field, *, related=False):
    """The same search field, its value read as index terms; filter fields unchanged."""
    wrapped = copy.copy(field)
    if isinstance(field, index.RelatedFields):
        wrapped.fields = [_as_terms(sub_field, related=True) for sub_field in field.fields]
        wrapped.get_value = lambda obj: field.get_value(_unwrap(obj))
    elif isinstance(field, index.SearchField | index.AutocompleteField):
        # A title is what people type by name, so it also gets pinyin.
        names = isinstance(field, index.AutocompleteField) or (
            field.field_name == "title" and not related
        )
        wrapped.get_value = lambda obj: index_text(
            _plain(field.get_value(_unwrap(obj))), names=names
        )
        if related and field.field_name == "title":
            # The indexer files every field named "title" as the page's own title; an
            # employer's title belongs with the rest of the body.
            wrapped.field_name = "related_title"
    return wrapped


class TermsView:
    """An object as the indexer sees it: the same fields, values already cut into terms."""

    def __init__(self, obj):
        self.wrapped = obj
        self.pk = obj.pk
        self._meta = obj._meta

    def get_search_fields(self):
        fields = [_as_terms(field) for field in self.wrapped.get_search_fields()]
        # The title once more, under another name, so it lands in `body` too: then one
        # column holds every term and one full-text index answers a query (see matching).
        for field in fields:
            if isinstance(field, index.SearchField) and field.field_name == "title":
                title_in_body = copy.copy(field)
                title_in_body.field_name = "title_in_body"
                fields.append(title_in_body)
                break
        return fields


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


class TermsIndexMixin:
    def add_items(self, model, objs):
        super().add_items(model, [TermsView(obj) for obj in objs])

    def _refresh_title_norms(self, full=False):
        # The stock backends recompute the average title length over the whole index on
        # every save, which makes bulk saves quadratic on PostgreSQL. A new entry keeps
        # the neutral norm 1.0 until `update_index` recomputes them all (full=True).
        if full:
            super()._refresh_title_norms(full=True)


class TermsBackendMixin:
    def __init__(self, params):
        # Terms are cut here; PostgreSQL must not stem them or drop "stop words" (an, a, e).
        super().__init__({**params, "SEARCH_CONFIG": "simple"})

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        query = MatchAll() if query is None else terms_query(query)
        if query is None:
            return EmptySearchResults()
        kwargs["operator"] = "and"
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)

    def matching(self, query, queryset, *, autocomplete=False):
        """The queryset narrowed to the objects that match, still a queryset to filter further.

        The site search orders results itself (exact name first, see query.py), so it needs
        the matches as SQL rather than as ranked results. And the stock backends' queries
        are slow at 10,000 pages: SQLite starts from the index entries of the model and runs
        the full-text match once per entry; PostgreSQL joins every page to its entry and
        matches title || body, which no index can serve. Here the full-text index is asked
        first, for one column: `body`, which also holds the title (TermsView), or
        `autocomplete` for names and titles.
        """
        query = terms_query(query)
        if query is None:
            return queryset.none()
        compiler_class = (
            self.names_query_compiler_class if autocomplete else self.query_compiler_class
        )
        compiler = compiler_class(queryset, query, operator="and")
        column = "autocomplete" if autocomplete else "body"
        content_types = get_descendants_content_types_pks(queryset.model)
        entries = self.matching_entries(compiler, column, content_types)
        return queryset.filter(pk__in=entries.values("matched_id"))

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
        entries = self.matching_entries(compiler, "body", list(model_of))
        for content_type, object_id in entries.values_list("matched_type", "matched_id"):
            found[model_of[content_type]].append(int(object_id))
        return found


def _everywhere(search_compiler, names_compiler):
    """Autocomplete over everything indexed, not only names and titles.

    Wagtail's admin searches pages, images and snippets with autocomplete, and an editor
    looking for 技术革新 means the words of a story too. The last term stays a prefix.
    """

    def get_index_vectors(self, *args):
        return search_compiler.get_index_vectors(self, *args) + names_compiler.get_index_vectors(
            self, *args
        )

    return type(
        f"Everywhere{names_compiler.__name__}",
        (names_compiler,),
        {
            "FTS_TABLE_FIELDS": ["title", "body", "autocomplete"],
            "get_index_vectors": get_index_vectors,
        },
    )


class SQLiteMatching:
    def matching_entries(self, compiler, column, content_types):
        """Index entries matching in one column, with matched_id and matched_type."""
        from modelsearch.backends.database.sqlite.query import MatchExpression
        from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry

        match = MatchExpression([column], compiler.build_search_query(compiler.query))
        # "+ 0" hides the content type index from SQLite's planner, so it starts from the
        # MATCH (a few index reads) instead of matching once per entry of the model.
        content_type = ExpressionWrapper(
            F("index_entry__content_type_id") + 0, output_field=IntegerField()
        )
        return (
            SQLiteFTSIndexEntry.objects.filter(match)
            .annotate(matched_type=content_type, matched_id=F("index_entry__object_id"))
            .filter(matched_type__in=content_types)
        )

    def listed(self, ids):
        """ids as one query parameter, for `pk__in`: a long IN list costs more to build."""
        return RawSQL("SELECT value FROM json_each(%s)", [json.dumps(ids)])


class PostgresMatching:
    def matching_entries(self, compiler, column, content_types):
        """Index entries matching in one column, with matched_id and matched_type."""
        from wagtail.search.models import IndexEntry

        search_query = compiler.build_tsquery(compiler.query, config=self.config)
        # `column @@ query` is served by the column's GIN index; ids are stored as text.
        return IndexEntry.objects.filter(
            content_type_id__in=content_types, **{column: search_query}
        ).annotate(matched_type=F("content_type_id"), matched_id=Cast("object_id", IntegerField()))

    def listed(self, ids):
        """ids as one query parameter, for `pk__in`: a long IN list costs more to build."""
        return RawSQL("SELECT unnest(%s::integer[])", [list(ids)])


@cache
def _backend_class(base, matching):
    index_class = type(f"Terms{base.index_class.__name__}", (TermsIndexMixin, base.index_class), {})
    return type(
        f"Terms{base.__name__}",
        (TermsBackendMixin, matching, base),
        {
            "index_class": index_class,
            "autocomplete_query_compiler_class": _everywhere(
                base.query_compiler_class, base.autocomplete_query_compiler_class
            ),
            # The site's search box suggests names and titles only.
            "names_query_compiler_class": base.autocomplete_query_compiler_class,
        },
    )


def SearchBackend(params):  # noqa: N802 – the name modelsearch looks a backend up by
    if connection.vendor == "postgresql":
        from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

        return _backend_class(PostgresSearchBackend, PostgresMatching)(params)
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        return _backend_class(SQLiteSearchBackend, SQLiteMatching)(params)
    raise NotImplementedError(
        f"Chinese search supports SQLite and PostgreSQL, not {connection.vendor}."
    )
