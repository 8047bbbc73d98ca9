"""WSGI entry point (gunicorn siteconfig.wsgi)."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siteconfig.settings.production")

application = get_wsgi_application()

# What start-up made (Django, Wagtail, every app's modules and models) lives as long as the
# worker. Out of the garbage collector's sight, its full passes stay short: one over those
# ~370,000 objects held up the request that set it off by 100–150 ms (benchmarks/search.py).
gc.freeze()
