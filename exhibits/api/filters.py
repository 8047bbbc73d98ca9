"""Facet filters for /api/v2/pages/: the honoree list's facets, for other sites to use.

?honour_level=national  ?honour_title=<id>  ?honour_year=2020  (honorees; the level is the
person's highest honour's, and one honour must match all three, like
/honorees/?level=…&title=…&year=…), ?county=<id or name> and
?industry=<id or name> (honorees and enterprises), ?enterprise=<id> (honorees employed
there), ?year_of_entry=2021 (sculptures), and the story list's ?kind=<slug or id>,
?year=2025 (of the air date of an episode, else the story's date) and ?honoree=<id> (the
stories about that person). A malformed or unknown value is a 400 with a message, never an
empty list that looks like an answer.
"""

from types import SimpleNamespace

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Q
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2 import filters
from wagtail.api.v2.utils import BadRequestError

from exhibits.core.models import County, Industry
from exhibits.enterprises.models import EnterprisePage
from exhibits.honorees.models import HonoreePage, HonourLevel, HonourTitle
from exhibits.park.models import SculpturePage
from exhibits.stories.models import StoryKind, StoryPage

HONOUR_FACETS = ("honour_level", "honour_title", "honour_year")
STORY_FACETS = ("kind", "year", "honoree")
FACETS = (*HONOUR_FACETS, "county", "industry", "enterprise", "year_of_entry", *STORY_FACETS)


def model_label(model):
    return f"{model._meta.app_label}.{model.__name__}"


def positive_int(name, value):
    try:
        number = int(value)
        if number < 1:
            raise ValueError
    except ValueError as error:
        raise BadRequestError(f"{name} must be a positive integer, got '{value}'") from error
    return number


def lookup(name, model, value, field="name"):
    """A county or industry by id or by name (新华区); a story kind by id or slug."""
    value = value.strip()
    if value.isascii() and value.isdigit():
        item = model.objects.filter(pk=int(value)).first()
    else:
        item = model.objects.filter(**{field: value}).first() if value else None
    if item is None:
        raise BadRequestError(f"{name} '{value}' doesn't exist")
    return item


class FacetFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        for name, conditions in self.conditions(request.GET, view):
            applicable = {
                model: pages
                for model, pages in conditions.items()
                if issubclass(model, queryset.model)
            }
            if not applicable:
                raise BadRequestError(
                    "{} filters {}, not {}".format(
                        name,
                        " and ".join(model_label(model) for model in conditions),
                        model_label(queryset.model),
                    )
                )
            # By page id, as Wagtail filters by type: it works on a specific type's
            # queryset, on mixed pages (no ?type=) and under ?search=.
            matching = Q()
            for pages in applicable.values():
                matching |= Q(pk__in=pages.values("pk"))
            queryset = queryset.filter(matching)
        return queryset

    def conditions(self, params, view):
        """(parameter, {page model: its pages that pass}) for each facet in the query string,
        chosen through the models' own query methods."""
        honour = {}
        if "honour_level" in params:
            level = HonourLevel.from_slug(params["honour_level"])
            if level is None:
                slugs = ", ".join(choice.slug for choice in HonourLevel)
                raise BadRequestError(
                    f"honour_level must be one of {slugs}, got '{params['honour_level']}'"
                )
            honour["level"] = level
        if "honour_title" in params:
            title_id = positive_int("honour_title", params["honour_title"])
            if not HonourTitle.objects.filter(pk=title_id).exists():
                raise BadRequestError(f"honour_title {title_id} doesn't exist")
            honour["title"] = title_id
        if "honour_year" in params:
            honour["year"] = positive_int("honour_year", params["honour_year"])
        if honour:
            # The level is the person's highest; one honour must match the title, the year
            # and that level: "a city-level title in 2015", as on /honorees/.
            name = ", ".join(facet for facet in HONOUR_FACETS if facet in params)
            yield name, {HonoreePage: HonoreePage.objects.honoured(**honour)}

        located = (HonoreePage, EnterprisePage)
        if "county" in params:
            county = lookup("county", County, params["county"])
            yield "county", {model: model.objects.in_county(county) for model in located}
        if "industry" in params:
            industry = lookup("industry", Industry, params["industry"])
            yield "industry", {model: model.objects.in_industry(industry) for model in located}

        if "enterprise" in params:
            enterprise_id = positive_int("enterprise", params["enterprise"])
            visible = view.get_base_queryset().values("pk")
            if not EnterprisePage.objects.filter(pk=enterprise_id, pk__in=visible).exists():
                raise BadRequestError(f"enterprise {enterprise_id} doesn't exist")
            yield "enterprise", {HonoreePage: HonoreePage.objects.working_at(enterprise_id)}

        if "year_of_entry" in params:
            year = positive_int("year_of_entry", params["year_of_entry"])
            yield "year_of_entry", {SculpturePage: SculpturePage.objects.entered_in(year)}

        yield from self.story_conditions(params, view)

    @staticmethod
    def story_conditions(params, view):
        """The filters of /stories/, through the same query methods."""
        if "kind" in params:
            kind = lookup("kind", StoryKind, params["kind"], field="slug")
            yield "kind", {StoryPage: StoryPage.objects.of_kind(kind)}
        if "year" in params:
            year = positive_int("year", params["year"])
            yield "year", {StoryPage: StoryPage.objects.in_year(year)}
        if "honoree" in params:
            honoree_id = positive_int("honoree", params["honoree"])
            visible = view.get_base_queryset().values("pk")
            if not HonoreePage.objects.filter(pk=honoree_id, pk__in=visible).exists():
                raise BadRequestError(f"honoree {honoree_id} doesn't exist")
            yield "honoree", {StoryPage: StoryPage.objects.about(honoree_id)}


class FieldsFilter(filters.FieldsFilter):
    """Wagtail's ?field=value filter, leaving the facets (county, industry…) to FacetFilter."""

    def filter_queryset(self, request, queryset, view):
        # Wagtail's filter reads nothing of the request but its query string.
        params = request.GET.copy()
        for name in FACETS:
            params.pop(name, None)
        return super().filter_queryset(SimpleNamespace(GET=params), queryset, view)


class OrderingFilter(filters.OrderingFilter):
    """Wagtail's ?order=, refusing a list field (honours, tags): sorting by one repeats pages."""

    def filter_queryset(self, request, queryset, view):
        for field in request.GET.get("order", "").split(","):
            try:
                model_field = queryset.model._meta.get_field(field.lstrip("-"))
            except FieldDoesNotExist:
                continue  # Wagtail's filter rejects it, or it is "random"
            if model_field.one_to_many or model_field.many_to_many:
                raise BadRequestError(f"cannot order by '{field}' (it holds a list)")
        return super().filter_queryset(request, queryset, view)
