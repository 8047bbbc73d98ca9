"""What reaches the search index: every searchable value already cut into terms.

modelsearch's indexer reads each value through its search field's get_value(), so it is
handed the object's own search fields with get_value wrapped (TermsView). Titles and
autocomplete values also get pinyin (text.index_terms).
"""

import copy

from django.utils.encoding import force_str
from modelsearch import index

from .text import index_text


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
        # The title and the autocomplete values (names, with pinyin) once more as body
        # fields: then `body` holds every term and one full-text index answers any query
        # (see matching.py).
        in_body = []
        for field in fields:
            is_title = isinstance(field, index.SearchField) and field.field_name == "title"
            if is_title or isinstance(field, index.AutocompleteField):
                copied = index.SearchField(f"{field.field_name}_in_body")
                copied.get_value = field.get_value
                in_body.append(copied)
        return fields + in_body


class TermsIndexMixin:
    def add_items(self, model, objs):
        super().add_items(model, [TermsView(obj) for obj in objs])

    def _refresh_title_norms(self, full=False):
        # The stock backends recompute the average title length over the whole index on
        # every save, which makes bulk saves quadratic on PostgreSQL. A new entry keeps
        # the neutral norm 1.0 until `update_index` recomputes them all (full=True).
        if full:
            super()._refresh_title_norms(full=True)
