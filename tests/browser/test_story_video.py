"""On a phone: a story's uploaded video plays with its subtitles; the story pages pass axe."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtailmedia import get_media_model

from tests.browser.accessibility import blocking_violations, describe
from tests.core.factories import ImageFactory
from tests.stories.factories import EpisodeFactory, StoryIndexPageFactory
from tests.stories.mp4 import SUBTITLES, tiny_mp4


@pytest.fixture
def episode(home):
    media = get_media_model()(title="第9期节目", type="video", duration=2, width=32, height=32)
    media.file = ContentFile(tiny_mp4(), name="episode-9.mp4")
    media.save()
    subtitles = get_document_model()(title="第9期字幕")
    subtitles.file = ContentFile(SUBTITLES.encode(), name="episode-9.vtt")
    subtitles.save()
    return EpisodeFactory(
        parent=StoryIndexPageFactory(parent=home),
        title="《劳动者之歌》第9期",
        video=media,
        video_poster=ImageFactory(file__width=1280, file__height=720),
        video_subtitles=subtitles,
    )


@pytest.mark.parametrize("device", ["phone"], indirect=True)
def test_a_storys_video_plays_with_its_subtitles_on_a_phone(
    episode, visit, page, requests_elsewhere
):
    visit(episode.url)
    video = page.locator("video.story-video__player")
    video.scroll_into_view_if_needed()
    assert video.is_visible()
    assert video.get_attribute("preload") == "metadata"
    assert video.get_attribute("controls") is not None

    # Metadata loads, then it plays (muted, as a test may), and the subtitles' cue is there.
    page.wait_for_function(
        "() => document.querySelector('video.story-video__player').readyState >= 1"
    )
    state = page.evaluate(
        """async () => {
            const video = document.querySelector("video.story-video__player");
            video.muted = true;
            await video.play();
            await new Promise((done) => setTimeout(done, 600));
            const track = video.textTracks[0];
            return {
                error: video.error && video.error.message,
                duration: video.duration,
                width: video.videoWidth,
                time: video.currentTime,
                kind: track.kind,
                language: track.language,
                cues: track.cues ? [...track.cues].map((cue) => cue.text) : null,
            };
        }"""
    )
    assert state["error"] is None
    assert state["duration"] == pytest.approx(2, abs=0.1)
    assert state["width"] == 32 and state["time"] > 0
    assert (state["kind"], state["language"]) == ("subtitles", "zh")
    assert state["cues"] == ["劳动最光荣"]

    # It fits the phone's width, and nothing came from another host.
    box = video.bounding_box()
    assert box["width"] <= 390 and box["width"] > 300
    assert requests_elsewhere == []


@pytest.mark.parametrize("device", ["phone"], indirect=True)
def test_the_story_list_and_a_story_have_no_serious_accessibility_violations(episode, visit):
    for path in ("/stories/", "/stories/?kind=song", episode.url):
        page = visit(path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
        violations = blocking_violations(page)
        assert not violations, f"{path}:\n" + describe(violations)
