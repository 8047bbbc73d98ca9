"""A password typed on the site opens a page in that browser, never in the API for that session."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests.api.conftest import HONOREES
from tests.core.factories import ImageFactory
from tests.honorees.factories import HonoreePageFactory
from tests.park.factories import SculptureHonoreeFactory, SculpturePageFactory

PASSWORD = "yingcheng2026"


def restrict_by_password(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )


def heading(client, page):
    """The <h1> the browser shows at the page's address."""
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True)


@pytest.fixture
def locked(city, park):
    """Behind passwords: 王芳 (on a sculpture), the 姚孟发电 section with its own star 孙涛,
    and a sculpture of 李秀英."""
    people, plant = city["people"], city["enterprises"]["plant"]
    sun = HonoreePageFactory(parent=plant, title="孙涛", portrait=ImageFactory())
    li_statue = SculpturePageFactory(parent=park, title="李秀英像")
    SculptureHonoreeFactory(sculpture=li_statue, honoree=people["li"])
    pages = {"wang": people["wang"], "plant": plant, "sun": sun, "li_statue": li_statue}
    restrictions = {
        "wang": restrict_by_password(people["wang"]),
        "plant": restrict_by_password(plant),  # 孙涛, below it, is restricted with it
        "li_statue": restrict_by_password(li_statue),
    }
    return {"pages": pages, "restrictions": restrictions, "hidden": [p.pk for p in pages.values()]}


def enter_passwords(client, locked):
    """What a visitor does on each password form: post the password, return to the page."""
    for name, restriction in locked["restrictions"].items():
        page = locked["pages"][name]
        url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
        response = client.post(url, {"password": PASSWORD, "return_url": page.url})
        assert response.status_code == 302 and response.url == page.url


@pytest.fixture
def unlocked(client, locked):
    enter_passwords(client, locked)
    return locked


def listed_ids(api, **params):
    status, body = api("/api/v2/pages/", **{"limit": 100, **params})
    assert status == 200
    return {item["id"] for item in body["items"]}


def test_a_password_entered_on_the_site_opens_the_pages_in_that_browser(client, locked):
    pages = locked["pages"]
    assert {heading(client, page) for page in pages.values()} == {"需要密码"}

    enter_passwords(client, locked)

    assert heading(client, pages["wang"]) == "王芳"
    assert heading(client, pages["plant"]) == "姚孟发电"
    assert heading(client, pages["sun"]) == "孙涛"  # below the unlocked section
    assert heading(client, pages["li_statue"]) == "李秀英像"


def test_the_api_listing_never_shows_a_page_unlocked_by_password(api, city, unlocked):
    hidden = set(unlocked["hidden"])
    everything = listed_ids(api)
    assert city["people"]["li"].pk in everything  # the listing itself works
    assert not hidden & everything
    assert not hidden & listed_ids(api, **HONOREES)
    assert not hidden & listed_ids(api, type="enterprises.EnterprisePage")
    assert not hidden & listed_ids(api, type="park.SculpturePage")
    assert not hidden & listed_ids(api, search="孙涛")
    plant = unlocked["pages"]["plant"]
    assert api("/api/v2/pages/", child_of=plant.pk)[0] == 400
    assert api("/api/v2/pages/", descendant_of=plant.pk)[0] == 400


def test_a_page_unlocked_by_password_has_no_api_detail(api, city, unlocked):
    assert api(f"/api/v2/pages/{city['people']['li'].pk}/")[0] == 200
    for page_id in unlocked["hidden"]:
        status, body = api(f"/api/v2/pages/{page_id}/")
        assert status == 404, body


def test_find_does_not_find_a_page_unlocked_by_password(client, city, unlocked):
    def find(**params):
        return client.get("/api/v2/pages/find/", params, HTTP_ACCEPT="application/json")

    li = city["people"]["li"]
    assert find(html_path=li.url).url.endswith(f"/api/v2/pages/{li.pk}/?")  # found: redirected
    for page in unlocked["pages"].values():
        assert find(html_path=page.url).status_code == 404
        assert find(id=page.pk).status_code == 404


def test_nested_fields_never_name_a_page_unlocked_by_password(api, city, unlocked):
    people = city["people"]
    _, sculpture = api(f"/api/v2/pages/{city['sculpture'].pk}/")
    assert sculpture["honorees"] == []  # it depicts 王芳
    _, li = api(f"/api/v2/pages/{people['li'].pk}/")
    assert li["sculptures"] == []  # 李秀英像 is unlocked, not public
    _, zhao = api(f"/api/v2/pages/{people['zhao'].pk}/")
    assert zhao["employer"]["enterprise"] is None  # 姚孟发电
    _, mine = api(f"/api/v2/pages/{city['enterprises']['mine'].pk}/")
    assert mine["star_count"] == 1  # 李秀英; 王芳 is unlocked, not public
    _, listing = api("/api/v2/pages/", limit=100, **HONOREES)
    text = str(listing)
    assert "李秀英" in text  # the visible pages do come through
    assert "姚孟发电" not in text and "李秀英像" not in text and "孙涛" not in text


def test_pictures_of_a_page_unlocked_by_password_stay_out_of_the_image_api(api, city, unlocked):
    sun = unlocked["pages"]["sun"]
    status, body = api("/api/v2/images/", limit=100)
    assert status == 200
    ids = {item["id"] for item in body["items"]}
    assert city["people"]["li"].portrait_id in ids
    assert sun.portrait_id not in ids and city["people"]["wang"].portrait_id not in ids
    assert api(f"/api/v2/images/{sun.portrait_id}/")[0] == 404
