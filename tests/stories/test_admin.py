"""Editors write stories in the page editor: people in order, the video chosen from the media."""

import datetime

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from exhibits.stories.models import StoryKind, StoryPage
from tests.honorees.factories import HonoreePageFactory

pytestmark = pytest.mark.django_db


def test_the_story_editor_offers_people_video_and_subtitles(admin_client, story_index):
    response = admin_client.get(f"/admin/pages/add/stories/storypage/{story_index.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for label in (
        "报道人物",
        "视频文件",
        "视频封面",
        "字幕文件",
        "视频网址（备用）",
        "期数",
        "播出日期",
    ):
        assert label in html, label


def test_an_editor_publishes_an_episode_about_two_people(admin_client, story_index, honoree_index):
    first = HonoreePageFactory(parent=honoree_index, title="王芳")
    second = HonoreePageFactory(parent=honoree_index, title="赵强")
    song = StoryKind.objects.get(slug="song")
    data = nested_form_data(
        {
            "title": "《劳动者之歌》第20期",
            "slug": "episode-20",
            "date": "2025-05-06",
            "kind": song.pk,
            "episode_number": 20,
            "air_date": "2025-05-08",
            "summary": "走近王芳和赵强。",
            "body": streamfield([]),
            "people": inline_formset([{"honoree": second.pk}, {"honoree": first.pk}]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/stories/storypage/{story_index.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    story = StoryPage.objects.get(slug="episode-20")
    assert story.live and story.air_date == datetime.date(2025, 5, 8)
    assert [link.honoree.title for link in story.people.all()] == ["赵强", "王芳"]


def test_an_episode_without_its_air_date_is_sent_back(admin_client, story_index):
    song = StoryKind.objects.get(slug="song")
    data = nested_form_data(
        {
            "title": "缺少播出日期",
            "slug": "no-air-date",
            "date": "2025-05-06",
            "kind": song.pk,
            "body": streamfield([]),
            "people": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/stories/storypage/{story_index.pk}/", data)
    assert response.status_code == 200
    assert "按期播出，请填写此项" in response.content.decode()
    assert not StoryPage.objects.filter(slug="no-air-date").exists()
