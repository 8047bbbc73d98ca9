"""App configuration for exhibits.park."""

from django.apps import AppConfig


class ParkConfig(AppConfig):
    name = "exhibits.park"
    label = "park"
    verbose_name = "劳模雕塑园"
