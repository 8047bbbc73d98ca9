"""Stories go through the union's review, and cached story filters follow the content."""

import pytest
from wagtail.models import GroupPagePermission, WorkflowPage

from exhibits.core import content_version
from exhibits.core.review import REVIEWER_GROUP_NAME, WORKFLOW_NAME
from exhibits.stories.models import StoryKind
from tests.stories.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


def test_the_story_index_and_every_story_go_through_the_unions_review(story_index):
    assert WorkflowPage.objects.get(page=story_index).workflow.name == WORKFLOW_NAME
    assert GroupPagePermission.objects.filter(
        group__name=REVIEWER_GROUP_NAME, page=story_index, permission__codename="publish_page"
    ).exists()
    story = StoryPageFactory(parent=story_index)
    assert story.get_workflow().name == WORKFLOW_NAME


def test_publishing_a_story_changes_the_content_version(story_index):
    story = StoryPageFactory(parent=story_index)
    before = content_version.current()
    story.save_revision().publish()
    assert content_version.current() != before


def test_a_renamed_kind_shows_in_the_cached_filter_at_once(client, story_index):
    StoryPageFactory(parent=story_index)
    assert "人物故事" in client.get("/stories/").content.decode()
    kind = StoryKind.objects.get(slug="people")
    kind.name = "人物通讯"
    kind.save()
    html = client.get("/stories/").content.decode()
    assert '<option value="people">人物通讯（1）</option>' in html


def test_a_newly_published_story_shows_in_the_cached_list_and_filters(client, story_index):
    import datetime

    StoryPageFactory(parent=story_index, date=datetime.date(2024, 1, 1))
    assert "2023年" not in client.get("/stories/").content.decode()
    story = StoryPageFactory(parent=story_index, date=datetime.date(2023, 1, 1), live=False)
    story.save_revision().publish()
    html = client.get("/stories/").content.decode()
    assert '<option value="2023">2023年（1）</option>' in html
