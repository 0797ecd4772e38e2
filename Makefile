# Two commands matter: `make serve` and `make test`. Each sets itself up on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PACKAGES := $(VENV)/.packages
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test check build la offline browser bench lock clean

# Two steps, so a container can install the packages before it copies the guide (local/example/publish/Containerfile).
# 1. The exact versions from the lock, on Python 3.11.5 or newer (pymdown-extensions needs it).
$(PACKAGES): requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -c 'import sys; sys.exit(sys.version_info < (3, 11, 5))' || { \
		echo "The guide needs Python 3.11.5 or newer, and $(VENV) has $$($(BIN)/python -V 2>&1). Install a newer" \
		     "Python, delete the $(VENV) folder and run make again, for example: make PYTHON=python3.12 check" >&2; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	touch $(PACKAGES)

# 2. The project itself (declared in pyproject.toml), editable: run where macros/ is, so the install finds it.
$(STAMP): $(PACKAGES) pyproject.toml
	@test -d macros || { echo "There is no macros/ folder here: run make from the guide's own folder." >&2; exit 1; }
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# A council's folder: LA=example means local/example/; a path with a slash is used as it is.
COUNCIL_DIR = $(if $(findstring /,$(LA)),$(LA),local/$(LA))
PORT ?= 8000

## serve: the site at http://127.0.0.1:8000, rebuilt when docs/, data/, macros/ or overrides/ change;
##        LA=name previews a council's guide, PORT=8001 uses another port
serve: $(STAMP)
	@$(BIN)/python -c "import socket; socket.create_server(('127.0.0.1', $(PORT))).close()" 2>/dev/null || \
		{ echo "Port $(PORT) is already in use (another 'make serve' may be running). Stop it, or choose another port: make serve PORT=8001$(if $(LA), LA=$(LA))" >&2; exit 1; }
	@if [ -n "$(LA)" ] && [ ! -f "$(COUNCIL_DIR)/mkdocs.yml" ]; then \
		echo "There is no $(COUNCIL_DIR)/mkdocs.yml: say which council (a folder in local/), e.g. make serve LA=example" >&2; exit 2; fi
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:$(PORT) --livereload $(if $(LA),--config-file $(COUNCIL_DIR)/mkdocs.yml)

## test: `ruff check` and `ruff format --check` (pyproject.toml [tool.ruff]), then every test, browser tests included (installs Chromium if missing)
# TEST_WORKERS: pytest processes side by side (pytest-xdist); each test file stays in one process, so a file's
# shared fixtures (a built site, a crawl) are made once. 0 (the default) runs everything in this one process: on 2 cores,
# 3 processes took 1331 s instead of about 1500 s, but Firefox and WebKit then sometimes miss their 60 s limits.
TEST_WORKERS ?= 0
test: $(STAMP) browser
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile

## check: validate data/ alone, in well under a second; LA=name checks a council's guide (its overlay merged in)
check: $(STAMP)
	@$(BIN)/python -m macros.check $(if $(LA),--council $(COUNCIL_DIR))

## build: the static site into site/
build: $(STAMP)
	$(BIN)/mkdocs build --strict

## la: a council's branded guide from local/$(LA)/ into local/$(LA)/site/, e.g. `make la LA=example`
la: $(STAMP)
	@test -n "$(LA)" -a -f "$(COUNCIL_DIR)/mkdocs.yml" || { echo "Say which council: make la LA=example (a folder in local/)"; exit 2; }
	$(BIN)/mkdocs build --strict --config-file $(COUNCIL_DIR)/mkdocs.yml

## offline: build/send-guide-offline.zip, which works opened from disk (file://); LA=name for a council's guide
offline: $(STAMP)
	rm -rf build/offline build/send-guide-offline.zip
	SEND_GUIDE_OFFLINE=true $(BIN)/mkdocs build --strict $(if $(LA),--config-file local/$(LA)/mkdocs.yml) --site-dir "$(CURDIR)/build/offline/send-guide"
	cd build/offline && ../../$(BIN)/python -m zipfile -c ../send-guide-offline.zip send-guide
	@echo "Made build/send-guide-offline.zip: unzip it and open send-guide/index.html."

## browser: every system package the tests need, from one list (Debian's apt, as root); elsewhere,
##          Playwright's own Chromium and a message naming what to install
# chromium: most browser tests; default-jre-headless: the Nu HTML checker (tests/quality/test_html_valid.py);
# firefox-esr, webkit2gtk-driver, xvfb: the same records tests in Firefox and WebKit (tests/engines.py);
# libreoffice-writer-nogui: a real word processor opens the browser-made Word files (tests/browser/test_docx_download.py).
APT_PACKAGES := chromium default-jre-headless firefox-esr webkit2gtk-driver xvfb libreoffice-writer-nogui
browser: $(STAMP)
	@if command -v dpkg >/dev/null; then \
		missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
		if [ -z "$$missing" ]; then :; \
		elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		else echo "Install these Debian packages (as root: apt-get install $$missing)" >&2; exit 1; fi; \
	elif [ ! -x "$${SEND_GUIDE_CHROMIUM:-/usr/bin/chromium}" ]; then $(BIN)/python -m playwright install chromium; \
		echo "Not Debian: install Java 11+, Firefox ESR, WebKitGTK's WebKitWebDriver, Xvfb and LibreOffice Writer for every test to run." >&2; fi

## bench: build and validation time, scaling and page weight against their budgets; writes bench-results.json
bench: $(STAMP) browser
	$(BIN)/python -m bench.bench

lock: $(STAMP)
	( echo '# Exact versions of everything installed, made with `pip freeze`. Update with `make lock`.'; \
	  $(BIN)/python -m pip freeze --exclude-editable ) > requirements.lock

clean:
	rm -rf site .pytest_cache
