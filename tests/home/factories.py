"""Factories for the home page."""

import wagtail_factories

from exhibits.home.models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "劳模风采"
    hero_title = "劳动最光荣"

    class Meta:
        model = HomePage
