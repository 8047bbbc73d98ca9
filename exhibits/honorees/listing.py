"""The honoree list's filters, sorting and pagination, read from the query string.

Every filter lives in the URL so a filtered view can be shared. A value that is
malformed or unknown is dropped (and reported in `ignored`), never an error page.
Each option of a filter shows how many people it would list, the other chosen filters
applied; options that would list nobody are not offered.
"""

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import F
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from exhibits.core import content_version
from exhibits.core.listing import FilteredListing
from exhibits.core.models import County, Industry
from exhibits.core.pinyin import by_pinyin
from exhibits.honorees.models import HonoreePage, Honour, HonourLevel, HonourTitle

SORTS = {
    "pinyin": (_("按姓氏拼音"), [F("name_pinyin").asc(), "id"]),
    "level": (_("按荣誉级别"), [F("best_level").asc(nulls_last=True), "name_pinyin", "id"]),
    # latest_year: the newest of the honours the filters ask about (with_latest_honour).
    "recent": (_("按最新获奖"), [F("latest_year").desc(nulls_last=True), "name_pinyin", "id"]),
}
DEFAULT_SORT = "pinyin"
FACETS = ("title", "level", "year", "county", "industry", "enterprise")
CACHE_SECONDS = 86400
FORM_ID = "honoree-filters"


class HonoreeFilterForm(forms.Form):
    title = forms.TypedChoiceField(label=_("荣誉称号"), required=False, coerce=int)
    level = forms.ChoiceField(
        label=_("荣誉级别"),
        required=False,
        help_text=_("按本人所获最高荣誉归类：既是全国劳模又是市劳模的，只列在国家级。"),
    )
    year = forms.TypedChoiceField(label=_("获奖年份"), required=False, coerce=int)
    county = forms.TypedChoiceField(label=_("县（市、区）"), required=False, coerce=int)
    industry = forms.TypedChoiceField(label=_("行业"), required=False, coerce=int)
    enterprise = forms.TypedChoiceField(label=_("企业"), required=False, coerce=int)
    sort = forms.ChoiceField(label=_("排序"), required=False)

    def __init__(self, data, **kwargs):
        super().__init__(data, **kwargs)
        anything = [("", _("全部"))]
        choices = cache.get_or_set(
            f"honoree-filter-choices:{content_version.current()}",
            self.load_choices,
            CACHE_SECONDS,
        )
        for name, options in choices.items():
            self.fields[name].choices = anything + options
        self.fields["level"].choices = anything + [(lv.slug, lv.label) for lv in HonourLevel]
        self.fields["sort"].choices = [(key, label) for key, (label, _order) in SORTS.items()]
        # The sort sits in the bar above the list, outside the form it belongs to.
        self.fields["sort"].widget.attrs["form"] = FORM_ID
        self.fields["level"].widget.attrs["aria-describedby"] = "id_level-help"

    @staticmethod
    def load_choices():
        """The options editors maintain, in the order a reader looks for them: titles,
        counties and industries as the admin orders them, enterprises by pinyin, years
        newest first. Cached until the content version changes."""
        years = Honour.objects.order_by("-year").values_list("year", flat=True).distinct()
        enterprises = HonoreePage.employer_model().objects.visible().values_list("id", "title")
        return {
            "title": list(HonourTitle.objects.values_list("id", "name")),
            "county": list(County.objects.values_list("id", "name")),
            "industry": list(Industry.objects.values_list("id", "name")),
            "enterprise": by_pinyin(enterprises, name=lambda choice: choice[1]),
            "year": [(year, f"{year}年") for year in years],
        }


class HonoreeListing(FilteredListing):
    """What /honorees/ shows for one query string."""

    not_filters = ("sort",)

    def __init__(self, params, include_unpublished=False):
        # The admin's export also lists drafts and unpublished profiles.
        self.include_unpublished = include_unpublished
        self.read_filters(params, HonoreeFilterForm)
        self.sort = self.form.cleaned_data.get("sort") or DEFAULT_SORT
        # Labels without counts, for the chips; then the options with their counts.
        self.labels = {name: dict(self.form.fields[name].choices) for name in FACETS}
        self.offer_counted_options(FACETS, self.counts, key=self._count_key)

    @staticmethod
    def _count_key(facet, value):
        return HonourLevel.from_slug(value) if facet == "level" else value

    @cached_property
    def honour_criteria(self):
        """The honour filters chosen, as honoured() and honour_for() take them."""
        level = self.filters.get("level")
        return {
            "title": self.filters.get("title"),
            "level": HonourLevel.from_slug(level) if level else None,
            "year": self.filters.get("year"),
        }

    @cached_property
    def visible(self):
        """The people the public may see (one read of the view restrictions for both the
        list and its counts)."""
        return (
            HonoreePage.objects.all() if self.include_unpublished else HonoreePage.objects.visible()
        )

    @cached_property
    def queryset(self):
        chosen = self.filters
        pages = self.visible.honoured(**self.honour_criteria)
        if "county" in chosen:
            pages = pages.in_county(chosen["county"])
        if "industry" in chosen:
            pages = pages.in_industry(chosen["industry"])
        if "enterprise" in chosen:
            pages = pages.working_at(chosen["enterprise"])
        pages = pages.with_honour_stats().with_latest_honour(**self.honour_criteria)
        return pages.order_by(*SORTS[self.sort][1])

    @cached_property
    def page_obj(self):
        # Prefetches run only for the rows of the page shown.
        paginator = Paginator(self.queryset.for_cards(), settings.HONOREES_PER_PAGE)
        return paginator.get_page(self.params.get("page"))

    @cached_property
    def cards(self):
        """(person, the honour their card shows): the one the filters and sort are about."""
        latest = self.sort == "recent"
        return [
            (page, page.honour_for(**self.honour_criteria, latest=latest)) for page in self.page_obj
        ]

    @cached_property
    def counts(self):
        """{facet: {value: people}}: what each option would list (see facet_counts)."""
        chosen = {name: value for name, value in self.honour_criteria.items() if value}
        for name in ("county", "industry", "enterprise"):
            if name in self.filters:
                chosen[name] = self.filters[name]
        key = "&".join(f"{name}={int(value)}" for name, value in sorted(chosen.items()))
        return cache.get_or_set(
            f"honoree-facet-counts:{content_version.current()}:{self.include_unpublished}:{key}",
            lambda: self.visible.facet_counts(chosen),
            CACHE_SECONDS,
        )
