"""Pinyin of names: the key the honoree list sorts by."""

import pytest

from exhibits.core.pinyin import name_initial, name_pinyin


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("王芳", "wang fang"),
        ("李秀英", "li xiu ying"),
        ("单雄", "shan xiong"),  # not "dan"
        ("曾强", "zeng qiang"),  # not "ceng"
        ("解放", "xie fang"),  # not "jie"
        ("欧阳明", "ou yang ming"),
        ("尉迟敬", "yu chi jing"),
    ],
)
def test_names_are_read_with_their_surname_reading(name, expected):
    assert name_pinyin(name) == expected


def test_sorting_by_pinyin_differs_from_code_point_order():
    names = ["张伟", "安娜", "王芳", "白雪", "曾强"]
    by_pinyin = sorted(names, key=name_pinyin)
    assert by_pinyin == ["安娜", "白雪", "王芳", "曾强", "张伟"]
    assert sorted(names) != by_pinyin


def test_initial_letter_for_strips_and_headings():
    assert name_initial("王芳") == "W"
    assert name_initial("曾强") == "Z"
    assert name_initial("") == "#"
