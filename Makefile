# packstation: two commands for a fresh machine.
#   make run    start the station (embedded SQLite, simulated devices, demo orders)
#   make test   run the whole test suite
# Both create and reuse .venv and install what the machine lacks.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SYSTEM_STAMP := $(VENV)/.system-packages

.PHONY: run test setup system lint bench simulate screenshots translations clean

run: setup
	$(BIN)/packstation $(ARGS)

test: setup system
	$(BIN)/python -m pytest $(PYTEST_ARGS)

setup: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	BIN=$(BIN) bash scripts/translations.sh --release
	@touch $(STAMP)

# The window's .qm files, compiled from the committed .ts files (setup does this; so does first start).
QM := $(patsubst %.ts,%.qm,$(wildcard packstation/resources/i18n/*.ts))
setup: $(QM)
packstation/resources/i18n/%.qm: packstation/resources/i18n/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Update the .ts files from the code (pyside6-lupdate), then compile them: after changing any words.
translations: $(STAMP)
	BIN=$(BIN) bash scripts/translations.sh

# System packages the tests need: fonts for Thai/Vietnamese/CJK labels, the PostgreSQL server for the
# central-store tests, and the libraries Qt needs for a real window and for sounds.
system: $(SYSTEM_STAMP)

$(SYSTEM_STAMP): scripts/system-packages.sh
	@mkdir -p $(VENV)
	bash scripts/system-packages.sh
	@touch $(SYSTEM_STAMP)

CORE := packstation/domain packstation/services packstation/store packstation/sync packstation/channels packstation/devices packstation/labels packstation/evidence

lint: setup
	$(BIN)/ruff check packstation tests
	$(BIN)/lint-imports
	$(BIN)/mypy --ignore-missing-imports $(CORE)

bench: setup
	$(BIN)/packstation bench $(ARGS)

simulate: setup
	$(BIN)/packstation simulate $(ARGS)

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.harness.screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.harness.screenshots docs/screenshots/th th

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
