"""`prepare_kiosks` makes the kiosks' pictures ahead, so a kiosk's first boot makes none."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.images import get_image_model

from tests.honorees.factories import HonoreePageFactory
from tests.kiosks.factories import KioskDisplayFactory

pytestmark = pytest.mark.django_db

Rendition = get_image_model().get_rendition_model()


def test_a_prepared_kiosk_boots_without_making_a_picture(client, honoree_index):
    for name in ("王芳", "李伟"):
        HonoreePageFactory(parent=honoree_index, title=name)
    kiosk = KioskDisplayFactory()
    KioskDisplayFactory(orientation="landscape")
    before = Rendition.objects.count()

    out = io.StringIO()
    call_command("prepare_kiosks", stdout=out)

    made = Rendition.objects.count()
    assert made > before
    assert "展台图片已就绪：2 台" in out.getvalue()
    cache.clear()
    assert client.get(f"/kiosk/{kiosk.slug}/content.json").status_code == 200
    assert Rendition.objects.count() == made
