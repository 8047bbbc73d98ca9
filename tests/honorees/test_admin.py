"""Editors work in the Wagtail admin, in Chinese: profiles with honours, and the reference lists."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from exhibits.honorees.models import HonoreePage, HonourLevel
from tests.core.factories import CountyFactory
from tests.honorees.factories import HonourTitleFactory


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "e@example.com", "pw")
    client.force_login(user)
    return client


def test_admin_speaks_chinese(editor_client):
    html = editor_client.get("/admin/").content.decode()
    assert 'lang="zh-hans"' in html or 'lang="zh-Hans"' in html
    assert "控制面板" in html  # "Dashboard"


def test_an_editor_creates_a_profile_with_honours(editor_client, honoree_index):
    title = HonourTitleFactory(name="鹰城大工匠", level=HonourLevel.CITY)
    county = CountyFactory(name="卫东区")
    url = f"/admin/pages/add/honorees/honoreepage/{honoree_index.pk}/"
    assert editor_client.get(url).status_code == 200

    data = nested_form_data(
        {
            "title": "赵卫国",
            "slug": "zhao-wei-guo",
            "gender": "male",
            "birth_year": "1972",
            "summary": "三十年如一日坚守设备检修一线。",
            "employer_name": "平顶山某机械厂",
            "post": "钳工",
            "county": county.pk,
            "industry": "",
            "portrait_alt": "",
            "story": streamfield([("paragraph", rich_text("<p>他是厂里公认的“老师傅”。</p>"))]),
            "tags": "技术革新, 传帮带",
            "honours": inline_formset([{"title": title.pk, "year": "2019", "note": ""}]),
            "social_text": "",
            "action-publish": "publish",
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors

    page = HonoreePage.objects.get(slug="zhao-wei-guo")
    assert page.live
    assert page.name_pinyin == "zhao wei guo"
    assert [(h.title.name, h.year) for h in page.honours.all()] == [("鹰城大工匠", 2019)]
    assert sorted(page.tag_names) == ["传帮带", "技术革新"]


def test_reference_lists_are_editable_snippets(editor_client):
    HonourTitleFactory(name="全国劳动模范", level=HonourLevel.NATIONAL)
    html = editor_client.get("/admin/snippets/honorees/honourtitle/").content.decode()
    assert "全国劳动模范" in html
    assert editor_client.get("/admin/snippets/core/county/").status_code == 200
    assert editor_client.get("/admin/snippets/core/industry/").status_code == 200


def test_sitemap_lists_live_profiles(client, honoree_index):
    from tests.honorees.factories import HonoreePageFactory

    page = HonoreePageFactory(parent=honoree_index, slug="wang-fang")
    draft = HonoreePageFactory(parent=honoree_index, slug="draft-person")
    draft.unpublish()
    xml = client.get("/sitemap.xml").content.decode()
    assert page.url in xml
    assert "draft-person" not in xml
