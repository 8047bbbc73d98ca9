"""App configuration for exhibits.links."""

from django.apps import AppConfig


class LinksConfig(AppConfig):
    name = "exhibits.links"
    label = "links"
    verbose_name = "短链接与二维码"
