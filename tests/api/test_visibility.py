"""Only live, public content leaves through the API: no drafts, no private pages, no originals."""

from tests.api.conftest import HONOREES, make_private
from tests.core.factories import ImageFactory
from tests.enterprises.factories import EnterprisePageFactory
from tests.honorees.factories import HonoreePageFactory
from tests.park.factories import SculptureHonoreeFactory, SculpturePageFactory


def listed_ids(api, **params):
    status, body = api("/api/v2/pages/", **{"limit": 100, **params})
    assert status == 200
    return {item["id"] for item in body["items"]}


def test_drafts_are_not_listed_and_have_no_detail(api, city, honoree_index):
    draft = HonoreePageFactory(parent=honoree_index, title="草稿人", live=False)

    assert draft.pk not in listed_ids(api)
    assert draft.pk not in listed_ids(api, **HONOREES)
    status, body = api(f"/api/v2/pages/{draft.pk}/")
    assert status == 404 and "message" in body


def test_private_pages_are_hidden_even_from_a_logged_in_administrator(
    api, client, city, django_user_model
):
    wang = city["people"]["wang"]
    make_private(wang)
    admin = django_user_model.objects.create_superuser("admin", "admin@example.com", "x")
    client.force_login(admin)

    assert wang.pk not in listed_ids(api, **HONOREES)
    assert api(f"/api/v2/pages/{wang.pk}/")[0] == 404


def test_a_private_enterprise_section_hides_its_own_stars(api, city):
    mine = city["enterprises"]["mine"]
    star = HonoreePageFactory(parent=mine, title="孙涛")
    make_private(mine)

    ids = listed_ids(api)
    assert mine.pk not in ids and star.pk not in ids
    assert api(f"/api/v2/pages/{star.pk}/")[0] == 404


def test_a_draft_revision_does_not_change_what_the_api_shows(api, city):
    wang = city["people"]["wang"]
    wang.save_revision().publish()
    wang.title = "王芳芳"
    wang.summary = "尚未审核的新简介"
    wang.save_revision()  # saved for review, not published

    _, detail = api(f"/api/v2/pages/{wang.pk}/")
    _, listing = api("/api/v2/pages/", **HONOREES)

    assert detail["title"] == "王芳"
    assert detail["summary"] == "王芳扎根一线，技术革新成果显著。"
    assert "王芳芳" not in str(listing) and "尚未审核" not in str(listing)


def test_an_unpublished_page_leaves_the_api(api, city):
    zhao = city["people"]["zhao"]
    zhao.save_revision().publish()
    zhao.unpublish()

    assert zhao.pk not in listed_ids(api, **HONOREES)
    assert api(f"/api/v2/pages/{zhao.pk}/")[0] == 404


def test_nested_pages_leave_out_drafts_and_private_pages(api, city, enterprise_index, park):
    wang, li = city["people"]["wang"], city["people"]["li"]
    draft_employer = EnterprisePageFactory(parent=enterprise_index, title="未发布企业", live=False)
    li.employer_enterprise = draft_employer
    li.employer_name = "某煤矿"
    li.save()
    draft_sculpture = SculpturePageFactory(parent=park, title="草稿雕塑", live=False)
    SculptureHonoreeFactory(sculpture=draft_sculpture, honoree=wang)
    SculptureHonoreeFactory(sculpture=city["sculpture"], honoree=li)
    make_private(li)

    _, wang_body = api(f"/api/v2/pages/{wang.pk}/")
    assert [s["title"] for s in wang_body["sculptures"]] == ["王芳像"]
    _, sculpture = api(f"/api/v2/pages/{city['sculpture'].pk}/")
    assert [h["title"] for h in sculpture["honorees"]] == ["王芳"]
    _, mine = api(f"/api/v2/pages/{city['enterprises']['mine'].pk}/")
    assert mine["star_count"] == 1  # 李秀英 is private now

    li.view_restrictions.all().delete()
    _, li_body = api(f"/api/v2/pages/{li.pk}/")
    assert li_body["employer"] == {"name": "某煤矿", "enterprise": None}
    assert "未发布企业" not in str(li_body)


def test_images_are_those_live_public_pages_use(api, city, honoree_index):
    wang = city["people"]["wang"]
    draft = HonoreePageFactory(parent=honoree_index, live=False, portrait=ImageFactory())
    unused = ImageFactory()

    status, body = api("/api/v2/images/", limit=100)

    assert status == 200
    ids = {item["id"] for item in body["items"]}
    assert wang.portrait_id in ids
    assert city["sculpture"].photos.first().image_id in ids
    assert draft.portrait_id not in ids and unused.pk not in ids
    assert api(f"/api/v2/images/{draft.portrait_id}/")[0] == 404


def test_images_are_offered_as_renditions_not_originals(api, city):
    portrait = city["people"]["wang"].portrait

    status, body = api(f"/api/v2/images/{portrait.pk}/")

    assert status == 200
    assert "download_url" not in body["meta"] and "tags" not in body["meta"]
    assert "max-400x400" in body["thumbnail"]["url"]
    assert "max-1600x1600" in body["large"]["url"]
    assert portrait.file.url not in str(body)


def test_a_picture_only_in_a_draft_revision_is_not_listed(api, city):
    wang = city["people"]["wang"]
    wang.save_revision().publish()
    published_portrait = wang.portrait
    draft_portrait = ImageFactory()
    wang.portrait = draft_portrait
    wang.save_revision()  # awaiting review

    _, body = api("/api/v2/images/", limit=100)
    _, detail = api(f"/api/v2/pages/{wang.pk}/")

    ids = {item["id"] for item in body["items"]}
    assert published_portrait.pk in ids and draft_portrait.pk not in ids
    stem = draft_portrait.file.name.rsplit("/", 1)[-1].split(".")[0]
    assert stem not in detail["portrait_thumbnail"]["url"]
