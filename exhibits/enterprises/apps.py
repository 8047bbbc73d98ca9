"""App configuration for exhibits.enterprises."""

from django.apps import AppConfig


class EnterprisesConfig(AppConfig):
    name = "exhibits.enterprises"
    label = "enterprises"
    verbose_name = "企业星光大道"
