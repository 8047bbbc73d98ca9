"""What /api/v2/pages/ tells a mini-program about honorees, sculptures and enterprises."""

import pytest

from tests.api.conftest import BASE_URL, HONOREES, story
from tests.core.factories import ImageFactory
from tests.honorees.factories import HonoreePageFactory


def by_title(items):
    return {item["title"]: item for item in items}


def test_honoree_listing_with_every_field(api, city):
    status, body = api("/api/v2/pages/", **HONOREES)

    assert status == 200
    assert body["meta"]["total_count"] == 5
    wang = by_title(body["items"])["王芳"]
    assert wang["meta"]["type"] == "honorees.HonoreePage"
    assert wang["meta"]["detail_url"] == f"{BASE_URL}/api/v2/pages/{city['people']['wang'].pk}/"
    assert wang["meta"]["html_url"].endswith("/honorees/" + city["people"]["wang"].slug + "/")
    assert wang["name_pinyin"] == "wang fang"
    assert wang["gender"] == "female"
    assert wang["birth_year"] == 1975
    assert wang["post"] == "检修工"
    assert wang["county"] == {"id": city["counties"]["xinhua"].pk, "name": "新华区"}
    assert wang["industry"] == {"id": city["industries"]["coal"].pk, "name": "煤炭"}
    assert "story" not in wang  # detail only


def test_honours_are_a_timeline_and_the_top_honour_gives_the_level(api, city):
    status, body = api(f"/api/v2/pages/{city['people']['wang'].pk}/")

    assert status == 200
    assert [(h["year"], h["title"], h["level_slug"]) for h in body["honours"]] == [
        (2015, "鹰城大工匠", "city"),
        (2020, "全国劳动模范", "national"),
    ]
    assert body["top_honour"] == {
        "year": 2020,
        "title": "全国劳动模范",
        "title_id": city["titles"]["national"].pk,
        "level": 1,
        "level_slug": "national",
        "level_name": "国家级",
        "note": "",
    }
    status, body = api(f"/api/v2/pages/{city['people']['an'].pk}/")
    assert body["honours"] == [] and body["top_honour"] is None


def test_employer_links_to_the_enterprise_section_or_gives_the_name(api, city):
    mine = city["enterprises"]["mine"]
    _, wang = api(f"/api/v2/pages/{city['people']['wang'].pk}/")
    _, chen = api(f"/api/v2/pages/{city['people']['chen'].pk}/")

    assert wang["employer"]["name"] == "平顶山天安煤业"
    assert wang["employer"]["enterprise"]["id"] == mine.pk
    assert wang["employer"]["enterprise"]["meta"]["detail_url"] == (
        f"{BASE_URL}/api/v2/pages/{mine.pk}/"
    )
    assert chen["employer"] == {"name": "平顶山某公司", "enterprise": None}


def test_portraits_are_renditions_not_the_original(api, city):
    wang = city["people"]["wang"]
    wang.portrait_alt = "王芳在车间检修设备"
    wang.save()

    _, body = api(f"/api/v2/pages/{wang.pk}/")

    original = wang.portrait.file.url
    for field, spec in (("portrait_thumbnail", "fill-300x400"), ("portrait_large", "fill-600x800")):
        portrait = body[field]
        assert spec in portrait["url"] and portrait["url"] != original
        assert portrait["url"].endswith(".webp")
        assert portrait["full_url"].startswith("http") and portrait["full_url"].endswith(
            portrait["url"]
        )
        assert portrait["alt"] == "王芳在车间检修设备"
        assert {"width", "height"} <= portrait.keys()
    assert "original_images" not in str(body)


def test_an_honoree_without_portrait_has_none(api, honoree_index):
    page = HonoreePageFactory(parent=honoree_index, portrait=None)

    _, body = api(f"/api/v2/pages/{page.pk}/")

    assert body["portrait_thumbnail"] is None and body["portrait_large"] is None


def test_tags_sorted_by_pinyin(api, city):
    wang = city["people"]["wang"]
    wang.tags.add("志愿服务", "安全生产", "技术革新")
    wang.save()

    _, body = api(f"/api/v2/pages/{wang.pk}/")

    assert body["tags"] == ["安全生产", "技术革新", "志愿服务"]


def test_honoree_lists_the_sculptures_that_depict_them(api, city):
    sculpture = city["sculpture"]

    _, body = api(f"/api/v2/pages/{city['people']['wang'].pk}/")

    assert [(s["id"], s["title"], s["year_of_entry"]) for s in body["sculptures"]] == [
        (sculpture.pk, "王芳像", 2021)
    ]
    assert body["sculptures"][0]["meta"]["html_url"].endswith(sculpture.url)


def test_story_links_are_expanded_to_public_urls(api, city):
    wang, zhao = city["people"]["wang"], city["people"]["zhao"]
    wang.story = story(
        ("paragraph", f'<p>师傅<a linktype="page" id="{zhao.pk}">赵强</a>带出来的</p>')
    )
    wang.save()

    _, body = api(f"/api/v2/pages/{wang.pk}/")

    paragraph = body["story"][0]
    assert paragraph["type"] == "paragraph"
    assert f'<a href="{BASE_URL}{zhao.url}">赵强</a>' in paragraph["value"]
    assert "linktype" not in paragraph["value"]


def test_story_in_database_format_on_request(api, city):
    wang, zhao = city["people"]["wang"], city["people"]["zhao"]
    wang.story = story(("paragraph", f'<p><a linktype="page" id="{zhao.pk}">赵强</a></p>'))
    wang.save()

    _, body = api(f"/api/v2/pages/{wang.pk}/", rich_text_format="db_html")

    assert f'linktype="page" id="{zhao.pk}"' in body["story"][0]["value"]


def test_story_pictures_are_renditions_with_their_alt_text(api, city):
    wang = city["people"]["wang"]
    photo, decoration = ImageFactory(), ImageFactory()
    wang.story = story(
        (
            "image",
            {
                "image": {"image": photo.pk, "alt_text": "王芳在井下", "decorative": False},
                "caption": "2019年",
            },
        ),
        (
            "gallery",
            {
                "title": "工作照",
                "images": [
                    {"image": {"image": pk, "alt_text": "", "decorative": True}, "caption": ""}
                    for pk in (photo.pk, decoration.pk)
                ],
            },
        ),
        ("quote", {"text": "干一行，爱一行。", "attribution": "王芳"}),
    )
    wang.save()

    _, body = api(f"/api/v2/pages/{wang.pk}/")

    image, gallery, quote = (block["value"] for block in body["story"])
    assert image["caption"] == "2019年"
    assert "max-900x900" in image["image"]["url"] and image["image"]["alt"] == "王芳在井下"
    assert [item["image"]["alt"] for item in gallery["images"]] == ["", ""]
    assert all("max-900x900" in item["image"]["url"] for item in gallery["images"])
    assert quote == {"text": "干一行，爱一行。", "attribution": "王芳"}
    assert photo.file.url not in str(body)


def test_sculpture_fields(api, city):
    sculpture = city["sculpture"]

    status, body = api("/api/v2/pages/", type="park.SculpturePage", fields="*")

    assert status == 200
    [item] = body["items"]
    assert item["year_of_entry"] == 2021
    assert item["sculptor"] == "李雕塑" and item["material"] == "铸铜"
    assert item["unveiled_on"] == "2021-04-28"
    assert item["inscription"] == "劳动最光荣。"
    assert (item["map_x"], item["map_y"]) == (0.5, 0.5)
    assert [(h["id"], h["title"]) for h in item["honorees"]] == [
        (city["people"]["wang"].pk, "王芳")
    ]
    assert "fill-800x600" in item["lead_photo"]["url"]
    assert item["lead_photo"]["alt"] == "王芳像正面"
    assert item["id"] == sculpture.pk


def test_enterprise_fields(api, city):
    mine = city["enterprises"]["mine"]
    wang = city["people"]["wang"]
    mine.introduction = f'<p>培养了<a linktype="page" id="{wang.pk}">王芳</a>等劳模。</p>'
    mine.save()

    _, body = api("/api/v2/pages/", type="enterprises.EnterprisePage", fields="*")

    item = by_title(body["items"])["平顶山天安煤业"]
    assert item["county"]["name"] == "新华区" and item["industry"]["name"] == "煤炭"
    assert f'<a href="{BASE_URL}{wang.url}">王芳</a>' in item["introduction"]
    assert "max-320x320" in item["logo"]["url"] and item["logo"]["alt"] == "平顶山天安煤业的标志"
    assert item["star_count"] == 2
    _, detail = api(f"/api/v2/pages/{mine.pk}/")
    assert detail["star_count"] == 2


def test_honorees_can_be_ordered_by_pinyin(api, city):
    _, body = api("/api/v2/pages/", type="honorees.HonoreePage", order="name_pinyin")

    assert [item["title"] for item in body["items"]] == ["安军", "陈磊", "李秀英", "王芳", "赵强"]


def test_ordering_by_a_list_field_is_refused(api, city):
    for order in ("honours", "-tags"):
        status, body = api("/api/v2/pages/", type="honorees.HonoreePage", order=order)
        assert status == 400, order
        assert "cannot order by" in body["message"]


def test_listing_is_paginated(api, city):
    status, body = api("/api/v2/pages/", type="honorees.HonoreePage", limit=2, offset=2)

    assert status == 200
    assert body["meta"]["total_count"] == 5
    assert len(body["items"]) == 2


def test_limit_is_capped(api, city, settings):
    assert settings.WAGTAILAPI_LIMIT_MAX == 100
    assert api("/api/v2/pages/", limit=100)[0] == 200

    status, body = api("/api/v2/pages/", limit=101)

    assert status == 400
    assert body["message"] == "limit cannot be higher than 100"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_api_is_read_only(client, city, method):
    wang = city["people"]["wang"]
    for path in ("/api/v2/pages/", f"/api/v2/pages/{wang.pk}/", "/api/v2/images/"):
        response = getattr(client, method)(
            path, data='{"title": "改名"}', content_type="application/json"
        )
        assert response.status_code == 405, (method, path)
    wang.refresh_from_db()
    assert wang.title == "王芳"


def test_html_url_finds_the_api_detail(client, city):
    wang = city["people"]["wang"]

    response = client.get("/api/v2/pages/find/", {"html_path": wang.url})

    assert response.status_code == 302
    assert response["Location"].startswith(f"{BASE_URL}/api/v2/pages/{wang.pk}/")


def test_story_as_markdown_keeps_links_absolute(api, city):
    wang, zhao = city["people"]["wang"], city["people"]["zhao"]
    wang.story = story(("paragraph", f'<p>师傅<a linktype="page" id="{zhao.pk}">赵强</a></p>'))
    wang.save()

    _, body = api(f"/api/v2/pages/{wang.pk}/", rich_text_format="markdown")

    assert f"[赵强]({BASE_URL}{zhao.url})" in body["story"][0]["value"]


def test_an_unknown_rich_text_format_is_a_400(api, city):
    status, body = api(f"/api/v2/pages/{city['people']['wang'].pk}/", rich_text_format="pdf")

    assert status == 400 and "rich_text_format must be one of" in body["message"]
