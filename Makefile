# Two entry points (see README): `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.kg-installed
STORE  ?= kg-store

.PHONY: setup demo test chromium clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# the main job on the sample article: graph in ./kg-store, Turtle and HTML view in out/
demo: setup
	$(BIN)/kg build seeds/ --store $(STORE)
	$(BIN)/kg export --store $(STORE) -o out/graph.ttl
	$(BIN)/kg view --store $(STORE) -o out/graph.html

# headless Chromium for the browser tests (Debian package; never `playwright install`)
chromium:
	@test -x /usr/bin/chromium || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

test: setup chromium
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) out $(STORE) .pytest_cache test-artifacts
