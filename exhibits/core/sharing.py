"""What a page looks like when its link is shared: Open Graph, Twitter Card and WeChat's picture.

Every public page gets a title, a line of text, its absolute address on the Wagtail Site and
a 1200×630 picture: the page's own share image (or lead image), else the default picked in
站点信息与页脚, else the emblem card in static/img. WeChat's in-app browser often ignores
og:image and takes the first <img> of at least 300×300 in the body, so base.html also
carries a hidden square of the same picture right after <body>.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.templatetags.static import static
from wagtail.models import Site

from exhibits.core import content_version
from exhibits.core.models import SiteSettings
from exhibits.core.renditions import SHARE_CARD, SHARE_SQUARE

SITE_NAME = "劳模风采 · 平顶山市总工会"
# Drawn once with Pillow from the emblem (static/img/emblem.svg) and the site's name.
FALLBACK_CARD = ("img/share-card.jpg", 1200, 630)
FALLBACK_SQUARE = ("img/share-square.jpg", 300, 300)


@dataclass(frozen=True)
class SharePicture:
    url: str  # absolute, on the Wagtail Site's address: what crawlers of a shared link read
    src: str  # as this page's own <img> loads it, from whichever host serves the page
    width: int
    height: int
    alt: str


@dataclass(frozen=True)
class ShareCard:
    title: str
    description: str
    url: str
    picture: SharePicture
    square: SharePicture
    # Open Graph's og:type: "profile" for a person, "article" for a story (a page's share_type).
    type: str = "website"
    site_name: str = SITE_NAME


def share_card(request, page=None, title=""):
    """The card for `page` (or for a view without one, under `title`) as served to `request`."""
    site = Site.find_for_request(request)
    root = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    # The request's own path: a route of a page (a year of 历年表彰) is its own address.
    url = root + request.path
    if page is None:
        title = title or SITE_NAME
        return ShareCard(title, "", url, *_pictures(_default_sizes(site), root, title))
    title = page.seo_title or page.title
    image = page.get_share_image()
    sizes = _sizes(image) if image else _default_sizes(site)
    share_type = getattr(page, "share_type", "website")
    return ShareCard(
        title, page.get_share_text(), url, *_pictures(sizes, root, title), type=share_type
    )


def _sizes(image):
    """The card and the square of an image, both in one query (made on first use)."""
    renditions = image.get_renditions(SHARE_CARD, SHARE_SQUARE)
    return [(r.url, r.width, r.height) for r in (renditions[SHARE_CARD], renditions[SHARE_SQUARE])]


def _default_sizes(site):
    """The editors' default picture, else the emblem card. Cached with the content version,
    which saving the settings moves on, so pages without their own picture cost no query."""
    key = f"share-default:{site.pk if site else 0}:{content_version.current()}"
    sizes = cache.get(key)
    if sizes is None:
        image = SiteSettings.for_site(site).share_image if site else None
        sizes = (
            _sizes(image)
            if image
            else [
                (static(path), width, height)
                for path, width, height in (FALLBACK_CARD, FALLBACK_SQUARE)
            ]
        )
        cache.set(key, sizes, timeout=86400)
    return sizes


def _pictures(sizes, root, alt):
    return tuple(
        SharePicture(_absolute(root, url), url, width, height, alt) for url, width, height in sizes
    )


def _absolute(root, url):
    """Renditions and static files are site-relative unless served from another host."""
    return url if url.startswith(("http://", "https://", "//")) else root + url
