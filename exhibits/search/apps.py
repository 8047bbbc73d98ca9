"""App configuration for exhibits.search."""

from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "exhibits.search"
    label = "site_search"
    verbose_name = "站内搜索"

    def ready(self):
        from exhibits.search import signals

        signals.connect()
