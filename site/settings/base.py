"""Settings shared by every environment; read from the environment, safe by default."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "exhibits.core",
    "exhibits.home",
    "exhibits.honorees",
    "exhibits.enterprises",
    "exhibits.park",
    "exhibits.links",
    "exhibits.stories",
    "exhibits.campaigns",
    "exhibits.rolls",
    "exhibits.editorial",
    "exhibits.kiosks",
    "exhibits.api",
    "exhibits.search",
    "wagtail.api.v2",
    "rest_framework",
    # The database task queue for long jobs (a roll import); see TASKS below.
    "django_tasks",
    "django_tasks_db",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtailmedia",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "siteconfig.urls"
WSGI_APPLICATION = "siteconfig.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "exhibits.core.context_processors.content_version",
            ],
        },
    },
]

# SQLite is the embedded default; production sets DATABASE_URL (PostgreSQL).
# An empty DATABASE_URL counts as unset (`make test` blanks it for the SQLite run).
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis when REDIS_URL is set (production), process memory otherwise.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "laomo"),
        }
    }
else:
    # Room for every image rendition of a page full of portraits: the default 300
    # entries get culled and renditions are fetched again, query by query.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Chinese is the source language of the interface, not a translation.
LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文")]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "劳模风采"
# The admin in the union's name and in Chinese (templates/wagtailadmin/, locale/zh_Hans/,
# exhibits/core/wagtail_hooks.py): nothing in it loads from or links to a site abroad.
WAGTAILADMIN_USER_LOGIN_FORM = "exhibits.core.forms.LoginForm"
# Gravatar cannot be reached from here: initials drawn locally (exhibits/core/avatars.py).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Both fetch English pages from wagtail.org (release check, "what's new" banner).
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAIL_CONTENT_LANGUAGES = [("zh-hans", _("简体中文"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("zh-hans", "简体中文")]
WAGTAIL_USER_TIME_ZONES = ["Asia/Shanghai"]
# Wagtail's database search with Chinese cut into terms first (exhibits/search/backend.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "exhibits.search.backend"}}
# Audio guides for the sculptures are documents too.
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "odt",
    "pdf",
    "pptx",
    "txt",
    "xlsx",
    "zip",
    "mp3",
    "m4a",
    "ogg",
    # Subtitles of a story's video (WebVTT).
    "vtt",
]
# Stories' videos (wagtailmedia): files the browser's own <video> plays, nothing embedded
# from another host.
WAGTAILMEDIA = {"MEDIA_MODEL": "wagtailmedia.Media", "VIDEO_EXTENSIONS": ["mp4", "webm"]}
# The open read API (/api/v2/). Its detail_url links are absolute on this base URL.
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL") or WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100
# Rich text as display HTML (links expanded), not the database's <a linktype="page" id="…">.
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]

# Honoree list page size; kept here so tests and the benchmark can change it.
HONOREES_PER_PAGE = 24
# Story list (/stories/) page size, and how many items the feeds carry.
STORIES_PER_PAGE = 12
STORY_FEED_ITEMS = 30
# The largest honour roll (XLSX or CSV) import_honorees and 导入名单 take: 10,000 rows are
# about 1 MB.
ROLL_MAX_BYTES = 20 * 1024 * 1024
# The zip of portraits that may come with it: its size, what it may unpack to (a zip
# bomb is refused), and each photo's bytes and pixels.
ROLL_PHOTO_LIMITS = {
    "zip_bytes": 300 * 1024 * 1024,
    "unpacked_bytes": 600 * 1024 * 1024,
    "photo_bytes": 15 * 1024 * 1024,
    "pixels": 50_000_000,
}

# Background tasks (django-tasks, which Wagtail 8 ships). Wagtail's own small tasks keep
# running at once (the default backend); a roll import, which may take a minute, goes to
# the database queue "rolls", run by `manage.py db_worker --backend rolls` (make run starts
# it; deploy/systemd/laomo-worker.service in production).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "rolls": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# The staleness report flags enterprise sections not updated for this many months.
ENTERPRISE_STALE_AFTER_MONTHS = int(os.environ.get("ENTERPRISE_STALE_AFTER_MONTHS", "6"))

# Kiosks: how often they ask for a new content version and send a heartbeat, and how long
# after the last heartbeat the admin shows a kiosk as offline.
KIOSK_POLL_SECONDS = int(os.environ.get("KIOSK_POLL_SECONDS", "60"))
KIOSK_HEARTBEAT_SECONDS = int(os.environ.get("KIOSK_HEARTBEAT_SECONDS", "60"))
KIOSK_OFFLINE_AFTER_SECONDS = int(os.environ.get("KIOSK_OFFLINE_AFTER_SECONDS", "180"))
# The "还在看吗？" countdown before an idle kiosk returns to its attract loop.
KIOSK_COUNTDOWN_SECONDS = int(os.environ.get("KIOSK_COUNTDOWN_SECONDS", "10"))

# Uploads are served by Django itself only where nothing else serves them (the local demo,
# the browser tests); production puts MEDIA_ROOT behind the web server.
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)
