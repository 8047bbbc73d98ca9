"""App configuration for exhibits.park."""

from django.apps import AppConfig


class ParkConfig(AppConfig):
    name = "exhibits.park"
    label = "park"
    verbose_name = "劳模雕塑园"

    def ready(self):
        from exhibits.core import review
        from exhibits.honorees import profile
        from exhibits.park.models import ParkPage
        from exhibits.park.profile import sculptures_of

        profile.add_section(sculptures_of)
        review.register_section(ParkPage)
