"""Shared fixtures: the site tree (home, honoree and enterprise indexes), built per test."""

import shutil

import pytest
from django.core.cache import cache
from django.test import override_settings
from wagtail.models import Page, Site

from tests.enterprises.factories import EnterpriseIndexPageFactory
from tests.home.factories import HomePageFactory
from tests.honorees.factories import HonoreeIndexPageFactory


@pytest.fixture(autouse=True, scope="session")
def _throwaway_media(tmp_path_factory):
    """Uploads and renditions go to a temporary folder that is removed afterwards."""
    media = tmp_path_factory.mktemp("media")
    with override_settings(MEDIA_ROOT=str(media)):
        yield media
    shutil.rmtree(media, ignore_errors=True)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rolled-back tests reuse ids, so a cached rendition or site root could point at nothing."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db):
    """The site's home page, as the migration leaves it, reset for the test."""
    from exhibits.home.models import HomePage

    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = HomePageFactory(parent=root, slug="home")
        Site.objects.update_or_create(
            is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
        )
    return home


@pytest.fixture
def honoree_index(home):
    return HonoreeIndexPageFactory(parent=home)


@pytest.fixture
def enterprise_index(home):
    return EnterpriseIndexPageFactory(parent=home)


@pytest.fixture
def park(home):
    from tests.park.factories import ParkPageFactory

    return ParkPageFactory(parent=home)
