"""Short links and QR codes: what a plaque carries must keep working, and never leak drafts."""

import io

import cairosvg
import pytest
from PIL import Image
from pyzbar.pyzbar import decode
from wagtail.models import PageViewRestriction, Site

from tests.honorees.factories import HonoreeIndexPageFactory, HonoreePageFactory
from tests.park.factories import SculpturePageFactory


def decoded(png_bytes):
    symbols = decode(Image.open(io.BytesIO(png_bytes)))
    assert len(symbols) == 1, "expected exactly one QR code"
    return symbols[0].data.decode()


@pytest.fixture
def public_host(home):
    """The public host name editors set on the Wagtail Site."""
    Site.objects.filter(is_default_site=True).update(hostname="laomo.example.cn", port=443)
    return "https://laomo.example.cn"


@pytest.fixture
def wang_fang(honoree_index):
    return HonoreePageFactory(parent=honoree_index, title="王芳", slug="wang-fang")


def test_short_link_redirects_to_the_page(client, wang_fang):
    response = client.get(f"/p/{wang_fang.pk}/")
    assert response.status_code == 302
    assert response["Location"].endswith("/honorees/wang-fang/")


def test_short_link_survives_a_new_slug_and_a_move(client, wang_fang, home):
    wang_fang.slug = "wang-fang-2020"
    wang_fang.save_revision().publish()
    assert client.get(f"/p/{wang_fang.pk}/")["Location"].endswith("/honorees/wang-fang-2020/")

    other_index = HonoreeIndexPageFactory.build(title="往届人物", slug="archive")
    home.add_child(instance=other_index)
    wang_fang.move(other_index, pos="last-child")
    response = client.get(f"/p/{wang_fang.pk}/", follow=True)
    assert response.redirect_chain[-1][0].endswith("/archive/wang-fang-2020/")
    assert response.status_code == 200


@pytest.mark.parametrize("suffix", ["/", ".svg", ".png"])
def test_missing_draft_and_private_pages_give_404(client, wang_fang, honoree_index, suffix):
    prefix = "/p/" if suffix == "/" else "/qr/"
    assert client.get(f"{prefix}999999{suffix}").status_code == 404

    draft = HonoreePageFactory(parent=honoree_index, slug="draft")
    draft.unpublish()
    assert client.get(f"{prefix}{draft.pk}{suffix}").status_code == 404

    PageViewRestriction.objects.create(
        page=wang_fang, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert client.get(f"{prefix}{wang_fang.pk}{suffix}").status_code == 404


def test_png_qr_code_decodes_to_the_absolute_short_link(client, wang_fang, public_host):
    response = client.get(f"/qr/{wang_fang.pk}.png")
    assert response["Content-Type"] == "image/png"
    assert decoded(response.content) == f"{public_host}/p/{wang_fang.pk}/"


def test_svg_qr_code_decodes_to_the_absolute_short_link(client, wang_fang, public_host):
    response = client.get(f"/qr/{wang_fang.pk}.svg")
    assert response["Content-Type"] == "image/svg+xml"
    png = cairosvg.svg2png(bytestring=response.content, output_width=600)
    assert decoded(png) == f"{public_host}/p/{wang_fang.pk}/"


def test_qr_code_of_a_sculpture_leads_to_it_after_it_moves(client, park, public_host):
    sculpture = SculpturePageFactory(parent=park, slug="wang-fang-statue")
    link = decoded(client.get(f"/qr/{sculpture.pk}.png").content)
    sculpture.slug = "statue-of-wang-fang"
    sculpture.save_revision().publish()
    path = link.removeprefix(public_host)
    # A plaque's code lands on the sculpture's plaque view (the people's stories first).
    assert client.get(path)["Location"].endswith("/park/statue-of-wang-fang/?from=plaque")


@pytest.mark.parametrize(
    ("size", "expected"),
    [("300", 300), ("1000", 1000), ("10", 128), ("99999", 2048), ("abc", 512), ("", 512)],
)
def test_png_size_is_honoured_within_bounds(client, wang_fang, size, expected):
    content = client.get(f"/qr/{wang_fang.pk}.png?size={size}").content
    image = Image.open(io.BytesIO(content))
    # Whole pixels per module: never above the size asked, and never far below it.
    assert expected * 0.7 <= image.width <= expected
    assert decoded(content).endswith(f"/p/{wang_fang.pk}/")


def test_qr_codes_stay_low_density_for_outdoor_plaques(client, wang_fang, public_host):
    from exhibits.links import qr

    code = qr.make(f"{public_host}/p/{wang_fang.pk}/")
    assert code.error == "Q"
    assert code.version <= 3  # 29×29 modules or fewer: large modules on a small plaque
