"""The honoree list and a honoree page cost a fixed number of queries, whatever the head count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from exhibits.honorees.models import HonourLevel
from tests.enterprises.factories import EnterprisePageFactory
from tests.honorees.factories import HonoreePageFactory, HonourFactory, HonourTitleFactory

BUDGET = 20


def build_people(honoree_index, enterprise_index, count):
    titles = [
        HonourTitleFactory(name="全国劳动模范", level=HonourLevel.NATIONAL),
        HonourTitleFactory(name="河南省劳动模范", level=HonourLevel.PROVINCIAL),
        HonourTitleFactory(name="鹰城大工匠", level=HonourLevel.CITY),
    ]
    enterprises = [EnterprisePageFactory(parent=enterprise_index) for _ in range(3)]
    pages = []
    for n in range(count):
        page = HonoreePageFactory(parent=honoree_index, employer_enterprise=enterprises[n % 3])
        page.tags.add("技术革新")
        page.save()
        HonourFactory(page=page, title=titles[n % 3], year=2010 + n % 10)
        HonourFactory(page=page, title=titles[(n + 1) % 3], year=2021)
        pages.append(page)
    return pages


def queries_for(client, url):
    client.get(url)  # the first visit creates image renditions; count the steady state
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.fixture
def count_for(client, honoree_index, enterprise_index):
    """Queries for /honorees/ and for one profile, with `count` honorees in the database."""

    def measure(count):
        pages = build_people(honoree_index, enterprise_index, count)
        return {
            "list": queries_for(client, "/honorees/?sort=level"),
            "filtered": queries_for(client, "/honorees/?level=city&sort=recent"),
            "profile": queries_for(client, pages[count // 2].url),
            "enterprise": queries_for(client, pages[0].employer_enterprise.url),
            "home": queries_for(client, "/"),
        }

    return measure


def test_query_counts_do_not_grow_with_the_number_of_honorees(count_for):
    small = count_for(10)
    large = count_for(190)  # 200 in all
    assert small == large, f"10 honorees: {small}; 200 honorees: {large}"
    assert max(large.values()) <= BUDGET, large
