"""Admin registration for enterprise sections: the 企业栏目更新情况 report."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

# Importing the module registers the onboarding and editor pages (its own hooks).
from exhibits.enterprises import admin_views  # noqa: E402, F401
from exhibits.enterprises.reports import EnterpriseStalenessReportView, user_can_view_report


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
