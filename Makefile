# CCHC Desktop — developer entry points (GNU make, Linux).
#
#   make run     set everything up and open the app on a demo database
#   make test    set everything up and run all tests (offscreen, no display needed)
#
# On Windows there is no make: see README.md ("Chạy trên Windows").

PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
DEMO_DB ?= demo-data/cchc-demo.sqlite3
# Extra arguments for pytest, e.g. `make test PYTEST_ARGS="-k scores -x"`.
PYTEST_ARGS ?=
# Frozen-build tests need `make dist` first; `make test-dist` runs them.
PYTEST_MARK ?= not dist
# When set (by .ci/run), pytest's own exit status is written here, because make
# only ever reports 2 and CI must tell "tests failed" from "no tests ran" (5).
PYTEST_RC_FILE ?=

FORMS_DIR := cchc_desktop/gui/forms
UI_FILES  := $(wildcard ui/*.ui)
FORMS     := $(patsubst ui/%.ui,$(FORMS_DIR)/ui_%.py,$(UI_FILES))

TR_DIR    := resources/translations
TS_FILES  := $(wildcard $(TR_DIR)/*.ts)
QM_FILES  := $(TS_FILES:.ts=.qm)
# Sources lupdate scans: hand-written GUI code and the .ui files (the generated
# ui_*.py are left out, they would only repeat the .ui strings).
GUI_PY    = $(shell find cchc_desktop/gui -name '*.py' ! -name 'ui_*.py' | sort)

# Debian/Ubuntu packages the Qt "xcb" and "offscreen" platforms load at run time,
# the fonts our PDFs embed and pdftotext (used by tests to read PDFs back).
SYS_PACKAGES := libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 \
	libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
	libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 \
	fonts-liberation2 poppler-utils

.PHONY: help run test test-pg sysdeps check-python venv forms translations check-translations ts lint bench \
	dist test-dist clean distclean

help:
	@echo "make run        set up and open the app on a demo database ($(DEMO_DB))"
	@echo "make test       set up and run all tests (QT_QPA_PLATFORM=offscreen)"
	@echo "make test-pg    store and services tests against a throwaway PostgreSQL cluster"
	@echo "make lint       check the layer contract (Qt only in the GUI layer)"
	@echo "make ts         refresh $(TR_DIR)/cchc_vi.ts from the sources (lupdate)"
	@echo "make bench      run benchmarks/run.py"
	@echo "make dist       build the Windows/Linux bundle (installer/build.sh)"
	@echo "make clean      remove generated files; make distclean also removes $(VENV) and demo data"

# --- set-up ------------------------------------------------------------------

# Installs missing runtime libraries. Fast when everything is there: one dpkg
# query per package, no apt. Not root: prints the command and carries on.
sysdeps:
	@if [ "$$(uname -s)" != Linux ]; then exit 0; fi; \
	if ! command -v dpkg >/dev/null 2>&1; then \
		echo "sysdeps: not a Debian/Ubuntu system; make sure the Qt 6 xcb libraries, Liberation fonts and poppler-utils are installed."; \
		exit 0; fi; \
	missing=""; \
	for p in $(SYS_PACKAGES); do \
		dpkg -s "$$p" >/dev/null 2>&1 || dpkg -s "$${p}t64" >/dev/null 2>&1 || missing="$$missing $$p"; \
	done; \
	pyver=$$($(PY) -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null); \
	if [ -n "$$pyver" ] && [ ! -x $(BIN)/python ] && ! $(PY) -c 'import ensurepip, venv' >/dev/null 2>&1; then \
		missing="$$missing python$$pyver-venv"; fi; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	cmd="apt-get update && apt-get install -y --no-install-recommends$$missing"; \
	if [ "$$(id -u)" = 0 ]; then \
		echo "sysdeps: installing$$missing"; \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get update -q && apt-get install -y -q --no-install-recommends $$missing; \
	else \
		echo "sysdeps: these system packages are missing:$$missing"; \
		echo "sysdeps: please run as root:  sudo sh -c '$$cmd'"; \
		echo "sysdeps: continuing without them (the app or some tests may fail)."; \
	fi

check-python:
	@command -v $(PY) >/dev/null 2>&1 || { \
		echo "ERROR: '$(PY)' not found. CCHC Desktop needs Python 3.11 or newer:"; \
		echo "       install it, or run e.g. 'make PY=python3.12 ...'"; exit 1; }
	@$(PY) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { \
		echo "ERROR: CCHC Desktop needs Python 3.11 or newer, but '$(PY)' is $$($(PY) -V 2>&1)."; \
		echo "       Install Python 3.11+ and run e.g. 'make PY=python3.11 ...'"; exit 1; }

venv: $(STAMP)

# Re-installs only when pyproject.toml changed (or the venv is missing).
$(STAMP): pyproject.toml | sysdeps
	@$(MAKE) --no-print-directory check-python
	@if [ ! -x $(BIN)/python ]; then \
		echo "Creating $(VENV) with $$($(PY) -V 2>&1)"; \
		$(PY) -m venv $(VENV) || { echo "ERROR: '$(PY) -m venv' failed; on Debian/Ubuntu install the pythonX.Y-venv package (make sysdeps)."; exit 1; }; \
	fi
	$(BIN)/python -m pip install --disable-pip-version-check -q --upgrade pip
	$(BIN)/python -m pip install --disable-pip-version-check -e '.[dev]'
	@touch $@

# --- generated sources -------------------------------------------------------

forms: $(FORMS)
	@:

$(FORMS_DIR)/ui_%.py: ui/%.ui | $(STAMP)
	@mkdir -p $(FORMS_DIR)
	$(BIN)/pyside6-uic $< -o $@

# Compiles the translations (.ts -> .qm). Never runs lupdate, so `make run` and
# `make test` do not churn the .ts files; use `make ts` for that.
translations: $(QM_FILES)
	@:

$(TR_DIR)/%.qm: $(TR_DIR)/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Qt ships no Vietnamese qtbase: proves our qtbase_vi.qm really reaches Qt's own
# widgets (button box, context menu, undo action...), i.e. contexts match Qt's.
check-translations: translations
	@QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/check_qtbase_vi.py

# Collects new/changed source strings into cchc_vi.ts. Existing translations are
# kept; strings that vanished from the code stay in the file marked obsolete.
ts: $(STAMP)
	$(BIN)/pyside6-lupdate -locations relative -source-language en_US -target-language vi_VN \
		$(GUI_PY) $(UI_FILES) -ts $(TR_DIR)/cchc_vi.ts

# --- everyday targets --------------------------------------------------------

run: sysdeps venv forms translations $(DEMO_DB)
	$(BIN)/cchc --db $(DEMO_DB) gui

# Built once from the seed documents; delete it (or `make distclean`) to rebuild.
$(DEMO_DB): | $(STAMP)
	@mkdir -p $(dir $@)
	$(BIN)/cchc --db $@ demo || { rm -f $@ $@-wal $@-shm; exit 1; }

test: sysdeps venv forms translations check-translations
	@QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m '$(PYTEST_MARK)' $(PYTEST_ARGS); rc=$$?; \
	if [ -n "$(PYTEST_RC_FILE)" ]; then echo $$rc > "$(PYTEST_RC_FILE)"; fi; \
	exit $$rc

# Shared-server mode: starts a temporary PostgreSQL cluster (initdb + pg_ctl, socket in a temp folder,
# installs postgresql when root and missing), runs tests/store and tests/services with CCHC_TEST_DB_URL.
test-pg: venv
	@BIN=$(BIN) PYTEST_ARGS="$(PYTEST_ARGS)" bash scripts/test_pg.sh

lint: venv
	$(BIN)/lint-imports

bench: venv forms translations
	@if [ -f benchmarks/run.py ]; then \
		QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py; \
	else echo "bench: benchmarks/run.py does not exist yet"; fi

# The frozen bundle: dist/cchc-desktop/ + dist/cchc-desktop-<version>-linux-<arch>.tar.gz,
# then its self-test (installer/build.sh; installs PyInstaller, the `dist` extra, if missing).
dist: venv forms translations
	PYTHON=$(BIN)/python bash installer/build.sh

# Tests of the built bundle itself (tests/dist, marker `dist`).
test-dist: dist
	@QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m dist tests/dist $(PYTEST_ARGS)

clean:
	rm -f $(FORMS_DIR)/ui_*.py $(TR_DIR)/*.qm
	rm -rf build dist *.egg-info .pytest_cache .hypothesis .import_linter_cache
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV) demo-data
