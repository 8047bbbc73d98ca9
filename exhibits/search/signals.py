"""Keeping the search index in step where Wagtail's own save hook comes too early or too narrow.

- A page is indexed on post_save, but a publish saves the page row before its inline rows
  (honours, tags, photos): the index would miss them. So a published page is indexed
  again once the publish is complete.
- An honoree is also found by the names of their employer, county and honour titles
  (see HonoreePage.search_fields), so renaming one of those re-indexes the people it names.
"""

import contextlib
import threading

from django.db.models.signals import post_save
from modelsearch import index
from modelsearch import signal_handlers as modelsearch_handlers
from modelsearch.backends import get_search_backends
from wagtail.signals import page_published

from exhibits.core.models import County
from exhibits.enterprises.models import EnterprisePage
from exhibits.honorees.models import HonoreePage, HonourTitle

_deferred = threading.local()


@contextlib.contextmanager
def deferred_indexing():
    """No indexing on each save inside the block, for bulk work (seed_demo, imports): the
    caller rebuilds the index once afterwards (update_index). Saving 160 people indexed
    each of them four or five times over."""
    models = [m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(modelsearch_handlers.post_save_signal_handler, sender=model)
    _deferred.active = True
    try:
        yield
    finally:
        _deferred.active = False
        for model in models:
            post_save.connect(modelsearch_handlers.post_save_signal_handler, sender=model)


def _indexing_deferred():
    return getattr(_deferred, "active", False)


def reindex_published_page(sender, instance, **kwargs):
    if not _indexing_deferred():
        index.insert_or_update_object(instance)


def reindex_people(people):
    if _indexing_deferred():
        return
    people = list(people)
    if not people:
        return
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(HonoreePage, people)


def reindex_employees(sender, instance, **kwargs):
    reindex_people(HonoreePage.objects.filter(employer_enterprise=instance))


def reindex_county_people(sender, instance, created=False, **kwargs):
    if not created:
        reindex_people(HonoreePage.objects.filter(county=instance))


def reindex_title_holders(sender, instance, created=False, **kwargs):
    if not created:
        reindex_people(HonoreePage.objects.filter(honours__title=instance).distinct())


def connect():
    page_published.connect(reindex_published_page, dispatch_uid="search-reindex-published")
    page_published.connect(
        reindex_employees, sender=EnterprisePage, dispatch_uid="search-reindex-employees"
    )
    post_save.connect(reindex_county_people, sender=County, dispatch_uid="search-reindex-county")
    post_save.connect(
        reindex_title_holders, sender=HonourTitle, dispatch_uid="search-reindex-title"
    )
