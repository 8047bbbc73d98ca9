"""App configuration for exhibits.campaigns."""

from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "exhibits.campaigns"
    label = "campaigns"
    verbose_name = "宣传月"

    def ready(self):
        from exhibits.campaigns.models import CampaignIndexPage
        from exhibits.core import review

        review.register_section(CampaignIndexPage)
