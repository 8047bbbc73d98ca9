"""/honorees/: filters in the URL, pinyin sorting, pagination, calm handling of bad input."""

import re

import pytest
from django.test import override_settings
from django.utils.html import strip_tags

from exhibits.honorees.models import HonourLevel
from tests.core.factories import CountyFactory, IndustryFactory
from tests.enterprises.factories import EnterprisePageFactory
from tests.honorees.factories import HonoreePageFactory, HonourFactory, HonourTitleFactory

URL = "/honorees/"


def names(response):
    return [page.title for page in response.context["listing"].page_obj]


@pytest.fixture
def people(honoree_index, enterprise_index):
    """Five people spread over titles, levels, years, counties, industries and enterprises."""
    national = HonourTitleFactory(name="全国劳动模范", level=HonourLevel.NATIONAL)
    provincial = HonourTitleFactory(name="河南省五一劳动奖章", level=HonourLevel.PROVINCIAL)
    city = HonourTitleFactory(name="平顶山市劳动模范", level=HonourLevel.CITY)
    craftsman = HonourTitleFactory(name="鹰城大工匠", level=HonourLevel.CITY)
    ye, lushan = CountyFactory(name="叶县"), CountyFactory(name="鲁山县")
    coal, health = IndustryFactory(name="煤炭"), IndustryFactory(name="医疗卫生")
    pingmei = EnterprisePageFactory(parent=enterprise_index, title="平顶山天安煤业")
    shenma = EnterprisePageFactory(parent=enterprise_index, title="神马实业")

    def person(name, county, industry, enterprise, *honours):
        page = HonoreePageFactory(
            parent=honoree_index,
            title=name,
            county=county,
            industry=industry,
            employer_enterprise=enterprise,
        )
        for title, year in honours:
            HonourFactory(page=page, title=title, year=year)
        return page

    return {
        "titles": {"national": national, "provincial": provincial, "city": city},
        "counties": {"ye": ye, "lushan": lushan},
        "industries": {"coal": coal},
        "enterprises": {"pingmei": pingmei, "shenma": shenma},
        "张伟": person("张伟", ye, coal, pingmei, (city, 2010), (national, 2020)),
        "安娜": person("安娜", lushan, health, None, (city, 2015)),
        "曾强": person("曾强", ye, coal, shenma, (provincial, 2018)),
        "白雪": person("白雪", lushan, coal, pingmei, (craftsman, 2022)),
        "王芳": person("王芳", ye, health, None),
    }


def test_default_order_is_surname_pinyin_not_code_point(client, people):
    response = client.get(URL)
    assert response.status_code == 200
    assert names(response) == ["安娜", "白雪", "王芳", "曾强", "张伟"]


def test_sort_by_highest_level_puts_national_first(client, people):
    response = client.get(URL, {"sort": "level"})
    assert names(response) == ["张伟", "曾强", "安娜", "白雪", "王芳"]


def test_sort_by_newest_honour(client, people):
    response = client.get(URL, {"sort": "recent"})
    assert names(response) == ["白雪", "张伟", "曾强", "安娜", "王芳"]


def test_filter_by_honour_title(client, people):
    response = client.get(URL, {"title": people["titles"]["city"].pk})
    assert names(response) == ["安娜", "张伟"]


def test_filter_by_level(client, people):
    response = client.get(URL, {"level": "national"})
    assert names(response) == ["张伟"]


def test_filter_by_county_industry_and_enterprise(client, people):
    assert names(client.get(URL, {"county": people["counties"]["lushan"].pk})) == ["安娜", "白雪"]
    assert names(client.get(URL, {"industry": people["industries"]["coal"].pk})) == [
        "白雪",
        "曾强",
        "张伟",
    ]
    shenma = people["enterprises"]["shenma"]
    assert names(client.get(URL, {"enterprise": shenma.pk})) == ["曾强"]


def test_filter_by_year(client, people):
    assert names(client.get(URL, {"year": 2020})) == ["张伟"]


def test_title_and_year_must_match_the_same_honour(client, people):
    city = people["titles"]["city"]
    # 张伟 became a city model worker in 2010, not 2020 (his 2020 honour is national).
    assert names(client.get(URL, {"title": city.pk, "year": 2020})) == []
    assert names(client.get(URL, {"title": city.pk, "year": 2010})) == ["张伟"]


def test_filters_combine(client, people):
    response = client.get(
        URL,
        {
            "county": people["counties"]["ye"].pk,
            "industry": people["industries"]["coal"].pk,
            "sort": "level",
        },
    )
    assert names(response) == ["张伟", "曾强"]


def test_a_filtered_view_is_a_shareable_url_with_removable_chips(client, people):
    ye = people["counties"]["ye"]
    response = client.get(f"{URL}?county={ye.pk}&level=national")
    html = response.content.decode()
    assert names(response) == ["张伟"]
    # The form shows the choices made (with what they list), and each applied filter can
    # be removed on its own.
    assert f'<option value="{ye.pk}" selected>叶县（1）</option>' in html
    assert f'href="?county={ye.pk}"' in html  # removing "level" keeps the county
    assert "荣誉级别：国家级" in html


@pytest.mark.parametrize(
    "query",
    [
        "county=abc",
        "county=999999",
        "level=galactic",
        "title=1%27%20OR%201=1",
        "year=-5",
        "year=99999999999999999999",
        "sort=drop table",
        "page=abc",
        "page=99999",
        "enterprise=%00",
        "industry=1&industry=2",
    ],
)
def test_bad_filter_values_never_cause_an_error_page(client, people, query):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200


def test_unknown_values_are_ignored_and_said_so(client, people):
    response = client.get(URL, {"county": "999999", "level": "national"})
    assert names(response) == ["张伟"]
    assert "部分筛选条件无法识别，已忽略" in response.content.decode()


def test_no_results_is_said_plainly(client, people):
    response = client.get(URL, {"level": "county"})
    assert response.status_code == 200
    assert "没有找到符合条件的先进人物" in response.content.decode()


@override_settings(HONOREES_PER_PAGE=2)
def test_pagination_keeps_the_filters(client, people):
    coal = people["industries"]["coal"]
    first = client.get(URL, {"industry": coal.pk})
    assert names(first) == ["白雪", "曾强"]
    html = first.content.decode()
    assert f"?industry={coal.pk}&amp;page=2" in html
    second = client.get(URL, {"industry": coal.pk, "page": 2})
    assert names(second) == ["张伟"]


def test_drafts_and_private_pages_are_not_listed(client, people):
    people["安娜"].unpublish()
    assert "安娜" not in names(client.get(URL))


# --- what a level means, and the honour a card shows ---------------------------------


def test_a_level_lists_people_by_their_highest_honour(client, people):
    # 张伟 is a city model worker (2010) and a national one (2020): he is 国家级 only.
    assert names(client.get(URL, {"level": "city"})) == ["安娜", "白雪"]
    assert names(client.get(URL, {"level": "national"})) == ["张伟"]


def test_a_level_and_a_year_mean_an_honour_of_that_level_in_that_year(client, people):
    assert names(client.get(URL, {"level": "national", "year": 2020})) == ["张伟"]
    # His 2010 honour is city-level, and he is not a city-level person.
    assert names(client.get(URL, {"level": "national", "year": 2010})) == []
    assert names(client.get(URL, {"level": "city", "year": 2010})) == []


def card_honours(response):
    """{name: the honour line of the person's card}, read off the page."""
    shown = {}
    for card in response.content.decode().split('<article class="card honoree-card">')[1:]:
        name = re.search(r'<h3 class="card__title">(.*?)</h3>', card).group(1)
        line = re.search(r'<p class="card__honour">(.*?)</p>', card, re.S)
        shown[name] = " ".join(strip_tags(line.group(1)).split()) if line else None
    return shown


def test_sorted_by_newest_honour_each_card_shows_that_honour_with_its_year(
    client, people, honoree_index
):
    ma = HonoreePageFactory(parent=honoree_index, title="马林")
    HonourFactory(page=ma, title=people["titles"]["national"], year=2012)
    HonourFactory(page=ma, title=people["titles"]["city"], year=2023)

    shown = card_honours(client.get(URL, {"sort": "recent"}))
    assert shown["马林"] == "市级 平顶山市劳动模范 2023年"  # the newest, not the best
    assert shown["张伟"] == "国家级 全国劳动模范 2020年"
    assert shown["白雪"] == "市级 鹰城大工匠 2022年"
    # Sorted otherwise, a card shows the person's best honour, with its year too.
    assert card_honours(client.get(URL))["马林"] == "国家级 全国劳动模范 2012年"


def test_under_a_level_newest_means_the_newest_honour_at_that_level(client, people, honoree_index):
    provincial = people["titles"]["provincial"]
    later = HonoreePageFactory(parent=honoree_index, title="马林")
    HonourFactory(page=later, title=provincial, year=2012)
    HonourFactory(page=later, title=people["titles"]["city"], year=2023)  # newer, lower

    response = client.get(URL, {"level": "provincial", "sort": "recent"})

    assert names(response) == ["曾强", "马林"]  # 2018 before 2012: the 2023 honour is city
    assert card_honours(response) == {
        "曾强": "省级 河南省五一劳动奖章 2018年",
        "马林": "省级 河南省五一劳动奖章 2012年",
    }


def test_a_chosen_title_is_the_honour_the_card_shows(client, people):
    response = client.get(URL, {"title": people["titles"]["city"].pk})
    assert card_honours(response)["张伟"] == "市级 平顶山市劳动模范 2010年"


def test_the_page_says_what_a_level_means(client, people):
    assert "按本人所获最高荣誉归类" in client.get(URL).content.decode()


# --- the options of the filters ------------------------------------------------------


def options(response, name):
    """The options of one filter select, as the reader sees them."""
    return [label for _value, label in response.context["listing"].form.fields[name].choices]


def test_each_option_shows_how_many_it_lists_and_empty_ones_are_not_offered(client, people):
    response = client.get(URL)
    # Nobody's highest honour is county- or enterprise-level: those levels are not offered.
    assert options(response, "level") == ["全部", "国家级（1）", "省级（1）", "市级（2）"]
    assert options(response, "year") == [
        "全部",
        "2022年（1）",
        "2020年（1）",
        "2018年（1）",
        "2015年（1）",
        "2010年（1）",
    ]


def test_counts_follow_the_other_choices_but_not_their_own(client, people):
    ye = people["counties"]["ye"]
    # The county chosen leaves the other county offered, with what it would list.
    response = client.get(URL, {"county": ye.pk})
    assert options(response, "county") == ["全部", "叶县（3）", "鲁山县（2）"]

    response = client.get(URL, {"county": ye.pk, "level": "national"})
    # In 叶县: 张伟 (national), 曾强 (provincial); the level's own choice is left out.
    assert options(response, "level") == ["全部", "国家级（1）", "省级（1）"]
    # Among national people: 张伟 in 叶县, nobody in 鲁山县.
    assert options(response, "county") == ["全部", "叶县（1）"]
    # A title a national person holds, at the national level (his city title is not one).
    assert options(response, "title") == ["全部", "全国劳动模范（1）"]


def test_a_chosen_option_stays_offered_when_it_lists_nobody(client, people):
    lushan = people["counties"]["lushan"]
    response = client.get(URL, {"county": lushan.pk, "level": "national"})
    assert names(response) == []
    assert "国家级（0）" in options(response, "level")


def test_the_enterprise_dropdown_is_in_pinyin_order(client, honoree_index, enterprise_index):
    # Code point order would be 中原… (4E2D), 安阳… (5B89), 白龟山… (767D).
    for name in ["中原电力", "安阳钢铁", "白龟山水库"]:
        enterprise = EnterprisePageFactory(parent=enterprise_index, title=name)
        HonoreePageFactory(parent=honoree_index, employer_enterprise=enterprise)
    EnterprisePageFactory(parent=enterprise_index, title="阿里工坊")  # nobody works there

    response = client.get(URL)

    assert options(response, "enterprise") == [
        "全部",
        "安阳钢铁（1）",
        "白龟山水库（1）",
        "中原电力（1）",
    ]
