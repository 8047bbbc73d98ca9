"""Every address a visitor scans or clicks is on the configured base URL, port included:
short links, QR codes, the sculpture page and its plaque, og:url and the share control."""

import io
import subprocess
from pathlib import Path

import cairosvg
import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from PIL import Image
from pyzbar.pyzbar import decode

from tests.honorees.factories import HonoreePageFactory
from tests.park.factories import SculpturePageFactory

ROOT = Path(__file__).resolve().parents[2]
DEMO = "http://127.0.0.1:8001"  # where `make run PORT=8001` serves


def decoded_svg(svg_bytes):
    png = cairosvg.svg2png(bytestring=svg_bytes, output_width=600)
    (symbol,) = decode(Image.open(io.BytesIO(png)))
    return symbol.data.decode()


def soup(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def demo_address(home):
    """The demo as seed_demo leaves it for `make run PORT=8001`."""
    call_command("set_site_url", DEMO, stdout=io.StringIO())
    return DEMO


@pytest.fixture
def sculpture(park, honoree_index):
    return SculpturePageFactory(parent=park, slug="wang-fang-statue", title="王芳塑像")


@pytest.fixture
def wang_fang(honoree_index):
    return HonoreePageFactory(parent=honoree_index, title="王芳", slug="wang-fang")


def test_the_qr_code_carries_the_port(client, demo_address, sculpture):
    svg = client.get(f"/qr/{sculpture.pk}.svg").content

    assert decoded_svg(svg) == f"{DEMO}/p/{sculpture.pk}/"


def test_the_sculpture_page_links_the_short_url_with_the_port(client, demo_address, sculpture):
    page = soup(client, sculpture.url)

    short = f"{DEMO}/p/{sculpture.pk}/"
    link = page.select_one(".sculpture__share a[href^='http']")
    assert link["href"] == short
    assert link.get_text() == f"127.0.0.1:8001/p/{sculpture.pk}/"


def test_the_plaque_prints_the_short_url_with_the_port(client, demo_address, sculpture):
    page = soup(client, f"{sculpture.url}plaque/")

    assert page.select_one(".plaque__url").get_text() == f"127.0.0.1:8001/p/{sculpture.pk}/"


def test_og_url_and_canonical_carry_the_port(client, demo_address, wang_fang):
    page = soup(client, wang_fang.url)

    assert page.find("meta", property="og:url")["content"] == f"{DEMO}/honorees/wang-fang/"
    assert page.find("link", rel="canonical")["href"] == f"{DEMO}/honorees/wang-fang/"


def test_the_share_control_offers_the_page_and_its_short_link(client, demo_address, wang_fang):
    share = soup(client, wang_fang.url).select_one("[data-share]")

    assert share["data-url"] == f"{DEMO}/honorees/wang-fang/"
    assert share.select_one(".share__panel a")["href"] == f"{DEMO}/p/{wang_fang.pk}/"
    qr_path = share.select_one(".share__qr-image")["src"]
    assert decoded_svg(client.get(qr_path).content) == f"{DEMO}/p/{wang_fang.pk}/"


def test_a_public_host_gives_https_links_without_a_port(client, home, wang_fang):
    call_command("set_site_url", "https://laomo.example.cn", stdout=io.StringIO())

    share = soup(client, wang_fang.url).select_one("[data-share]")
    assert share["data-url"] == "https://laomo.example.cn/honorees/wang-fang/"
    assert share.select_one(".share__panel a").get_text() == f"laomo.example.cn/p/{wang_fang.pk}/"


def test_make_run_hands_its_host_and_port_to_the_demo():
    result = subprocess.run(
        ["make", "-n", "--no-print-directory", "run", "PORT=8001"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    seed = next(line for line in result.stdout.splitlines() if "seed_demo" in line)
    serve = next(line for line in result.stdout.splitlines() if "runserver" in line)
    assert "http://127.0.0.1:8001" in seed
    assert "WAGTAILADMIN_BASE_URL=http://127.0.0.1:8001" in serve and "127.0.0.1:8001" in serve
