"""The footer shows what editors set in 设置 → 站点信息与页脚, and follows their edits."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from exhibits.core.models import SiteSettings


@pytest.fixture
def footer_settings(home):
    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    settings.address = "平顶山市新华区示例路8号"
    settings.postcode = "467000"
    settings.phone = "0375-1111111"
    settings.email = "office@example.org"
    settings.icp_record = "豫ICP备12345678号-2"
    settings.public_security_record = "豫公网安备41040202000001号"
    settings.links = [
        ("link", {"title": "中华全国总工会", "url": "https://www.acftu.org/"}),
        ("link", {"title": "示例工会", "url": "https://union.example.org/"}),
    ]
    settings.save()
    return settings


def footer_of(client, path="/"):
    response = client.get(path)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("footer.site-footer")


def test_footer_shows_the_contact_details_and_links_from_the_settings(client, footer_settings):
    footer = footer_of(client)
    text = footer.get_text(" ", strip=True)

    assert "平顶山市新华区示例路8号" in text
    assert "467000" in text
    assert footer.select_one('a[href="tel:0375-1111111"]').get_text() == "0375-1111111"
    assert footer.select_one('a[href="mailto:office@example.org"]')
    links = footer.select(".site-footer__links a")
    assert [(a.get_text(), a["href"]) for a in links] == [
        ("中华全国总工会", "https://www.acftu.org/"),
        ("示例工会", "https://union.example.org/"),
    ]


def test_the_records_link_to_the_two_national_registers(client, footer_settings):
    footer = footer_of(client)

    icp = footer.find("a", string="豫ICP备12345678号-2")
    assert icp["href"] == "https://beian.miit.gov.cn/"
    police = footer.find("a", string="豫公网安备41040202000001号")
    assert police["href"] == "https://beian.mps.gov.cn/#/query/webSearch?code=41040202000001"


def test_an_edit_in_the_settings_shows_on_the_next_page(client, footer_settings):
    assert "0375-1111111" in footer_of(client).get_text()

    footer_settings.phone = "0375-2222222"
    footer_settings.icp_record = "豫ICP备87654321号-1"
    footer_settings.save()

    text = footer_of(client).get_text()
    assert "0375-2222222" in text and "0375-1111111" not in text
    assert "豫ICP备87654321号-1" in text


def test_an_edit_through_the_admin_shows_on_the_site(client, admin_client, footer_settings):
    site = Site.objects.get(is_default_site=True)
    footer_of(client)  # the footer is now cached
    form = {
        "organisation": "平顶山市总工会",
        "address": "平顶山市卫东区新地址1号",
        "postcode": "",
        "phone": "0375-3333333",
        "email": "",
        "icp_record": "豫ICP备00000000号-9",
        "public_security_record": "",
        "links-count": "0",
    }
    response = admin_client.post(f"/admin/settings/core/sitesettings/{site.pk}/", form)
    assert response.status_code == 302, response.content.decode()[:2000]

    footer = footer_of(client)
    assert "平顶山市卫东区新地址1号" in footer.get_text()
    assert footer.find("a", string="豫ICP备00000000号-9")
    assert not footer.find("a", href=lambda h: h and "beian.mps.gov.cn" in h)


def test_an_empty_footer_leaves_out_what_is_not_set(client, home):
    footer = footer_of(client)

    assert "平顶山市总工会 主办" in footer.get_text()
    assert not footer.select(".site-footer__columns, .site-footer__records")


def test_the_footer_costs_no_query_once_cached(client, footer_settings, home, settings):
    client.get("/")
    with CaptureQueriesContext(connection) as captured:
        client.get("/")
    assert not [q["sql"] for q in captured if "core_sitesettings" in q["sql"]]
