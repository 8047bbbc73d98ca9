"""URL configuration: admin, documents, robots.txt and the sitemap, read API, search, then
Wagtail's pages."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from exhibits.api.urls import api_router
from exhibits.core.robots import robots_txt

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", robots_txt),
    path("sitemap.xml", sitemap),
    path("api/v2/", api_router.urls),
    path("", include("exhibits.links.urls")),
    path("kiosk/", include("exhibits.kiosks.urls")),
    path("search/", include("exhibits.search.urls")),
]

if settings.SERVE_MEDIA:
    from django.views.static import serve

    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += [path("", include(wagtail_urls))]
