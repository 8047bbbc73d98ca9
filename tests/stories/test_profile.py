"""A person's profile lists 相关报道: their live stories, newest first."""

import datetime

import pytest

from tests.honorees.factories import HonoreePageFactory
from tests.stories.factories import EpisodeFactory, StoryHonoreeFactory, StoryPageFactory


@pytest.mark.django_db
def test_a_profile_lists_the_persons_live_stories_newest_first(
    client, story_index, honoree_index, link
):
    wang = HonoreePageFactory(parent=honoree_index, title="王芳")
    other = HonoreePageFactory(parent=honoree_index, title="赵强")
    link(StoryPageFactory(parent=story_index, title="旧报道", date=datetime.date(2023, 3, 1)), wang)
    link(
        EpisodeFactory(
            parent=story_index,
            title="节目一期",
            date=datetime.date(2022, 1, 1),
            air_date=datetime.date(2025, 5, 8),
        ),
        wang,
        other,
    )
    link(StoryPageFactory(parent=story_index, title="新报道", date=datetime.date(2024, 9, 1)), wang)
    link(StoryPageFactory(parent=story_index, title="别人的报道"), other)
    draft = StoryPageFactory(parent=story_index, title="未发布报道", live=False)
    StoryHonoreeFactory(page=draft, honoree=wang)

    response = client.get(wang.url)
    html = response.content.decode()
    assert [s.title for s in response.context["related_stories"]] == [
        "节目一期",
        "新报道",
        "旧报道",
    ]
    assert "相关报道" in html
    assert html.index("节目一期") < html.index("新报道") < html.index("旧报道")
    assert "别人的报道" not in html and "未发布报道" not in html


@pytest.mark.django_db
def test_a_profile_without_stories_has_no_section(client, story_index, honoree_index):
    page = HonoreePageFactory(parent=honoree_index)
    html = client.get(page.url).content.decode()
    assert "相关报道" not in html
