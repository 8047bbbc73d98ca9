"""企业栏目更新情况: enterprises by last update, stale ones flagged, contacts listed."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail import hooks
from wagtail.models import Page

from exhibits.core.dates import chinese_date
from exhibits.enterprises.onboarding import editor_group_name, onboard_enterprise
from exhibits.enterprises.reports import months_before
from tests.enterprises.factories import EnterprisePageFactory
from tests.honorees.factories import HonoreePageFactory

URL = "/admin/reports/enterprise-staleness/"


def _at(days_ago):
    return timezone.now() - datetime.timedelta(days=days_ago)


def _touch(page, days_ago, revised_days_ago=None):
    """Set a page's last publication (and optionally latest revision) without a save()."""
    Page.objects.filter(pk=page.pk).update(
        last_published_at=_at(days_ago),
        latest_revision_created_at=None if revised_days_ago is None else _at(revised_days_ago),
    )


def _rows(response):
    """Report rows, as the CSV export lists them: header first."""
    content = b"".join(response.streaming_content).decode("utf-8")
    return [line.split(",") for line in content.strip().splitlines()]


@pytest.fixture
def admin(django_user_model):
    return django_user_model.objects.create_superuser("admin", "admin@union.example", "x")


@pytest.fixture
def admin_client(client, admin):
    client.force_login(admin)
    return client


@pytest.fixture
def enterprises(enterprise_index):
    """Three enterprises: 甲 updated 10 days ago, 乙 400 days ago, 丙 40 days ago."""
    jia = EnterprisePageFactory(parent=enterprise_index, title="甲煤业有限公司", slug="jia")
    yi = EnterprisePageFactory(parent=enterprise_index, title="乙化工有限公司", slug="yi")
    bing = EnterprisePageFactory(parent=enterprise_index, title="丙电力有限公司", slug="bing")
    _touch(jia, 10)
    _touch(yi, 400)
    _touch(bing, 40)
    return jia, yi, bing


def test_dates_read_in_chinese_and_months_count_back_by_the_calendar():
    assert chinese_date(datetime.date(2026, 5, 1)) == "2026年5月1日"
    assert months_before(datetime.date(2026, 3, 31), 1) == datetime.date(2026, 2, 28)
    assert months_before(datetime.date(2026, 1, 15), 6) == datetime.date(2025, 7, 15)


def test_enterprises_are_listed_oldest_update_first(admin_client, enterprises):
    jia, yi, bing = enterprises
    response = admin_client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "企业栏目更新情况" in html
    positions = [html.index(page.title) for page in (yi, bing, jia)]
    assert positions == sorted(positions)


def test_an_honoree_edit_in_the_subtree_counts_as_the_section_updated(admin_client, enterprises):
    jia, yi, bing = enterprises
    star = HonoreePageFactory(parent=yi, title="王芳", slug="wang-fang")
    _touch(star, 100, revised_days_ago=1)  # its latest draft is the newest change of all
    response = admin_client.get(URL + "?export=csv")
    titles = [row[0] for row in _rows(response)[1:]]
    assert titles == [bing.title, jia.title, yi.title]


@override_settings(ENTERPRISE_STALE_AFTER_MONTHS=1)
def test_sections_not_updated_within_the_threshold_are_flagged(admin_client, enterprises):
    jia, yi, bing = enterprises
    response = admin_client.get(URL)
    html = response.content.decode()
    assert html.count("data-stale>超过1个月未更新<") == 2  # 乙 (400 days) and 丙 (40 days)
    rows = {row[0]: row for row in _rows(admin_client.get(URL + "?export=csv"))[1:]}
    assert rows[yi.title][3] == "超过1个月未更新"
    assert rows[bing.title][3] == "超过1个月未更新"
    assert rows[jia.title][3] == "正常"


def test_the_default_threshold_is_six_months(admin_client, enterprises):
    jia, yi, bing = enterprises
    rows = {row[0]: row for row in _rows(admin_client.get(URL + "?export=csv"))[1:]}
    assert rows[yi.title][3] == "超过6个月未更新"
    assert rows[bing.title][3] == "正常"
    assert rows[jia.title][3] == "正常"


def test_contacts_are_the_active_editors_of_the_enterprise_group(
    admin_client, enterprise_index, honoree_index, django_user_model
):
    onboarded = onboard_enterprise("甲煤业有限公司", "jia", "editor_a", "a@jia.example")
    onboarded.user.first_name = "张三"
    onboarded.user.save()
    gone = django_user_model.objects.create_user("left", "left@jia.example", is_active=False)
    gone.groups.add(onboarded.group)
    response = admin_client.get(URL)
    html = response.content.decode()
    assert "张三" in html and "a@jia.example" in html
    assert "left@jia.example" not in html


def test_csv_export_has_chinese_headings_and_rows(
    admin_client, enterprise_index, honoree_index, enterprises
):
    jia, yi, bing = enterprises
    group = Group.objects.create(name=editor_group_name(jia.title))
    group.user_set.create(username="lianluo", email="ll@jia.example", first_name="李四")
    Page.objects.filter(pk=jia.pk).update(last_published_at=timezone.now())
    response = admin_client.get(URL + "?export=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = _rows(response)
    assert rows[0] == ["企业", "县（市、区）", "最近更新", "状态", "企业联络员"]
    assert len(rows) == 4
    jia_row = next(row for row in rows if row[0] == jia.title)
    assert jia_row[1] == jia.county.name
    assert jia_row[2] == chinese_date(timezone.now())
    assert jia_row[3] == "正常"
    assert jia_row[4] == "李四 <ll@jia.example>"


def test_xlsx_export_is_offered(admin_client, enterprises):
    response = admin_client.get(URL + "?export=xlsx")
    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]


def test_an_enterprise_editor_is_denied_and_sees_no_menu_item(
    client, enterprise_index, honoree_index
):
    onboarded = onboard_enterprise("甲煤业有限公司", "jia", "editor_a", "a@jia.example")
    client.force_login(onboarded.user)
    response = client.get(URL)
    assert response.status_code in (302, 403)
    assert "企业栏目更新情况" not in response.content.decode()
    export = client.get(URL + "?export=csv")
    assert export.status_code in (302, 403)
    assert not getattr(export, "streaming", False)
    assert not _menu_item().is_shown(_request_for(onboarded.user))


def _menu_item():
    items = [make_item() for make_item in hooks.get_hooks("register_reports_menu_item")]
    return next(item for item in items if item.name == "enterprise-staleness")


def _request_for(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    return request


def test_a_superuser_sees_the_menu_item_in_reports(admin):
    item = _menu_item()
    assert item.url == URL
    assert str(item.label) == "企业栏目更新情况"
    assert item.is_shown(_request_for(admin))


def test_union_reviewers_may_read_the_report(
    client, enterprise_index, honoree_index, django_user_model
):
    onboard_enterprise("甲煤业有限公司", "jia", "editor_a", "a@jia.example")
    reviewer = django_user_model.objects.create_user("shenhe", "reviewer@union.example", "x")
    reviewer.groups.add(Group.objects.get(name="工会审核员"))
    client.force_login(reviewer)
    assert client.get(URL).status_code == 200


def _report_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        if getattr(response, "streaming", False):
            b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(queries)


def _add_enterprise(enterprise_index, n, django_user_model):
    page = EnterprisePageFactory(parent=enterprise_index, title=f"测试企业{n}", slug=f"e-{n}")
    HonoreePageFactory(parent=page, slug=f"star-{n}")
    group = Group.objects.create(name=editor_group_name(page.title))
    group.user_set.add(django_user_model.objects.create_user(f"editor{n}", f"e{n}@x.example"))


@pytest.mark.parametrize("url", [URL, URL + "?export=csv"])
def test_query_count_does_not_grow_with_enterprises(
    admin_client, enterprise_index, django_user_model, url
):
    for n in range(2):
        _add_enterprise(enterprise_index, n, django_user_model)
    _report_queries(admin_client, url)  # warm caches (site root, content types)
    few = _report_queries(admin_client, url)
    for n in range(2, 8):
        _add_enterprise(enterprise_index, n, django_user_model)
    many = _report_queries(admin_client, url)
    assert many == few
