"""App configuration for exhibits.honorees."""

from django.apps import AppConfig


class HonoreesConfig(AppConfig):
    name = "exhibits.honorees"
    label = "honorees"
    verbose_name = "先进人物"

    def ready(self):
        from exhibits.core import content_version, review
        from exhibits.honorees.models import HonoreeIndexPage, HonourTitle

        content_version.follow(HonourTitle)
        review.register_section(HonoreeIndexPage)
