"""Stories go out through every channel: site search, the admin's search, the API, the sitemap."""

import datetime
import json
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from tests.honorees.factories import HonoreePageFactory
from tests.stories.factories import EpisodeFactory, StoryPageFactory, body

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def news(story_index, honoree_index, link):
    wang = HonoreePageFactory(parent=honoree_index, title="王芳")
    live = link(
        StoryPageFactory(
            parent=story_index,
            title="井下的春天",
            summary="采煤队长的一天。",
            body=body("她带领班组攻克了综采工作面的顶板难题。"),
            date=datetime.date(2025, 4, 2),
        ),
        wang,
    )
    episode = link(EpisodeFactory(parent=story_index, title="《劳动者之歌》第五期"), wang)
    unpublished = StoryPageFactory(
        parent=story_index, title="未发布的顶板报道", body=body("顶板难题"), live=False
    )
    private = StoryPageFactory(parent=story_index, title="私密的顶板报道", body=body("顶板难题"))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return {
        "wang": wang,
        "live": live,
        "episode": episode,
        "unpublished": unpublished,
        "private": private,
    }


# --- site search ---


def test_site_search_finds_a_story_by_a_phrase_from_its_body(client, news):
    response = client.get("/search/", {"q": "综采工作面"})
    groups = {rt.key: results for rt, _count, results in response.context["groups"]}
    assert [r["page"].title for r in groups["story"]] == ["井下的春天"]
    html = response.content.decode()
    assert "报道" in html and "2025年4月2日" in html
    assert "<mark>综采工作面</mark>" in html or "<mark>综采</mark>" in html


def test_site_search_lists_stories_as_their_own_type_newest_first(client, news):
    response = client.get("/search/", {"q": "王芳", "type": "story"})
    assert [r["page"].title for r in response.context["results"]] == [
        "《劳动者之歌》第五期",  # aired 2025-05-08
        "井下的春天",
    ]


def test_site_search_never_finds_unpublished_or_private_stories(client, news):
    response = client.get("/search/", {"q": "顶板难题", "type": "story"})
    assert [r["page"].title for r in response.context["results"]] == ["井下的春天"]


def test_the_search_box_suggests_story_titles(client, news):
    response = client.get("/search/suggest/", {"q": "井下的"})
    suggestions = json.loads(response.content)["suggestions"]
    assert [s["title"] for s in suggestions] == ["井下的春天"]
    assert suggestions[0]["type"] == "报道"


# --- the admin ---


def test_the_admin_page_search_finds_stories_and_their_drafts(admin_client, news):
    response = admin_client.get("/admin/pages/search/", {"q": "顶板"})
    html = response.content.decode()
    assert "井下的春天" in html and "未发布的顶板报道" in html


def test_the_admin_lists_story_kinds_to_edit(admin_client, db):
    response = admin_client.get("/admin/snippets/stories/storykind/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "《劳动者之歌》" in html and "工会新闻" in html


# --- the read API ---


def test_the_api_lists_live_public_stories_with_their_fields(client, news):
    response = client.get(
        "/api/v2/pages/", {"type": "stories.StoryPage", "fields": "*", "order": "-date"}
    )
    data = json.loads(response.content)
    assert data["meta"]["total_count"] == 2
    titles = [item["title"] for item in data["items"]]
    assert set(titles) == {"井下的春天", "《劳动者之歌》第五期"}
    episode = next(item for item in data["items"] if item["episode_number"])
    assert episode["kind"] == {
        "id": episode["kind"]["id"],
        "name": "《劳动者之歌》",
        "slug": "song",
        "is_series": True,
    }
    assert episode["air_date"] == "2025-05-08"
    assert [h["title"] for h in episode["honorees"]] == ["王芳"]
    assert episode["hero_image"]["url"].endswith(".webp")
    assert episode["video"] is None
    assert "body" not in episode  # long text comes with one page only


def api_titles(client, **params):
    response = client.get("/api/v2/pages/", {"type": "stories.StoryPage", **params})
    assert response.status_code == 200, response.content
    return sorted(item["title"] for item in json.loads(response.content)["items"])


def test_the_api_filters_stories_as_the_story_list_does(client, news, story_index, link):
    zhao = HonoreePageFactory(parent=news["wang"].get_parent(), title="赵强")
    link(StoryPageFactory(parent=story_index, title="老矿工", date=datetime.date(2024, 3, 1)), zhao)
    song = news["episode"].kind
    assert api_titles(client, kind="song") == ["《劳动者之歌》第五期"]
    assert api_titles(client, kind=str(song.pk)) == ["《劳动者之歌》第五期"]
    assert api_titles(client, year=2024) == ["老矿工"]
    assert api_titles(client, year=2025) == ["《劳动者之歌》第五期", "井下的春天"]
    assert api_titles(client, honoree=news["wang"].pk) == ["《劳动者之歌》第五期", "井下的春天"]
    assert api_titles(client, honoree=zhao.pk, year=2024) == ["老矿工"]
    assert api_titles(client, honoree=zhao.pk, kind="song") == []


@pytest.mark.parametrize(
    "params, message",
    [
        ({"kind": "gold"}, "kind 'gold' doesn't exist"),
        ({"year": "abc"}, "year must be a positive integer, got 'abc'"),
        ({"honoree": "999999"}, "honoree 999999 doesn't exist"),
        ({"type": "honorees.HonoreePage", "kind": "song"}, "kind filters stories.StoryPage"),
    ],
)
def test_the_api_answers_a_bad_story_filter_with_a_400(client, news, params, message):
    response = client.get("/api/v2/pages/", {"type": "stories.StoryPage", **params})
    assert response.status_code == 400
    assert message in json.loads(response.content)["message"]


def test_the_api_gives_a_storys_body_with_one_page_and_hides_the_rest(client, news):
    data = json.loads(client.get(f"/api/v2/pages/{news['live'].pk}/").content)
    assert data["body"][0]["value"] == "<p>她带领班组攻克了综采工作面的顶板难题。</p>"
    assert data["summary"] == "采煤队长的一天。"
    for hidden in ("unpublished", "private"):
        assert client.get(f"/api/v2/pages/{news[hidden].pk}/").status_code == 404


# --- the sitemap ---


def test_the_sitemap_lists_live_public_stories_only(client, news):
    response = client.get("/sitemap.xml")
    locations = {loc.text for loc in ET.fromstring(response.content).iter(f"{SITEMAP}loc")}
    assert news["live"].full_url in locations
    assert news["episode"].full_url in locations
    assert "http://localhost/stories/" in locations
    assert news["unpublished"].full_url not in locations
    assert news["private"].full_url not in locations
