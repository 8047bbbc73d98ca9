"""Production: everything it needs comes from the environment, or it refuses to start."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool, env_list


def require(name):
    value = os.environ.get(name)
    if not value:
        raise ImproperlyConfigured(f"生产环境必须设置环境变量 {name}")
    return value


DEBUG = False
SECRET_KEY = require("SECRET_KEY")
require("DATABASE_URL")
# Worker processes share cached fragments and the content version through Redis;
# a per-process cache would let workers serve different versions of the site.
require("REDIS_URL")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or [require("ALLOWED_HOSTS")]
WAGTAILADMIN_BASE_URL = require("WAGTAILADMIN_BASE_URL")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))
SECURE_CONTENT_TYPE_NOSNIFF = True

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@localhost")

# Keep database connections across requests (a PostgreSQL connect costs more than a page's
# queries), checked before reuse.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DB_CONN_MAX_AGE", "60"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
