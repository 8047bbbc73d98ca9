"""App configuration for exhibits.kiosks."""

from django.apps import AppConfig


class KiosksConfig(AppConfig):
    name = "exhibits.kiosks"
    label = "kiosks"
    verbose_name = "园区展台"

    def ready(self):
        from exhibits.core import review
        from exhibits.kiosks import signals
        from exhibits.kiosks.models import KioskDisplay

        signals.connect()
        review.register_snippet(KioskDisplay)
