"""Admin page that lays out the plaques of a chosen zone or year, one per printed page."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from exhibits.core.pinyin import by_pinyin
from exhibits.park.models import ParkPage, ParkZone, SculpturePage


def can_print_plaques(user):
    """Plaques are the park's: for whoever may edit a park page (the union's editors and
    reviewers), not for an enterprise editor, whose pages are their Star Avenue."""
    if user.is_superuser:
        return True
    return any(park.permissions_for_user(user).can_edit() for park in ParkPage.objects.all())


class PlaqueSelectionForm(forms.Form):
    zone = forms.ModelChoiceField(
        label=_("分区"), queryset=ParkZone.objects.all(), required=False, empty_label=_("全部分区")
    )
    year = forms.TypedChoiceField(label=_("入园年份"), coerce=int, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        years = (
            SculpturePage.objects.live()
            .order_by("-year_of_entry")
            .values_list("year_of_entry", flat=True)
            .distinct()
        )
        self.fields["year"].choices = [("", _("全部年份"))] + [(y, f"{y}年") for y in years]


def print_plaques(request):
    if not can_print_plaques(request.user):
        raise PermissionDenied
    form = PlaqueSelectionForm(request.GET or None)
    sculptures = []
    if form.is_bound and form.is_valid():
        sculptures = SculpturePage.objects.visible().for_cards()
        if form.cleaned_data["zone"]:
            sculptures = sculptures.filter(zone=form.cleaned_data["zone"])
        if form.cleaned_data["year"]:
            sculptures = sculptures.filter(year_of_entry=form.cleaned_data["year"])
        sculptures = by_pinyin(sculptures, name=lambda sculpture: sculpture.title)
    return render(
        request,
        "park/admin/print_plaques.html",
        {"form": form, "sculptures": sculptures, "submitted": form.is_bound},
    )
