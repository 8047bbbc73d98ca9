"""What the API's page fields read, fetched in a fixed number of queries per listing.

`visible` is the view's base queryset (live, public pages of the site): related pages
outside it (a draft employer, a private sculpture) are left out of the prefetches, so
the fields never name them.
"""

from django.db.models import Prefetch
from wagtail.images import get_image_model

from exhibits.enterprises.models import EnterprisePage
from exhibits.honorees.models import HonoreePage, HonoreeTag, Honour
from exhibits.park.models import SculptureHonoree, SculpturePage, SculpturePhoto
from exhibits.stories.models import StoryHonoree, StoryPage


def _images():
    return get_image_model().objects.prefetch_renditions()


def honorees(queryset, visible):
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
    return (
        queryset.select_related("county", "industry", "locale")
        .prefetch_related(Prefetch("logo", queryset=_images()))
        .with_star_count()
    )


def stories(queryset, visible):
    return queryset.select_related("kind", "locale", "video", "video_subtitles").prefetch_related(
        Prefetch("hero_image", queryset=_images()),
        Prefetch("video_poster", queryset=_images()),
        Prefetch(
            "people",
            queryset=StoryHonoree.objects.filter(
                honoree_id__in=visible.values("pk")
            ).select_related("honoree"),
        ),
    )


def with_related(queryset, visible):
    """The queryset with what its page type's `api_fields` read (every page has a locale)."""
    prepare = {
        HonoreePage: honorees,
        SculpturePage: sculptures,
        EnterprisePage: enterprises,
        StoryPage: stories,
    }.get(queryset.model)
    return prepare(queryset, visible) if prepare else queryset.select_related("locale")
