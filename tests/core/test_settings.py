"""Settings: production refuses to start without what it needs; Chinese is the default."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]


COMPLETE_PRODUCTION_ENV = {
    "SECRET_KEY": "x" * 50,
    "DATABASE_URL": "postgres://u@127.0.0.1/db",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "ALLOWED_HOSTS": "laomo.example.cn",
    "WAGTAILADMIN_BASE_URL": "https://laomo.example.cn",
}


def _import_production(env, code="import siteconfig.settings.production"):
    unset = {"SECRET_KEY", "DATABASE_URL", "REDIS_URL"}
    clean = {k: v for k, v in os.environ.items() if k not in unset}
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**clean, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def test_production_settings_require_a_secret_key():
    result = _import_production({"DATABASE_URL": "sqlite:///x.db"})
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_settings_require_redis():
    result = _import_production({"SECRET_KEY": "x" * 50, "DATABASE_URL": "sqlite:///x.db"})
    assert result.returncode != 0
    assert "REDIS_URL" in result.stderr


def test_production_settings_load_when_the_environment_is_complete():
    result = _import_production(COMPLETE_PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr


def test_the_demo_app_is_installed_for_development_and_tests_only():
    code = "from siteconfig.settings import production; print(production.INSTALLED_APPS)"
    result = _import_production(COMPLETE_PRODUCTION_ENV, code)
    assert result.returncode == 0, result.stderr
    assert "exhibits.core" in result.stdout
    assert "exhibits.demo" not in result.stdout
    assert "exhibits.demo" in settings.INSTALLED_APPS


def test_site_speaks_chinese_in_shanghai_time():
    assert settings.LANGUAGE_CODE == "zh-hans"
    assert settings.TIME_ZONE == "Asia/Shanghai"
