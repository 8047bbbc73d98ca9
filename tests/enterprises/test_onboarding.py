"""Onboarding an enterprise: one transaction, repeatable, clear errors, editors and their link."""

from io import StringIO
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
)

from exhibits.enterprises import onboarding
from exhibits.enterprises.models import EnterprisePage
from exhibits.enterprises.onboarding import (
    OnboardingError,
    add_editor,
    disable_editor,
    onboard_enterprise,
)
from tests.core.factories import CountyFactory, IndustryFactory

User = get_user_model()
NAME = "平顶山星光煤业有限公司"


def _counts():
    return {
        "pages": Page.objects.count(),
        "groups": Group.objects.count(),
        "collections": Collection.objects.count(),
        "users": User.objects.count(),
        "page permissions": GroupPagePermission.objects.count(),
        "collection permissions": GroupCollectionPermission.objects.count(),
        "workflows": Workflow.objects.count(),
        "tasks": GroupApprovalTask.objects.count(),
        "workflow pages": WorkflowPage.objects.count(),
    }


def _onboard(**kwargs):
    return onboard_enterprise(NAME, "xingguang", "xg_editor", "editor@xingguang.example", **kwargs)


@pytest.fixture
def onboarded(enterprise_index, honoree_index):
    return _onboard()


def test_onboarding_creates_a_live_section_with_its_group_collections_and_editor(onboarded):
    page, group, user = onboarded.page, onboarded.group, onboarded.user
    assert onboarded.created
    assert isinstance(page, EnterprisePage)
    assert page.live and page.title == NAME and page.introduction == ""
    assert group.name == f"企业联络员：{NAME}"
    assert group.permissions.filter(codename="access_admin").exists()
    codenames = set(
        GroupPagePermission.objects.filter(group=group).values_list(
            "permission__codename", flat=True
        )
    )
    assert codenames == {"add_page", "change_page"}
    assert set(GroupPagePermission.objects.filter(group=group).values_list("page", flat=True)) == {
        page.pk
    }
    images, documents = onboarded.collections["image"], onboarded.collections["document"]
    assert images.get_parent() == Collection.get_first_root_node()
    assert NAME in images.name and NAME in documents.name
    image_perms = GroupCollectionPermission.objects.filter(group=group, collection=images)
    assert set(image_perms.values_list("permission__codename", flat=True)) == {
        "add_image",
        "change_image",
        "choose_image",
    }
    document_perms = GroupCollectionPermission.objects.filter(group=group, collection=documents)
    assert set(document_perms.values_list("permission__codename", flat=True)) == {
        "add_document",
        "change_document",
        "choose_document",
    }
    assert list(user.groups.all()) == [group]
    assert not user.has_usable_password()
    assert not user.is_staff and not user.is_superuser
    assert "/admin/password_reset/confirm/" in onboarded.password_link


def test_every_enterprise_section_inherits_the_union_review_workflow(onboarded, enterprise_index):
    workflow = Workflow.objects.get(name="工会审核")
    assert onboarded.page.get_workflow() == workflow
    assert WorkflowPage.objects.get(page=enterprise_index).workflow == workflow
    task = workflow.tasks.get().specific
    assert task.name == "工会审核员审核"
    assert [g.name for g in task.groups.all()] == ["工会审核员"]


def test_union_reviewers_can_publish_the_enterprise_and_honoree_sections(
    onboarded, enterprise_index, honoree_index
):
    reviewers = Group.objects.get(name="工会审核员")
    assert reviewers.permissions.filter(codename="access_admin").exists()
    for section in (enterprise_index, honoree_index):
        assert GroupPagePermission.objects.filter(
            group=reviewers, page=section, permission__codename="publish_page"
        ).exists()


def test_onboarding_is_all_or_nothing(enterprise_index, honoree_index):
    before = _counts()
    with (
        mock.patch.object(onboarding, "_ensure_review_workflow", side_effect=RuntimeError("断电")),
        pytest.raises(RuntimeError),
    ):
        _onboard()
    assert _counts() == before
    assert not Group.objects.filter(name__startswith="企业联络员").exists()
    assert not Collection.objects.filter(name__startswith=NAME).exists()
    assert not User.objects.filter(username="xg_editor").exists()


def test_onboarding_twice_changes_nothing(onboarded):
    before = _counts()
    again = _onboard()
    assert not again.created
    assert _counts() == before
    assert again.page == onboarded.page
    assert again.group == onboarded.group
    assert again.user == onboarded.user


def test_a_second_enterprise_reuses_the_workflow_and_reviewers(onboarded):
    onboard_enterprise("鹰城示范电力公司", "yingcheng-power", "yc_editor", "yc@example.com")
    assert Workflow.objects.filter(name="工会审核").count() == 1
    assert Group.objects.filter(name="工会审核员").count() == 1
    assert GroupApprovalTask.objects.filter(name="工会审核员审核").count() == 1


def test_county_and_industry_are_looked_up_by_name(enterprise_index):
    county, industry = CountyFactory(name="卫东区"), IndustryFactory(name="煤炭开采")
    result = _onboard(county="卫东区", industry="煤炭开采")
    assert (result.page.county, result.page.industry) == (county, industry)


def test_a_given_password_is_used_and_no_link_is_made(enterprise_index):
    result = _onboard(password="长城永固-2026")
    assert result.user.check_password("长城永固-2026")
    assert result.password_link == ""


def test_the_command_prints_a_chinese_summary_and_the_link(enterprise_index):
    out = StringIO()
    call_command(
        "onboard_enterprise",
        NAME,
        "--slug=xingguang",
        "--editor=xg_editor",
        "--email=editor@xingguang.example",
        stdout=out,
    )
    text = out.getvalue()
    assert f"已开通企业栏目：{NAME}" in text
    assert f"企业联络员：{NAME}" in text
    assert "xg_editor" in text
    assert "http://testserver/admin/password_reset/confirm/" in text


def test_the_command_run_twice_says_nothing_changed(enterprise_index):
    args = [NAME, "--slug=xingguang", "--editor=xg_editor", "--email=editor@xingguang.example"]
    call_command("onboard_enterprise", *args, stdout=StringIO())
    out = StringIO()
    call_command("onboard_enterprise", *args, stdout=out)
    assert "已存在，未做任何改动" in out.getvalue()


def test_the_command_turns_errors_into_command_errors(db):
    with pytest.raises(CommandError, match="企业列表"):
        call_command("onboard_enterprise", NAME, "--slug=x", "--editor=e", "--email=e@example.com")


def test_onboarding_without_an_enterprise_index_is_refused(home):
    with pytest.raises(OnboardingError, match="企业列表"):
        _onboard()


def test_a_slug_used_by_another_enterprise_is_refused(onboarded):
    with pytest.raises(OnboardingError, match="已被企业"):
        onboard_enterprise("另一家公司", "xingguang", "other", "other@example.com")


def test_a_username_taken_by_someone_else_is_refused(onboarded):
    User.objects.create_user("zhangsan", "zs@example.com")
    with pytest.raises(OnboardingError, match="已被其他人使用"):
        onboard_enterprise("另一家公司", "another", "zhangsan", "zs@example.com")
    assert not EnterprisePage.objects.filter(slug="another").exists()


def test_the_editor_of_another_enterprise_is_refused(onboarded):
    with pytest.raises(OnboardingError, match="已被其他人使用"):
        onboard_enterprise("另一家公司", "another", "xg_editor", "editor@xingguang.example")


@pytest.mark.parametrize("email", ["", "not-an-email", "a@b"])
def test_an_invalid_email_is_refused(enterprise_index, email):
    with pytest.raises(OnboardingError, match="电子邮箱"):
        onboard_enterprise(NAME, "xingguang", "xg_editor", email)
    assert not EnterprisePage.objects.exists()


def test_add_editor_puts_a_new_person_in_the_enterprise_group(onboarded):
    result = add_editor(onboarded.page, "xg_second", "second@xingguang.example")
    assert result.created
    assert list(result.user.groups.all()) == [onboarded.group]
    assert result.password_link
    again = add_editor(onboarded.page, "xg_second", "second@xingguang.example")
    assert not again.created


def test_add_editor_refuses_a_username_taken_elsewhere(onboarded):
    User.objects.create_user("lisi", "lisi@example.com")
    with pytest.raises(OnboardingError, match="已被其他人使用"):
        add_editor(onboarded.page, "lisi", "lisi@example.com")


def test_disable_editor_switches_the_account_off(onboarded):
    user = disable_editor(onboarded.page, "xg_editor")
    user.refresh_from_db()
    assert not user.is_active


def test_disable_editor_refuses_people_outside_the_enterprise(onboarded):
    other = onboard_enterprise("鹰城示范电力公司", "yingcheng-power", "yc_editor", "yc@example.com")
    with pytest.raises(OnboardingError, match="不是"):
        disable_editor(onboarded.page, "yc_editor")
    other.user.refresh_from_db()
    assert other.user.is_active


def test_the_password_link_lets_the_editor_set_a_password_and_log_in(onboarded, client):
    link = onboarded.password_link.removeprefix("http://testserver")
    response = client.get(link)
    assert response.status_code in (200, 302)
    form_url = response.url if response.status_code == 302 else link
    response = client.get(form_url)
    assert response.status_code == 200
    response = client.post(
        form_url, {"new_password1": "鹰城星光-2026!", "new_password2": "鹰城星光-2026!"}
    )
    assert response.status_code == 302
    assert client.login(username="xg_editor", password="鹰城星光-2026!")
    assert client.get("/admin/").status_code == 200
    # One time only: the same link no longer offers the form.
    client.logout()
    response = client.get(link, follow=True)
    assert "new_password1" not in response.content.decode()


def test_the_command_never_takes_a_password_on_the_command_line():
    from exhibits.enterprises.management.commands.onboard_enterprise import Command

    parser = Command().create_parser("manage.py", "onboard_enterprise")
    options = {option for action in parser._actions for option in action.option_strings}
    assert "--password" not in options


def test_add_editor_refuses_a_page_that_was_never_onboarded(enterprise_index):
    from tests.enterprises.factories import EnterprisePageFactory

    page = EnterprisePageFactory(parent=enterprise_index)
    with pytest.raises(OnboardingError, match="尚未开通"):
        add_editor(page, "someone", "someone@example.com")
