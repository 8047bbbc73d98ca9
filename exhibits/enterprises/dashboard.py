"""The enterprise editor's dashboard panel: their section, its stars and where each stands in
the union's review, and the union's profiles that also stand on their public wall."""

from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.models import GroupPagePermission, WorkflowState, get_default_page_content_type

from exhibits.enterprises.models import EnterprisePage
from exhibits.enterprises.onboarding import EDITOR_GROUP_PREFIX
from exhibits.honorees.models import HonoreePage

# Where a star stands, as an editor needs to know it: the key is also the CSS modifier.
STATUS_LABELS = {
    "live": "已发布",
    "live_changed": "已发布，有未提交的修改",
    "draft": "草稿（未公开）",
    "waiting": "等待审核",
    "changes": "退回修改",
}


@dataclass
class StarRow:
    page: HonoreePage
    status: str
    comment: str = ""

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]


def sections_of(user):
    """The enterprise sections a user keeps through their 企业联络员 groups."""
    groups = Group.objects.filter(user=user, name__startswith=EDITOR_GROUP_PREFIX)
    page_ids = GroupPagePermission.objects.filter(group__in=groups).values("page_id")
    return EnterprisePage.objects.filter(pk__in=page_ids).order_by("title")


def review_states(pages):
    """Each page's unfinished review (in progress or sent back), by page id."""
    states = (
        WorkflowState.objects.active()
        .filter(
            base_content_type=get_default_page_content_type(),
            object_id__in=[str(page.pk) for page in pages],
        )
        .select_related("current_task_state")
    )
    return {int(state.object_id): state for state in states}


def star_status(page, state):
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        return StarRow(page, "waiting")
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        task_state = state.current_task_state
        return StarRow(page, "changes", task_state.get_comment() if task_state else "")
    if not page.live:
        return StarRow(page, "draft")
    if page.has_unpublished_changes:
        return StarRow(page, "live_changed")
    return StarRow(page, "live")


def section_overview(section):
    """What the panel shows for one section."""
    own = list(HonoreePage.objects.child_of(section).order_by("name_pinyin"))
    states = review_states([section, *own])
    rows = [star_status(page, states.get(page.pk)) for page in own]
    # The section page itself (introduction, order of the wall) goes through review too.
    section_row = star_status(section, states.get(section.pk))
    # The public wall, exactly as the enterprise page draws it (EnterprisePage.stars()).
    wall = list(section.stars())
    union_profiles = [page for page in wall if not page.path.startswith(section.path)]
    return {
        "section": section,
        "rows": rows,
        "section_row": section_row,
        "waiting": [row for row in [section_row, *rows] if row.status == "waiting"],
        "changes": [row for row in [section_row, *rows] if row.status == "changes"],
        "union_profiles": union_profiles,
        "wall_count": len(wall),
        "own_on_wall_count": len(wall) - len(union_profiles),
        "add_url": reverse(
            "wagtailadmin_pages:add",
            args=(HonoreePage._meta.app_label, HonoreePage._meta.model_name, section.pk),
        ),
    }


class EnterpriseSectionPanel(Component):
    """我的企业栏目: first on an enterprise editor's dashboard."""

    name = "enterprise_section"
    template_name = "enterprises/admin/dashboard_panel.html"
    order = 50  # before Wagtail's own panels (the moderation panels start at 200)

    def __init__(self, sections):
        self.sections = sections

    def get_context_data(self, parent_context):
        return {"overviews": [section_overview(section) for section in self.sections]}
