"""Editors place a sculpture by clicking on the park map in the admin, not by typing numbers."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from exhibits.park.models import SculpturePage
from tests.honorees.factories import HonoreePageFactory
from tests.park.factories import ParkPageFactory, SculptureHonoreeFactory, SculpturePageFactory


@pytest.fixture
def sculpture(home, honoree_index):
    park = ParkPageFactory(parent=home)
    sculpture = SculpturePageFactory(parent=park, title="王芳塑像", map_x=None, map_y=None)
    SculptureHonoreeFactory(sculpture=sculpture, honoree=HonoreePageFactory(parent=honoree_index))
    return sculpture


@pytest.mark.parametrize("device", ["desktop"], indirect=True)
def test_clicking_the_map_sets_the_relative_position(page, live_server, sculpture):
    get_user_model().objects.create_superuser("editor", "e@example.com", "secret-pass")
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", "secret-pass")
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/")

    page.goto(f"{live_server.url}/admin/pages/{sculpture.pk}/edit/")
    frame = page.locator("[data-map-position-frame]")
    frame.scroll_into_view_if_needed()
    box = frame.bounding_box()
    frame.click(position={"x": box["width"] * 0.25, "y": box["height"] * 0.75})

    x = float(page.locator("input[name=map_x]").input_value())
    y = float(page.locator("input[name=map_y]").input_value())
    assert x == pytest.approx(0.25, abs=0.01)
    assert y == pytest.approx(0.75, abs=0.01)
    expect(page.locator("[data-map-position-marker]")).to_be_visible()

    # Arrow keys nudge the marker for fine placement.
    frame.press("ArrowRight")
    assert float(page.locator("input[name=map_x]").input_value()) > x

    # Publish sits in the footer's dropdown; press it as the menu item would.
    page.locator("button[name=action-publish]").evaluate("button => button.click()")
    page.wait_for_url("**/admin/pages/*/")
    saved = SculpturePage.objects.get(pk=sculpture.pk)
    assert saved.map_x == pytest.approx(x + 0.005, abs=0.001)
    assert saved.map_y == pytest.approx(0.75, abs=0.01)
