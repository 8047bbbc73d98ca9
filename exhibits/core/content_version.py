"""The content version: one number in the cache that changes whenever published content changes.

Cached fragments (list cards, filter choices) put it in their keys, so a publish,
an unpublish, a move or an edit of a reference list makes them all stale at once
without tracking which fragment shows what. Needs a cache shared by all worker
processes (Redis in production); see siteconfig.settings.production.
"""

import time

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

KEY = "content-version"


def current():
    version = cache.get(KEY)
    if version is None:
        # Start from the clock, so a flushed cache never hands out an old number again.
        cache.add(KEY, int(time.time() * 1000), timeout=None)
        version = cache.get(KEY)
    return version


def bump(**kwargs):
    """Signal receiver: something public changed."""
    try:
        cache.incr(KEY)
    except ValueError:  # not in the cache (yet, or any more)
        current()


def follow(*models):
    """Bump the version whenever a row of these models is saved or deleted (the
    reference lists people are filtered by: counties, industries, honour titles…)."""
    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(
                bump, sender=model, dispatch_uid=f"content-version-{model._meta.label}-{signal!r}"
            )
