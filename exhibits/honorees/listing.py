"""The honoree list's filters, sorting and pagination, read from the query string.

Every filter lives in the URL so a filtered view can be shared. A value that is
malformed or unknown is dropped (and reported in `ignored`), never an error page.
"""

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import F
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from exhibits.core import content_version
from exhibits.core.models import County, Industry
from exhibits.honorees.models import HonoreePage, Honour, HonourLevel, HonourTitle

SORTS = {
    "pinyin": (_("按姓氏拼音"), [F("name_pinyin").asc(), "id"]),
    "level": (_("按荣誉级别"), [F("best_level").asc(nulls_last=True), "name_pinyin", "id"]),
    "recent": (
        _("按最新获奖"),
        [F("latest_honour_year").desc(nulls_last=True), "name_pinyin", "id"],
    ),
}
DEFAULT_SORT = "pinyin"


class HonoreeFilterForm(forms.Form):
    title = forms.TypedChoiceField(label=_("荣誉称号"), required=False, coerce=int)
    level = forms.ChoiceField(label=_("荣誉级别"), required=False)
    county = forms.TypedChoiceField(label=_("县（市、区）"), required=False, coerce=int)
    industry = forms.TypedChoiceField(label=_("行业"), required=False, coerce=int)
    enterprise = forms.TypedChoiceField(label=_("企业"), required=False, coerce=int)
    year = forms.TypedChoiceField(label=_("获奖年份"), required=False, coerce=int)
    sort = forms.ChoiceField(label=_("排序"), required=False)

    def __init__(self, data, **kwargs):
        super().__init__(data, **kwargs)
        anything = [("", _("全部"))]
        choices = cache.get_or_set(
            f"honoree-filter-choices:{content_version.current()}", self.load_choices, 86400
        )
        for name, options in choices.items():
            self.fields[name].choices = anything + options
        self.fields["level"].choices = anything + [(lv.slug, lv.label) for lv in HonourLevel]
        self.fields["sort"].choices = [(key, label) for key, (label, _order) in SORTS.items()]

    @staticmethod
    def load_choices():
        """The options editors maintain; cached until the content version changes."""
        years = Honour.objects.order_by("-year").values_list("year", flat=True).distinct()
        enterprises = HonoreePage.employer_model().objects.visible().order_by("title")
        return {
            "title": list(HonourTitle.objects.values_list("id", "name")),
            "county": list(County.objects.values_list("id", "name")),
            "industry": list(Industry.objects.values_list("id", "name")),
            "enterprise": list(enterprises.values_list("id", "title")),
            "year": [(year, f"{year}年") for year in years],
        }


class HonoreeListing:
    """What /honorees/ shows for one query string."""

    def __init__(self, params):
        self.params = params
        self.form = HonoreeFilterForm(self._known_params(params))
        self.form.is_valid()  # fills cleaned_data with the valid fields only
        self.filters = {
            name: value
            for name, value in self.form.cleaned_data.items()
            if name != "sort" and value not in (None, "")
        }
        self.sort = self.form.cleaned_data.get("sort") or DEFAULT_SORT
        self.ignored = sorted(self.form.errors)

    @staticmethod
    def _known_params(params):
        return {name: params.get(name, "").strip() for name in HonoreeFilterForm.base_fields}

    @cached_property
    def queryset(self):
        chosen = self.filters
        level = chosen.get("level")
        # One honour must satisfy title, level and year together: "市劳模 in 2015".
        pages = HonoreePage.objects.visible().holding(
            title=chosen.get("title"),
            level=HonourLevel.from_slug(level) if level else None,
            year=chosen.get("year"),
        )
        if "county" in chosen:
            pages = pages.in_county(chosen["county"])
        if "industry" in chosen:
            pages = pages.in_industry(chosen["industry"])
        if "enterprise" in chosen:
            pages = pages.working_at(chosen["enterprise"])
        return pages.with_honour_stats().order_by(*SORTS[self.sort][1])

    @cached_property
    def page_obj(self):
        # Prefetches run only for the rows of the page shown.
        paginator = Paginator(self.queryset.for_cards(), settings.HONOREES_PER_PAGE)
        return paginator.get_page(self.params.get("page"))

    @cached_property
    def page_range(self):
        return list(
            self.page_obj.paginator.get_elided_page_range(self.page_obj.number, on_each_side=2)
        )

    @property
    def is_filtered(self):
        return bool(self.filters)

    @cached_property
    def active_filters(self):
        """(label, value shown, the query string without it) for each applied filter."""
        chips = []
        for name, value in self.filters.items():
            field = self.form.fields[name]
            shown = dict(field.choices).get(value, value)
            remaining = self.params.copy()
            remaining.pop(name, None)
            remaining.pop("page", None)
            chips.append((field.label, shown, remaining.urlencode()))
        return chips
