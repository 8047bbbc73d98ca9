"""The API's endpoints: live, public pages (with the honoree facets) and the images they use.

Read only (the router maps GET alone), and the same answer whoever asks: no session, so
a logged-in editor's browser sees what a mini-program sees.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, IntegerField
from django.db.models.functions import Cast
from wagtail.api import APIField
from wagtail.api.querysets import get_public_pages_queryset
from wagtail.api.v2 import filters as wagtail_filters
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.fields import ImageRenditionField
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, ReferenceIndex

from exhibits.api import queries
from exhibits.api.filters import FACETS, FacetFilter, FieldsFilter, OrderingFilter
from exhibits.core.renditions import IMAGE_LARGE, IMAGE_THUMBNAIL


class PublicEndpoint:
    """No session (everyone gets the same answer) and no null characters in the query string:
    PostgreSQL refuses them in text, which made ?search=, ?locale= and find's ?html_path= a 500.
    """

    authentication_classes = []

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for name, values in request.GET.lists():
            if any("\x00" in value for value in values):
                raise BadRequestError(f"{name} must not contain null characters")


class PagesViewSet(PublicEndpoint, PagesAPIViewSet):
    filter_backends = [
        FieldsFilter,
        FacetFilter,
        wagtail_filters.ChildOfFilter,
        wagtail_filters.AncestorOfFilter,
        wagtail_filters.DescendantOfFilter,
        OrderingFilter,
        wagtail_filters.TranslationOfFilter,
        wagtail_filters.LocaleFilter,
        wagtail_filters.SearchFilter,  # last: search results cannot be filtered further
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(FACETS)
    # A story (事迹, a StoryPage's body) can be long: it comes with one page, not a listing.
    detail_only_fields = [*PagesAPIViewSet.detail_only_fields, "story", "body"]

    def get_base_queryset(self):
        # Wagtail leaves out the pages this request may not see; .public() leaves out
        # every view-restricted page, whoever asks (a password typed on the site included).
        if not hasattr(self, "_base_queryset"):
            self._base_queryset = super().get_base_queryset().public()
        return self._base_queryset.all()

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.action == "listing_view" and queryset.model is not Page:
            queryset = queryset.defer_streamfields()  # stories are detail-only
        return queries.with_related(queryset, self.get_base_queryset())

    def get_object(self):
        """The page as its specific type, with what its fields read fetched alongside."""
        if not hasattr(self, "_specific_object"):
            # Skip PagesAPIViewSet's `.specific`: it would fetch the page a second time.
            page = super(PagesAPIViewSet, self).get_object()
            model = page.specific_class
            if model is None or isinstance(page, model):
                specific = page.specific
            else:
                queryset = model.objects.filter(pk=page.pk)
                specific = queries.with_related(queryset, self.get_base_queryset()).get()
            self._specific_object = specific
        return self._specific_object


class ImagesViewSet(PublicEndpoint, ImagesAPIViewSet):
    """Images that live, public pages use, as renditions.

    Wagtail's endpoint lists every image in the library (including those uploaded for
    a profile still awaiting review) with a link to the uploaded original; this one
    lists only the images the reference index finds on live, public pages, and offers
    renditions instead of the original. Image tags are the editors' own filing and
    stay out.
    """

    body_fields = [
        *ImagesAPIViewSet.body_fields,
        APIField("thumbnail", serializer=ImageRenditionField(IMAGE_THUMBNAIL, source="*")),
        APIField("large", serializer=ImageRenditionField(IMAGE_LARGE, source="*")),
    ]
    meta_fields = [f for f in ImagesAPIViewSet.meta_fields if f not in ("tags", "download_url")]
    listing_default_fields = [
        *(f for f in ImagesAPIViewSet.listing_default_fields if f not in ("tags", "download_url")),
        "thumbnail",
    ]
    nested_default_fields = [
        *(f for f in ImagesAPIViewSet.nested_default_fields if f != "download_url"),
        "thumbnail",
    ]

    def get_queryset(self):
        pages = get_public_pages_queryset(self.request).public()
        used = ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=pages.annotate(id_text=Cast("pk", CharField())).values("id_text"),
            to_content_type=ContentType.objects.get_for_model(self.model),
        ).annotate(image_id=Cast("to_object_id", IntegerField()))
        return super().get_queryset().filter(pk__in=used.values("image_id")).prefetch_renditions()
