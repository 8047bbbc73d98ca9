"""The union's review (工会审核): one Wagtail workflow, approved by the group 工会审核员.

Every union section and every enterprise section goes through it, and so do the kiosk
configurations. The apps that own those register them here from their AppConfig.ready();
`ensure_union_review()` then sets the workflow up on all of them. It runs after every
`migrate`, whenever a registered section page is created, from seed_demo and from
enterprise onboarding, and changes nothing when everything is in place, so a fresh
site has the review on its union sections before any enterprise exists.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_migrate, post_save
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

REVIEWER_GROUP_NAME = "工会审核员"
WORKFLOW_NAME = "工会审核"
TASK_NAME = "工会审核员审核"
# Reviewers publish what they approve, and can lift an editor's lock.
REVIEWER_PAGE_PERMISSIONS = ("add", "change", "publish", "unlock")
REVIEWER_SNIPPET_ACTIONS = ("add", "change", "publish")

_section_models = []
_snippet_models = []


def register_section(model):
    """Pages of this type (and everything below them) go through the union's review."""
    if model not in _section_models:
        _section_models.append(model)
        post_save.connect(
            _section_created, sender=model, dispatch_uid=f"union-review-{model._meta.label}"
        )


def register_snippet(model):
    """Changes to this snippet (a WorkflowMixin model) go through the union's review."""
    if model not in _snippet_models:
        _snippet_models.append(model)


def connect():
    post_migrate.connect(_after_migrate, dispatch_uid="union-review-after-migrate")


def ensure_union_review(created_parts=None):
    """Set up the workflow, its task and reviewers on every registered section and
    snippet; returns the workflow. What it creates is named in `created_parts`."""
    created_parts = [] if created_parts is None else created_parts
    reviewers, created = Group.objects.get_or_create(name=REVIEWER_GROUP_NAME)
    if created:
        created_parts.append("reviewer group")
        grant_admin_access(reviewers)
    workflow = _ensure_workflow(reviewers, created_parts)
    for model in _section_models:
        for section in model.objects.all():
            _attach_section(section, reviewers, workflow, created_parts)
    for model in _snippet_models:
        _attach_snippet(model, reviewers, workflow, created_parts)
    return workflow


def grant_admin_access(group):
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )


def grant_page_permission(group, page, permission_type, created_parts, label):
    permission = Permission.objects.get(
        content_type__app_label="wagtailcore", codename=f"{permission_type}_page"
    )
    _, created = GroupPagePermission.objects.get_or_create(
        group=group, page=page, permission=permission
    )
    if created:
        created_parts.append(label)


def _ensure_workflow(reviewers, created_parts):
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if created:
        created_parts.append("workflow")
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
        created_parts.append("task")
    if not task.groups.filter(pk=reviewers.pk).exists():
        task.groups.add(reviewers)
        created_parts.append("task group")
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        created_parts.append("workflow task")
    return workflow


def _attach_section(section, reviewers, workflow, created_parts):
    for permission_type in REVIEWER_PAGE_PERMISSIONS:
        grant_page_permission(reviewers, section, permission_type, created_parts, "reviewer perm")
    # A workflow the union set on a section by hand is left alone; otherwise ours covers
    # every page below it (Wagtail uses the nearest ancestor's).
    _, created = WorkflowPage.objects.get_or_create(page=section, defaults={"workflow": workflow})
    if created:
        created_parts.append("workflow page")


def _attach_snippet(model, reviewers, workflow, created_parts):
    content_type = ContentType.objects.get_for_model(model)
    for action in REVIEWER_SNIPPET_ACTIONS:
        permission = Permission.objects.get(
            content_type=content_type, codename=f"{action}_{model._meta.model_name}"
        )
        if not reviewers.permissions.filter(pk=permission.pk).exists():
            reviewers.permissions.add(permission)
            created_parts.append("reviewer snippet perm")
    _, created = WorkflowContentType.objects.get_or_create(
        content_type=content_type, defaults={"workflow": workflow}
    )
    if created:
        created_parts.append("workflow snippet")


def _after_migrate(sender, app_config=None, using="default", plan=None, **kwargs):
    # post_migrate is sent once per app; do the work once, after the last one.
    from django.apps import apps

    with_models = [config for config in apps.get_app_configs() if config.models_module]
    if app_config is not with_models[-1]:
        return
    ensure_union_review()


def _section_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        reviewers = Group.objects.filter(name=REVIEWER_GROUP_NAME).first()
        if reviewers is None:
            ensure_union_review()
        else:
            _attach_section(instance, reviewers, _ensure_workflow(reviewers, []), [])
