"""App configuration for exhibits.home."""

from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "exhibits.home"
    label = "home"
    verbose_name = "首页"
