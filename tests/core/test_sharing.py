"""Shared links: every public page carries Open Graph and Twitter Card metadata with a 1200×630
picture and absolute addresses, its first picture is at least 300×300 (WeChat takes that one),
robots.txt names the sitemap, and the sitemap lists every live public page."""

import io
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command
from PIL import Image
from wagtail.models import Page, PageViewRestriction, Site, get_page_models

from exhibits.campaigns.models import CampaignIndexPage, CampaignPage
from exhibits.core.models import SiteSettings
from exhibits.home.models import HomePage
from exhibits.stories.models import StoryPage
from tests.core.factories import ImageFactory
from tests.honorees.factories import HonoreePageFactory

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"


class Preview(HTMLParser):
    """The head's <meta> and canonical link, and the first <img> of the body."""

    def __init__(self, html):
        super().__init__()
        self.meta, self.canonical, self.first_image, self.in_body = {}, None, None, False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and "content" in attrs:
            self.meta[attrs.get("property") or attrs.get("name")] = attrs["content"]
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical = attrs["href"]
        elif tag == "body":
            self.in_body = True
        elif tag == "img" and self.in_body and self.first_image is None:
            self.first_image = attrs


def preview(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return Preview(response.content.decode())


def picture_size(url):
    """The pixel size of the file behind an absolute media or static address."""
    path = urlsplit(url).path
    if path.startswith(settings.MEDIA_URL):
        file = Path(settings.MEDIA_ROOT) / path.removeprefix(settings.MEDIA_URL)
    else:
        file = Path(finders.find(path.removeprefix(settings.STATIC_URL)))
    with Image.open(file) as image:
        return image.size


@pytest.fixture
def demo(db):
    call_command("seed_demo", honorees=20, enterprises=12, stdout=io.StringIO())
    return Site.objects.get(is_default_site=True)


def one_page_of_each_type(site):
    pages = {}
    for page in site.root_page.get_descendants(inclusive=True).live().public().specific():
        pages.setdefault(type(page), page)
    return pages


def test_every_page_type_shares_a_1200x630_picture_and_shows_a_square_first(client, demo):
    pages = one_page_of_each_type(demo)
    assert set(pages) == set(get_page_models()) - {Page}  # the demo has every page type
    for page_type, page in pages.items():
        found = preview(client, page.url)
        meta, name = found.meta, page_type.__name__
        assert meta["og:title"] == meta["twitter:title"] == (page.seo_title or page.title), name
        assert meta["og:url"] == found.canonical == page.full_url, name
        assert meta["og:image"].startswith(demo.root_url + "/"), name
        assert meta["twitter:image"] == meta["og:image"], name
        assert meta["twitter:card"] == "summary_large_image", name
        assert (meta["og:image:width"], meta["og:image:height"]) == ("1200", "630"), name
        assert picture_size(meta["og:image"]) == (1200, 630), name
        square = found.first_image
        assert int(square["width"]) >= 300 and int(square["height"]) >= 300, name
        width, height = picture_size(demo.root_url + urlsplit(square["src"]).path)
        assert width >= 300 and height >= 300, name
        if page.get_share_text():
            assert meta["og:description"] == meta["twitter:description"] != "", name


def test_a_profile_shares_its_portrait_as_a_profile(client, honoree_index):
    person = HonoreePageFactory(parent=honoree_index, title="王芳")
    found = preview(client, person.url)
    assert found.meta["og:type"] == "profile"
    assert urlsplit(found.meta["og:image"]).path.startswith(settings.MEDIA_URL)
    assert picture_size(found.meta["og:image"]) == (1200, 630)
    # The hidden square is the same portrait, not the emblem, loaded from the host that
    # serves the page (a browser test's server is not the Site's address).
    assert found.first_image["src"].startswith(settings.MEDIA_URL)
    assert urlsplit(found.first_image["src"]).path.startswith(settings.MEDIA_URL)
    assert picture_size(found.first_image["src"]) == (300, 300)


def test_a_page_without_a_picture_shares_the_emblem_until_the_editors_choose_one(client, home):
    found = preview(client, "/")
    assert found.meta["og:image"] == f"{home.get_site().root_url}/static/img/share-card.jpg"
    assert found.first_image["src"].endswith("/static/img/share-square.jpg")

    site_settings = SiteSettings.for_site(home.get_site())
    site_settings.share_image = ImageFactory(width=1600, height=900)
    site_settings.save()  # moves the content version on: the cached default is stale

    found = preview(client, "/")
    assert urlsplit(found.meta["og:image"]).path.startswith(settings.MEDIA_URL)
    assert picture_size(found.meta["og:image"]) == (1200, 630)
    assert picture_size(found.first_image["src"]) == (300, 300)


def test_search_results_share_the_query_and_an_error_page_shares_nothing(client, home):
    meta = preview(client, "/search/?q=王芳").meta
    assert meta["og:title"] == "“王芳”的搜索结果"
    assert meta["og:url"] == f"{home.get_site().root_url}/search/"
    missing = client.get("/no-such-page/")
    assert missing.status_code == 404
    assert "og:title" not in Preview(missing.content.decode()).meta


def test_robots_txt_names_the_sitemap_on_the_sites_address(client, home):
    site = home.get_site()
    site.hostname, site.port = "laomo.example.cn", 443
    site.save()
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Sitemap: https://laomo.example.cn/sitemap.xml" in lines
    assert {"User-agent: *", "Disallow: /admin/", "Disallow: /kiosk/"} <= set(lines)
    assert "Disallow: /" not in lines  # the public pages stay open to crawlers


def test_the_sitemap_lists_every_live_public_page_and_nothing_else(client, demo):
    hidden_story = StoryPage.objects.live().first()
    PageViewRestriction.objects.create(
        page=hidden_story, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    draft = StoryPage.objects.live().last()
    draft.unpublish()

    tree = ET.fromstring(client.get("/sitemap.xml").content)
    listed = {loc.text for loc in tree.iter(SITEMAP)}
    public = {
        page.full_url
        for page in demo.root_page.get_descendants(inclusive=True).live().public().specific()
    }
    assert listed == public
    assert hidden_story.full_url not in listed and draft.full_url not in listed
    kinds = {
        type(page) for page in Page.objects.live().public().specific() if page.full_url in listed
    }
    assert {CampaignIndexPage, CampaignPage, StoryPage, HomePage} <= kinds
