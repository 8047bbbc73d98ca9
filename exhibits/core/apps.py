"""App configuration for exhibits.core."""

from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "exhibits.core"
    label = "core"
    verbose_name = "站点基础"

    def ready(self):
        from exhibits.core import review, signals

        signals.connect()
        review.connect()
