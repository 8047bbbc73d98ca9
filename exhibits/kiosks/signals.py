"""A published or withdrawn kiosk configuration is new content for the kiosks too."""

from django.db.models.signals import post_delete
from wagtail.signals import published, unpublished

from exhibits.core import content_version


def connect():
    from exhibits.kiosks.models import KioskDisplay

    for signal in (published, unpublished, post_delete):
        signal.connect(
            content_version.bump,
            sender=KioskDisplay,
            dispatch_uid=f"content-version-kiosk-{signal!r}",
        )
