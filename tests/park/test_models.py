"""The park's page tree, the sculpture rules, and what the honoree page says about the park."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase

from exhibits.home.models import HomePage
from exhibits.honorees.models import HonoreeIndexPage
from exhibits.park.models import ParkPage, SculpturePage
from tests.honorees.factories import HonoreePageFactory
from tests.park.factories import SculptureHonoreeFactory, SculpturePageFactory


class TestParkTree(WagtailPageTestCase):
    def test_the_park_sits_under_home_and_holds_sculptures(self):
        self.assertAllowedParentPageTypes(ParkPage, {HomePage})
        self.assertAllowedSubpageTypes(ParkPage, {SculpturePage})
        self.assertAllowedSubpageTypes(SculpturePage, {})
        self.assertCanNotCreateAt(HonoreeIndexPage, SculpturePage)


def test_a_position_needs_both_coordinates(park):
    with pytest.raises(ValidationError) as error:
        SculpturePageFactory(parent=park, map_x=0.3, map_y=None)
    assert "map_x" in error.value.message_dict


def test_positions_are_relative_to_the_map(park):
    with pytest.raises(ValidationError) as error:
        SculpturePageFactory(parent=park, map_x=1.5, map_y=0.2)
    assert "map_x" in error.value.message_dict


def test_honoree_page_says_they_are_in_the_park(client, park, honoree_index):
    honoree = HonoreePageFactory(parent=honoree_index, title="王芳")
    sculpture = SculpturePageFactory(parent=park, title="王芳塑像", year_of_entry=2021)
    SculptureHonoreeFactory(sculpture=sculpture, honoree=honoree)

    response = client.get(honoree.url)
    assert [s.pk for s in response.context["park_sculptures"]] == [sculpture.pk]
    html = response.content.decode()
    assert sculpture.url in html and "王芳塑像" in html


def test_a_draft_sculpture_is_not_mentioned(client, park, honoree_index):
    honoree = HonoreePageFactory(parent=honoree_index)
    sculpture = SculpturePageFactory(parent=park)
    SculptureHonoreeFactory(sculpture=sculpture, honoree=honoree)
    sculpture.unpublish()
    assert client.get(honoree.url).context["park_sculptures"] == []
