"""A story's video: an uploaded MP4 played by the browser's own <video>, with subtitles."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from tests.core.factories import ImageFactory
from tests.stories.factories import EpisodeFactory, upload_video
from tests.stories.mp4 import SUBTITLES


def upload_subtitles(name="episode-9.vtt", text=SUBTITLES):
    document = get_document_model()(title="第9期字幕")
    document.file = ContentFile(text.encode(), name=name)
    document.save()
    return document


@pytest.fixture
def episode_with_video(story_index):
    return EpisodeFactory(
        parent=story_index,
        video=upload_video(),
        video_poster=ImageFactory(file__width=1280, file__height=720),
        video_subtitles=upload_subtitles(),
        video_embed_url="https://v.example.com/watch/123",
    )


def video_html(client, page):
    html = client.get(page.url).content.decode()
    match = re.search(r"<video\b.*?</video>", html, re.S)
    assert match, "no <video> on the page"
    return html, match.group(0)


def test_an_uploaded_video_plays_in_the_browsers_own_player(client, episode_with_video):
    _html, video = video_html(client, episode_with_video)
    assert re.search(r'<video class="story-video__player" controls preload="metadata"', video)
    source = re.search(r'<source src="([^"]+)" type="video/mp4">', video).group(1)
    assert source.startswith("/media/") and source.endswith(".mp4")
    track = re.search(r"<track [^>]+>", video).group(0)
    assert 'kind="subtitles"' in track and 'srclang="zh"' in track
    assert re.search(r'src="/documents/\d+/episode-9\.vtt"', track)
    poster = re.search(r'poster="([^"]+)"', video).group(1)
    assert poster.startswith("/media/images/")


def test_a_page_with_an_uploaded_video_asks_no_other_host(client, episode_with_video):
    html, video = video_html(client, episode_with_video)
    # The fallback link is not used when there is a file; no <iframe>, nothing from elsewhere.
    assert "v.example.com" not in html
    assert "<iframe" not in html
    assert not re.search(r'(src|poster)="(https?:)?//', video)


def test_the_video_file_and_subtitles_are_served_from_the_site(client, episode_with_video):
    subtitles = client.get(episode_with_video.video_subtitles.url)
    assert subtitles.status_code == 200
    assert subtitles["Content-Type"].startswith("text/vtt")
    assert b"".join(subtitles.streaming_content).decode().startswith("WEBVTT")
    video = client.get(episode_with_video.video.url)
    assert video.status_code == 200
    assert b"".join(video.streaming_content)[4:8] == b"ftyp"


def test_without_a_file_the_embed_link_is_the_fallback(client, story_index):
    episode = EpisodeFactory(parent=story_index, video_embed_url="https://v.example.com/watch/1")
    html = client.get(episode.url).content.decode()
    assert "<video" not in html
    assert "https://v.example.com/watch/1" in html


def test_subtitles_must_be_webvtt(story_index):
    episode = EpisodeFactory(parent=story_index, video=upload_video())
    episode.video_subtitles = upload_subtitles(name="subtitles.txt")
    with pytest.raises(ValidationError) as error:
        episode.full_clean()
    assert "video_subtitles" in error.value.message_dict


def test_the_api_gives_the_video_with_absolute_addresses(client, episode_with_video):
    import json

    data = json.loads(client.get(f"/api/v2/pages/{episode_with_video.pk}/").content)
    video = data["video"]
    assert video["url"].startswith("http://") and video["url"].endswith(".mp4")
    assert video["subtitles"].startswith("http://") and video["subtitles"].endswith(".vtt")
    assert video["poster"]["url"].endswith(".webp")
    assert video["duration"] == 2
