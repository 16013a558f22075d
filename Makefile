# Two entry points on a fresh clone: `make run` (the console) and `make test` (the whole check).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck unit node-deps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/legcramp chat

test: lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check .

typecheck: $(STAMP)
	$(BIN)/mypy skill legcramp lambda/lambda_function.py tests/support

unit: $(STAMP) node-deps
	$(BIN)/pytest

# Node test clients (virtual-alexa, ssml-check-core, dynalite, apl-suggester), installed from their
# lock files when npm is present; without npm the tests that need them skip and say why.
NODE_DIRS := tests/web/node tests/robustness/node tests/skill/diary/node tests/skill/night_screen/node

node-deps:
	@if command -v npm >/dev/null 2>&1; then sh tests/support/npm_ci.sh $(NODE_DIRS); fi

clean:
	rm -rf $(VENV) dist build *.egg-info
