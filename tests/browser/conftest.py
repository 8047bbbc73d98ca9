"""Fixtures for the browser tests: headless Chromium, phone and desktop viewports, a live site."""

import os
import re
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import unquote, urlsplit

import pytest
from django.conf import settings
from django.db import connections
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page
from wagtail.rich_text import RichText

from exhibits.home.models import HomeFeaturedHonoree
from exhibits.honorees.models import HonourLevel
from tests.core.factories import CountyFactory, IndustryFactory
from tests.enterprises.factories import EnterprisePageFactory
from tests.honorees.factories import HonoreePageFactory, HonourFactory, HonourTitleFactory

# Playwright's sync API keeps an asyncio event loop running in the main thread, so Django
# refuses ORM calls made there (SynchronousOnlyOperation) although nothing here is async.
# While that loop runs, Django's connection handler (an asgiref Local) also hands out
# connections of its own, apart from those the test database was set up with: see
# `wagtail_roots`.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = "/usr/bin/chromium"
# Playwright's own browser download cannot work here; Debian's Chromium, quiet and offline.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DEVICES = {
    "phone": {
        "viewport": {"width": 390, "height": 844},
        "device_scale_factor": 3,
        "is_mobile": True,
        "has_touch": True,
    },
    "desktop": {"viewport": {"width": 1366, "height": 900}},
}
SCREENSHOTS = Path("/tmp/laomo-browser-screenshots")
HERE = Path(__file__).parent


def pytest_collection_modifyitems(items):
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Save a screenshot of the page a browser test failed on, and name it in the report."""
    report = yield
    page = item.funcargs.get("page") if hasattr(item, "funcargs") else None
    if report.when == "call" and report.failed and page is not None and not page.is_closed():
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / (re.sub(r"[^\w.-]+", "_", item.nodeid) + ".png")
        try:
            page.screenshot(path=path, full_page=True)
            report.sections.append(("screenshot", str(path)))
        except Exception as error:  # a broken page must not hide the real failure
            report.sections.append(("screenshot", f"not saved: {error}"))
    return report


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"REQUIRE_BROWSER=1 but {CHROMIUM} is missing (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} is not installed")
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    finally:
        # Connections opened while Playwright's loop ran; PostgreSQL cannot drop the test
        # database while they are open.
        connections.close_all()
        playwright.stop()


@pytest.fixture(params=list(DEVICES))
def device(request):
    """The viewport a test runs in; tests for one device parametrize it indirectly."""
    return request.param


@pytest.fixture
def requests_elsewhere():
    """URLs the pages tried to load from hosts other than the site; they are refused."""
    return []


@pytest.fixture
def page(browser, device, live_server, requests_elsewhere):
    """A fresh browser tab on the live site, which serves media and never leaves localhost."""
    context = browser.new_context(locale="zh-CN", base_url=live_server.url, **DEVICES[device])
    context.set_default_timeout(10_000)

    def refuse(route):
        requests_elsewhere.append(route.request.url)
        route.abort()

    context.route(lambda url: not url.startswith(live_server.url), refuse)
    # The site serves media only with DEBUG on; hand uploads to the browser from MEDIA_ROOT.
    context.route(f"{live_server.url}/media/**", _serve_media)
    page = context.new_page()
    yield page
    context.close()


def _serve_media(route):
    relative = unquote(urlsplit(route.request.url).path).removeprefix(settings.MEDIA_URL)
    path = Path(settings.MEDIA_ROOT) / relative
    if path.is_file():
        route.fulfill(path=path)
    else:
        route.fulfill(status=404)


@pytest.fixture
def visit(page):
    """Open a path on the live site; fail on an error page or a stylesheet/script that broke."""

    def visit(path):
        broken = []

        def check(response):
            if response.request.resource_type in {"stylesheet", "script"} and not response.ok:
                broken.append(f"{response.status} {response.url}")

        page.on("response", check)
        response = page.goto(path, wait_until="load")
        page.remove_listener("response", check)
        assert response.ok, f"GET {path} answered {response.status}"
        assert not broken, f"{path}: assets failed to load: {broken}"
        return page

    return visit


@pytest.fixture
def home(wagtail_roots, home):
    """The home page of tests/conftest.py, also on a database a previous test flushed."""
    return home


@pytest.fixture
def wagtail_roots(transactional_db):
    """Put back what Wagtail's migrations create and a live-server test's flush removes.

    Tests that use the live server commit their data, so the database is emptied after
    each (transactional_db). Django's serialized rollback would restore the migrated rows,
    but its copy of them sits on the connection made before Playwright's event loop
    started, which the connection handler no longer returns once the loop runs.
    """
    Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


@pytest.fixture
def exhibition(home, honoree_index, enterprise_index):
    """A small site: honorees with honours of every level, some working for one enterprise."""
    xinhua = CountyFactory(name="新华区")
    wugang = CountyFactory(name="舞钢市")
    coal = IndustryFactory(name="煤炭")
    power = IndustryFactory(name="电力")
    titles = {
        level: HonourTitleFactory(name=name, level=level)
        for level, name in [
            (HonourLevel.NATIONAL, "全国劳动模范"),
            (HonourLevel.PROVINCIAL, "河南省劳动模范"),
            (HonourLevel.CITY, "平顶山市劳动模范"),
            (HonourLevel.COUNTY, "舞钢市劳动模范"),
            (HonourLevel.ENTERPRISE, "平煤神马集团劳动模范"),
        ]
    }
    craftsman = HonourTitleFactory(name="鹰城大工匠", level=HonourLevel.CITY)
    enterprise = EnterprisePageFactory(
        parent=enterprise_index, title="平顶山平煤神马集团", slug="pingmei", county=xinhua
    )

    def honoree(name, slug, parent=honoree_index, honours=(), **fields):
        fields = {"county": xinhua, "industry": coal, **fields}
        page = HonoreePageFactory(parent=parent, title=name, slug=slug, **fields)
        for title, year in honours:
            HonourFactory(page=page, title=title, year=year)
        return page

    honorees = {
        # Created inside the enterprise's section: it is the employer without being chosen.
        "王芳": honoree(
            "王芳",
            "wang-fang",
            parent=enterprise,
            honours=[(titles[HonourLevel.NATIONAL], 2015), (craftsman, 2012)],
            story=[
                ("paragraph", RichText("<h2>扎根井下</h2><p>她在综采一线工作二十年。</p>")),
                ("quote", {"text": "干一行，爱一行。", "attribution": "王芳"}),
            ],
        ),
        "李伟": honoree(
            "李伟",
            "li-wei",
            employer_enterprise=enterprise,
            honours=[(titles[HonourLevel.PROVINCIAL], 2018)],
        ),
        "张秀英": honoree(
            "张秀英",
            "zhang-xiuying",
            industry=power,
            honours=[(titles[HonourLevel.CITY], 2010), (craftsman, 2020)],
        ),
        "刘强": honoree(
            "刘强",
            "liu-qiang",
            county=wugang,
            honours=[(titles[HonourLevel.COUNTY], 2019)],
        ),
        "陈磊": honoree(
            "陈磊",
            "chen-lei",
            county=wugang,
            industry=power,
            honours=[(titles[HonourLevel.NATIONAL], 2021), (titles[HonourLevel.CITY], 2012)],
        ),
        "杨娟": honoree(
            "杨娟",
            "yang-juan",
            employer_enterprise=enterprise,
            portrait=None,
            honours=[(titles[HonourLevel.ENTERPRISE], 2022)],
        ),
    }
    featured = [honorees["王芳"], honorees["李伟"], honorees["张秀英"]]
    for order, page in enumerate(featured):
        HomeFeaturedHonoree(home=home, honoree=page, sort_order=order).save()

    return SimpleNamespace(
        home=home,
        honoree_index=honoree_index,
        enterprise=enterprise,
        honorees=honorees,
        featured=featured,
    )
