"""Union administrators onboard enterprises and manage their editors in the admin, no shell."""

import pytest
from django.contrib.auth import get_user_model

from exhibits.enterprises import onboarding
from exhibits.enterprises.models import EnterprisePage


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("union", "u@example.com", "pw")
    client.force_login(user)
    return client


def test_onboarding_from_the_admin_form(admin_client, enterprise_index):
    data = {
        "name": "平顶山鹰城精工有限公司",
        "slug": "yingcheng-jinggong",
        "editor_username": "jinggong01",
        "editor_email": "jg@example.com",
    }
    response = admin_client.post("/admin/enterprises/onboard/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "已为“平顶山鹰城精工有限公司”开通企业栏目" in html
    assert "/admin/password_reset/confirm/" in html
    page = EnterprisePage.objects.get(slug="yingcheng-jinggong")
    assert [u.username for u in onboarding.enterprise_group(page).user_set.all()] == ["jinggong01"]

    again = admin_client.post("/admin/enterprises/onboard/", data).content.decode()
    assert "已开通，未做任何改动" in again
    assert EnterprisePage.objects.filter(slug="yingcheng-jinggong").count() == 1


def test_bad_input_is_explained_in_chinese(admin_client, enterprise_index):
    response = admin_client.post(
        "/admin/enterprises/onboard/",
        {"name": "", "slug": "坏", "editor_username": "x", "editor_email": "not-an-email"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not EnterprisePage.objects.exists()


def test_adding_and_disabling_editors(admin_client, enterprise_index):
    result = onboarding.onboard_enterprise("神马实业", "shenma", "shenma01", "s1@example.com")
    url = f"/admin/enterprises/{result.page.pk}/editors/"
    admin_client.post(url, {"username": "shenma02", "email": "s2@example.com"})
    group = onboarding.enterprise_group(result.page)
    assert sorted(group.user_set.values_list("username", flat=True)) == ["shenma01", "shenma02"]

    admin_client.post(url, {"disable": "shenma01"})
    assert not get_user_model().objects.get(username="shenma01").is_active


def test_enterprise_editors_cannot_onboard(client, enterprise_index):
    result = onboarding.onboard_enterprise("神马实业", "shenma", "shenma01", "s1@example.com")
    client.force_login(result.user)
    assert client.get("/admin/enterprises/onboard/").status_code in (302, 403)
    assert client.get(f"/admin/enterprises/{result.page.pk}/editors/").status_code in (302, 403)
