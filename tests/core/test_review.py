"""The union's review (工会审核) is there on a fresh site, before any enterprise is onboarded."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

from exhibits.core.review import REVIEWER_GROUP_NAME, TASK_NAME, WORKFLOW_NAME, ensure_union_review
from tests.kiosks.factories import KioskDisplayFactory

pytestmark = pytest.mark.django_db


def test_migrate_sets_up_the_workflow_its_task_and_reviewers():
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    task = workflow.tasks.get().specific
    assert task.name == TASK_NAME
    assert list(task.groups.values_list("name", flat=True)) == [REVIEWER_GROUP_NAME]
    assert (
        Group.objects.get(name=REVIEWER_GROUP_NAME)
        .permissions.filter(codename="access_admin")
        .exists()
    )


def test_union_sections_are_reviewed_without_any_enterprise(honoree_index, park, enterprise_index):
    for section in (honoree_index, park, enterprise_index):
        assert WorkflowPage.objects.get(page=section).workflow.name == WORKFLOW_NAME
        assert GroupPagePermission.objects.filter(
            group__name=REVIEWER_GROUP_NAME, page=section, permission__codename="publish_page"
        ).exists()
    assert KioskDisplayFactory().get_workflow().name == WORKFLOW_NAME


def test_a_workflow_the_union_chose_for_a_section_is_left_alone(honoree_index):
    own = Workflow.objects.create(name="宣教部两级审核")
    WorkflowPage.objects.filter(page=honoree_index).update(workflow=own)
    ensure_union_review()
    assert WorkflowPage.objects.get(page=honoree_index).workflow == own


def test_setting_up_again_changes_nothing(honoree_index, park):
    assert ensure_union_review([]) is not None
    created = []
    ensure_union_review(created)
    assert created == []
