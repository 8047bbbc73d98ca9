"""Connects the content version to the events that change what the public sees."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from exhibits.core import content_version
from exhibits.core.models import County, Industry, SiteSettings


def settings_saved(created, **kwargs):
    """The footer is cached with the content version: an edit of the site settings renews it.
    The row Wagtail creates on first use holds the defaults the footer already shows, and
    bumping for it would make the very next page render the footer again."""
    if not created:
        content_version.bump()


def connect():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_version.bump, dispatch_uid=f"content-version-{signal!r}")
    post_delete.connect(content_version.bump, sender=Page, dispatch_uid="content-version-page")
    # A new Site address changes every absolute link (the kiosks' short links, sharing).
    content_version.follow(County, Industry, Site)
    post_save.connect(settings_saved, sender=SiteSettings, dispatch_uid="content-version-footer")
    post_delete.connect(
        content_version.bump, sender=SiteSettings, dispatch_uid="content-version-footer-gone"
    )
