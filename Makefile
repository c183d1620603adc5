# Two commands a user needs: `make run` and `make test`. Both build .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench package translations qm dbus-daemon

# The GUI's Spanish translation: translations/quash_es.ts is kept in the repository and edited
# (Qt Linguist: .venv/bin/pyside6-linguist translations/quash_es.ts); the .qm files the app
# loads are built from it and not committed.
GUI_SOURCES := $(shell find gui -name '*.py' | sort)
TS_FILES := $(wildcard translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

# Installing also cuts the report fonts for other scripts (reports/font_files.py: once per
# computer, about a minute), as the packaged app has them cut at build time: not in the first
# report, the app's first start or the middle of a test run, where it held up every report.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	$(PY) -c "from reports import font_files; font_files.static_paths()"
	touch $(STAMP)

run: $(STAMP) qm
	$(PY) main.py

test: $(STAMP) qm dbus-daemon
	$(PY) -m ruff check .
	$(PY) -m mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# The lock tests start their own D-Bus buses (tests/gui/test_session_lock.py); a machine without
# dbus-daemon gets Debian's package (the app itself needs none: Qt's D-Bus ships with PySide6).
dbus-daemon:
	@command -v dbus-daemon >/dev/null 2>&1 || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dbus-daemon >/dev/null; }

# After changing texts in gui/: add new texts to the .ts (and drop removed ones), then
# translate the entries marked unfinished. tests/gui/test_translations.py fails until then.
# English needs only its plural forms ("1 day ago" / "3 days ago"): a plural-only file, filled
# by tools/english_plurals.py.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $(GUI_SOURCES) -no-obsolete -locations relative \
		-target-language es -ts translations/quash_es.ts
	$(VENV)/bin/pyside6-lupdate $(GUI_SOURCES) -no-obsolete -locations relative -pluralonly \
		-source-language en -target-language en -ts translations/quash_en.ts
	$(PY) tools/english_plurals.py translations/quash_en.ts

# Compile the translations the app loads (pyside6-lrelease).
qm: $(STAMP) $(QM_FILES)

translations/%.qm: translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy

# The performance suite (slow; not part of `make test`): writes docs/PERFORMANCE.md.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.bench

# A self-contained app folder, dist/quash/ (PyInstaller onedir: packaging/quash.spec), with a
# desktop entry, an icon and install.sh. Qt translations (translations/*.ts) are compiled first.
PACKAGE_STAMP := $(VENV)/.installed-package

$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e ".[package]"
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP) qm
	$(PY) -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/quash.spec
	@echo "Built dist/quash/: run dist/quash/quash; dist/quash/install.sh adds it to the menu."
