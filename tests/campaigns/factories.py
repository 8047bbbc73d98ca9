"""Factories for the campaign index and campaigns (五一劳模宣传月)."""

import datetime

import factory
import wagtail_factories

from exhibits.campaigns.models import (
    CampaignDay,
    CampaignHonoree,
    CampaignIndexPage,
    CampaignKiosk,
    CampaignPage,
    CampaignStory,
)


class CampaignIndexPageFactory(wagtail_factories.PageFactory):
    title = "宣传月"
    slug = "campaigns"

    class Meta:
        model = CampaignIndexPage


class CampaignPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"五一劳模宣传月{n}")
    slug = factory.Sequence(lambda n: f"campaign-{n}")
    theme = "中国梦·劳动美"
    slogan = "劳动最光荣 · 劳动者最伟大"
    start_date = datetime.date(2026, 5, 1)
    end_date = datetime.date(2026, 5, 31)
    takes_over_home = True

    class Meta:
        model = CampaignPage


class CampaignHonoreeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CampaignHonoree


class CampaignDayFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CampaignDay


class CampaignStoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CampaignStory


class CampaignKioskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CampaignKiosk


def day(month, number, year=2026):
    """A date of the test year's May Day month, briefly."""
    return datetime.date(year, month, number)
