"""A listing costs the same number of queries for five honorees or thirty (no query per row)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from exhibits.honorees.models import HonourLevel
from tests.enterprises.factories import EnterprisePageFactory
from tests.honorees.factories import HonoreePageFactory, HonourFactory, HonourTitleFactory
from tests.park.factories import (
    SculptureHonoreeFactory,
    SculpturePageFactory,
    SculpturePhotoFactory,
)

BUDGET = 15
LISTINGS = {
    "honorees": {"type": "honorees.HonoreePage", "fields": "*", "limit": 100},
    "honorees by level": {
        "type": "honorees.HonoreePage",
        "fields": "*",
        "limit": 100,
        "honour_level": "city",
        "order": "name_pinyin",
    },
    "sculptures": {"type": "park.SculpturePage", "fields": "*", "limit": 100},
    "enterprises": {"type": "enterprises.EnterprisePage", "fields": "*", "limit": 100},
    "all pages": {"fields": "*", "limit": 100},
}


@pytest.fixture
def add_people(honoree_index, enterprise_index, park):
    titles = [
        HonourTitleFactory(name="全国劳动模范", level=HonourLevel.NATIONAL),
        HonourTitleFactory(name="鹰城大工匠", level=HonourLevel.CITY),
    ]

    def add(count):
        enterprise = EnterprisePageFactory(parent=enterprise_index)
        for n in range(count):
            page = HonoreePageFactory(parent=honoree_index, employer_enterprise=enterprise)
            page.tags.add("技术革新", f"标签{n % 4}")
            page.save()
            HonourFactory(page=page, title=titles[0], year=2020)
            HonourFactory(page=page, title=titles[1], year=2015)
            sculpture = SculpturePageFactory(parent=park)
            SculptureHonoreeFactory(sculpture=sculpture, honoree=page)
            SculpturePhotoFactory(sculpture=sculpture)

    return add


def queries(client, params):
    client.get("/api/v2/pages/", params)  # the first request makes the renditions
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/api/v2/pages/", params)
    assert response.status_code == 200
    return len(captured)


def test_listings_do_not_query_per_row(client, add_people, django_assert_max_num_queries):
    add_people(5)
    few = {name: queries(client, params) for name, params in LISTINGS.items()}
    add_people(25)
    many = {name: queries(client, params) for name, params in LISTINGS.items()}

    assert few == many, f"5 honorees: {few}; 30 honorees: {many}"
    for params in LISTINGS.values():
        with django_assert_max_num_queries(BUDGET):
            client.get("/api/v2/pages/", params)


def test_detail_is_a_fixed_number_of_queries(client, add_people, django_assert_max_num_queries):
    add_people(3)
    from exhibits.honorees.models import HonoreePage

    page = HonoreePage.objects.first()
    client.get(f"/api/v2/pages/{page.pk}/")
    with django_assert_max_num_queries(BUDGET):
        response = client.get(f"/api/v2/pages/{page.pk}/")
    assert response.status_code == 200
