# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# Where the demo is reached: short links, QR codes and shared links carry it. Listening on
# every interface (HOST=0.0.0.0), name the machine's address phones can reach, e.g.
# make run HOST=0.0.0.0 BASE_URL=http://192.168.1.20:8000
BASE_URL ?= http://$(HOST):$(PORT)

.PHONY: install run serve test test-js test-sqlite test-database check lint format bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

## run: the site with demo content on SQLite at http://127.0.0.1:8000 (admin at /admin/)
run: install
	$(PY) manage.py migrate --noinput
	WAGTAILADMIN_BASE_URL=$(BASE_URL) $(PY) manage.py seed_demo --base-url $(BASE_URL)
	@# Beside the server: the kiosks' screen-sized pictures, the worker of background tasks
	@# (roll imports), and scheduled publishing every minute (what the systemd units in
	@# deploy/ do in production). Ctrl-C stops them all.
	WAGTAILADMIN_BASE_URL=$(BASE_URL) $(PY) manage.py prepare_kiosks & \
	$(PY) manage.py db_worker --backend rolls --no-startup-delay & \
	while sleep 60; do $(PY) manage.py publish_scheduled >/dev/null; done & \
	WAGTAILADMIN_BASE_URL=$(BASE_URL) $(PY) manage.py runserver $(HOST):$(PORT)

## test: checks, the JS unit tests, the whole suite on SQLite, then all but the browser tests on $$DATABASE_URL when set
test: install check test-js test-sqlite
	@if [ -n "$$DATABASE_URL" ]; then $(MAKE) --no-print-directory test-database; fi

check: install
	$(VENV)/bin/lint-imports --no-cache
	DATABASE_URL= $(PY) manage.py check --fail-level WARNING
	DATABASE_URL= $(PY) manage.py makemigrations --check --dry-run

## test-js: the kiosk's pure JS core (static/kiosks/js/core/) under node's test runner, no browser
test-js:
	@echo "== JS unit tests =="
	node --test tests/js/*.test.mjs

test-sqlite: install
	@echo "== tests on SQLite =="
	DATABASE_URL= $(PY) -m pytest

# The browser tests drive the pages, not the database: they run once, on SQLite.
test-database: install
	@echo "== tests on $${DATABASE_URL%%://*} (browser tests ran on SQLite) =="
	$(PY) -m pytest -m "not browser"

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: install
	$(PY) benchmarks/pages.py

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles
