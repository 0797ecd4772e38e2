# Two commands matter: `make serve` and `make test`. Each sets itself up on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test check build browser bench lock clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	# Make the project's `macros` package importable in the venv (an editable install without a build step).
	echo "$(CURDIR)" > "$$($(BIN)/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/send-guide.pth"
	touch $(STAMP)

## serve: the site at http://127.0.0.1:8000, rebuilt when docs/, data/, macros/ or overrides/ change
serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

## test: every test, browser tests included (installs Chromium if missing)
test: $(STAMP) browser
	$(BIN)/python -m pytest

## check: validate data/ alone, in well under a second
check: $(STAMP)
	$(BIN)/python -m macros.check

## build: the static site into site/
build: $(STAMP)
	$(BIN)/mkdocs build --strict

## browser: Debian's chromium where apt works as root, otherwise Playwright's own download
browser: $(STAMP)
	@if [ -x "$${SEND_GUIDE_CHROMIUM:-/usr/bin/chromium}" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else $(BIN)/python -m playwright install chromium; fi

lock: $(STAMP)
	( echo '# Exact versions of everything installed, made with `pip freeze`. Update with `make lock`.'; \
	  $(BIN)/python -m pip freeze --exclude-editable ) > requirements.lock

clean:
	rm -rf site .generated .pytest_cache
