"""Fixtures for the read API: a client that asks for JSON, and a small city of honorees."""

import json

import pytest
from wagtail.models import PageViewRestriction

from exhibits.honorees.models import HonourLevel
from tests.core.factories import CountyFactory, ImageFactory, IndustryFactory
from tests.enterprises.factories import EnterprisePageFactory
from tests.honorees.factories import HonoreePageFactory, HonourFactory, HonourTitleFactory
from tests.park.factories import (
    SculptureHonoreeFactory,
    SculpturePageFactory,
    SculpturePhotoFactory,
)

BASE_URL = "https://laomo.example.org"
HONOREES = {"type": "honorees.HonoreePage", "fields": "*"}


@pytest.fixture(autouse=True)
def _api_base_url(settings):
    settings.WAGTAILAPI_BASE_URL = BASE_URL


@pytest.fixture
def api(client):
    """GET an API path with query parameters; returns (status, JSON body)."""

    def get(path, **params):
        response = client.get(path, params, HTTP_ACCEPT="application/json")
        return response.status_code, json.loads(response.content)

    return get


def story(*blocks):
    """A story StreamField value in its stored (JSON) form."""
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


def make_private(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


@pytest.fixture
def city(home, honoree_index, enterprise_index, park):
    """Three counties, two enterprises, five honorees with honours, one sculpture."""
    xinhua = CountyFactory(name="新华区")
    weidong = CountyFactory(name="卫东区")
    ruzhou = CountyFactory(name="汝州市")
    coal = IndustryFactory(name="煤炭")
    power = IndustryFactory(name="电力")
    national = HonourTitleFactory(name="全国劳动模范", level=HonourLevel.NATIONAL)
    provincial = HonourTitleFactory(name="河南省劳动模范", level=HonourLevel.PROVINCIAL)
    craftsman = HonourTitleFactory(name="鹰城大工匠", level=HonourLevel.CITY)
    mine = EnterprisePageFactory(
        parent=enterprise_index, title="平顶山天安煤业", county=xinhua, industry=coal
    )
    plant = EnterprisePageFactory(
        parent=enterprise_index, title="姚孟发电", county=weidong, industry=power
    )

    def person(title, county, industry, employer, honours):
        page = HonoreePageFactory(
            parent=honoree_index,
            title=title,
            county=county,
            industry=industry,
            employer_enterprise=employer,
        )
        for honour_title, year in honours:
            HonourFactory(page=page, title=honour_title, year=year)
        return page

    people = {
        "wang": person("王芳", xinhua, coal, mine, [(craftsman, 2015), (national, 2020)]),
        "zhao": person("赵强", xinhua, power, plant, [(provincial, 2018)]),
        "li": person("李秀英", weidong, coal, mine, [(craftsman, 2019)]),
        "chen": person("陈磊", ruzhou, power, None, [(provincial, 2015), (craftsman, 2015)]),
        "an": person("安军", ruzhou, coal, None, []),
    }
    sculpture = SculpturePageFactory(parent=park, title="王芳像", year_of_entry=2021)
    SculptureHonoreeFactory(sculpture=sculpture, honoree=people["wang"])
    SculpturePhotoFactory(sculpture=sculpture, image=ImageFactory(), caption="王芳像正面")
    return {
        "counties": {"xinhua": xinhua, "weidong": weidong, "ruzhou": ruzhou},
        "industries": {"coal": coal, "power": power},
        "titles": {"national": national, "provincial": provincial, "craftsman": craftsman},
        "enterprises": {"mine": mine, "plant": plant},
        "people": people,
        "sculpture": sculpture,
    }
