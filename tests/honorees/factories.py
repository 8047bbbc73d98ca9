"""Factories for honour titles, honorees and their honours."""

import factory
import wagtail_factories

from exhibits.honorees.models import HonoreeIndexPage, HonoreePage, Honour, HonourLevel, HonourTitle
from tests.core.factories import CountyFactory, ImageFactory, IndustryFactory

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = ["芳", "伟", "秀英", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞"]


class HonourTitleFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"测试称号{n}")
    level = HonourLevel.CITY
    awarding_body = "平顶山市人民政府"

    class Meta:
        model = HonourTitle
        django_get_or_create = ["name"]


class HonoreeIndexPageFactory(wagtail_factories.PageFactory):
    title = "先进人物"
    slug = "honorees"

    class Meta:
        model = HonoreeIndexPage


class HonoreePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: SURNAMES[n % len(SURNAMES)] + GIVEN[n % len(GIVEN)])
    slug = factory.Sequence(lambda n: f"honoree-{n}")
    gender = HonoreePage.Gender.FEMALE
    birth_year = 1975
    summary = factory.LazyAttribute(lambda o: f"{o.title}扎根一线，技术革新成果显著。")
    post = "检修工"
    employer_name = "平顶山某公司"
    portrait = factory.SubFactory(ImageFactory)
    county = factory.SubFactory(CountyFactory)
    industry = factory.SubFactory(IndustryFactory)

    class Meta:
        model = HonoreePage


class HonourFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(HonoreePageFactory)
    title = factory.SubFactory(HonourTitleFactory)
    year = 2015

    class Meta:
        model = Honour
