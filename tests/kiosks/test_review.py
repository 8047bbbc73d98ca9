"""A kiosk's configuration is reviewed like a page: a change waits for a union reviewer."""

import pytest
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import nested_form_data, streamfield

from exhibits.core import content_version
from exhibits.core.review import WORKFLOW_NAME
from exhibits.enterprises.onboarding import onboard_enterprise
from exhibits.kiosks.models import KioskDisplay
from tests.kiosks.factories import KioskDisplayFactory

pytestmark = pytest.mark.django_db

EDIT_URL = "/admin/snippets/kiosks/kioskdisplay/edit/{}/"


@pytest.fixture
def review(enterprise_index, honoree_index, park, django_user_model):
    """The union's review set up (as onboarding does), a superuser editor and a reviewer."""
    onboard_enterprise("甲煤业有限公司", "jia", "editor_a", "a@jia.example")
    editor = django_user_model.objects.create_superuser("bianji", "e@union.example", "x")
    reviewer = django_user_model.objects.create_user("shenhe", "r@union.example", "x")
    reviewer.groups.add(Group.objects.get(name="工会审核员"))
    return editor, reviewer


def form(kiosk, **changes):
    fields = {
        "name": kiosk.name,
        "slug": kiosk.slug,
        "orientation": kiosk.orientation,
        "text_size": kiosk.text_size,
        "idle_timeout": kiosk.idle_timeout,
        "map_x": "",
        "map_y": "",
        "playlist": streamfield([]),
        **changes,
    }
    return nested_form_data(fields)


def test_kiosks_use_the_union_review_workflow(review):
    assert KioskDisplayFactory().get_workflow().name == WORKFLOW_NAME


def test_a_submitted_change_stays_off_the_kiosks_until_a_reviewer_approves(client, review):
    editor, reviewer = review
    kiosk = KioskDisplayFactory(idle_timeout=90)
    client.force_login(editor)
    response = client.post(
        EDIT_URL.format(kiosk.pk), {**form(kiosk, idle_timeout=45), "action-submit": "1"}
    )
    assert response.status_code == 302
    kiosk.refresh_from_db()
    assert kiosk.workflow_in_progress
    assert kiosk.idle_timeout == 90  # the kiosks still get the published setting
    assert client.get(f"/kiosk/{kiosk.slug}/content.json").json()["kiosk"]["idle_timeout"] == 90

    before = content_version.current()
    client.force_login(reviewer)
    task_state = kiosk.current_workflow_task_state
    response = client.post(
        f"/admin/snippets/kiosks/kioskdisplay/workflow/action/{kiosk.pk}/approve/{task_state.pk}/",
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    kiosk.refresh_from_db()
    assert not kiosk.workflow_in_progress
    assert kiosk.idle_timeout == 45
    assert content_version.current() > before
    assert client.get(f"/kiosk/{kiosk.slug}/content.json").json()["kiosk"]["idle_timeout"] == 45


def test_the_editor_places_the_kiosk_on_the_park_map(client, review, park):
    editor, _ = review
    kiosk = KioskDisplayFactory()
    client.force_login(editor)
    page = client.get(EDIT_URL.format(kiosk.pk)).content.decode()
    assert "data-map-position" in page
    assert park.map_image.get_rendition("max-1000x1000").url in page

    response = client.post(
        EDIT_URL.format(kiosk.pk), {**form(kiosk, map_x="0.25", map_y="0.5"), "action-publish": "1"}
    )
    assert response.status_code == 302
    kiosk.refresh_from_db()
    assert (kiosk.map_x, kiosk.map_y) == (0.25, 0.5)


def test_half_a_position_is_refused(client, review):
    editor, _ = review
    kiosk = KioskDisplayFactory()
    client.force_login(editor)
    response = client.post(
        EDIT_URL.format(kiosk.pk), {**form(kiosk, map_x="0.25"), "action-publish": "1"}
    )
    assert response.status_code == 200
    assert "请在平面图上点选位置" in response.content.decode()
    assert KioskDisplay.objects.get(pk=kiosk.pk).map_x is None
