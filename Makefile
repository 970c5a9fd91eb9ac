# Two commands matter: `make run` and `make test`. Each sets up .venv itself.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   ?= demo-vault

.PHONY: run test test-long bench screenshots lint clean pg-server test-tools

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Workbench needs Python 3.11 or newer (found %s)." % sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	@touch $@

run: $(STAMP)
	$(BIN)/workbench demo-run $(DEMO)

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

test: pg-server test-tools lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test-long: pg-server test-tools lint
	QT_QPA_PLATFORM=offscreen WORKBENCH_LONG=1 $(BIN)/python -m pytest -q

bench: $(STAMP) pg-server
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m workbench.screenshots docs/screenshots

clean:
	rm -rf $(VENV) build *.egg-info
