from django.apps import AppConfig


class RollsConfig(AppConfig):
    """The honour roll in and out of Excel: import_honorees and export_honorees."""

    name = "exhibits.rolls"
    label = "rolls"
    verbose_name = "名单导入导出"
