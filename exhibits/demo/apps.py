"""App configuration for exhibits.demo."""

from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "exhibits.demo"
    label = "demo"
    verbose_name = "演示数据"
