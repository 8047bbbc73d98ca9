"""Factories for the core app: home page, counties, industries, images."""

import factory
import wagtail_factories

from exhibits.core.models import County, Industry


class CountyFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"测试县{n}")
    sort_order = factory.Sequence(int)

    class Meta:
        model = County
        django_get_or_create = ["name"]


class IndustryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"测试行业{n}")
    sort_order = factory.Sequence(int)

    class Meta:
        model = Industry
        django_get_or_create = ["name"]


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"图片{n}")
    description = "测试图片"
