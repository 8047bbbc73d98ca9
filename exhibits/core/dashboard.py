"""The reviewer's dashboard panel 工会审核: what waits for their review and for how long, and
what they sent back that the editors have not resubmitted yet."""

from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState, WorkflowState

from exhibits.core.review import REVIEWER_GROUP_NAME, WORKFLOW_NAME


def is_reviewer(user):
    return user.is_superuser or user.groups.filter(name=REVIEWER_GROUP_NAME).exists()


def days_since(moment, now):
    return (timezone.localdate(now) - timezone.localdate(moment)).days if moment else 0


def _row(obj, requester, moment, now, comment=""):
    parent = obj.get_parent() if isinstance(obj, Page) else None
    return {
        "object": obj,
        # Which section it comes from: a star's enterprise, or the union's own list.
        "where": parent.title if parent is not None else obj._meta.verbose_name,
        "requester": requester,
        "days": days_since(moment, now),
        "comment": comment,
    }


def waiting_for(user, now=None):
    """Task states the user may approve, the longest waiting first."""
    now = now or timezone.now()
    states = (
        TaskState.objects.reviewable_by(user)
        .select_related("workflow_state__requested_by")
        .order_by("started_at")
    )
    rows = []
    for state in states:
        obj = state.workflow_state.content_object
        if obj is not None:
            obj = obj.specific if isinstance(obj, Page) else obj
            rows.append(_row(obj, state.workflow_state.requested_by, state.started_at, now))
    return rows


def sent_back(now=None):
    """The union's reviews sent back for changes, waiting for the editor, oldest first."""
    now = now or timezone.now()
    states = (
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_NEEDS_CHANGES, workflow__name=WORKFLOW_NAME
        )
        .select_related("requested_by", "current_task_state")
        .order_by("current_task_state__finished_at")
    )
    rows = []
    for state in states:
        obj = state.content_object
        if obj is not None:
            obj = obj.specific if isinstance(obj, Page) else obj
            task_state = state.current_task_state
            rows.append(
                _row(
                    obj,
                    state.requested_by,
                    task_state.finished_at if task_state else None,
                    now,
                    task_state.get_comment() if task_state else "",
                )
            )
    return rows


class UnionReviewPanel(Component):
    """工会审核: first on a reviewer's dashboard; Wagtail's own panel below it has the buttons."""

    name = "union_review"
    template_name = "core/admin/review_panel.html"
    order = 60

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        return {"waiting": waiting_for(user), "sent_back": sent_back()}
