"""The site's public address: the admin warns while the Site is on localhost, and one command
sets it from WAGTAILADMIN_BASE_URL."""

import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from wagtail.models import Site

WARNING = "#site-address-warning-section"


def set_site(hostname, port):
    Site.objects.filter(is_default_site=True).update(hostname=hostname, port=port)


def dashboard(client):
    response = client.get("/admin/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def editor_client(client, django_user_model, home):
    """An editor with admin access who may not change sites."""
    user = django_user_model.objects.create_user("bianji", password="pw")
    group = Group.objects.create(name="编辑")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    return client


def test_the_dashboard_warns_while_the_site_says_localhost(admin_client, home):
    set_site("localhost", 80)

    warning = dashboard(admin_client).select_one(WARNING)

    assert warning is not None
    text = warning.get_text(" ", strip=True)
    assert "http://localhost" in text and "二维码" in text
    site = Site.objects.get(is_default_site=True)
    assert warning.find("a", href=f"/admin/sites/edit/{site.pk}/")


def test_no_warning_once_the_site_has_its_public_host(admin_client, home):
    set_site("laomo.example.cn", 443)

    assert dashboard(admin_client).select_one(WARNING) is None


def test_no_warning_for_the_local_address_the_server_is_served_at(admin_client, home, settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8001"  # as `make run PORT=8001` sets it
    set_site("127.0.0.1", 8001)
    assert dashboard(admin_client).select_one(WARNING) is None

    settings.WAGTAILADMIN_BASE_URL = "https://laomo.example.cn"  # production, Site left local
    assert dashboard(admin_client).select_one(WARNING) is not None


def test_the_warning_is_only_for_those_who_can_change_sites(editor_client):
    set_site("localhost", 80)

    assert dashboard(editor_client).select_one(WARNING) is None


def test_set_site_url_takes_the_address_from_the_setting(home, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://laomo.example.cn"
    out = io.StringIO()

    call_command("set_site_url", stdout=out)

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == (
        "laomo.example.cn",
        443,
        "https://laomo.example.cn",
    )
    assert "https://laomo.example.cn" in out.getvalue()


def test_set_site_url_keeps_the_port(home):
    call_command("set_site_url", "http://192.168.1.20:8001", stdout=io.StringIO())

    assert Site.objects.get(is_default_site=True).root_url == "http://192.168.1.20:8001"


@pytest.mark.parametrize("url", ["laomo.example.cn", "ftp://laomo.example.cn", "https://x:8443"])
def test_set_site_url_refuses_what_a_site_cannot_be(home, url):
    with pytest.raises(CommandError):
        call_command("set_site_url", url, stdout=io.StringIO())
    assert Site.objects.get(is_default_site=True).hostname == "localhost"
