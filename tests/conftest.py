"""Shared fixtures: the site tree (home, honoree and enterprise indexes), built per test."""

import pytest
from wagtail.models import Page, Site

from tests.core.factories import HomePageFactory
from tests.enterprises.factories import EnterpriseIndexPageFactory
from tests.honorees.factories import HonoreeIndexPageFactory


@pytest.fixture
def home(db):
    """The site's home page, as the migration leaves it, reset for the test."""
    from exhibits.core.models import HomePage

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
