"""Every page type has a factory, so tests never need seed_demo."""

from wagtail.models import get_page_models

from tests.campaigns import factories as campaign_factories
from tests.core import factories as core_factories
from tests.enterprises import factories as enterprise_factories
from tests.home import factories as home_factories
from tests.honorees import factories as honoree_factories
from tests.park import factories as park_factories
from tests.stories import factories as story_factories

FACTORY_MODULES = [
    campaign_factories,
    core_factories,
    enterprise_factories,
    home_factories,
    honoree_factories,
    park_factories,
    story_factories,
]


def test_every_page_type_has_a_factory():
    covered = {
        getattr(obj, "_meta", None) and obj._meta.model
        for module in FACTORY_MODULES
        for obj in vars(module).values()
        if hasattr(obj, "_meta") and hasattr(obj._meta, "model")
    }
    ours = {model for model in get_page_models() if model.__module__.startswith("exhibits.")}
    missing = sorted(model.__name__ for model in ours - covered)
    assert not missing, f"page types without a factory: {missing}"
