"""Enterprise pages: the list of enterprises and each enterprise's stars."""

import pytest

from tests.enterprises.factories import EnterprisePageFactory
from tests.honorees.factories import HonoreePageFactory


@pytest.fixture
def pingmei(enterprise_index):
    return EnterprisePageFactory(parent=enterprise_index, title="平顶山天安煤业股份有限公司")


def test_enterprise_page_shows_its_own_stars_and_union_profiles_of_its_people(
    client, pingmei, honoree_index
):
    own_star = HonoreePageFactory(parent=pingmei, title="李强")
    union_profile = HonoreePageFactory(
        parent=honoree_index, title="王芳", employer_enterprise=pingmei
    )
    elsewhere = HonoreePageFactory(parent=honoree_index, title="赵六", employer_name="某学校")

    response = client.get(pingmei.url)
    stars = [p.pk for p in response.context["stars"]]
    assert sorted(stars) == sorted([own_star.pk, union_profile.pk])
    assert elsewhere.pk not in stars
    assert "平顶山天安煤业股份有限公司" in response.content.decode()


def test_a_person_is_listed_once_even_when_linked_twice(client, pingmei):
    star = HonoreePageFactory(parent=pingmei, employer_enterprise=pingmei)
    assert [p.pk for p in client.get(pingmei.url).context["stars"]] == [star.pk]


def test_enterprise_list_counts_live_stars(client, pingmei, enterprise_index, honoree_index):
    HonoreePageFactory(parent=pingmei)
    HonoreePageFactory(parent=honoree_index, employer_enterprise=pingmei)
    HonoreePageFactory(parent=pingmei).unpublish()
    empty = EnterprisePageFactory(parent=enterprise_index, title="安阳某公司")

    response = client.get(enterprise_index.url)
    counts = {e.pk: e.star_count for e in response.context["enterprises"]}
    assert counts == {pingmei.pk: 2, empty.pk: 0}
    assert "先进人物 2 位" in response.content.decode()


def test_unpublished_enterprise_is_not_shown(client, pingmei, enterprise_index):
    pingmei.unpublish()
    assert client.get(pingmei.url).status_code == 404
    assert pingmei.title not in client.get(enterprise_index.url).content.decode()


def test_enterprise_list_filters_by_county_and_industry(client, enterprise_index):
    from tests.core.factories import CountyFactory, IndustryFactory

    ye, coal = CountyFactory(name="叶县"), IndustryFactory(name="煤炭开采")
    mine = EnterprisePageFactory(
        parent=enterprise_index, title="叶县煤矿", county=ye, industry=coal
    )
    other = EnterprisePageFactory(parent=enterprise_index, title="卫东机械厂")

    def shown(params):
        response = client.get(enterprise_index.url, params)
        assert response.status_code == 200
        return {e.pk for e in response.context["enterprises"]}

    assert shown({"county": ye.pk}) == {mine.pk}
    assert shown({"county": ye.pk, "industry": coal.pk}) == {mine.pk}
    assert shown({}) == {mine.pk, other.pk}
    assert shown({"county": "abc", "industry": "999999"}) == {mine.pk, other.pk}


def test_stars_follow_the_order_editors_chose(client, pingmei, honoree_index):
    from exhibits.enterprises.models import EnterpriseStar

    an = HonoreePageFactory(parent=pingmei, title="安娜")
    zhang = HonoreePageFactory(parent=pingmei, title="张伟")
    wang = HonoreePageFactory(parent=honoree_index, title="王芳", employer_enterprise=pingmei)
    EnterpriseStar.objects.create(enterprise=pingmei, honoree=zhang, sort_order=0)
    EnterpriseStar.objects.create(enterprise=pingmei, honoree=wang, sort_order=1)

    stars = client.get(pingmei.url).context["stars"]
    assert [p.pk for p in stars] == [zhang.pk, wang.pk, an.pk]  # unlisted ones come last


def test_enterprise_page_counts_honours_by_level_and_says_when_it_changed(client, pingmei):
    from exhibits.honorees.models import HonourLevel
    from tests.honorees.factories import HonourFactory, HonourTitleFactory

    national = HonourTitleFactory(name="全国劳动模范", level=HonourLevel.NATIONAL)
    city = HonourTitleFactory(name="平顶山市劳动模范", level=HonourLevel.CITY)
    a, b = HonoreePageFactory(parent=pingmei), HonoreePageFactory(parent=pingmei)
    HonourFactory(page=a, title=national, year=2020)
    HonourFactory(page=a, title=city, year=2012)
    HonourFactory(page=b, title=city, year=2016)
    b.save_revision().publish()

    response = client.get(pingmei.url)
    assert response.context["honour_statistics"] == [
        (HonourLevel.NATIONAL, 1),
        (HonourLevel.CITY, 2),
    ]
    b.refresh_from_db()
    assert response.context["last_updated"] == b.last_published_at
    html = response.content.decode()
    assert "最近更新" in html and "荣誉统计" in html


def test_star_count_agrees_on_the_card_the_api_and_the_wall(
    client, pingmei, enterprise_index, honoree_index
):
    """One definition of a star: the list's card, the API and the wall count the same people.
    A star in a section belongs to that wall even when its profile names another employer."""
    from wagtail.models import PageViewRestriction

    other = EnterprisePageFactory(parent=enterprise_index, title="平顶山平高电气")
    HonoreePageFactory(parent=pingmei, title="李强")
    HonoreePageFactory(parent=honoree_index, title="王芳", employer_enterprise=pingmei)
    HonoreePageFactory(parent=pingmei, title="周明", employer_enterprise=other)
    HonoreePageFactory(parent=pingmei, title="赵敏", live=False)
    private = HonoreePageFactory(parent=honoree_index, title="孙丽", employer_enterprise=pingmei)
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    wall = [star.title for star in client.get(pingmei.url).context["stars"]]
    cards = {e.pk: e.star_count for e in client.get(enterprise_index.url).context["enterprises"]}
    api = {
        item["id"]: item["star_count"]
        for item in client.get(
            "/api/v2/pages/?type=enterprises.EnterprisePage&fields=star_count"
        ).json()["items"]
    }

    assert sorted(wall) == sorted(["李强", "王芳", "周明"])
    assert cards[pingmei.pk] == api[pingmei.pk] == len(wall) == 3
    other_wall = client.get(other.url).context["stars"]
    assert cards[other.pk] == api[other.pk] == len(other_wall) == 0


def test_the_enterprise_list_is_in_pinyin_order(client, enterprise_index):
    # By code point: 中 (4E2D), 安 (5B89), 白 (767D); by pinyin: an, bai, zhong.
    for title in ["中原电力有限公司", "安阳钢铁平顶山分公司", "白龟山水库管理局"]:
        EnterprisePageFactory(parent=enterprise_index, title=title)

    shown = [e.title for e in client.get(enterprise_index.url).context["enterprises"]]

    assert shown == ["安阳钢铁平顶山分公司", "白龟山水库管理局", "中原电力有限公司"]
