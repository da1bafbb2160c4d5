# kiosk — developer entry points (Debian / Ubuntu).
#
#   make run           set up everything (system packages, .venv) and run the demo
#   make test          set up everything, lint, run the whole test suite against a throw-away PostgreSQL
#   make lint          ruff, mypy, import contracts
#   make bench         run every benchmarks/*.py script
#   make bundle        the self-contained folder dist/kiosk/ (PyInstaller; kiosk, kiosk-admin, kiosk-station)
#   make deb           the Debian package dist/kiosk_<version>_amd64.deb, built from the bundle
#   make package-test  build the .deb, install it, try it without the venv (as CI does), remove it (root or sudo)
#   make shell         a shell with kiosk, kiosk-admin and kiosk-station on its PATH (exit to leave)
#   make system        install the Debian packages the project needs (sudo when not root)
#   make venv          create .venv and install kiosk with its test tools (editable)
#   make translations  compile the Qt Linguist catalogues (.ts -> .qm) the window loads
#   make clean         remove caches and build output;  make distclean  also removes .venv
#
# Variables (make VAR=value ...):
#   KIOSK_LANG=en         language of `make run` (fr or en; default: the system's, French unless English)
#   DEMO_ARGS=            options of `kiosk-admin demo` for `make run`, e.g. DEMO_ARGS='--groups 40'
#   PYTHON=python3        interpreter used to create .venv (3.11 or newer)
#   PYTEST_ARGS=          extra pytest arguments, e.g. PYTEST_ARGS='-k scan -x'
#   PYTEST_WORKERS=auto   pytest-xdist workers (-n; idle workers take over queued tests); 0: one process
#   RUN_CMD=...           what `make run` shows after loading the demo data
#   KIOSK_TEST_POSTGRES_URL  use this PostgreSQL server for the tests instead of a throw-away one

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
# Prerequisites run in the order written (system packages before the venv, lint before the tests).
.NOTPARALLEL:

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
KIOSK_ADMIN := $(VENV)/bin/kiosk-admin
STAMP := $(VENV)/.installed

PYTEST_ARGS ?=
PYTEST_WORKERS ?= auto

# `make run` works on its own demo database (rebuilt every time), never on the user's real data.
DEMO_DB_FILE := $(VENV)/demo/kiosk.sqlite3
DEMO_DB_URL := sqlite:///$(abspath $(DEMO_DB_FILE))
DEMO_ARGS ?=
TODAY = $$(TZ=Europe/Paris date +%F)
# `make run` speaks KIOSK_LANG, else the system's language (kiosk/language.py): every program gets --lang.
KIOSK_LANG ?=
RUN_LANG = $$(if [ -n "$(KIOSK_LANG)" ]; then echo "$(KIOSK_LANG)"; else $(PY) -m kiosk.language; fi)
# The demo day: today's classes, the first of them (if any) checked in by its class code, the on-site list; then the
# kiosk window on the same demo database (on a desktop), or the terminal scanning station (elsewhere).
RUN_ADMIN = $(KIOSK_ADMIN) --lang "$$KIOSK_LANG"
RUN_CMD ?= $(RUN_ADMIN) groups --day $(TODAY) && \
	code=$$($(RUN_ADMIN) --json groups --day $(TODAY) | head -n 1 | $(PY) -c 'import json, sys; line = sys.stdin.readline(); print(json.loads(line)["code"] if line else "")') && \
	if [ -n "$$code" ]; then $(RUN_ADMIN) checkin-group "$$code"; fi && $(RUN_ADMIN) onsite && \
	if [ -n "$${DISPLAY:-}$${WAYLAND_DISPLAY:-}" ]; then $(VENV)/bin/kiosk --windowed --lang "$$KIOSK_LANG"; \
	elif [ -t 0 ]; then \
	    if [ "$$KIOSK_LANG" = en ]; then echo "No screen here: the terminal scanning station instead (Ctrl+D to leave)."; \
	    else echo "Pas d'écran ici : le poste de contrôle dans le terminal à la place (Ctrl+D pour quitter)."; fi; \
	    $(VENV)/bin/kiosk-station --lang "$$KIOSK_LANG" --station "Démo"; fi

export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help system venv translations lint test run bench shell clean distclean bundle deb package-test

# The comment block at the top of this file, from its third line to its first line that is not a comment.
help:
	@awk 'NR > 2 && !/^#/ { exit } NR > 2 { sub(/^# ?/, ""); print }' $(firstword $(MAKEFILE_LIST))

system:
	@bash .ci/setup-system

venv: $(STAMP)

# A venv whose interpreter is gone or too old (or a half-made one without pip) is rebuilt from scratch.
$(STAMP): pyproject.toml
	@if ! command -v $(PYTHON) >/dev/null 2>&1; then \
	    echo "$(PYTHON) not found: kiosk needs Python 3.11 or newer (run 'make system', or make PYTHON=/path/to/python3.11)." >&2; \
	    exit 1; \
	fi
	@if ! $(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then \
	    echo "kiosk needs Python 3.11 or newer, but $(PYTHON) is $$($(PYTHON) -c 'import platform; print(platform.python_version())'); use make PYTHON=/path/to/python3.11." >&2; \
	    exit 1; \
	fi
	@clear=; \
	if [ -e $(VENV) ] && ! $(PY) -c 'import sys, pip; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then clear=--clear; fi; \
	if ! $(PYTHON) -m venv $$clear $(VENV); then \
	    echo "'$(PYTHON) -m venv' failed; on Debian/Ubuntu run 'make system' (it installs python3-venv)." >&2; \
	    exit 1; \
	fi
	@echo "Installing kiosk (editable) and its test tools into $(VENV) ..."
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@

# Qt Linguist catalogues: the .ts sources are in git, the .qm the application loads are built here.
translations: venv
	@for ts in resources/translations/*.ts; do $(VENV)/bin/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done

# PyInstaller is an optional extra of its own (`.[bundle]`): only the packaging targets install it.
BUNDLE_STAMP := $(VENV)/.bundle-installed
$(BUNDLE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,bundle]'
	@touch $@

bundle: system venv translations $(BUNDLE_STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/kiosk.spec
	@echo "dist/kiosk: $$(du -s --apparent-size -m dist/kiosk | cut -f1) MB"

deb: bundle
	$(PY) packaging/linux/build_deb.py dist/kiosk dist

package-test: deb
	@bash packaging/linux/package_test.sh "$$(ls -t dist/kiosk_*_amd64.deb | head -n 1)"

lint: venv
	@status=0; \
	echo "ruff check kiosk tests benchmarks packaging"; $(VENV)/bin/ruff check kiosk tests benchmarks packaging || status=1; \
	echo "mypy kiosk"; $(VENV)/bin/mypy kiosk || status=1; \
	echo "lint-imports --no-cache"; $(VENV)/bin/lint-imports --no-cache || status=1; \
	exit $$status

test: system venv translations lint
	@workers=; \
	if [ "$(PYTEST_WORKERS)" != 0 ] && $(PY) -c 'import xdist' >/dev/null 2>&1; then workers="-n $(PYTEST_WORKERS) --dist worksteal"; fi; \
	set -x; \
	bash .ci/with-postgres $(VENV)/bin/pytest -q -p no:cacheprovider $$workers $(PYTEST_ARGS)

run: system venv translations
	rm -f $(DEMO_DB_FILE) $(DEMO_DB_FILE)-wal $(DEMO_DB_FILE)-shm $(DEMO_DB_FILE)-journal
	mkdir -p $(dir $(DEMO_DB_FILE))
	KIOSK_LANG=$(RUN_LANG); KIOSK_DATABASE_URL='$(DEMO_DB_URL)'; export KIOSK_LANG KIOSK_DATABASE_URL; \
	$(RUN_ADMIN) demo $(DEMO_ARGS) && $(RUN_CMD)

bench: system venv translations
	@KIOSK_PG_DURABLE=1 bash .ci/with-postgres bash -c 'status=0; for script in benchmarks/bench_*.py; do \
	    echo "== $$script"; $(PY) "$$script" || status=1; done; exit $$status'

shell: venv
	@echo "kiosk, kiosk-admin and kiosk-station are on the PATH of this shell; 'exit' leaves it."
	@PATH="$(abspath $(VENV))/bin:$$PATH" VIRTUAL_ENV="$(abspath $(VENV))" "$${SHELL:-bash}" -i

clean:
	rm -rf build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .import_linter_cache benchmarks/out
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
