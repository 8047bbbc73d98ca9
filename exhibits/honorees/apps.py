"""App configuration for exhibits.honorees."""

from django.apps import AppConfig


class HonoreesConfig(AppConfig):
    name = "exhibits.honorees"
    label = "honorees"
    verbose_name = "先进人物"
