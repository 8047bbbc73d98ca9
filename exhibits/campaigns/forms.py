"""The campaign's admin form: what its inline rows must agree with before the page is cleaned."""

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm


def _kept(formset):
    """The cleaned rows of an inline formset that are not marked for deletion."""
    if not formset.is_valid():
        return []
    return [
        form.cleaned_data
        for form in formset.forms
        if form.cleaned_data and not form.cleaned_data.get("DELETE")
    ]


class CampaignPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        kiosks = _kept(self.formsets["kiosk_links"])
        # CampaignPage.clean() (run after this) checks these for overlaps with other campaigns.
        self.instance.pending_kiosk_ids = [row["kiosk"].pk for row in kiosks if row.get("kiosk")]
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        featured = {
            row["honoree"].pk
            for row in _kept(self.formsets["featured_honorees"])
            if row.get("honoree")
        }
        days = self.formsets["schedule_days"]
        rows_valid = days.is_valid()  # before any error below makes it False
        for form in days.forms:
            row = form.cleaned_data if rows_valid else None
            if not row or row.get("DELETE") or not row.get("date"):
                continue
            if start and end and not start <= row["date"] <= end:
                form.add_error("date", _("这一天不在活动期间内。"))
            if row.get("honoree") and row["honoree"].pk not in featured:
                form.add_error("honoree", _("今日劳模须是本活动的重点宣传人物。"))
        return cleaned
