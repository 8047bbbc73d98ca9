"""Scheduled publishing: a story goes live and expires when publish_scheduled runs, and the
dashboard names what is overdue when nothing runs it."""

import datetime
import io

import pytest
from django.core.management import call_command

from exhibits.editorial.scheduled import EXPIRE, GO_LIVE, due_between, overdue
from exhibits.stories.models import StoryPage
from tests.campaigns.conftest import SHANGHAI
from tests.stories.factories import StoryPageFactory

pytestmark = pytest.mark.django_db


def at(*args):
    return datetime.datetime(*args, tzinfo=SHANGHAI)


def schedule(story_index, title, go_live_at=None, expire_at=None):
    """A story published with Wagtail's go-live and expiry dates, as an editor would."""
    story = StoryPageFactory(parent=story_index, title=title, live=False)
    story.go_live_at, story.expire_at = go_live_at, expire_at
    story.save_revision().publish()
    return StoryPage.objects.get(pk=story.pk)


def publish_scheduled():
    call_command("publish_scheduled", stdout=io.StringIO())


def test_a_scheduled_story_goes_live_when_the_command_runs_and_expires(clock, story_index):
    clock(2027, 4, 28, 9, 0)
    story = schedule(
        story_index,
        "五一特别节目",
        go_live_at=at(2027, 4, 30, 20, 0),
        expire_at=at(2027, 5, 8, 0, 0),
    )
    assert not story.live and story.has_unpublished_changes
    assert [(d.action, d.title) for d in due_between()] == [
        (GO_LIVE, "五一特别节目"),
        (EXPIRE, "五一特别节目"),
    ]

    clock(2027, 4, 30, 19, 59)
    publish_scheduled()
    story.refresh_from_db()
    assert not story.live

    clock(2027, 4, 30, 20, 1)
    assert not StoryPage.objects.get(pk=story.pk).live  # time alone publishes nothing
    publish_scheduled()
    story.refresh_from_db()
    assert story.live and story.url_path.endswith("/")
    assert [d.action for d in due_between()] == [EXPIRE]

    clock(2027, 5, 8, 0, 1)
    publish_scheduled()
    story.refresh_from_db()
    assert not story.live and story.expired
    assert due_between() == []


def test_overdue_names_what_the_scheduler_should_have_done(clock, story_index):
    clock(2027, 5, 1, 8, 0)
    schedule(story_index, "今天上线的报道", go_live_at=at(2027, 5, 1, 9, 0))
    live = StoryPageFactory(parent=story_index, title="今天下线的通知")
    live.expire_at = at(2027, 5, 1, 9, 30)
    live.save_revision().publish()

    clock(2027, 5, 1, 9, 4)
    assert overdue() == []  # within the minutes a running scheduler needs
    clock(2027, 5, 1, 9, 6)
    assert [(d.title, d.action_label) for d in overdue()] == [("今天上线的报道", "上线")]
    clock(2027, 5, 1, 10, 0)
    assert [(d.title, d.action_label) for d in overdue()] == [
        ("今天上线的报道", "上线"),
        ("今天下线的通知", "下线"),
    ]
    publish_scheduled()
    assert overdue() == []


def test_the_dashboard_warns_reviewers_of_overdue_items(
    client, clock, story_index, reviewer, enterprise_editor
):
    clock(2027, 5, 1, 8, 0)
    story = schedule(story_index, "逾期未上线的报道", go_live_at=at(2027, 5, 1, 9, 0))
    clock(2027, 5, 1, 12, 0)

    client.force_login(reviewer)
    html = client.get("/admin/").content.decode()
    assert "定时发布没有执行" in html and "publish_scheduled" in html
    assert "逾期未上线的报道" in html and f"/admin/pages/{story.pk}/edit/" in html
    assert "2027年5月1日 09:00" in html

    client.force_login(enterprise_editor)
    assert "定时发布没有执行" not in client.get("/admin/").content.decode()

    publish_scheduled()
    client.force_login(reviewer)
    assert "定时发布没有执行" not in client.get("/admin/").content.decode()


def test_no_warning_while_the_scheduler_keeps_up(client, clock, story_index, reviewer):
    clock(2027, 5, 1, 8, 0)
    schedule(story_index, "明天上线的报道", go_live_at=at(2027, 5, 2, 9, 0))
    client.force_login(reviewer)
    assert "定时发布没有执行" not in client.get("/admin/").content.decode()
