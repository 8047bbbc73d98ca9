"""Template context shared by every page."""

from django.utils.functional import SimpleLazyObject

from exhibits.core import content_version as versions


def content_version(request):
    """The content version, for fragment cache keys; read from the cache only when used."""
    return {"content_version": SimpleLazyObject(versions.current)}
