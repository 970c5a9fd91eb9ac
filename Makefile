# Two commands matter: `make run` and `make test`. Each sets up .venv itself.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   ?= demo-vault

.PHONY: run test test-long bench screenshots lint clean pg-server test-tools translations translations-update

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Workbench needs Python 3.11 or newer (found %s)." % sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	@touch $@

run: $(STAMP) translations
	$(BIN)/workbench demo-run $(DEMO)

# The UI's translations: Qt Linguist sources ui/translations/workbench_<lang>.ts (in git), each
# built into a .qm next to it (not in git). workbench_en.ts holds only English plural forms.
# After changing a user-visible string, `make translations-update` refreshes every .ts from the
# code (a test fails until it is run); translators then edit the .ts (docs/translating.md).
TS_FILES := $(wildcard ui/translations/workbench_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
TR_SOURCES := ui workbench/app.py workbench/operations timeline models

translations: $(QM_FILES)

ui/translations/%.qm: ui/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations-update: $(STAMP)
	@for ts in $(TS_FILES); do lang=$${ts##*workbench_}; lang=$${lang%.ts}; \
	  if [ "$$lang" = en ]; then only=-pluralonly; else only=; fi; \
	  $(BIN)/pyside6-lupdate -silent -extensions py -locations none -no-obsolete $$only \
	    -source-language en -target-language $$lang $(TR_SOURCES) -ts $$ts || exit 1; done

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

# The hub's tests and benchmarks start a throw-away PostgreSQL server; install it if missing
# (as root with apt-get; otherwise this says how).
pg-server: $(STAMP)
	$(BIN)/python -m models.pg_cluster --ensure

# The tools the tests read our output back with (poppler, qpdf, khal) and the fonts they check: installed
# when missing (as root with apt-get; otherwise this says how).
test-tools:
	@bash tests/tools/ensure_system_tools.sh

test: pg-server test-tools lint translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test-long: pg-server test-tools lint translations
	QT_QPA_PLATFORM=offscreen WORKBENCH_LONG=1 $(BIN)/python -m pytest -q

bench: $(STAMP) pg-server
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m workbench.screenshots docs/screenshots

clean:
	rm -rf $(VENV) build *.egg-info
