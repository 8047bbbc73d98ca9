"""企业栏目更新情况: which enterprise sections have gone quiet, oldest first, with whom to ask."""

import calendar

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies.pages import PagePermissionPolicy

from exhibits.core.dates import chinese_date
from exhibits.enterprises.models import EnterprisePage
from exhibits.enterprises.onboarding import editor_group_name

DEFAULT_STALE_AFTER_MONTHS = 6


def stale_after_months():
    return getattr(settings, "ENTERPRISE_STALE_AFTER_MONTHS", DEFAULT_STALE_AFTER_MONTHS)


def months_before(moment, months):
    """The same day `months` calendar months earlier (clamped to the month's last day)."""
    month_index = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(month_index, 12)
    month += 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def user_can_view_report(user):
    """Superusers and union staff who publish; enterprise editors (add/change only) cannot."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    return PagePermissionPolicy().user_has_permission(user, "publish")


def _touched(prefix=""):
    """The later of a page's latest revision and last publication (either may be missing)."""
    revised, published = F(f"{prefix}latest_revision_created_at"), F(f"{prefix}last_published_at")
    return Greatest(Coalesce(revised, published), Coalesce(published, revised))


def enterprises_by_last_update():
    """Every enterprise page, annotated with `last_updated` over its own and its honorees' pages."""
    from exhibits.honorees.models import HonoreePage

    subtree_latest = (
        HonoreePage.objects.filter(path__startswith=OuterRef("path"))
        .annotate(touched=_touched())
        .filter(touched__isnull=False)
        .order_by("-touched")
        .values("touched")[:1]
    )
    return (
        EnterprisePage.objects.select_related("county")
        .annotate(own_touched=_touched(), subtree_touched=Subquery(subtree_latest))
        .annotate(
            last_updated=Greatest(
                Coalesce("own_touched", "subtree_touched"),
                Coalesce("subtree_touched", "own_touched"),
            )
        )
        .order_by(F("last_updated").asc(nulls_first=True), "title", "pk")
    )


class EnterpriseStalenessReportView(ReportView):
    template_name = "enterprises/reports/staleness_report.html"
    results_template_name = "enterprises/reports/staleness_report_results.html"
    page_title = _("企业栏目更新情况")
    header_icon = "time"
    index_url_name = "enterprise_staleness_report"
    index_results_url_name = "enterprise_staleness_report_results"
    model = EnterprisePage
    list_export = ["title", "county_name", "last_updated_display", "status", "contacts_display"]
    export_headings = {
        "title": _("企业"),
        "county_name": _("县（市、区）"),
        "last_updated_display": _("最近更新"),
        "status": _("状态"),
        "contacts_display": _("企业联络员"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not user_can_view_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return "enterprise-staleness-{}".format(timezone.localdate().strftime("%Y-%m-%d"))

    def get_queryset(self):
        return enterprises_by_last_update()

    @cached_property
    def stale_after_months(self):
        return stale_after_months()

    @cached_property
    def stale_before(self):
        return months_before(timezone.now(), self.stale_after_months)

    def decorate_paginated_queryset(self, object_list):
        enterprises = list(object_list)
        contacts = self._contacts_by_group_name([page.title for page in enterprises])
        stale_label = f"超过{self.stale_after_months}个月未更新"
        for page in enterprises:
            page.county_name = page.county.name if page.county else ""
            page.last_updated_display = chinese_date(page.last_updated)
            page.is_stale = page.last_updated is None or page.last_updated < self.stale_before
            page.status = stale_label if page.is_stale else "正常"
            page.contacts = contacts.get(editor_group_name(page.title), [])
            page.contacts_display = "；".join(
                f"{name} <{email}>" if email else name for name, email in page.contacts
            )
        return enterprises

    def _contacts_by_group_name(self, titles):
        """Active members of each enterprise's editors' group, in one query."""
        Membership = get_user_model().groups.through
        memberships = (
            Membership.objects.filter(
                group__name__in=[editor_group_name(title) for title in titles],
                user__is_active=True,
            )
            .select_related("user", "group")
            .order_by("group__name", "user__username")
        )
        contacts = {}
        for membership in memberships:
            user = membership.user
            name = user.get_full_name().strip() or user.get_username()
            contacts.setdefault(membership.group.name, []).append((name, user.email))
        return contacts

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["stale_after_months"] = self.stale_after_months
        return context
