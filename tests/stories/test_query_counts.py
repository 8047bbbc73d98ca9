"""The story list, a story and a profile with stories cost a fixed number of queries,
whatever the number of stories and people."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.honorees.factories import HonoreePageFactory, HonourFactory
from tests.stories.factories import EpisodeFactory, StoryPageFactory

# (cache cold, cache warm) for each request. Warm, the filter options and the people's
# cards come from the cache; the renditions' cache makes pictures free when warm too. Cold,
# the list reads the stories' kinds, years and people for the filters and their counts
# (four reads), and the link preview's default picture from the site settings (the story
# and the profile have their own).
EXPECTED = {
    "list": (21, 12),
    "filtered": (21, 12),
    "series": (22, 13),
    "story": (19, 15),
    "profile": (24, 19),
}


def build(story_index, honoree_index, link, count, people):
    for n in range(count):
        day = datetime.date(2020 + n % 5, 1 + n % 12, 1)
        if n % 3 == 0:
            story = EpisodeFactory(parent=story_index, date=day, air_date=day)
        else:
            story = StoryPageFactory(parent=story_index, date=day)
        link(story, people[n % len(people)], people[(n + 1) % len(people)])


def measure(client, urls):
    counts = {}
    for name, url in urls.items():
        client.get(url)  # renditions are made on the first visit ever: data, not cache
        cache.clear()
        with CaptureQueriesContext(connection) as cold:
            assert client.get(url).status_code == 200
        with CaptureQueriesContext(connection) as warm:
            response = client.get(url)
        assert response.status_code == 200
        assert "没有找到符合条件的报道" not in response.content.decode()
        counts[name] = (len(cold), len(warm))
    return counts


@pytest.mark.django_db
def test_story_pages_cost_the_same_for_few_or_many_stories(
    client, story_index, honoree_index, link, django_assert_num_queries
):
    people = [HonoreePageFactory(parent=honoree_index) for _ in range(4)]
    for person in people:
        HonourFactory(page=person)

    def urls():
        story = story_index.get_children().live().last()
        return {
            "list": "/stories/",
            "filtered": f"/stories/?year=2020&honoree={people[0].pk}",
            "series": "/stories/?kind=song",
            "story": story.url,
            "profile": people[1].url,
        }

    build(story_index, honoree_index, link, 3, people)
    few = measure(client, urls())
    build(story_index, honoree_index, link, 15, people)
    many = measure(client, urls())
    assert few == many, f"3 stories: {few}; 18 stories: {many}"
    assert many == EXPECTED
    # The same, as pytest-django counts it: one story page, cache warm.
    story_url = urls()["story"]
    client.get(story_url)
    with django_assert_num_queries(EXPECTED["story"][1]):
        client.get(story_url)
