"""The story feeds are valid RSS 2.0 and Atom: live stories, newest first, absolute links."""

import datetime
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import pytest
from wagtail.models import PageViewRestriction

from tests.stories.factories import EpisodeFactory, StoryPageFactory, upload_video

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def published(story_index):
    StoryPageFactory(parent=story_index, title="春天的报道", date=datetime.date(2025, 3, 1))
    EpisodeFactory(
        parent=story_index,
        title="《劳动者之歌》王芳",
        episode_number=9,
        air_date=datetime.date(2025, 5, 8),
    )
    StoryPageFactory(parent=story_index, title="未发布", live=False)
    private = StoryPageFactory(parent=story_index, title="私密报道")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)


def test_the_rss_feed_is_valid_rss_with_absolute_links(client, published):
    response = client.get("/stories/feed/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    rss = ET.fromstring(response.content)
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    channel = rss.find("channel")
    assert channel.findtext("title") == "劳模故事 · 劳模风采"
    assert channel.findtext("link") == "http://localhost/stories/"
    assert channel.findtext("language") == "zh-cn"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [
        "《劳动者之歌》王芳（第9期）",
        "春天的报道",
    ]
    for item in items:
        assert item.findtext("link").startswith("http://localhost/stories/story-")
        assert item.findtext("guid") == item.findtext("link")
        assert item.findtext("description")
    dates = [parsedate_to_datetime(item.findtext("pubDate")) for item in items]
    assert [d.date() for d in dates] == [datetime.date(2025, 5, 8), datetime.date(2025, 3, 1)]
    assert dates[0].utcoffset() == datetime.timedelta(hours=8)
    assert [item.findtext("category") for item in items] == ["《劳动者之歌》", "人物故事"]


def test_the_atom_feed_is_valid_atom_with_absolute_links(client, published):
    response = client.get("/stories/feed/atom/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}id") == "http://localhost/stories/"
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == (
        "http://localhost/stories/feed/atom/"
    )
    assert feed.findtext(f"{ATOM}updated")
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [
        "《劳动者之歌》王芳（第9期）",
        "春天的报道",
    ]
    for entry in entries:
        href = entry.find(f"{ATOM}link").get("href")
        assert href.startswith("http://localhost/stories/story-")
        assert entry.findtext(f"{ATOM}id") == href
        assert datetime.datetime.fromisoformat(entry.findtext(f"{ATOM}updated"))
        assert entry.findtext(f"{ATOM}author/{ATOM}name") == "平顶山市总工会"
    published_at = datetime.datetime.fromisoformat(entries[0].findtext(f"{ATOM}published"))
    assert published_at.date() == datetime.date(2025, 5, 8)


def test_the_feeds_follow_the_sites_address(client, published):
    from wagtail.models import Site

    Site.objects.filter(is_default_site=True).update(hostname="laomo.example.org", port=443)
    rss = ET.fromstring(client.get("/stories/feed/rss/").content)
    links = [item.findtext("link") for item in rss.iter("item")]
    assert links and all(link.startswith("https://laomo.example.org/stories/") for link in links)


def test_a_story_with_a_video_carries_it_as_an_enclosure_in_both_feeds(
    client, story_index, published
):
    video = upload_video()
    EpisodeFactory(parent=story_index, title="有视频的一期", video=video)

    rss = ET.fromstring(client.get("/stories/feed/rss/").content)
    enclosures = {item.findtext("title"): item.find("enclosure") for item in rss.iter("item")}
    with_video = next(e for title, e in enclosures.items() if title.startswith("有视频的一期"))
    assert with_video.get("url") == f"http://localhost{video.url}"
    assert with_video.get("type") == "video/mp4"
    assert int(with_video.get("length")) == video.file.size > 0
    assert [title for title, e in enclosures.items() if e is None] == [
        "《劳动者之歌》王芳（第9期）",
        "春天的报道",
    ]

    atom = ET.fromstring(client.get("/stories/feed/atom/").content)
    links = [link for link in atom.iter(f"{ATOM}link") if link.get("rel") == "enclosure"]
    assert [(link.get("href"), link.get("type")) for link in links] == [
        (f"http://localhost{video.url}", "video/mp4")
    ]
