"""The public search page (/search/) and the search box's suggestions (/search/suggest/)."""

from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Prefetch, Q, Value, When
from django.db.models.functions import Length
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from modelsearch.backends import get_search_backend
from wagtail.models import Page

from exhibits.core.models import County
from exhibits.enterprises.models import EnterprisePage
from exhibits.honorees.models import HonoreePage, Honour, HonourLevel
from exhibits.stories.models import StoryPage

from .highlight import excerpt, mark
from .query import RESULT_TYPES, SiteSearch, clean_query
from .text import MAX_QUERY_LENGTH

PER_PAGE = 20
PER_GROUP = 5  # results shown per type before "all N"
SUGGESTIONS = 8


def _int_or_none(value):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if 0 < number < 2**31 else None


def _facets(params):
    """The facets chosen in the URL, and the county chosen (or None); anything unknown
    is dropped and reported."""
    ignored = False
    result_type = params.get("type") or None
    if result_type and result_type not in RESULT_TYPES:
        result_type, ignored = None, True
    level = HonourLevel.from_slug(params["level"]) if params.get("level") else None
    ignored |= bool(params.get("level")) and level is None
    county_id = _int_or_none(params.get("county")) if params.get("county") else None
    county = County.objects.filter(pk=county_id).first() if county_id is not None else None
    ignored |= bool(params.get("county")) and county is None
    facets = {"result_type": result_type, "level": level, "county": county and county.pk}
    return facets, ignored, county


def _result(page, result_type, runs):
    """What one result shows: its title and an excerpt with the query marked."""
    summary = getattr(page, result_type.summary_field, "")
    texts = [summary]
    body = {HonoreePage: "story", StoryPage: "body"}.get(type(page))
    if body:
        field = page._meta.get_field(body)
        texts.append(" ".join(field.get_searchable_content(getattr(page, body))))
    return {
        "page": page,
        "type": result_type,
        "title": mark(page.title, runs),
        "excerpt": excerpt(texts, runs),
    }


@require_GET
def search(request):
    raw = request.GET.get("q", "")
    query = clean_query(raw)
    facets, ignored, county = _facets(request.GET)
    site_search = SiteSearch(query, **facets)
    runs = site_search.runs
    context = {
        "query": query,
        "share_title": f"“{query}”的搜索结果" if query else "搜索劳模、工匠、事迹和企业",
        "too_long": len(raw.strip()) > MAX_QUERY_LENGTH,
        "facets": facets,
        "chosen_type": site_search.result_type,
        "chosen_county": county,
        "chosen_count": sum(value is not None for value in facets.values()),
        "ignored": ignored,
        "type_counts": site_search.type_counts(),
        "level_counts": site_search.level_counts(),
        "county_counts": site_search.county_counts(),
        "levels": HonourLevel,
    }
    context["total"] = sum(n for _rt, n in context["type_counts"])
    chosen = site_search.result_type
    if chosen:
        paginator = Paginator(site_search.ranked_ids(chosen), PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        context["page_obj"] = page_obj
        context["page_range"] = paginator.get_elided_page_range(page_obj.number, on_each_side=2)
        context["results"] = [
            _result(p, chosen, runs) for p in _for_display(list(page_obj), chosen)
        ]
    else:
        context["groups"] = [
            (
                result_type,
                count,
                [
                    _result(p, result_type, runs)
                    for p in _for_display(
                        site_search.ranked_ids(result_type, PER_GROUP),
                        result_type,
                    )
                ],
            )
            for result_type, count in context["type_counts"]
        ]
    return render(request, "search/search.html", context)


def _for_display(ids, result_type):
    """The pages of these ids, in this order, with what their result shows joined in.

    Ranking picks ids alone: joining employers and honours into the ranking query
    made SQLite sort thousands of wide rows for 20 results.
    """
    ids = list(ids)
    pages = result_type.model.objects.filter(pk__in=ids)
    if result_type.model is HonoreePage:
        # What result.html shows: no portrait, so not the whole card (for_cards).
        pages = pages.select_related("employer_enterprise").prefetch_related(
            Prefetch("honours", queryset=Honour.objects.select_related("title"))
        )
    elif result_type.model is EnterprisePage:
        pages = pages.select_related("county")
    elif result_type.model is StoryPage:
        pages = pages.select_related("kind")
    by_id = {page.pk: page for page in pages}
    return [by_id[pk] for pk in ids if pk in by_id]


@require_GET
@cache_control(max_age=60)
def suggest(request):
    """Names and titles for the search box, as JSON: the ones starting with the query first."""
    query = clean_query(request.GET.get("q", ""))
    suggestions = []
    if query:
        models = [rt.model for rt in RESULT_TYPES.values()]
        pages = Page.objects.type(*models)
        matches = get_search_backend().matching(query, pages, autocomplete=True)
        first = Q(title__startswith=query) | Q(title=query)
        found = (
            matches.live()
            .public()
            .annotate(
                starts=Case(
                    When(first, then=Value(0)), default=Value(1), output_field=IntegerField()
                )
            )
            .order_by("starts", Length("title"), "title", "pk")
            .select_related("content_type")[:SUGGESTIONS]
        )
        labels = {rt.model: rt.label for rt in RESULT_TYPES.values()}
        for page in found:
            model = page.content_type.model_class()
            suggestions.append(
                {
                    "title": page.title,
                    "type": str(labels.get(model, "")),
                    "url": page.get_url(request),
                }
            )
    return JsonResponse(
        {"query": query, "suggestions": suggestions}, json_dumps_params={"ensure_ascii": False}
    )
