"""/robots.txt: crawlers may read every public page, find them all in the sitemap, and keep
out of the admin, the kiosk screens, the read API and the endless search-result pages."""

from django.http import HttpResponse
from django.views.decorators.http import require_safe
from wagtail.models import Site

KEPT_OUT = ["/admin/", "/django-admin/", "/kiosk/", "/api/", "/search/"]


@require_safe
def robots_txt(request):
    site = Site.find_for_request(request)
    root = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in KEPT_OUT), ""]
    lines.append(f"Sitemap: {root}/sitemap.xml")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
