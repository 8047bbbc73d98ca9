"""What the API's page fields read, fetched in a fixed number of queries per listing.

`visible` is the view's base queryset (live, public pages of the site): related pages
outside it (a draft employer, a private sculpture) are left out of the prefetches, so
the fields never name them.
"""

from django.db.models import Count, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from wagtail.images import get_image_model


def _images():
    return get_image_model().objects.prefetch_renditions()


def honorees(queryset, visible):
    from exhibits.enterprises.models import EnterprisePage
    from exhibits.honorees.models import HonoreeTag, Honour
    from exhibits.park.models import SculptureHonoree

    return queryset.select_related("county", "industry", "locale").prefetch_related(
        Prefetch("portrait", queryset=_images()),
        Prefetch("honours", queryset=Honour.objects.select_related("title")),
        Prefetch("tagged_items", queryset=HonoreeTag.objects.select_related("tag")),
        Prefetch(
            "employer_enterprise",
            queryset=EnterprisePage.objects.filter(pk__in=visible.values("pk")),
        ),
        Prefetch(
            "sculpture_links",
            queryset=SculptureHonoree.objects.filter(sculpture_id__in=visible.values("pk"))
            .select_related("sculpture")
            .order_by("sculpture__year_of_entry", "sculpture__path"),
        ),
    )


def sculptures(queryset, visible):
    from exhibits.park.models import SculptureHonoree, SculpturePhoto

    return queryset.select_related("zone", "locale").prefetch_related(
        Prefetch(
            "photos",
            queryset=SculpturePhoto.objects.prefetch_related(Prefetch("image", queryset=_images())),
        ),
        Prefetch(
            "depicted",
            queryset=SculptureHonoree.objects.filter(
                honoree_id__in=visible.values("pk")
            ).select_related("honoree"),
        ),
    )


def enterprises(queryset, visible):
    from exhibits.honorees.models import HonoreePage

    # A subquery rather than Count() over a join: no GROUP BY on the page table.
    stars = (
        HonoreePage.objects.filter(employer_enterprise=OuterRef("pk"), pk__in=visible.values("pk"))
        .order_by()
        .values("employer_enterprise")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return (
        queryset.select_related("county", "industry", "locale")
        .prefetch_related(Prefetch("logo", queryset=_images()))
        .annotate(star_count=Coalesce(Subquery(stars), 0))
    )


def with_related(queryset, visible):
    """The queryset with what its page type's `api_fields` read (every page has a locale)."""
    from exhibits.enterprises.models import EnterprisePage
    from exhibits.honorees.models import HonoreePage
    from exhibits.park.models import SculpturePage

    prepare = {
        HonoreePage: honorees,
        SculpturePage: sculptures,
        EnterprisePage: enterprises,
    }.get(queryset.model)
    return prepare(queryset, visible) if prepare else queryset.select_related("locale")
