"""The search page and the suggestions as a visitor meets them, including what people mistype."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def page(client, **params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    return response.content.decode()


def test_results_are_grouped_by_type_with_counts_and_marked(client, city):
    html = page(client, q="王芳")
    assert "找到 <strong>3</strong> 条" in html
    assert 'id="group-honoree"' in html and 'id="group-sculpture"' in html
    assert "<mark>王芳</mark>" in html
    # Her story holds no 王芳, his does: the excerpt shows where.
    assert "要向劳动模范<mark>王芳</mark>同志学习" in html


def test_a_type_facet_lists_one_type_paginated(client, city):
    html = page(client, q="王芳", type="sculpture")
    assert "<mark>王芳</mark>塑像" in html and "王建国" not in html
    assert 'aria-current="true">雕塑 1' in html


def test_story_words_are_marked_in_the_excerpt(client, city):
    html = page(client, q="技術革新")  # traditional, marked in simplified text
    assert "<mark>技术革新</mark>" in html


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "！？。，、",
        "王" * 1000,
        "' OR 1=1; DROP TABLE wagtailcore_page; --",
        '"王芳',
        ".*[(\\",
        "王芳 AND NOT NEAR(x) *",
        "😀👍",
        "<script>alert('x')</script>",
        "王\x00芳",
    ],
)
def test_bad_input_gets_a_calm_answer(client, city, query):
    html = page(client, q=query)
    assert "<script>alert" not in html
    assert "搜索" in html


def test_html_in_the_query_is_shown_as_text_not_run(client, city):
    html = page(client, q="<b>王芳</b>")
    assert "<b>王芳</b>" not in html
    assert "<mark>王芳</mark>" in html


def test_a_long_query_is_cut_with_a_notice(client, city):
    html = page(client, q="王芳" + "啊" * 500)
    assert "搜索词太长" in html


def test_an_empty_query_explains_what_to_type(client, city):
    html = page(client, q="")
    assert "wangfang" in html and "找到" not in html


def test_no_results_suggests_what_to_try(client, city):
    html = page(client, q="不存在的词语")
    assert "没有找到" in html and "拼音" in html


def test_unknown_facets_are_ignored_with_a_notice(client, city):
    html = page(client, q="王芳", type="robots", level="royal", county="abc")
    assert "已忽略" in html and "<mark>王芳</mark>塑像" in html


def test_the_page_query_count_does_not_grow_with_results(client, city, honoree_index):
    from tests.honorees.factories import HonoreePageFactory

    def count():
        client.get("/search/", {"q": "王"})  # renditions and site root cached
        with CaptureQueriesContext(connection) as captured:
            client.get("/search/", {"q": "王", "type": "honoree"})
        return len(captured)

    few = count()
    for n in range(6):
        HonoreePageFactory(parent=honoree_index, title=f"王{'一二三四五六'[n]}", summary="")
    assert count() == few


def suggestions(client, query):
    response = client.get("/search/suggest/", {"q": query})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()


def test_suggestions_give_names_and_titles_starting_with_the_query_first(client, city):
    data = suggestions(client, "王")
    titles = [s["title"] for s in data["suggestions"]]
    assert titles[:2] == ["王芳", "王建国"]
    assert "王芳塑像" in titles
    first = data["suggestions"][0]
    assert first["type"] == "先进人物" and first["url"].endswith("/")


@pytest.mark.parametrize("query", ["wangf", "wang f", "王芳", "wf"])
def test_suggestions_complete_pinyin_and_names(client, city, query):
    titles = [s["title"] for s in suggestions(client, query)["suggestions"]]
    assert titles[0] == "王芳"


@pytest.mark.parametrize("query", ["", "！！", "😀", "<b>", "x" * 1000])
def test_suggestions_for_nothing_are_an_empty_list(client, city, query):
    assert suggestions(client, query)["suggestions"] == []


def test_suggestions_leave_out_hidden_pages(client, city, hidden):
    for query in ("赵秘", "孙私", "zhaomi"):
        assert suggestions(client, query)["suggestions"] == []
