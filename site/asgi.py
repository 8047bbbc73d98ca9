"""ASGI entry point."""

import gc
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siteconfig.settings.production")

application = get_asgi_application()

gc.freeze()  # start-up objects out of the collector's full passes, as in wsgi.py
