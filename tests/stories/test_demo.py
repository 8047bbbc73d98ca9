"""seed_demo's stories: over forty, a dozen 《劳动者之歌》 episodes about demo people, made once."""

import io
from collections import Counter

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Revision

from exhibits.demo import stories as demo_stories
from exhibits.stories.models import StoryIndexPage, StoryPage
from tests.stories.mp4 import tiny_mp4

SMALL = {"honorees": 20, "enterprises": 12}


def seed():
    out = io.StringIO()
    call_command("seed_demo", stdout=out, **SMALL)
    return out.getvalue()


@pytest.mark.django_db(transaction=False)
def test_seed_demo_adds_stories_and_episodes_once(monkeypatch):
    # The machine has no ffmpeg: stand in for it, so the video path runs.
    monkeypatch.setattr(demo_stories, "make_video", lambda seconds=4: tiny_mp4())
    out = seed()
    assert "报道：新建 44 篇" in out

    index = StoryIndexPage.objects.get()
    assert index.live and index.url == "/stories/"
    stories = list(
        StoryPage.objects.child_of(index)
        .filter(go_live_at=None, expire_at=None)
        .select_related("kind", "video")
    )
    assert len(stories) >= 40
    assert all(story.live for story in stories)
    kinds = Counter(story.kind.slug for story in stories)
    assert kinds["song"] == 12 and kinds["people"] and kinds["news"] and kinds["talks"]

    episodes = sorted((s for s in stories if s.kind.slug == "song"), key=lambda s: s.air_date)
    assert [e.episode_number for e in episodes] == list(range(1, 13))
    months = Counter((e.air_date.year, e.air_date.month) for e in episodes)
    assert set(months.values()) == {2}  # two a month

    for story in stories:
        people = [link.honoree for link in story.people.all()]
        assert people and all(person.live for person in people), story.title
        assert story.hero_image and story.summary and story.body

    with_video = [s for s in stories if s.video]
    assert [s.episode_number for s in with_video] == [10, 11, 12]
    for story in with_video:
        assert story.video_poster and story.video_subtitles.file_extension == "vtt"
        assert story.video.file.read(8)[4:8] == b"ftyp"

    # 排期日历 has one of each: an episode waiting to go live, a notice that will expire.
    waiting = StoryPage.objects.get(go_live_at__isnull=False)
    assert not waiting.live and waiting.kind.slug == "song" and waiting.episode_number == 13
    revision = waiting.latest_revision
    assert revision.approved_go_live_at == waiting.go_live_at > timezone.now()
    assert timezone.localtime(waiting.go_live_at).hour == 20
    expiring = StoryPage.objects.get(expire_at__isnull=False)
    assert expiring.live and expiring.expire_at > timezone.now()
    assert "定时上线或下线的报道：新建 2 篇" in out

    revisions = Revision.objects.count()
    again = seed()
    assert "定时上线或下线的报道：新建 0 篇，已存在 2 篇" in again
    assert "报道：新建 0 篇，已存在 44 篇" in again
    assert "报道视频：新建 0 段，已存在 3 段" in again
    assert StoryPage.objects.count() == len(stories) + 2
    assert Revision.objects.count() == revisions


def test_without_ffmpeg_there_is_no_demo_video(monkeypatch):
    monkeypatch.setattr(demo_stories.shutil, "which", lambda name: None)
    assert demo_stories.make_video() is None
