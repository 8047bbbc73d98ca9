"""WSGI entry point (gunicorn siteconfig.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siteconfig.settings.production")

application = get_wsgi_application()
