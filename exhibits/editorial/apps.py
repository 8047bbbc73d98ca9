"""App configuration for exhibits.editorial: the editors' calendar and the scheduler's health."""

from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "exhibits.editorial"
    label = "editorial"
    verbose_name = "排期"
