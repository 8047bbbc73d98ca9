"""An enterprise editor's change waits for a union reviewer, who approves it or asks for changes."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.models import PageLogEntry, TaskState

from exhibits.enterprises.onboarding import onboard_enterprise
from tests.enterprises.test_boundary import edit_form_data
from tests.honorees.factories import HonoreePageFactory

OLD_SUMMARY = "扎根井下二十年，带出三十名徒弟。"
NEW_SUMMARY = "扎根井下二十年，主持技术革新十二项。"


@pytest.fixture
def onboarded(enterprise_index, honoree_index):
    return onboard_enterprise("甲煤业有限公司", "jia", "editor_a", "a@jia.example")


@pytest.fixture
def star(onboarded):
    return HonoreePageFactory(
        parent=onboarded.page, title="王芳", slug="wang-fang", summary=OLD_SUMMARY
    )


@pytest.fixture
def reviewer(onboarded, django_user_model):
    user = django_user_model.objects.create_user("shenhe", "reviewer@union.example", "x")
    user.groups.add(Group.objects.get(name="工会审核员"))
    return user


@pytest.fixture
def submitted(client, onboarded, star, reviewer):
    """Editor A has changed the star's summary and submitted it for review."""
    client.force_login(onboarded.user)
    data = edit_form_data(client, star, summary=NEW_SUMMARY, **{"action-submit": "1"})
    response = client.post(f"/admin/pages/{star.pk}/edit/", data)
    assert response.status_code == 302
    client.logout()
    star.refresh_from_db()
    return star


def _act(client, user, page, action, comment=""):
    client.force_login(user)
    task_state = page.current_workflow_task_state
    url = f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/"
    client.post(url, {"comment": comment})
    client.logout()
    page.refresh_from_db()
    return task_state


def test_a_submitted_change_waits_in_moderation_and_stays_off_the_public_site(client, submitted):
    assert submitted.workflow_in_progress
    assert submitted.current_workflow_task.name == "工会审核员审核"
    assert submitted.summary == OLD_SUMMARY
    assert submitted.get_latest_revision().as_object().summary == NEW_SUMMARY
    public = client.get(submitted.url).content.decode()
    assert OLD_SUMMARY in public and NEW_SUMMARY not in public


def test_reviewers_are_emailed_when_a_change_is_submitted(submitted, reviewer, onboarded):
    recipients = {address for message in mail.outbox for address in message.to}
    assert reviewer.email in recipients
    assert onboarded.user.email not in recipients


def test_a_reviewer_approves_and_the_change_goes_live(client, submitted, reviewer):
    _act(client, reviewer, submitted, "approve")
    assert not submitted.workflow_in_progress
    assert submitted.summary == NEW_SUMMARY
    assert NEW_SUMMARY in client.get(submitted.url).content.decode()


def test_a_reviewer_requests_changes_and_the_editor_sees_the_comment(
    client, submitted, reviewer, onboarded
):
    task_state = _act(client, reviewer, submitted, "reject", comment="请补充岗位照片")
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.get_comment() == "请补充岗位照片"
    assert submitted.summary == OLD_SUMMARY
    assert NEW_SUMMARY not in client.get(submitted.url).content.decode()

    client.force_login(onboarded.user)
    workflow_state = submitted.workflow_states.get()
    history = client.get(
        f"/admin/pages/{submitted.pk}/workflow_history/detail/{workflow_state.pk}/"
    )
    assert "请补充岗位照片" in history.content.decode()


def test_the_audit_log_records_who_submitted_and_who_approved(
    client, submitted, reviewer, onboarded
):
    _act(client, reviewer, submitted, "approve")
    entries = PageLogEntry.objects.filter(page=submitted)
    assert entries.filter(action="wagtail.workflow.start", user=onboarded.user).exists()
    assert entries.filter(action="wagtail.workflow.approve", user=reviewer).exists()
    assert entries.filter(action="wagtail.publish", user=reviewer).exists()


def test_the_enterprise_editor_cannot_approve_their_own_change(client, submitted, onboarded):
    _act(client, onboarded.user, submitted, "approve")
    assert submitted.workflow_in_progress
    assert submitted.summary == OLD_SUMMARY


def test_union_sections_use_the_same_review(enterprise_index, honoree_index, park):
    from wagtail.models import WorkflowPage

    from exhibits.core.review import WORKFLOW_NAME
    from exhibits.enterprises.onboarding import onboard_enterprise

    onboard_enterprise("神马实业", "shenma", "shenma01", "s1@example.com")
    for section in (enterprise_index, honoree_index, park):
        assert WorkflowPage.objects.get(page=section).workflow.name == WORKFLOW_NAME


# --- the notification e-mails, in Chinese -------------------------------------------------

URL = re.compile(r"https?://\S+")
# Letters allowed in a notification: the users' names in these tests and nothing else.
ALLOWED_LATIN = {"editor_a", "shenhe", "admin"}


def latin_words(text):
    """Runs of three or more Latin letters, outside links and the users' names."""
    text = URL.sub(" ", text)
    for name in ALLOWED_LATIN:
        text = text.replace(name, " ")
    return re.findall(r"[A-Za-z]{3,}", text)


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("admin", "admin@union.example", "x")


def test_the_submission_emails_are_in_chinese(superuser, submitted, reviewer):
    to_reviewer = next(m for m in mail.outbox if reviewer.email in m.to)
    assert to_reviewer.subject == "【劳模风采】待审核：王芳（工会审核员审核）"
    assert "editor_a提交的先进人物“王芳”正在“工会审核员审核”环节等待您审核" in to_reviewer.body
    assert f"/admin/pages/{submitted.pk}/edit/" in to_reviewer.body
    to_admin = next(m for m in mail.outbox if superuser.email in m.to and "已提交" in m.subject)
    assert to_admin.subject == "【劳模风采】“王芳”已提交工会审核"
    for message in mail.outbox:
        assert latin_words(message.subject) == [], message.subject
        assert latin_words(message.body) == [], message.body
        assert "平顶山市总工会" in message.body


def test_the_editor_is_told_in_chinese_what_the_reviewer_asked_for(
    client, submitted, reviewer, onboarded
):
    mail.outbox.clear()
    _act(client, reviewer, submitted, "reject", comment="请补充岗位照片")
    message = next(m for m in mail.outbox if onboarded.user.email in m.to)
    assert message.subject == "【劳模风采】“王芳”被退回修改"
    assert "审核意见：请补充岗位照片" in message.body
    assert latin_words(message.subject + message.body) == []


def test_the_editor_is_told_in_chinese_that_the_change_went_live(
    client, submitted, reviewer, onboarded
):
    mail.outbox.clear()
    _act(client, reviewer, submitted, "approve")
    message = next(m for m in mail.outbox if onboarded.user.email in m.to)
    assert message.subject == "【劳模风采】“王芳”已通过工会审核"
    assert "已在网站上公开" in message.body
    assert latin_words(message.subject + message.body) == []
