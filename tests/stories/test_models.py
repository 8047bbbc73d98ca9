"""Story pages: where they go in the tree, what an episode must say, what a story shows."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase

from exhibits.home.models import HomePage
from exhibits.honorees.models import HonoreeIndexPage
from exhibits.stories.models import StoryIndexPage, StoryKind, StoryPage
from tests.stories.factories import EpisodeFactory, StoryKindFactory, StoryPageFactory


class TestPageTree(WagtailPageTestCase):
    def test_the_story_index_sits_under_the_home_page_and_holds_stories(self):
        self.assertCanCreateAt(HomePage, StoryIndexPage)
        self.assertCanCreateAt(StoryIndexPage, StoryPage)
        self.assertCanNotCreateAt(HomePage, StoryPage)
        self.assertCanNotCreateAt(HonoreeIndexPage, StoryPage)
        self.assertCanNotCreateAt(StoryPage, StoryPage)
        self.assertAllowedSubpageTypes(StoryIndexPage, {StoryPage})


@pytest.mark.django_db
def test_a_fresh_site_has_the_four_kinds_editors_start_from():
    kinds = list(StoryKind.objects.values_list("name", "slug", "is_series"))
    assert kinds == [
        ("人物故事", "people", False),
        ("工会新闻", "news", False),
        ("《劳动者之歌》", "song", True),
        ("劳模宣讲", "talks", False),
    ]


@pytest.mark.django_db
def test_an_episode_needs_its_number_and_air_date(story_index):
    episode = EpisodeFactory(parent=story_index)
    episode.episode_number = None
    episode.air_date = None
    with pytest.raises(ValidationError) as error:
        episode.full_clean()
    assert set(error.value.message_dict) >= {"episode_number", "air_date"}
    assert "按期播出" in error.value.message_dict["air_date"][0]


@pytest.mark.django_db
def test_a_story_of_another_kind_needs_neither(story_index):
    story = StoryPageFactory(parent=story_index, kind=StoryKindFactory(slug="news"))
    story.full_clean()


@pytest.mark.django_db
def test_an_episode_goes_by_its_air_date(story_index):
    episode = EpisodeFactory(
        parent=story_index, date=datetime.date(2025, 5, 1), air_date=datetime.date(2025, 5, 8)
    )
    assert episode.shown_date == datetime.date(2025, 5, 8)
    assert episode.is_episode


@pytest.mark.django_db
def test_a_story_page_shows_its_date_kind_body_and_share_control(client, story_index):
    story = StoryPageFactory(
        parent=story_index, title="井下三十年", date=datetime.date(2025, 4, 28)
    )
    html = client.get(story.url).content.decode()
    assert "2025年4月28日" in html
    assert "人物故事" in html and "井下三十年的正文。" in html
    assert "分享这篇报道" in html
    assert '<meta property="og:type" content="article">' in html
    assert f'<meta property="og:url" content="{story.full_url}">' in html
    assert 'property="og:image" content="http://' in html  # the hero image, absolute


@pytest.mark.django_db
def test_an_episode_page_names_its_number_and_air_date(client, story_index):
    episode = EpisodeFactory(parent=story_index, episode_number=7)
    html = client.get(episode.url).content.decode()
    assert "第7期" in html and "2025年5月8日播出" in html


@pytest.mark.django_db
def test_a_story_shows_its_live_people_as_cards_in_the_editors_order(
    client, story_index, honoree_index, link
):
    from tests.honorees.factories import HonoreePageFactory

    first = HonoreePageFactory(parent=honoree_index, title="赵强")
    second = HonoreePageFactory(parent=honoree_index, title="王芳")
    draft = HonoreePageFactory(parent=honoree_index, title="孙草稿", live=False)
    story = link(StoryPageFactory(parent=story_index), first, draft, second)
    html = client.get(story.url).content.decode()
    assert html.count('class="card honoree-card"') == 2
    assert html.index("赵强") < html.index("王芳")
    assert "孙草稿" not in html
