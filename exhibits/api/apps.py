"""App configuration for exhibits.api."""

from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "exhibits.api"
    label = "api"
    verbose_name = "开放接口"

    def ready(self):
        from exhibits.api import schema

        schema.declare()
