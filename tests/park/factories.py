"""Factories for the park, its zones and sculptures."""

import datetime

import factory
import wagtail_factories

from exhibits.park.models import (
    ParkPage,
    ParkZone,
    SculptureHonoree,
    SculpturePage,
    SculpturePhoto,
)
from tests.core.factories import ImageFactory


class ParkPageFactory(wagtail_factories.PageFactory):
    title = "劳模雕塑园"
    slug = "park"
    opening_hours = "全天开放"
    address = "平顶山市新华区"
    map_image = factory.SubFactory(ImageFactory, file__width=400, file__height=300)

    class Meta:
        model = ParkPage


class ParkZoneFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"第{n}区")
    description = "一片安静的草坪"

    class Meta:
        model = ParkZone


class SculpturePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"雕塑{n}")
    slug = factory.Sequence(lambda n: f"sculpture-{n}")
    year_of_entry = 2021
    sculptor = "李雕塑"
    material = "铸铜"
    unveiled_on = datetime.date(2021, 4, 28)
    inscription = "劳动最光荣。"
    map_x = 0.5
    map_y = 0.5

    class Meta:
        model = SculpturePage


class SculptureHonoreeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SculptureHonoree


class SculpturePhotoFactory(factory.django.DjangoModelFactory):
    image = factory.SubFactory(ImageFactory)
    caption = "雕塑正面"

    class Meta:
        model = SculpturePhoto
