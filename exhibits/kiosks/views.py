"""The kiosk screen and what it talks to: content, version check, service worker, heartbeat.

None of these need a login: a kiosk is a public screen. Only live kiosks answer; any
other slug is a plain 404.
"""

import hashlib
import json
from functools import cache, wraps
from urllib.parse import urljoin

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponseBadRequest, HttpResponseNotFound, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import etag, require_GET, require_POST

from exhibits.core import content_version
from exhibits.kiosks.content import cached_content
from exhibits.kiosks.heartbeat import HeartbeatError, record_heartbeat
from exhibits.kiosks.models import KioskDisplay

# The kiosk's stylesheet and every one of its ES modules (main.js imports the others):
# all precached by the service worker and hashed into shell_version().
_STATIC = settings.BASE_DIR / "static"
SHELL_ASSETS = [
    "kiosks/kiosk.css",
    *sorted(path.relative_to(_STATIC).as_posix() for path in _STATIC.glob("kiosks/js/**/*.js")),
]
PLAIN_TEXT = "text/plain; charset=utf-8"
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def kiosk_view(view):
    """Hand the view the live kiosk of the slug; any other slug gets a plain 404.

    Plain: the site's 404 page has navigation, and a kiosk must not offer a way out.
    """

    @wraps(view)
    def wrapper(request, slug):
        kiosk = KioskDisplay.objects.filter(slug=slug, live=True).first()
        if kiosk is None:
            return HttpResponseNotFound("没有这个展台", content_type=PLAIN_TEXT)
        return view(request, kiosk)

    return wrapper


@cache
def shell_version():
    """Changes when the kiosk's own code changes, so the service worker replaces its copy."""
    digest = hashlib.sha256()
    for name in SHELL_ASSETS:
        path = finders.find(name)
        with open(path, "rb") as file:
            digest.update(file.read())
    digest.update((settings.BASE_DIR / "templates" / "kiosks" / "kiosk.html").read_bytes())
    return digest.hexdigest()[:12]


def content_cache(kiosk):
    """The name of the browser cache holding a kiosk's content.json and its pictures."""
    return f"kiosk-{kiosk.slug}-content"


def _urls(kiosk):
    """What the page and its service worker talk to, and the cache both of them fill."""
    slug = kiosk.slug
    return {
        "shell": reverse("kiosk", args=[slug]),
        "content": reverse("kiosk-content", args=[slug]),
        "version": reverse("kiosk-version", args=[slug]),
        "heartbeat": reverse("kiosk-heartbeat", args=[slug]),
        "worker": reverse("kiosk-worker", args=[slug]),
        "content_cache": content_cache(kiosk),
    }


def _import_map():
    """Sends each module's import of another ("./core/idle.js") to the file's static URL.

    In production the static URLs carry a content hash that the modules' own relative
    imports do not; the map makes them load the URLs the service worker precached.
    """
    imports = {
        urljoin(settings.STATIC_URL, name): static(name)
        for name in SHELL_ASSETS
        if name.endswith(".js")
    }
    # Safe inside a <script> element: <, > and & escaped as json_script escapes them.
    return mark_safe(json.dumps({"imports": imports}).translate(_SCRIPT_ESCAPES))


@require_GET
@never_cache
@kiosk_view
def shell(request, kiosk):
    return render(
        request,
        "kiosks/kiosk.html",
        {
            "kiosk": kiosk,
            "urls": _urls(kiosk),
            "import_map": _import_map(),
        },
    )


@require_GET
@never_cache
@gzip_page
@kiosk_view
def content(request, kiosk):
    return JsonResponse(cached_content(kiosk), json_dumps_params={"ensure_ascii": False})


@require_GET
@never_cache
@kiosk_view
def version(request, kiosk):
    return JsonResponse({"version": content_version.current()})


def _worker_etag(request, kiosk):
    return f"{kiosk.slug}-{shell_version()}"


@require_GET
@kiosk_view
# Revalidated on every boot but, thanks to the ETag, answered with an empty 304.
@cache_control(no_cache=True)
@etag(_worker_etag)
def service_worker(request, kiosk):
    urls = _urls(kiosk)
    response = render(
        request,
        "kiosks/service_worker.js",
        {
            "cache_name": f"kiosk-{kiosk.slug}-shell-{shell_version()}",
            "shell_urls": json.dumps([urls["shell"], *(static(a) for a in SHELL_ASSETS)]),
            "urls": urls,
            "scope": urls["shell"],
        },
        content_type="application/javascript; charset=utf-8",
    )
    return response


@csrf_exempt  # kiosks are anonymous screens; the body is validated and only counts things
@require_POST
@never_cache
@kiosk_view
def heartbeat(request, kiosk):
    try:
        payload = json.loads(request.body or b"{}")
    except (ValueError, RecursionError):  # also bad UTF-8 and absurdly deep nesting
        return HttpResponseBadRequest("心跳数据不是有效的 JSON", content_type=PLAIN_TEXT)
    try:
        accepted = record_heartbeat(kiosk, payload)
    except HeartbeatError as error:
        return HttpResponseBadRequest(str(error), content_type=PLAIN_TEXT)
    return JsonResponse({"accepted": accepted, "version": content_version.current()})
