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
