"""The API router: /api/v2/pages/ and /api/v2/images/ (see README, "Open read API")."""

from wagtail.api.v2.router import WagtailAPIRouter

from exhibits.api.views import ImagesViewSet, PagesViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesViewSet)
api_router.register_endpoint("images", ImagesViewSet)
