# Two commands a user needs: `make run` and `make test`. Both build .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench package

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py

test: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

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

package: $(PACKAGE_STAMP)
	@for ts in translations/*.ts; do \
		[ -e "$$ts" ] || continue; \
		$(VENV)/bin/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm" || exit 1; \
	done
	$(PY) -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/quash.spec
	@echo "Built dist/quash/: run dist/quash/quash; dist/quash/install.sh adds it to the menu."
