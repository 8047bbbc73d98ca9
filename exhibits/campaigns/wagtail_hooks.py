"""Admin: the 生成排期草稿 action on a campaign, filling the free days from its featured people."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.widgets import Button

from exhibits.campaigns.models import CampaignPage


@require_POST
def schedule_draft(request, page_id):
    page = get_object_or_404(CampaignPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        messages.error(request, _("您没有修改这个活动的权限。"))
        return redirect("wagtailadmin_home")
    draft = page.get_latest_revision_as_object()
    added = draft.fill_schedule_draft()
    if added:
        draft.save_revision(user=request.user, log_action=True)
        messages.success(
            request, _("已为%(count)d天排好今日劳模（草稿），请检查后提交。") % {"count": added}
        )
    else:
        messages.info(request, _("没有可排的日期：每一天都已排好，或还没有重点宣传人物。"))
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "campaigns/<int:page_id>/schedule-draft/",
            schedule_draft,
            name="campaigns_schedule_draft",
        )
    ]


@hooks.register("register_page_header_buttons")
def schedule_draft_button(page, user, view_name=None, next_url=None, **kwargs):
    if view_name != "edit" or not isinstance(page.specific_deferred, CampaignPage):
        return []
    return [
        Button(
            _("生成排期草稿"),
            reverse("campaigns_schedule_draft", args=[page.pk]),
            icon_name="date",
            priority=15,
            attrs={"data-campaign-schedule-draft": ""},
        )
    ]
