# Quick start: `make demo` and `make test`. Everything else is a helper of those two.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB := build/demo.duckdb
VENDOR := src/actorgraph/serve/static/vendor
CYTOSCAPE := $(VENDOR)/cytoscape.min.js
PORT ?= 8000

.PHONY: install demo test lint clean browser

install: $(STAMP) $(CYTOSCAPE) browser

# The graph library comes from npm (pinned in package.json / package-lock.json) and is copied
# into the package's static files; it is never committed.
$(CYTOSCAPE): package.json package-lock.json
	mkdir -p build/npm $(VENDOR)
	cp package.json package-lock.json build/npm/
	cd build/npm && npm ci --no-audit --no-fund --silent
	cp build/npm/node_modules/cytoscape/dist/cytoscape.min.js $(CYTOSCAPE)

# Browser tests drive Debian's Chromium through Playwright (which cannot download browsers).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		SUDO=$$(test "$$(id -u)" = 0 || echo sudo); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium; }

# Reinstall only when the declared dependencies change.
$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check \
		-c requirements.lock -e ".[dev]"
	touch $(STAMP)

demo: install
	mkdir -p build
	$(BIN)/actorgraph build demo/corpus --db $(DEMO_DB)
	$(BIN)/actorgraph stats --db $(DEMO_DB)
	$(BIN)/actorgraph serve --db $(DEMO_DB) --port $(PORT)

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests bench

clean:
	rm -rf $(VENV) build .pytest_cache .ruff_cache .hypothesis
