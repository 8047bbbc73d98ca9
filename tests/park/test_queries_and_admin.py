"""/park/ costs a fixed number of queries; editors place sculptures and print plaques."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from exhibits.core.review import REVIEWER_GROUP_NAME
from exhibits.enterprises.onboarding import onboard_enterprise
from tests.honorees.factories import HonoreePageFactory
from tests.park.factories import (
    ParkZoneFactory,
    SculptureHonoreeFactory,
    SculpturePageFactory,
    SculpturePhotoFactory,
)


def add_sculptures(park, honoree_index, count, zones):
    made = []
    for n in range(count):
        sculpture = SculpturePageFactory(
            parent=park,
            zone=zones[n % len(zones)],
            year_of_entry=2015 + n % 8,
            map_x=(n % 10) / 10,
            map_y=(n // 10) / 10,
        )
        SculpturePhotoFactory(sculpture=sculpture)
        for _ in range(1 + n % 2):  # some are group sculptures
            SculptureHonoreeFactory(
                sculpture=sculpture, honoree=HonoreePageFactory(parent=honoree_index)
            )
        made.append(sculpture)
    return made


def steady_queries(client, url):
    client.get(url)  # renditions are made on the first visit
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_park_page_queries_do_not_grow_with_the_sculptures(client, park, honoree_index):
    zones = [ParkZoneFactory(park=park, sort_order=i) for i in range(3)]
    add_sculptures(park, honoree_index, 4, zones)
    few = steady_queries(client, park.url)
    add_sculptures(park, honoree_index, 30, zones)
    many = steady_queries(client, park.url)
    assert few == many, (few, many)
    assert many <= 20


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "e@example.com", "pw")
    client.force_login(user)
    return client


def test_sculpture_form_offers_the_park_map_to_click(editor_client, park):
    html = editor_client.get(f"/admin/pages/add/park/sculpturepage/{park.pk}/").content.decode()
    assert "data-map-position" in html
    assert park.map_image.get_rendition("max-1000x1000").url in html
    assert "park/js/map-position.js" in html


def test_plaques_print_one_per_page_for_a_zone_or_year(editor_client, park, honoree_index):
    east, west = ParkZoneFactory(park=park, name="东区"), ParkZoneFactory(park=park, name="西区")
    a = SculpturePageFactory(parent=park, title="甲塑像", zone=east, year_of_entry=2020)
    b = SculpturePageFactory(parent=park, title="乙塑像", zone=west, year_of_entry=2020)
    c = SculpturePageFactory(parent=park, title="丙塑像", zone=east, year_of_entry=2023)
    for sculpture in (a, b, c):
        SculptureHonoreeFactory(
            sculpture=sculpture, honoree=HonoreePageFactory(parent=honoree_index)
        )

    by_zone = editor_client.get("/admin/park/plaques/", {"zone": east.pk}).context["sculptures"]
    assert {s.pk for s in by_zone} == {a.pk, c.pk}
    response = editor_client.get("/admin/park/plaques/", {"year": 2020})
    assert {s.pk for s in response.context["sculptures"]} == {a.pk, b.pk}
    assert response.content.decode().count('class="print-sheet"') == 2


def test_plaque_printing_is_for_admin_users_only(client, park):
    response = client.get("/admin/park/plaques/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_plaques_are_printed_by_the_union_not_by_an_enterprise_editor(
    client, park, enterprise_index
):
    editor = onboard_enterprise("精工机械", "jinggong", "qiye01", "q1@example.com").user
    reviewer = get_user_model().objects.create_user("shenhe", "s@union.example", "x")
    reviewer.groups.add(Group.objects.get(name=REVIEWER_GROUP_NAME))

    client.force_login(editor)
    assert "/admin/park/plaques/" not in client.get("/admin/").content.decode()
    refused = client.get("/admin/park/plaques/")  # Wagtail: back to the dashboard, with a notice
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    client.force_login(reviewer)
    assert "/admin/park/plaques/" in client.get("/admin/").content.decode()
    assert client.get("/admin/park/plaques/").status_code == 200


def test_the_park_lists_its_sculptures_in_pinyin_order(client, park, honoree_index):
    zone = ParkZoneFactory(park=park, name="东区")
    # By code point: 中 (4E2D), 安 (5B89), 白 (767D); by pinyin: an, bai, zhong.
    for title in ["中原工匠像", "安平像", "白雪像"]:
        SculpturePageFactory(parent=park, title=title, zone=zone, year_of_entry=2021)
    expected = ["安平像", "白雪像", "中原工匠像"]

    context = client.get(park.url).context
    assert [s.title for s in context["sculptures"]] == expected
    assert [[s.title for s in group] for _zone, group in context["zone_groups"]] == [expected]
    assert [[s.title for s in group] for _year, group in context["year_groups"]] == [expected]


def test_plaques_print_in_pinyin_order(editor_client, park):
    for title in ["中原工匠像", "安平像", "白雪像"]:
        SculpturePageFactory(parent=park, title=title, year_of_entry=2021)

    response = editor_client.get("/admin/park/plaques/", {"year": 2021})

    assert [s.title for s in response.context["sculptures"]] == ["安平像", "白雪像", "中原工匠像"]
