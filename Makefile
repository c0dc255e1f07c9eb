# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install browser clean bench docs

run: $(STAMP)
	$(BIN)/kgraph build seeds --out out

test: $(STAMP) browser
	$(BIN)/python -m pytest

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,scale,dev]'
	touch $(STAMP)

# Debian's Chromium for the browser tests; a test tool never downloads its own browser.
browser:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
		|| echo "could not install chromium: browser tests will be skipped"; \
	else echo "chromium not installed and not root: browser tests will be skipped"; fi

# The README's picture, from the current build of seeds/ (never made by the tests).
docs: $(STAMP) browser
	$(BIN)/python scripts/readme_picture.py --out docs/seeds.png

bench: $(STAMP)
	$(BIN)/python benchmarks/conll04.py --split dev
	$(BIN)/python benchmarks/render.py
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) out .pytest_cache
