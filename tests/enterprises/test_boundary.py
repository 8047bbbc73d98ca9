"""What an enterprise editor can reach in the Wagtail admin: their own section, and nothing else."""

from html.parser import HTMLParser

import pytest
import wagtail_factories
from wagtail.fields import StreamField
from wagtail.models import Page

from exhibits.enterprises.onboarding import onboard_enterprise
from exhibits.honorees.models import HonoreePage
from tests.core.factories import ImageFactory
from tests.honorees.factories import HonoreePageFactory


class _FormScraper(HTMLParser):
    """The values a browser would post from the admin's edit form, with JavaScript off."""

    def __init__(self):
        super().__init__()
        self.data = []
        self._template_depth = 0
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "template":
            self._template_depth += 1
        if self._template_depth:
            return
        name = attrs.get("name")
        if tag == "input" and name and "__prefix__" not in name:
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.data.append((name, attrs.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self.data.append((self._select, attrs.get("value", "")))
        elif tag == "textarea" and name:
            self._textarea = [name, ""]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "template":
            self._template_depth -= 1
        elif tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            self.data.append(tuple(self._textarea))
            self._textarea = None


def edit_form_data(client, page, **changes):
    """GET the edit view as the logged-in user and return its form as POST data, with changes."""
    return admin_form_data(client, f"/admin/pages/{page.pk}/edit/", page.specific_class, **changes)


def admin_form_data(client, url, page_class, **changes):
    """The form of an admin page view (edit or add) as POST data, with changes."""
    response = client.get(url)
    assert response.status_code == 200
    scraper = _FormScraper()
    scraper.feed(response.content.decode())
    data = {}
    for name, value in scraper.data:
        if name in ("q", "csrfmiddlewaretoken"):
            continue
        data.setdefault(name, value)
    # A StreamField's inputs are drawn by JavaScript; an empty one posts just its count.
    # Tests here leave stream fields empty.
    for model_field in page_class._meta.get_fields():
        if isinstance(model_field, StreamField):
            data.setdefault(f"{model_field.name}-count", "0")
    data.update(changes)
    return data


@pytest.fixture
def sections(enterprise_index, honoree_index):
    """Enterprises A and B onboarded, each with a live star, image and document; a union honoree."""
    a = onboard_enterprise("甲煤业有限公司", "jia", "editor_a", "a@jia.example")
    b = onboard_enterprise("乙电力有限公司", "yi", "editor_b", "b@yi.example")
    return {
        "a": a,
        "b": b,
        "a_star": HonoreePageFactory(parent=a.page, title="王芳", slug="wang-fang"),
        "b_star": HonoreePageFactory(parent=b.page, title="李伟", slug="li-wei"),
        "union_star": HonoreePageFactory(parent=honoree_index, title="张强", slug="zhang-qiang"),
        "a_image": ImageFactory(title="甲厂房", collection=a.collections["image"]),
        "b_image": ImageFactory(title="乙电厂", collection=b.collections["image"]),
        "a_doc": wagtail_factories.DocumentFactory(
            title="甲简介", collection=a.collections["document"]
        ),
        "b_doc": wagtail_factories.DocumentFactory(
            title="乙简介", collection=b.collections["document"]
        ),
    }


@pytest.fixture
def editor_a(client, sections):
    client.force_login(sections["a"].user)
    return client


def _denied(response):
    """Wagtail refuses with 403 or by sending the user back to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url.rstrip("/").endswith("/admin")
    )


def test_enterprise_editor_can_edit_their_own_section(editor_a, sections):
    assert editor_a.get(f"/admin/pages/{sections['a'].page.pk}/edit/").status_code == 200
    assert editor_a.get(f"/admin/pages/{sections['a_star'].pk}/edit/").status_code == 200


def test_enterprise_editor_cannot_edit_another_enterprise(editor_a, sections):
    assert _denied(editor_a.get(f"/admin/pages/{sections['b'].page.pk}/edit/"))
    assert _denied(editor_a.get(f"/admin/pages/{sections['b_star'].pk}/edit/"))


def test_enterprise_editor_does_not_see_another_enterprise_in_the_explorer(editor_a, sections):
    response = editor_a.get(f"/admin/pages/{sections['b'].page.pk}/", follow=True)
    assert "李伟" not in response.content.decode()
    listing = editor_a.get(f"/admin/pages/{sections['a'].page.pk}/").content.decode()
    assert "王芳" in listing and "李伟" not in listing


def test_enterprise_editor_cannot_add_a_page_under_another_enterprise(editor_a, sections):
    b = sections["b"].page
    url = f"/admin/pages/add/honorees/honoreepage/{b.pk}/"
    assert _denied(editor_a.get(url))
    editor_a.post(url, {"title": "冒名", "slug": "fake", "action-submit": "1"})
    assert not HonoreePage.objects.filter(slug="fake").exists()


def test_enterprise_editor_cannot_move_a_star_out_of_their_section(editor_a, sections):
    star = sections["a_star"]
    for target in (sections["b"].page, star.get_parent().get_parent()):
        editor_a.post(f"/admin/pages/{star.pk}/move/{target.pk}/confirm/")
        assert Page.objects.get(pk=star.pk).get_parent().pk == sections["a"].page.pk


def test_enterprise_editor_cannot_move_a_page_into_their_section(editor_a, sections):
    a = sections["a"].page
    for page in (sections["union_star"], sections["b_star"]):
        parent = page.get_parent()
        editor_a.post(f"/admin/pages/{page.pk}/move/{a.pk}/confirm/")
        assert Page.objects.get(pk=page.pk).get_parent().pk == parent.pk


def test_enterprise_editor_cannot_delete_pages_outside_their_section(editor_a, sections):
    for page in (sections["b_star"], sections["union_star"], sections["b"].page):
        assert _denied(editor_a.post(f"/admin/pages/{page.pk}/delete/"))
        assert Page.objects.filter(pk=page.pk).exists()


def test_enterprise_editor_cannot_delete_their_live_star(editor_a, sections):
    # Taking a live page down is a publishing decision, which belongs to the union.
    star = sections["a_star"]
    editor_a.post(f"/admin/pages/{star.pk}/delete/")
    assert Page.objects.filter(pk=star.pk, live=True).exists()


def test_enterprise_editor_cannot_publish(editor_a, sections):
    star = sections["a_star"]
    data = edit_form_data(editor_a, star, summary="未经审核的新事迹", **{"action-publish": "1"})
    editor_a.post(f"/admin/pages/{star.pk}/edit/", data)
    star.refresh_from_db()
    assert star.summary != "未经审核的新事迹"
    assert star.get_latest_revision().as_object().summary == "未经审核的新事迹"
    assert star.has_unpublished_changes


def test_enterprise_editor_cannot_unpublish(editor_a, sections):
    for page in (sections["a_star"], sections["a"].page, sections["b_star"]):
        editor_a.post(f"/admin/pages/{page.pk}/unpublish/")
        assert Page.objects.get(pk=page.pk).live


def test_enterprise_editor_cannot_edit_union_honorees(editor_a, sections):
    star = sections["union_star"]
    assert _denied(editor_a.get(f"/admin/pages/{star.pk}/edit/"))
    editor_a.post(f"/admin/pages/{star.pk}/edit/", {"title": "篡改", "slug": star.slug})
    assert not star.revisions.exists() or star.get_latest_revision().as_object().title == "张强"
    star.refresh_from_db()
    assert star.title == "张强"


def test_enterprise_editor_sees_only_their_own_images(editor_a, sections):
    listing = editor_a.get("/admin/images/").content.decode()
    assert "甲厂房" in listing and "乙电厂" not in listing
    chooser = editor_a.get("/admin/images/chooser/").json()["html"]
    assert "甲厂房" in chooser and "乙电厂" not in chooser
    assert _denied(editor_a.get(f"/admin/images/{sections['b_image'].pk}/"))
    assert editor_a.get(f"/admin/images/{sections['a_image'].pk}/").status_code == 200


def test_enterprise_editor_sees_only_their_own_documents(editor_a, sections):
    listing = editor_a.get("/admin/documents/").content.decode()
    assert "甲简介" in listing and "乙简介" not in listing
    chooser = editor_a.get("/admin/documents/chooser/").json()["html"]
    assert "甲简介" in chooser and "乙简介" not in chooser
    assert _denied(editor_a.get(f"/admin/documents/edit/{sections['b_doc'].pk}/"))


def test_enterprise_editor_cannot_edit_honour_titles_or_reference_lists(editor_a, sections):
    for url in (
        "/admin/snippets/honorees/honourtitle/",
        "/admin/snippets/honorees/honourtitle/add/",
        "/admin/snippets/core/county/",
        "/admin/snippets/core/industry/",
    ):
        assert _denied(editor_a.get(url)), url


def test_enterprise_editor_cannot_manage_users_or_groups(editor_a, sections):
    for url in ("/admin/users/", "/admin/groups/", "/admin/workflows/list/", "/admin/sites/"):
        assert _denied(editor_a.get(url)), url


def test_enterprise_editor_drafts_never_reach_the_public_site(editor_a, client, sections):
    star = sections["a_star"]
    data = edit_form_data(editor_a, star, summary="草稿里的事迹")
    editor_a.post(f"/admin/pages/{star.pk}/edit/", data)
    star.refresh_from_db()
    assert star.get_latest_revision().as_object().summary == "草稿里的事迹"

    a = sections["a"].page
    add_url = f"/admin/pages/add/honorees/honoreepage/{a.pk}/"
    data = admin_form_data(
        editor_a, add_url, HonoreePage, title="赵军", slug="zhao-jun", **{"action-submit": "1"}
    )
    editor_a.post(add_url, data)
    new = HonoreePage.objects.get(slug="zhao-jun")
    assert not new.live
    assert new.workflow_in_progress

    editor_a.logout()
    public = client.get(star.url)
    assert public.status_code == 200
    assert "草稿里的事迹" not in public.content.decode()
    assert client.get(f"{a.url}zhao-jun/").status_code == 404


def test_the_same_requests_do_work_for_a_superuser(client, sections, django_user_model):
    """A control: the refusals above come from permissions, not from malformed requests."""
    admin = django_user_model.objects.create_superuser("admin", "admin@union.example", "x")
    client.force_login(admin)
    star, b_star = sections["a_star"], sections["b_star"]

    data = edit_form_data(client, star, summary="超级用户发布", **{"action-publish": "1"})
    client.post(f"/admin/pages/{star.pk}/edit/", data)
    star.refresh_from_db()
    assert star.summary == "超级用户发布"

    client.post(f"/admin/pages/{star.pk}/move/{sections['b'].page.pk}/confirm/")
    assert Page.objects.get(pk=star.pk).get_parent().pk == sections["b"].page.pk

    client.post(f"/admin/pages/{star.pk}/unpublish/")
    assert not Page.objects.get(pk=star.pk).live

    client.post(f"/admin/pages/{b_star.pk}/delete/")
    assert not Page.objects.filter(pk=b_star.pk).exists()
