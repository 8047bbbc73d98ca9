"""Admin registration for enterprise sections: the staleness report and the editors' dashboard."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

# Importing the module registers the onboarding and editor pages (its own hooks).
from exhibits.enterprises import admin_views  # noqa: E402, F401
from exhibits.enterprises.dashboard import EnterpriseSectionPanel, sections_of
from exhibits.enterprises.reports import EnterpriseStalenessReportView, user_can_view_report

# Wagtail's UserObjectsInWorkflowModerationPanel.
IN_WORKFLOW_PANEL = "user_objects_in_workflow_moderation"


class EnterpriseStalenessMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_view_report(request.user)


@hooks.register("register_admin_urls")
def register_enterprise_staleness_report_urls():
    return [
        path(
            "reports/enterprise-staleness/",
            EnterpriseStalenessReportView.as_view(),
            name="enterprise_staleness_report",
        ),
        path(
            "reports/enterprise-staleness/results/",
            EnterpriseStalenessReportView.as_view(results_only=True),
            name="enterprise_staleness_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_enterprise_staleness_report_menu_item():
    return EnterpriseStalenessMenuItem(
        "企业栏目更新情况",
        reverse("enterprise_staleness_report"),
        name="enterprise-staleness",
        icon_name="time",
        order=950,
    )


@hooks.register("construct_homepage_panels")
def add_enterprise_section_panel(request, panels):
    """An enterprise editor sees their section first; its table shows what is in review, so
    Wagtail's own "in a workflow" panel would only repeat it."""
    sections = list(sections_of(request.user))
    if sections:
        panels[:] = [p for p in panels if getattr(p, "name", "") != IN_WORKFLOW_PANEL]
        panels.append(EnterpriseSectionPanel(sections))
