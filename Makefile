# The two commands: `make run` and `make test`. Both work from a bare clone.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# gunicorn workers: gunicorn.conf.py takes one per core (at least 2) unless set here.
WORKERS ?=
# Debian packages: a browser and Thai fonts for the browser tests, gettext for the
# interface catalogues, PostgreSQL for the test database, Redis for the cache tests.
SYSTEM_PACKAGES := chromium fonts-thai-tlwg gettext postgresql redis-server
# The tests of what the shared cache does, run again with the cache on a Redis server.
CACHE_TESTS := tests/test_cache_backend.py tests/test_page_cache.py tests/test_sitemaps.py tests/test_conditional_get.py tests/test_throttle_window.py

.PHONY: run test test-fast test-browser setup system-deps locale-compiled data messages constraints lint format bench bench-tools bench-data clean

run: setup data ## Serve the archive on http://127.0.0.1:8000/ (gunicorn + whitenoise)
	$(PY) manage.py collectstatic --noinput -v 0
	$(VENV)/bin/gunicorn archive.wsgi -c gunicorn.conf.py --bind $(HOST):$(PORT) $(if $(WORKERS),--workers $(WORKERS))

test: setup ## The suite on SQLite, the whole suite (with the browser journey) on a throw-away PostgreSQL, the cache tests on Redis
	$(PY) -m pytest -m "not browser" $(PYTEST_ARGS)
	scripts/with-postgres.sh $(PY) -m pytest $(PYTEST_ARGS)
	scripts/with-redis.sh $(PY) -m pytest $(CACHE_TESTS) $(PYTEST_ARGS)

test-fast: setup ## The suite without the browser journey, on SQLite
	$(PY) -m pytest -m "not browser" $(PYTEST_ARGS)

test-browser: setup
	scripts/with-postgres.sh $(PY) -m pytest -m browser $(PYTEST_ARGS)

setup: system-deps $(STAMP) locale-compiled

$(STAMP): requirements.txt requirements-dev.txt constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt -c constraints.txt
	touch $(STAMP)

system-deps:
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v msgfmt >/dev/null || missing="$$missing gettext"; \
	fc-list 2>/dev/null | grep -qi tlwg || missing="$$missing fonts-thai-tlwg"; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	command -v redis-server >/dev/null || missing="$$missing redis-server"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

locale-compiled: $(STAMP)
	@if ls locale/*/LC_MESSAGES/django.po >/dev/null 2>&1; then $(PY) manage.py compilemessages -v 0 --ignore=.venv; fi

data: setup ## Migrate; load the founding articles, history and glossary once; bring the index up to date
	$(PY) manage.py migrate --noinput -v 0
	$(PY) manage.py bootstrap_archive
	$(PY) manage.py sync_index

messages: $(STAMP) ## Re-extract interface strings into locale/{vi,th}; then translate the new entries
	$(PY) manage.py makemessages -l vi -l th -e html,txt,py,xml --no-obsolete --ignore=.venv --ignore=var --ignore=bench --ignore=scripts --ignore=tests

constraints: $(STAMP) ## Re-pin the whole dependency tree after changing requirements*.txt
	(head -n 2 constraints.txt; $(PY) -m pip freeze) > constraints.txt.new && mv constraints.txt.new constraints.txt

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# The full benchmark archive (both corpora, merged to one segment): `make bench-data`, once.
BENCH_DATA ?= var/bench
CORPORA := ../shared/corpora
BENCH_ENV := ARCHIVE_DATA_DIR=$(abspath $(BENCH_DATA))

bench-data: setup ## Build the full benchmark archive in BENCH_DATA (both corpora; about 25 min)
	$(BENCH_ENV) $(PY) manage.py migrate --noinput -v 0
	$(BENCH_ENV) $(PY) manage.py bootstrap_archive
	@# Exit 1 means some rows failed (the Thai corpus has broken files by design); 2+ is an error.
	$(BENCH_ENV) $(PY) manage.py import_articles $(CORPORA)/dailynews-th.tar.xz $(CORPORA)/baomoi-vi.tar.xz; test $$? -le 1
	$(BENCH_ENV) $(PY) manage.py optimize_index

bench: setup bench-tools ## Benchmarks on BENCH_DATA (make bench-data): quality, search and serving speed, then the import on a fresh archive
	$(PY) bench/search_quality.py --data-dir $(BENCH_DATA)
	$(PY) bench/search_speed.py --data-dir $(BENCH_DATA)
	$(PY) bench/serve_bench.py --data-dir $(BENCH_DATA)
	$(PY) bench/import_bench.py

# The benchmarks' own tools: wrk, the HTTP load generator of bench/serve_bench.py.
bench-tools:
	@if ! command -v wrk >/dev/null; then \
	  echo "Installing system packages: wrk"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq wrk >/dev/null; \
	fi

clean:
	rm -rf var/whoosh_index var/archive.sqlite3* var/staticfiles
