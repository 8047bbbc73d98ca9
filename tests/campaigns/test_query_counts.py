"""The home page during a campaign and the campaign page cost a fixed number of queries,
whatever the number of featured people and stories; with caches cold and warm."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.campaigns.factories import day
from tests.honorees.factories import HonoreePageFactory, HonourFactory
from tests.stories.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def build(make_campaign, honoree_index, story_index, clock):
    def make(count):
        people = [HonoreePageFactory(parent=honoree_index) for _ in range(count)]
        for person in people:
            HonourFactory(page=person, year=2020)
        stories = [StoryPageFactory(parent=story_index) for _ in range(count)]
        campaign = make_campaign(day(5, 1), day(5, 31), people=people, stories=stories)
        clock(2026, 5, 10, 9, 0)
        return campaign

    return make


def count(client, url, *, cold):
    client.get(url)  # renditions are made on the first visit; count what follows
    if cold:
        cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("cold", [True, False], ids=["cold", "warm"])
def test_fixed_queries_whatever_the_number_of_people_and_stories(
    client, build, django_assert_num_queries, cold
):
    small = build(3)
    home_small, page_small = count(client, "/", cold=cold), count(client, small.url, cold=cold)
    small.delete()

    large = build(25)
    client.get("/")
    client.get(large.url)
    if cold:
        cache.clear()
    with django_assert_num_queries(home_small):
        client.get("/")
    if cold:
        cache.clear()
    with django_assert_num_queries(page_small):
        client.get(large.url)
