"""How the index is asked: the full-text index first, one column, then the pages.

The stock database backends' queries are slow at 10,000 pages (11 s in the admin, 16 s
in the read API for 技术革新 on SQLite): SQLite starts from the model's index entries and
runs the full-text match once per entry; PostgreSQL joins every page to its entry and
matches title || body, which no index can serve. Here the full-text index answers first,
through one column: `body`, which holds every term of an object including its title (see
indexing.TermsView), or `autocomplete` for names and titles only.
"""

import json

from django.core.exceptions import EmptyResultSet
from django.db import connection, connections, transaction
from django.db.models import Case, ExpressionWrapper, F, FloatField, IntegerField, Q, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from modelsearch.query import PlainText
from modelsearch.utils import get_descendants_content_types_pks

from .text import is_han

# Terms are cut in Python: PostgreSQL must not stem them or drop "stop words" (an, a, e).
SEARCH_CONFIG = "simple"


class IndexFirstCompilerMixin:
    """search() through matching_entries(): used by the admin, the read API and the site."""

    MATCH_COLUMN = "body"

    def matching_entries(self):
        content_types = get_descendants_content_types_pks(self.queryset.model)
        return self.entries_matching(self.MATCH_COLUMN, content_types)

    def search(self, config, start, stop, score_field=None, **kwargs):
        if self.fields or not isinstance(self.query, PlainText):
            # Searching named fields, or a query of several parts: the stock way.
            return super().search(config, start, stop, score_field=score_field, **kwargs)
        queryset = self.queryset.filter(pk__in=self.matching_entries().values("matched_id"))
        if self.order_by_relevance or score_field:
            # Relevance without a full-text rank: the title holding the words first.
            score_field = score_field or "_score"
            queryset = queryset.annotate(**{score_field: self.title_score()})
        if self.order_by_relevance:
            queryset = queryset.order_by(F(score_field).desc(), "-pk")
        elif not queryset.query.order_by:
            queryset = queryset.order_by("-pk")  # the same order on every results page
        return queryset[start:stop]

    def title_score(self):
        words = [w for w in self.query.query_string.split() if is_han(w)]
        has_title = any(f.name == "title" for f in self.queryset.model._meta.get_fields())
        if not words or not has_title:
            return Value(0.0, output_field=FloatField())
        in_title = Q()
        for word in words:
            in_title &= Q(title__contains=word)
        return Case(When(in_title, then=Value(1.0)), default=Value(0.0), output_field=FloatField())


class SQLiteEntriesMixin:
    def fetch_matches(self, entries):
        return raw_rows(entries.values_list("matched_type", "matched_id"))

    def entries_matching(self, column, content_types):
        """Index entries matching in one column, with matched_id and matched_type."""
        from modelsearch.backends.database.sqlite.query import MatchExpression
        from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry

        match = MatchExpression([column], self.build_search_query(self.query))
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


class PostgresEntriesMixin:
    def entries_matching(self, column, content_types):
        """Index entries matching in one column, with matched_id and matched_type."""
        from wagtail.search.models import IndexEntry

        search_query = self.build_tsquery(self.query, config=SEARCH_CONFIG)
        # `column @@ query` is served by the column's GIN index ("+ 0" keeps the planner
        # off the content type index, which would test every entry of the model); ids are
        # stored as text.
        content_type = ExpressionWrapper(F("content_type_id") + 0, output_field=IntegerField())
        return (
            IndexEntry.objects.filter(**{column: search_query})
            .annotate(matched_type=content_type, matched_id=Cast("object_id", IntegerField()))
            .filter(matched_type__in=content_types)
        )

    def fetch_matches(self, entries):
        """(type, id) of every matching entry, read through the GIN index.

        For a term in a fifth of the entries (平煤, 神马, 建) PostgreSQL's planner prefers
        reading the whole table and unpacking every stored vector: 35 ms where the GIN
        index takes 7 (10,000 honorees). Its cost model does not count the unpacking, so
        sequential scans are ruled out for this one query.
        """
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            matches = raw_rows(entries.values_list("matched_type", "matched_id"))
            # Back to the default at once: this may be a savepoint in a longer transaction.
            cursor.execute("SET LOCAL enable_seqscan TO DEFAULT")
        return matches


def listed_ids(vendor, ids):
    """ids as one query parameter for `pk__in`: a long IN list costs more to build.

    The parameter is text the database parses (an array literal, JSON): handing psycopg
    a list of 4,000 ints cost 2 ms of Python per query to encode.
    """
    if vendor == "postgresql":
        literal = "{" + ",".join(str(int(pk)) for pk in ids) + "}"
        return RawSQL("SELECT unnest(%s::integer[])", [literal])
    return RawSQL("SELECT value FROM json_each(%s)", [json.dumps([int(pk) for pk in ids])])


def raw_rows(queryset):
    """The rows of a values_list() queryset as the database driver gives them.

    Skips Django's per-value converters (int() on every integer expression), which cost
    about 5 ms of a search for a word in 4,000 stories; for integers and text the driver's
    values are already the right ones.
    """
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:
        return []
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
