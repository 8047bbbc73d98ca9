"""/stories/: filters by kind, year and person kept in the URL, series order, calm bad input."""

import datetime

import pytest
from django.test import override_settings
from wagtail.models import PageViewRestriction

from tests.honorees.factories import HonoreePageFactory
from tests.stories.factories import EpisodeFactory, StoryKindFactory, StoryPageFactory

URL = "/stories/"


def titles(response):
    assert response.status_code == 200
    return [story.title for story in response.context["listing"].page_obj]


@pytest.fixture
def stories(story_index, honoree_index, link):
    wang = HonoreePageFactory(parent=honoree_index, title="王芳")
    zhao = HonoreePageFactory(parent=honoree_index, title="赵强")
    news = StoryKindFactory(slug="news", name="工会新闻")
    made = {
        "feature": link(
            StoryPageFactory(
                parent=story_index, title="王芳的井下岁月", date=datetime.date(2024, 6, 1)
            ),
            wang,
        ),
        "news": link(
            StoryPageFactory(
                parent=story_index, title="劳模座谈会", kind=news, date=datetime.date(2025, 4, 20)
            ),
            wang,
            zhao,
        ),
        # Episodes: aired in another order than they were written up.
        "ep1": link(
            EpisodeFactory(
                parent=story_index,
                title="第1期",
                episode_number=1,
                date=datetime.date(2025, 6, 1),
                air_date=datetime.date(2025, 1, 8),
            ),
            zhao,
        ),
        "ep2": link(
            EpisodeFactory(
                parent=story_index,
                title="第2期",
                episode_number=2,
                date=datetime.date(2025, 1, 2),
                air_date=datetime.date(2025, 1, 22),
            ),
            wang,
        ),
        "ep3": link(
            EpisodeFactory(
                parent=story_index,
                title="第3期",
                episode_number=3,
                date=datetime.date(2025, 2, 1),
                air_date=datetime.date(2025, 2, 8),
            ),
            zhao,
        ),
    }
    return {"people": {"wang": wang, "zhao": zhao}, **made}


def test_the_list_shows_every_live_story_newest_first(client, stories):
    assert titles(client.get(URL)) == ["劳模座谈会", "第3期", "第2期", "第1期", "王芳的井下岁月"]


def test_a_series_lists_its_episodes_by_air_date_newest_first(client, stories):
    response = client.get(URL, {"kind": "song"})
    assert titles(response) == ["第3期", "第2期", "第1期"]
    html = response.content.decode()
    assert "<h1>《劳动者之歌》</h1>" in html
    assert "共 3 期，按播出日期排列" in html


def test_filters_by_year_and_person_combine_and_stay_in_the_url(client, stories):
    wang = stories["people"]["wang"]
    assert titles(client.get(URL, {"year": 2025, "honoree": wang.pk})) == ["劳模座谈会", "第2期"]
    response = client.get(URL, {"kind": "song", "honoree": wang.pk})
    assert titles(response) == ["第2期"]
    html = response.content.decode()
    # The form shows what was chosen, and each chip removes only its own filter.
    assert f'<option value="{wang.pk}" selected>王芳（1）</option>' in html
    assert f'href="?honoree={wang.pk}"' in html  # the kind's chip keeps the person
    assert 'href="?kind=song"' in html


def test_a_year_goes_by_the_air_date_of_an_episode(client, stories):
    # Episode 1 was written up in 2025 and aired in 2025; the feature is from 2024.
    assert titles(client.get(URL, {"year": 2024})) == ["王芳的井下岁月"]


def labels(response, facet):
    return [label for _value, label in response.context["listing"].form.fields[facet].choices]


def test_filter_options_hold_only_what_live_stories_have_with_their_counts(client, stories):
    response = client.get(URL)
    assert labels(response, "kind") == [
        "全部",
        "人物故事（1）",
        "工会新闻（1）",
        "《劳动者之歌》（3）",
    ]
    assert labels(response, "year") == ["全部", "2025年（4）", "2024年（1）"]
    assert labels(response, "honoree") == ["全部", "王芳（3）", "赵强（3）"]


def test_each_count_applies_the_other_filters_and_empty_options_are_not_offered(client, stories):
    response = client.get(URL, {"kind": "song"})
    assert labels(response, "year") == ["全部", "2025年（3）"]  # no episode in 2024
    assert labels(response, "honoree") == ["全部", "王芳（1）", "赵强（2）"]
    # The kinds are counted as if no kind were chosen, so another kind is one tap away.
    assert labels(response, "kind") == [
        "全部",
        "人物故事（1）",
        "工会新闻（1）",
        "《劳动者之歌》（3）",
    ]
    # A shared link that now lists nothing still shows what it asked for.
    response = client.get(URL, {"kind": "song", "year": 2024})
    assert titles(response) == []
    assert labels(response, "kind") == ["全部", "人物故事（1）", "《劳动者之歌》（0）"]
    assert labels(response, "year") == ["全部", "2025年（3）", "2024年（0）"]


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "gold"},
        {"kind": "<script>"},
        {"year": "abc"},
        {"year": "1900"},
        {"year": "99999999999999999999"},
        {"honoree": "xyz"},
        {"honoree": "999999"},
        {"page": "999"},
        {"page": "abc"},
        {"page": "-1"},
        {"kind": "song", "year": "abc", "honoree": "xyz", "page": "0"},
    ],
)
def test_bad_values_never_give_an_error_page(client, stories, params):
    response = client.get(URL, params)
    assert response.status_code == 200
    assert titles(response)  # the list still shows stories
    bad = {name for name, value in params.items() if name != "page" and value != "song"}
    notice = "部分筛选条件无法识别，已忽略。" in response.content.decode()
    assert notice == bool(bad)


def test_a_page_number_past_the_end_shows_the_last_page(client, stories):
    with override_settings(STORIES_PER_PAGE=2):
        response = client.get(URL, {"page": 999})
        assert response.context["listing"].page_obj.number == 3
        assert titles(response) == ["王芳的井下岁月"]
        html = response.content.decode()
        assert "第 3/3 页" in html
        assert 'href="?page=2"' in html


def test_pagination_keeps_the_filters(client, stories):
    with override_settings(STORIES_PER_PAGE=2):
        html = client.get(URL, {"kind": "song"}).content.decode()
    assert 'href="?kind=song&amp;page=2"' in html


def test_drafts_unpublished_and_private_stories_are_never_listed(client, story_index, stories):
    StoryPageFactory(parent=story_index, title="未发布的报道", live=False)
    private = StoryPageFactory(parent=story_index, title="仅限登录的报道")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    feature = stories["feature"]
    feature.title = "草稿里的新标题"
    feature.save_revision()
    html = client.get(URL).content.decode()
    for hidden in ("未发布的报道", "仅限登录的报道", "草稿里的新标题"):
        assert hidden not in html
    assert "王芳的井下岁月" in html


def test_an_empty_choice_says_so_calmly(client, stories, honoree_index):
    nobody = HonoreePageFactory(parent=honoree_index, title="刘无报道")
    response = client.get(URL, {"honoree": nobody.pk, "kind": "song"})
    assert response.status_code == 200
    assert "部分筛选条件无法识别，已忽略。" in response.content.decode()


def test_the_list_offers_its_feeds_for_autodiscovery(client, stories):
    html = client.get(URL).content.decode()
    assert (
        '<link rel="alternate" type="application/rss+xml" title="劳模故事（RSS）" '
        'href="http://localhost/stories/feed/rss/">' in html
    )
    assert (
        '<link rel="alternate" type="application/atom+xml" title="劳模故事（Atom）" '
        'href="http://localhost/stories/feed/atom/">' in html
    )
