"""Only published stars reach an enterprise's wall, its count on /enterprises/ and the API."""

import json

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache

from exhibits.enterprises.models import EnterpriseStar
from tests.enterprises.factories import EnterprisePageFactory
from tests.honorees.factories import HonoreePageFactory


@pytest.fixture
def pingmei(enterprise_index):
    return EnterprisePageFactory(parent=enterprise_index, title="平顶山天安煤业")


@pytest.fixture
def colleague(pingmei):
    """A published star, so the wall is never empty and its count starts at one."""
    return HonoreePageFactory(parent=pingmei, title="张伟")


@pytest.fixture
def place(pingmei, honoree_index):
    """Where a star of pingmei's lives: its own section, or the union's list naming it."""

    def place(kind):
        if kind == "own star":
            return {"parent": pingmei}
        return {"parent": honoree_index, "employer_enterprise": pingmei}

    return place


STAR_KINDS = pytest.mark.parametrize("kind", ["own star", "union profile"])


def wall(client, enterprise):
    """The names on an enterprise's wall, in order, and the head count above them."""
    response = client.get(enterprise.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    names = [h3.get_text(strip=True) for h3 in soup.select(".card-grid .card__title")]
    heading = soup.find(id="stars-heading").small.get_text(strip=True)
    return names, heading, response.content.decode()


def listed_count(client, enterprise):
    """What /enterprises/ says about the enterprise: "先进人物 N 位"."""
    response = client.get("/enterprises/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    card = next(
        card
        for card in soup.select(".enterprise-card")
        if card.select_one(".card__title").get_text(strip=True) == enterprise.title
    )
    return card.select_one(".card__honour").get_text(strip=True)


def api_star_count(client, enterprise):
    response = client.get(
        "/api/v2/pages/",
        {"type": "enterprises.EnterprisePage", "fields": "star_count"},
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 200
    counts = {item["id"]: item["star_count"] for item in json.loads(response.content)["items"]}
    return counts[enterprise.pk]


def assert_shows_only(client, enterprise, names):
    shown, heading, _html = wall(client, enterprise)
    assert shown == names
    assert heading == f"（{len(names)} 位）"
    assert listed_count(client, enterprise) == f"先进人物 {len(names)} 位"
    assert api_star_count(client, enterprise) == len(names)


@STAR_KINDS
def test_draft_star_never_appears_on_the_wall(client, pingmei, colleague, place, kind):
    draft = HonoreePageFactory(title="孙涛", live=False, **place(kind))
    draft.save_revision()  # saved by an editor, never published

    assert_shows_only(client, pingmei, ["张伟"])
    assert "孙涛" not in wall(client, pingmei)[2]


@STAR_KINDS
def test_unpublished_star_leaves_the_wall(client, pingmei, colleague, place, kind):
    star = HonoreePageFactory(title="孙涛", **place(kind))
    star.save_revision().publish()
    assert_shows_only(client, pingmei, ["孙涛", "张伟"])  # its card is now in the cache

    star.unpublish()

    assert_shows_only(client, pingmei, ["张伟"])
    assert "孙涛" not in wall(client, pingmei)[2]


@STAR_KINDS
def test_a_draft_of_changes_leaves_the_published_star_on_the_wall(
    client, pingmei, colleague, place, kind
):
    star = HonoreePageFactory(title="孙涛", summary="已发布的简介", **place(kind))
    star.save_revision().publish()
    star.title = "孙涛涛"
    star.summary = "尚未审核的简介"
    star.save_revision()  # awaiting review
    cache.clear()  # no card left from before: the wall renders the star afresh

    assert_shows_only(client, pingmei, ["孙涛", "张伟"])
    html = wall(client, pingmei)[2]
    assert "孙涛涛" not in html and "尚未审核" not in html


def test_a_draft_moving_a_profile_to_another_enterprise_changes_no_wall(
    client, pingmei, colleague, enterprise_index, honoree_index
):
    shenma = EnterprisePageFactory(parent=enterprise_index, title="神马实业")
    star = HonoreePageFactory(parent=honoree_index, title="孙涛", employer_enterprise=pingmei)
    star.save_revision().publish()
    star.employer_enterprise = shenma
    star.save_revision()  # the move awaits review

    assert_shows_only(client, pingmei, ["孙涛", "张伟"])
    assert_shows_only(client, shenma, [])


@STAR_KINDS
def test_a_draft_star_in_the_editors_star_order_stays_off_the_wall_until_published(
    client, pingmei, colleague, place, kind, django_user_model
):
    HonoreePageFactory(parent=pingmei, title="安娜")  # not in the order: comes after it
    draft = HonoreePageFactory(title="孙涛", live=False, **place(kind))
    draft.save_revision()
    EnterpriseStar.objects.create(enterprise=pingmei, honoree=draft, sort_order=0)
    EnterpriseStar.objects.create(enterprise=pingmei, honoree=colleague, sort_order=1)

    assert_shows_only(client, pingmei, ["张伟", "安娜"])  # the draft holds no place

    editor = django_user_model.objects.create_superuser("editor", "editor@example.com", "x")
    client.force_login(editor)
    edit_form = client.get(f"/admin/pages/{pingmei.pk}/edit/").content.decode()
    assert "孙涛" in edit_form  # still in the order the editors chose
    client.logout()

    draft.get_latest_revision().publish()

    assert_shows_only(client, pingmei, ["孙涛", "张伟", "安娜"])


def test_a_star_moved_to_another_section_is_counted_where_its_wall_shows_it(
    client, pingmei, enterprise_index
):
    shenma = EnterprisePageFactory(parent=enterprise_index, title="神马实业")
    star = HonoreePageFactory(parent=pingmei, title="孙涛")
    star.move(shenma, pos="last-child")

    for enterprise in (pingmei, shenma):
        enterprise.refresh_from_db()
        names, heading, _html = wall(client, enterprise)
        assert listed_count(client, enterprise) == f"先进人物 {len(names)} 位"
        assert api_star_count(client, enterprise) == len(names)
    assert "孙涛" in wall(client, shenma)[0]
    assert "孙涛" not in wall(client, pingmei)[0]
