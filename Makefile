# Second Opinion Companion — the developer's front door. `make help` lists the targets.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: help run test test-fast lint bench mutate package package-test clean translations screenshots

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@scripts/system-libs.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test,lint]"
	@touch $@

run: $(STAMP)  ## set up (first time) and start the app; DATA=folder to use another data folder
	$(BIN)/python main.py $(if $(DATA),--data-dir "$(DATA)")

test: $(STAMP)  ## set up (first time) and run the whole test suite offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test-fast: $(STAMP)  ## the suite without the slow crash-safety cycles
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow"

lint: $(STAMP)  ## ruff, the import contract that keeps the core Qt-free, and mypy on the core
	$(BIN)/ruff check app tests bench main.py
	$(BIN)/lint-imports
	$(BIN)/mypy

bench: $(STAMP)  ## start-up and search benchmarks, as ratios against a bare PySide6 window
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

mutate: $(STAMP)  ## mutation-test the core (storage, workspace, edits, comparison, dates); ~10-15 min
	$(BIN)/python -m pip install -q -e ".[mutate]"
	rm -rf mutants
	QT_QPA_PLATFORM=offscreen $(BIN)/mutmut run --max-children 2
	$(BIN)/python scripts/mutation_summary.py --list
	$(BIN)/python scripts/mutate_by_hand.py

# the app's words: pyside6-lupdate gathers every tr()/translate() string of app/ui, and every
# say()/N_() sentence of the Qt-free core (app/model/words.py), into the .ts sources (the _tr
# helpers and the core's sentences are in the "" context); lrelease builds the .qm that the
# app loads, which is committed so a plain checkout and the bundle speak Spanish at once
TS := app/resources/translations/second_opinion_es.ts
# _tr: the UI's helpers in the "" context; N_ and say: the Qt-free core's sentences (app/model/words.py)
TR_ALIASES := tr+=_tr,QT_TR_NOOP+=N_,QT_TR_NOOP+=say
schema-shapes: $(STAMP)  ## after adding a schema step: write app/store/schema_shapes.py from the migrations
	$(BIN)/python scripts/schema_shapes.py

translations: $(STAMP)  ## update the .ts from the code, then build the .qm files the app loads
	$(BIN)/pyside6-lupdate -tr-function-alias $(TR_ALIASES) -locations none -no-obsolete -target-language es \
		$(sort $(wildcard app/*/*.py app/ui/*/*.py)) -ts $(TS)
	$(BIN)/pyside6-lrelease -nounfinished -removeidentical $(TS) -qm $(TS:.ts=.qm)

screenshots: $(STAMP)  ## main window at 100 % and 200 %, light and dark, English and Spanish, into docs/screenshots/
	PYTHON=$(BIN)/python scripts/screenshots.sh

package: $(STAMP)  ## build the one-folder app into dist/ with PyInstaller
	$(BIN)/python -m pip install -q -e ".[package]"
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build \
		packaging/second-opinion-companion.spec
	@du -sh dist/second-opinion-companion

package-test:  ## run the frozen app's smoke test offscreen (fails on errors or unexpected warnings)
	packaging/check_frozen.sh

clean:  ## remove the virtual environment and build output
	rm -rf $(VENV) build dist .pytest_cache mutants
