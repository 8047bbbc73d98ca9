"""The honoree list and a honoree page cost a fixed number of queries, whatever the head count."""

import pytest
from django.core.cache import cache
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
            "filtered": queries_for(client, "/honorees/?level=provincial&sort=recent"),
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


# (cache cold, cache warm) queries for each request, the same for 3 honorees as for 12.
# Warm, the cards come from the fragment cache: a query a card makes shows only cold.
# So does the footer's one query (the site settings: contact details, 备案 numbers), and on
# a page without a picture of its own the link preview's (the settings' default picture). The
# list's filter options are counted from two reads (people, their honours), cached per
# choice of filters like the cards. A profile reads the person's stories (相关报道): the
# view restrictions once more, and the stories.
COLD_AND_WARM = {
    "list": (24, 13),
    "sorted": (24, 13),
    "filtered by level": (24, 13),
    "filtered by title and enterprise": (24, 13),
    "profile": (25, 20),
}


def cold_and_warm(client, url):
    """Queries with the cache emptied (filter choices, cards, site root, renditions' cache),
    then for the same request again, the cache filled by the first; and the cards shown."""
    client.get(url)  # renditions are made on the first visit ever: data, not cache
    cache.clear()
    cold, _ = counted(client, url)
    warm, response = counted(client, url)
    return (cold, warm), response.content.decode().count('class="card honoree-card"')


def counted(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


def test_list_and_profile_queries_are_flat_in_the_head_count_with_the_cache_cold_or_warm(
    client, honoree_index, enterprise_index
):
    def measure(pages):
        title = pages[0].honours.first().title
        enterprise = pages[0].employer_enterprise
        urls = {
            "list": "/honorees/",
            "sorted": "/honorees/?sort=level",
            "filtered by level": "/honorees/?level=provincial&sort=recent",
            "filtered by title and enterprise": (
                f"/honorees/?title={title.pk}&enterprise={enterprise.pk}"
            ),
            "profile": pages[len(pages) // 2].url,
        }
        counts, cards = {}, {}
        for name, url in urls.items():
            counts[name], cards[name] = cold_and_warm(client, url)
        assert cards["list"] == cards["sorted"] == len(pages)  # every card is drawn
        assert min(cards.values()) >= 1  # filters and related people find someone
        return counts

    pages = build_people(honoree_index, enterprise_index, 3)
    three = measure(pages)
    pages += build_people(honoree_index, enterprise_index, 9)
    twelve = measure(pages)

    assert three == twelve, f"3 honorees: {three}; 12 honorees: {twelve}"
    assert three == COLD_AND_WARM
