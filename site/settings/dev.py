"""Local development: debug on, a throw-away secret, mail to the console."""

from .base import *  # noqa: F403
from .base import env_bool

# seed_demo and the demo's drawings: development and tests only, never production.
INSTALLED_APPS = [*INSTALLED_APPS, "exhibits.demo"]  # noqa: F405

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)

# Serve static files straight from the app folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
