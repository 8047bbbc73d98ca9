"""The WSGI and ASGI entry points: they load the site, then freeze what start-up made."""

import gc
import importlib

import pytest
from django.core.handlers.asgi import ASGIHandler
from django.core.handlers.wsgi import WSGIHandler


@pytest.fixture
def frozen_count():
    gc.unfreeze()
    yield gc.get_freeze_count
    gc.unfreeze()  # the rest of the suite runs as it did


@pytest.mark.parametrize(
    ("module", "handler"), [("siteconfig.wsgi", WSGIHandler), ("siteconfig.asgi", ASGIHandler)]
)
def test_entry_point_serves_the_site_and_freezes_start_up_objects(frozen_count, module, handler):
    assert frozen_count() == 0
    entry_point = importlib.reload(importlib.import_module(module))
    assert isinstance(entry_point.application, handler)
    # Start-up objects are out of the collector's full passes (see siteconfig.wsgi).
    assert frozen_count() > 10_000
    assert gc.isenabled()
