"""Cutting Chinese text into search terms: the same cut for the index and the query."""

import pytest

from exhibits.search.text import index_terms, normalize, query_terms


def matches(query, text, names=False):
    stored = set(index_terms(text, names=names))
    terms = query_terms(query)
    return bool(terms) and all(term in stored for term in terms)


@pytest.mark.parametrize(
    ("query", "text", "names"),
    [
        ("王芳", "劳动模范王芳同志", False),  # a name inside a run of characters
        ("芳", "王芳", True),  # a given name alone
        ("王", "王芳", True),  # a surname alone
        ("技术革新", "她带领班组开展技术革新十余项", False),
        ("wangfang", "王芳", True),
        ("wang fang", "王芳", True),
        ("wf", "王芳", True),
        ("shanxiong", "单雄", True),  # 单 read as the surname shan
        ("平煤", "平顶山平煤神马集团", False),
        ("劳動", "劳动模范", False),  # traditional → simplified
        ("ＷＡＮＧ　ＦＡＮＧ", "王芳", True),  # full-width letters and space
        ("王芳 平煤", "王芳 平煤神马集团", True),
    ],
)
def test_queries_people_type_find_the_text(query, text, names):
    assert matches(query, text, names)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("王芳", "王小芳"),  # no bigram 王芳
        ("技术革新", "技术与革新"),
        ("wangfang", "王芳"),  # no pinyin outside names
    ],
)
def test_near_misses_do_not_match(query, text):
    assert not matches(query, text)


@pytest.mark.parametrize(
    "query", ["", "   ", "！？。，", "'; DROP TABLE x; --", ".*+?[(", "🙂🙂", "<b>", "王" * 5000]
)
def test_bad_input_gives_bounded_harmless_terms(query):
    terms = query_terms(query)
    assert all(term.isalnum() for term in terms)
    assert len(terms) <= 100


def test_normalize_folds_width_case_and_script():
    assert normalize("Ｗａｎｇ 劳動模範") == "wang 劳动模范"


def test_a_name_inside_a_longer_title_is_found_by_its_pinyin():
    assert matches("wangfang", "王芳肖像", names=True)
    assert matches("wf", "王芳在车间", names=True)
    assert matches("zhangjianguo", "记张建国师傅", names=True)
