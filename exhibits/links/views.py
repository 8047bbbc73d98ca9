"""Short links /p/<id>/ and their QR codes /qr/<id>.svg and /qr/<id>.png.

A printed plaque outlives slugs and page moves, so it carries the page id; the
short link redirects to wherever the page lives now. A page type may say where its
short link lands with `short_link_target(request)` (a sculpture: its plaque view).
Only live, public pages answer: a draft, a private page or a missing id is a plain 404.
"""

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.views.decorators.cache import cache_control
from wagtail.models import Page

from exhibits.links import qr


def public_page(page_id):
    page = Page.objects.live().public().filter(pk=page_id).first()
    if page is None:
        raise Http404("没有这个页面")
    return page


def short_url(page, request=None):
    """The absolute short link on the page's own Wagtail Site (host name and port, 设置 → 站点),
    so a plaque or a shared QR code leads to the public address. Read from Wagtail's cached
    site root paths: no query."""
    url_parts = page.get_url_parts(request=request)
    root = (url_parts[1] or "") if url_parts else ""
    return root + reverse("short-link", args=[page.pk])


def short_link(request, page_id):
    page = public_page(page_id).specific
    target = getattr(page, "short_link_target", None)
    return HttpResponseRedirect(target(request) if target else page.get_url(request=request))


@cache_control(public=True, max_age=86400)
def qr_svg(request, page_id):
    page = public_page(page_id)
    return HttpResponse(qr.svg(short_url(page), title=page.title), content_type="image/svg+xml")


@cache_control(public=True, max_age=86400)
def qr_png(request, page_id):
    page = public_page(page_id)
    size = qr.png_size(request.GET.get("size"))
    return HttpResponse(qr.png(short_url(page), size), content_type="image/png")
