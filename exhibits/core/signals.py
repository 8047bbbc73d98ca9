"""Connects the content version to the events that change what the public sees."""

from django.db.models.signals import post_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from exhibits.core import content_version
from exhibits.core.models import County, Industry


def connect():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_version.bump, dispatch_uid=f"content-version-{signal!r}")
    post_delete.connect(content_version.bump, sender=Page, dispatch_uid="content-version-page")
    content_version.follow(County, Industry)
