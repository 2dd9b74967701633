# The front door. `make briefings` renders every briefing; `make test` runs the suite.
# Both create .venv (Python >= 3.11) and install the package into it on first use.

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3 2>/dev/null)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
JOBS   ?=

.PHONY: briefings test test-fast lab extract lint bench clean help

help:
	@echo "make briefings   render every briefing into reports/ (incremental)"
	@echo "make test        run the test suite"
	@echo "make test-fast   the suite without rendering, builds and NER (one to two minutes)"
	@echo "make lab         JupyterLab on the project's kernel"
	@echo "make extract     write the fact tables of seeds/ to reports/tables/"
	@echo "make lint        ruff"
	@echo "make bench       run the benchmarks (prints figures)"

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.11 or newer is required (python3.11 or python3 on PATH)"; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || \
	  { echo "$(PYTHON) is older than 3.11: install Python 3.11+ or run 'make PYTHON=/path/to/python3.11'"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@# An editable install skips data files: link the nbconvert template where nbconvert looks
	@# (a wheel install puts it there itself), so `jupyter nbconvert --template briefing` works.
	@mkdir -p $(VENV)/share/jupyter/nbconvert/templates
	@ln -sfn $(CURDIR)/src/analysis/templates/briefing $(VENV)/share/jupyter/nbconvert/templates/briefing
	@touch $(STAMP)

briefings: $(STAMP)
	$(BIN)/briefing build $(if $(JOBS),--jobs $(JOBS),)

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile

test-fast: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile -m "not slow"

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/ $(if $(filter 0,$(shell id -u)),--allow-root,)

extract: $(STAMP)
	$(BIN)/briefing extract seeds --out reports/tables

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/extract.py
	$(BIN)/python benchmarks/build.py

clean:
	rm -rf .cache reports/*.html reports/*.pdf reports/*.ipynb reports/tables
