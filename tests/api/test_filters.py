"""The honoree list's facets on /api/v2/pages/, and the 400s for values that make no sense."""

import pytest

from tests.api.conftest import HONOREES
from tests.enterprises.factories import EnterprisePageFactory
from tests.park.factories import SculpturePageFactory


@pytest.fixture
def titles(api):
    """The titles of the pages the API lists for some query parameters."""

    def get(**params):
        status, body = api("/api/v2/pages/", **{**HONOREES, "fields": "title", **params})
        assert status == 200, body
        return sorted(item["title"] for item in body["items"])

    return get


def test_type_alone_lists_honorees(titles, city):
    assert titles() == sorted(["王芳", "赵强", "李秀英", "陈磊", "安军"])


def test_by_honour_level(titles, city):
    # A level is the person's highest honour's: 王芳 (national, and 鹰城大工匠) and 陈磊
    # (provincial, and 鹰城大工匠) are not city-level people.
    assert titles(honour_level="national") == ["王芳"]
    assert titles(honour_level="provincial") == sorted(["赵强", "陈磊"])
    assert titles(honour_level="city") == ["李秀英"]
    assert titles(honour_level="enterprise") == []


def test_by_honour_title(titles, city):
    assert titles(honour_title=city["titles"]["provincial"].pk) == sorted(["赵强", "陈磊"])


def test_honour_facets_must_hold_on_one_honour(titles, city):
    craftsman = city["people"]["wang"].honours.get(year=2015).title
    # 王芳: 鹰城大工匠 2015, 全国劳动模范 2020 — no national honour in 2015.
    assert titles(honour_title=craftsman.pk, honour_year=2015) == sorted(["王芳", "陈磊"])
    assert titles(honour_level="national", honour_year=2015) == []
    assert titles(honour_level="national", honour_year=2020) == ["王芳"]
    # 陈磊's 2015 honours are provincial and city; his level is provincial.
    assert titles(honour_level="provincial", honour_year=2015) == ["陈磊"]
    assert titles(honour_level="city", honour_year=2015) == []


def test_by_county_id_or_name(titles, city):
    xinhua = city["counties"]["xinhua"]
    assert titles(county=xinhua.pk) == sorted(["王芳", "赵强"])
    assert titles(county="新华区") == sorted(["王芳", "赵强"])


def test_by_industry(titles, city):
    assert titles(industry=city["industries"]["power"].pk) == sorted(["赵强", "陈磊"])


def test_by_enterprise(titles, city):
    assert titles(enterprise=city["enterprises"]["mine"].pk) == sorted(["王芳", "李秀英"])


def test_facets_combine(titles, city):
    assert titles(county="新华区", honour_level="national") == ["王芳"]
    assert titles(county="汝州市", industry=city["industries"]["coal"].pk) == ["安军"]


def test_wagtails_own_tag_filter_still_works(titles, city):
    city["people"]["li"].tags.add("技术革新")
    city["people"]["li"].save()

    assert titles(tags="技术革新") == ["李秀英"]


def test_sculptures_by_year_of_entry(titles, city, park):
    SculpturePageFactory(parent=park, title="李秀英像", year_of_entry=2023)

    assert titles(type="park.SculpturePage", year_of_entry=2021) == ["王芳像"]
    assert titles(type="park.SculpturePage", year_of_entry=2023) == ["李秀英像"]


def test_enterprises_by_county(titles, city):
    assert titles(type="enterprises.EnterprisePage", county="卫东区") == ["姚孟发电"]


def test_without_a_type_a_facet_finds_every_kind_of_page_it_applies_to(titles, city):
    assert titles(type="", county="新华区") == sorted(["王芳", "赵强", "平顶山天安煤业"])
    assert titles(type="", year_of_entry=2021) == ["王芳像"]


def test_facets_work_with_search(titles, city):
    assert titles(search="王芳", county="新华区") == ["王芳"]
    assert titles(search="王芳", county="卫东区") == []


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"honour_level": "gold"}, "honour_level must be one of national, provincial, city"),
        ({"honour_level": ""}, "honour_level must be one of"),
        ({"honour_title": "abc"}, "honour_title must be a positive integer, got 'abc'"),
        ({"honour_title": "0"}, "honour_title must be a positive integer"),
        ({"honour_title": "99999"}, "honour_title 99999 doesn't exist"),
        ({"honour_year": "2020.5"}, "honour_year must be a positive integer"),
        ({"county": "不存在区"}, "county '不存在区' doesn't exist"),
        ({"county": "99999999999999999999999"}, "doesn't exist"),
        ({"industry": "-1"}, "industry '-1' doesn't exist"),
        ({"enterprise": "abc"}, "enterprise must be a positive integer"),
        ({"enterprise": "99999"}, "enterprise 99999 doesn't exist"),
        ({"year_of_entry": "二〇二一"}, "year_of_entry must be a positive integer"),
        ({"year_of_entry": "2021"}, "year_of_entry filters park.SculpturePage"),
        ({"type": "park.SculpturePage", "county": "新华区"}, "county filters"),
        ({"level": "national"}, "query parameter is not an operation or a recognised field"),
    ],
)
def test_bad_filter_values_are_a_400_with_a_message(api, city, params, message):
    status, body = api("/api/v2/pages/", **{**HONOREES, **params})

    assert status == 400
    assert message in body["message"]


def test_a_draft_enterprise_is_not_a_filter_value(api, city, enterprise_index):
    draft = EnterprisePageFactory(parent=enterprise_index, live=False)

    status, body = api("/api/v2/pages/", **HONOREES, enterprise=draft.pk)

    assert status == 400
    assert body["message"] == f"enterprise {draft.pk} doesn't exist"


@pytest.mark.parametrize("name", ["county", "search", "locale", "site", "html_path"])
def test_null_characters_are_a_400_on_every_database(api, city, name):
    path = "/api/v2/pages/find/" if name == "html_path" else "/api/v2/pages/"

    status, body = api(path, **{name: "新华\x00区"})

    assert status == 400
    assert body["message"] == f"{name} must not contain null characters"
