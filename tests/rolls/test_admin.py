"""导入名单 in the admin: template, upload, preview with problems and the error report,
confirmation, the import in the background worker, and who may do it."""

import io
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from openpyxl import load_workbook
from wagtail.models import WorkflowState

from exhibits.core.review import REVIEWER_GROUP_NAME
from exhibits.enterprises.onboarding import onboard_enterprise
from exhibits.honorees.models import HonoreePage
from exhibits.rolls import columns as c
from exhibits.rolls.models import RollImport
from exhibits.rolls.tasks import progress_key
from tests.rolls.conftest import WANG, ZHAO, xlsx

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewer(lists):
    user = get_user_model().objects.create_user("shenhe", "s@union.example", "x")
    user.groups.add(Group.objects.get(name=REVIEWER_GROUP_NAME))
    return user


def upload(client, data, name="roll.xlsx", **fields):
    return client.post("/admin/rolls/", {"roll": SimpleUploadedFile(name, data), **fields})


def refused(response):
    """Wagtail answers PermissionDenied by sending the user back to the dashboard."""
    return response.status_code == 302 and response.url == "/admin/"


def run_worker():
    """The real worker, until the queue is empty. It closes "old" connections between tasks,
    which inside a test's transaction means the test's own connection (on PostgreSQL)."""
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command(
            "db_worker", "--backend", "rolls", "--batch", "--no-startup-delay", stdout=io.StringIO()
        )


def test_the_template_carries_the_headers_and_the_lists_as_drop_downs(client, reviewer, lists):
    client.force_login(reviewer)
    response = client.get("/admin/rolls/template.xlsx")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    sheet = workbook["名单"]
    assert [cell.value for cell in sheet[2]] == c.HEADERS
    options = workbook["选项"]
    assert options.sheet_state == "hidden"
    titles = [row[3] for row in options.iter_rows(min_row=2, values_only=True) if row[3]]
    assert titles == ["全国劳动模范", "平顶山市劳动模范", "鹰城大工匠"]
    validated = {str(rule.sqref): rule.formula1 for rule in sheet.data_validations.dataValidation}
    title_column = "ABCDEFGHIJK"[c.HEADERS.index(c.TITLE)]
    assert validated[f"{title_column}3:{title_column}5000"] == "=选项!$D$2:$D$4"


def test_an_upload_is_previewed_then_imported_by_the_worker(client, reviewer):
    client.force_login(reviewer)
    response = upload(client, xlsx(WANG, ZHAO))
    job = RollImport.objects.get()
    assert response.url == f"/admin/rolls/{job.pk}/"
    html = client.get(response.url).content.decode()
    summary = (
        "共 2 行、2 人：新建 <strong>2</strong> 人，"
        "更新 <strong>0</strong> 人，不变 <strong>0</strong> 人。"
    )
    assert summary in html
    assert HonoreePage.objects.count() == 0  # a preview writes nothing

    client.post(f"/admin/rolls/{job.pk}/")
    job.refresh_from_db()
    assert job.status == RollImport.Status.QUEUED
    assert "后台继续" in client.get(f"/admin/rolls/{job.pk}/").content.decode()
    run_worker()
    job.refresh_from_db()
    assert job.status == RollImport.Status.DONE
    assert job.message == "新建 2 人，更新 0 人，不变 0 人；已提交工会审核。"
    wang = HonoreePage.objects.get(title="王芳")
    assert not wang.live
    assert WorkflowState.objects.filter(object_id=str(wang.pk), requested_by=reviewer).exists()
    assert "已完成" in client.get(f"/admin/rolls/{job.pk}/").content.decode()


def test_a_reviewer_may_publish_at_once(client, reviewer):
    client.force_login(reviewer)
    job_url = upload(client, xlsx(WANG), publish="on").url
    client.post(job_url)
    run_worker()
    assert HonoreePage.objects.get(title="王芳").live


def test_a_roll_with_problems_lists_them_offers_the_report_and_cannot_be_confirmed(
    client, reviewer
):
    client.force_login(reviewer)
    bad = list(ZHAO)
    bad[8] = "金牌工人"
    job_url = upload(client, xlsx(WANG, bad)).url
    html = client.get(job_url).content.decode()
    assert "名单有 1 处问题，不能导入" in html
    assert "名单 第4行【荣誉称号】没有这个荣誉称号：“金牌工人”" in html
    assert "确认导入" not in html

    client.post(job_url)
    assert RollImport.objects.get().status == RollImport.Status.PREVIEWED  # nothing queued

    report = client.get(job_url + "report.xlsx")
    assert report["Content-Disposition"].startswith("attachment; filename*=UTF-8''")
    rows = list(load_workbook(io.BytesIO(report.content))["名单"].iter_rows(values_only=True))
    assert rows[0][-1] == c.ERROR
    assert rows[1][1] == "王芳" and rows[1][-1] is None
    assert rows[2][1] == "赵强" and rows[2][-1].startswith("【荣誉称号】没有这个荣誉称号")


def test_a_file_that_is_not_a_roll_is_refused_at_upload(client, reviewer):
    client.force_login(reviewer)
    response = upload(client, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, name="photo.png")
    assert response.status_code == 200
    assert "无法识别这个文件" in response.content.decode()
    assert not RollImport.objects.exists()


def test_a_running_import_shows_its_progress(client, reviewer):
    client.force_login(reviewer)
    job = RollImport.objects.create(
        filename="roll.xlsx",
        data=b"",
        uploaded_by=reviewer,
        status=RollImport.Status.RUNNING,
        total=40,
    )
    cache.set(progress_key(job.pk), (12, 40))
    html = client.get(f"/admin/rolls/{job.pk}/").content.decode()
    assert "12 / 40 人" in html and '<progress max="40" value="12"' in html
    assert '<meta http-equiv="refresh"' in html


def test_an_enterprise_editor_may_not_import(client, lists, enterprise_index):
    editor = onboard_enterprise("精工机械", "jinggong", "qiye01", "q1@example.com").user
    client.force_login(editor)
    for url in ("/admin/rolls/", "/admin/rolls/template.xlsx"):
        assert refused(client.get(url))
    assert "导入名单" not in client.get("/admin/").content.decode()


def test_someone_elses_upload_stays_private(client, reviewer, lists):
    owner = get_user_model().objects.create_superuser("admin", "a@union.example", "x")
    job = RollImport.objects.create(filename="roll.xlsx", data=xlsx(WANG), uploaded_by=owner)
    other = get_user_model().objects.create_user("bianji", "b@union.example", "x")
    other.groups.add(Group.objects.get(name="Editors"))
    client.force_login(other)
    assert refused(client.get(f"/admin/rolls/{job.pk}/"))


def test_photos_uploaded_with_the_roll_become_portraits(client, reviewer):
    from tests.rolls.test_photos import picture, zipped

    client.force_login(reviewer)
    photos = SimpleUploadedFile("photos.zip", zipped(**{"A001.jpg": picture((300, 400))}))
    job_url = client.post(
        "/admin/rolls/", {"roll": SimpleUploadedFile("roll.xlsx", xlsx(WANG)), "photos": photos}
    ).url
    assert "照片 A001.jpg" in client.get(job_url).content.decode()
    client.post(job_url)
    run_worker()
    assert HonoreePage.objects.get(title="王芳").portrait.width == 300


def test_a_photo_zip_that_is_not_a_zip_is_refused_at_upload(client, reviewer):
    client.force_login(reviewer)
    response = client.post(
        "/admin/rolls/",
        {
            "roll": SimpleUploadedFile("roll.xlsx", xlsx(WANG)),
            "photos": SimpleUploadedFile("photos.zip", b"PK\x03\x04 broken"),
        },
    )
    assert "照片包不是有效的 zip 文件" in response.content.decode()
    assert not RollImport.objects.exists()


def test_the_admin_exports_the_roll_filtered_like_the_public_list(client, reviewer, tmp_path):
    from tests.rolls.test_import import run

    run(tmp_path, xlsx(WANG, ZHAO))  # drafts: exported too
    client.force_login(reviewer)
    assert "导出名单" in client.get("/admin/rolls/").content.decode()
    response = client.get("/admin/rolls/export/", {"level": "national", "format": "csv"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0].split(",") == c.HEADERS
    assert [line.split(",")[1] for line in lines[1:]] == ["王芳"]
    workbook = load_workbook(io.BytesIO(client.get("/admin/rolls/export/").content))
    assert [row[1] for row in workbook.active.iter_rows(min_row=2, values_only=True)] == [
        "王芳",
        "赵强",
    ]
