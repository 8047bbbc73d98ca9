"""The public search page: each kind of query finds the right page, ranked first where it must."""

import pytest

from exhibits.search.query import RESULT_TYPES, SiteSearch

pytestmark = pytest.mark.django_db


def honorees(query, **facets):
    return [p.title for p in SiteSearch(query, **facets).ranked(RESULT_TYPES["honoree"])]


def titles(query, key):
    return [p.title for p in SiteSearch(query).ranked(RESULT_TYPES[key])]


def test_a_full_name_finds_that_person_first(city):
    # 王建国 only mentions 王芳 in his story: found, but after her.
    assert honorees("王芳") == ["王芳", "王建国"]


def test_a_three_character_name_is_found(city):
    assert honorees("王建国")[0] == "王建国"


@pytest.mark.parametrize(
    ("query", "expected"),
    [("芳", {"王芳", "李芳"}), ("王", {"王芳", "王建国"})],
)
def test_a_given_name_or_surname_alone_finds_the_people_who_have_it(city, query, expected):
    found = honorees(query)
    # Those with it in their name come before those with it only in their story.
    assert set(found[: len(expected)]) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [("技术革新", ["王芳", "张伟"]), ("安全生产", ["张伟"]), ("安全", ["李芳", "张伟"])],
)
def test_a_word_inside_a_story_or_summary_finds_the_pages_with_it(city, query, expected):
    assert sorted(honorees(query)) == sorted(expected)


@pytest.mark.parametrize("query", ["wangfang", "wang fang", "WangFang", "wf"])
def test_pinyin_and_initials_find_the_person(city, query):
    found = honorees(query)
    assert "王芳" in found
    if query != "wf":
        assert found[0] == "王芳"


@pytest.mark.parametrize(
    ("query", "enterprise", "people"),
    [
        ("平煤", "中国平煤神马集团", {"王芳"}),
        ("神马", "中国平煤神马集团", {"王芳", "张伟", "刘洋"}),
    ],
)
def test_an_employer_finds_its_enterprise_and_its_people(city, query, enterprise, people):
    assert enterprise in titles(query, "enterprise")
    assert set(honorees(query)) == people


def test_a_mixed_query_finds_pages_matching_both(city):
    assert honorees("王芳 平煤") == ["王芳"]
    assert honorees("王芳 帘子布") == []


@pytest.mark.parametrize(
    ("query", "first"),
    [("王芳　", "王芳"), ("ｗａｎｇｆａｎｇ", "王芳"), ("ＷＦ", "王芳"), ("劳動模範", "王建国")],
)
def test_full_width_and_traditional_characters(city, query, first):
    assert honorees(query)[0] == first


def test_traditional_characters_find_simplified_text(city):
    assert honorees("技術革新") == honorees("技术革新")


def test_sculptures_are_found_by_name(city):
    assert titles("王芳", "sculpture") == ["王芳塑像"]


def test_results_are_grouped_by_type_with_counts(city):
    counts = {rt.key: n for rt, n in SiteSearch("王芳").type_counts()}
    assert counts == {"honoree": 2, "sculpture": 1}


def test_level_and_county_facets_narrow_and_count(city):
    from exhibits.honorees.models import HonourLevel

    search = SiteSearch("技术革新")
    assert dict(search.level_counts()) == {HonourLevel.NATIONAL: 1, HonourLevel.CITY: 1}
    assert honorees("技术革新", level=HonourLevel.NATIONAL) == ["王芳"]
    weidong = city["counties"]["weidong"]
    assert {c.name: n for c, n in search.county_counts()} == {"新华区": 1, "卫东区": 1}
    assert honorees("技术革新", county=weidong.pk) == ["张伟"]
    # A facet that only people have leaves no sculptures.
    assert titles("王芳", "sculpture") == ["王芳塑像"]
    assert (
        SiteSearch("王芳", level=HonourLevel.NATIONAL).matches(RESULT_TYPES["sculpture"]).count()
        == 0
    )


def test_drafts_private_and_unpublished_pages_are_never_found(city, hidden):
    assert honorees("赵秘密") == []
    assert honorees("孙私密") == []
    assert honorees("草稿") == []  # only in the draft revision
    assert honorees("周公开") == ["周公开"]


def test_within_a_rank_people_go_by_highest_honour_then_pinyin(honoree_index):
    from exhibits.honorees.models import HonourLevel
    from tests.honorees.factories import HonoreePageFactory, HonourFactory, HonourTitleFactory
    from tests.search.conftest import story

    national = HonourTitleFactory(name="全国劳动模范", level=HonourLevel.NATIONAL)
    province = HonourTitleFactory(name="河南省劳动模范", level=HonourLevel.PROVINCIAL)
    city_title = HonourTitleFactory(name="平顶山市劳动模范", level=HonourLevel.CITY)

    def person(name, *titles):
        page = HonoreePageFactory(
            parent=honoree_index, title=name, summary="扎根一线。", story=story("带头技术革新。")
        )
        for year, title in enumerate(titles, start=2015):
            HonourFactory(page=page, title=title, year=year)

    person("赵强")  # no honour: last
    person("安平", city_title)
    person("白雪", city_title, national)  # her best is national, though the city came first
    person("常青", province)
    person("曹阳", province)  # cao before chang
    # All five hold the words in their story only: one rank, so honour and pinyin decide.
    assert honorees("技术革新") == ["白雪", "曹阳", "常青", "安平", "赵强"]
    # A level lists people by their highest honour: 白雪 is national, not also city.
    assert dict(SiteSearch("技术革新").level_counts()) == {
        HonourLevel.NATIONAL: 1,
        HonourLevel.PROVINCIAL: 2,
        HonourLevel.CITY: 1,
    }
    assert honorees("技术革新", level=HonourLevel.CITY) == ["安平"]


def test_within_a_rank_sculptures_go_newest_first(park):
    from tests.park.factories import SculpturePageFactory

    for title, year in [("老矿工像", 2019), ("女工像", 2023), ("班长像", 2021)]:
        SculpturePageFactory(
            parent=park, title=title, inscription="技术革新带头人。", year_of_entry=year
        )
    assert titles("技术革新", "sculpture") == ["女工像", "班长像", "老矿工像"]


def test_county_facets_keep_the_official_order_of_the_admin(honoree_index):
    from tests.core.factories import CountyFactory
    from tests.honorees.factories import HonoreePageFactory

    # The admin's order (County.sort_order); by code point it would be 卫东区 (536B), 叶县
    # (53F6), 新华区 (65B0), and by pinyin 卫东区, 新华区, 叶县.
    official = [("新华区", 1), ("叶县", 2), ("卫东区", 3)]
    for name, order in reversed(official):
        county = CountyFactory(name=name, sort_order=order)
        HonoreePageFactory(
            parent=honoree_index, title=f"刘{name[0]}", summary="技术革新", county=county
        )

    counties = [county.name for county, _n in SiteSearch("技术革新").county_counts()]

    assert counties == ["新华区", "叶县", "卫东区"]


def test_enterprises_found_go_in_pinyin_order(enterprise_index):
    from tests.enterprises.factories import EnterprisePageFactory

    for name in ["中原技术革新公司", "安阳技术革新公司", "白龟山技术革新公司"]:
        EnterprisePageFactory(parent=enterprise_index, title=name)

    assert titles("技术革新", "enterprise") == [
        "安阳技术革新公司",
        "白龟山技术革新公司",
        "中原技术革新公司",
    ]
