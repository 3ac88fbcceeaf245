# The verbs of the project. `make` alone lists them.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DAGSTER_HOME ?= $(CURDIR)/.dagster
export DAGSTER_HOME
export PYTHONHASHSEED := 0

.DEFAULT_GOAL := help
.PHONY: help release verify test test-fast lint dev daemon browser bench bench-search bench-parse eval eval-events eval-corpus eval-probes eval-blind row-filter bench-events golden-update lock clean

help: ## list the targets
	@grep -hE '^[a-z0-9%-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml requirements.lock
	@command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) not found: install Python 3.11"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==24.3.1"
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[dev]"
	$(BIN)/python -m pipeline.publish.duck
	touch $(STAMP)

# The project's instance settings go into a DAGSTER_HOME that has none; an operator's own settings are never overwritten.
$(DAGSTER_HOME)/dagster.yaml: | pipeline/defs/dagster.yaml
	mkdir -p $(DAGSTER_HOME) && cp pipeline/defs/dagster.yaml $@

release: $(STAMP) $(DAGSTER_HOME)/dagster.yaml ## verify dist/latest, then parse only new seeds and publish a release (ALLOW_SHRINK=1, WAIT=1, REHASH=1)
	$(BIN)/python -m pipeline.cli release $(if $(ALLOW_SHRINK),--allow-shrink) $(if $(WAIT),--wait) $(if $(REHASH),--rehash)

verify: $(STAMP) ## check every file of dist/latest (or RELEASE=<version>) against its manifest
	$(BIN)/python -m pipeline.cli verify $(RELEASE)

# The suite runs on every core, a test module to a worker (its built release or scored corpus is made once).
PYTEST := $(BIN)/python -m pytest -q -n auto --dist loadscope

test: $(STAMP) browser lint ## lint, then run the whole test suite (slow tests included), on every core
	$(PYTEST)

test-fast: $(STAMP) ## the test suite without the slow end-to-end builds
	$(PYTEST) -m "not slow"

lint: $(STAMP) ## ruff over the code
	$(BIN)/ruff check pipeline schemas tests

dev: $(STAMP) $(DAGSTER_HOME)/dagster.yaml ## the Dagster UI on 127.0.0.1:3000 (asset graph, runs, checks)
	$(BIN)/dagster dev -m pipeline.definitions -h 127.0.0.1 -p 3000

daemon: $(STAMP) $(DAGSTER_HOME)/dagster.yaml ## the Dagster daemon without the UI: the seeds sensor and the daily schedule, headless
	$(BIN)/dagster-daemon run -m pipeline.definitions

bench: $(STAMP) ## build benchmark (1k and 10k seeds: time, peak memory, I/O floor, +1 seed, no change; BIG=1 adds 100k), BM25, then parsing figures
	$(BIN)/python -m pipeline.cli bench $(if $(BIG),--big)

bench-search: $(STAMP) ## BM25 search latency over a synthetic corpus of 1M passages (PASSAGES=... to change)
	$(BIN)/python -m pipeline.cli bench-search --passages $(or $(PASSAGES),1000000)

browser: ## install Debian's chromium for the page screenshot test when it is missing (needs root and apt)
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

eval: $(STAMP) ## score documents, passages and events against the reference annotations in tests/fixtures/gold
	$(BIN)/python -m pipeline.cli eval

eval-events: $(STAMP) ## score extracted events against the gold events (seeds and dev documents): recall, precision, misses
	$(BIN)/python -m pipeline.cli eval-events

eval-corpus: $(STAMP) ## score fields, events (recall, precision, per date kind) and actors against the exhaustive gold in tests/fixtures/gold/corpus.json
	$(BIN)/python -m pipeline.cli eval-corpus

eval-probes: $(STAMP) ## the same scores on held-out pages annotated before extraction ran on them (tests/fixtures/probes_events)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events/gold.json

eval-probes%: $(STAMP) ## the same scores on the Nth batch of held-out pages, N from 2 (tests/fixtures/probes_eventsN)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events$*/gold.json

eval-blind: $(STAMP) ## the pool's document fields per field and kind of page, read as they are and with a source line naming a host no reader knows (the generic readers' share)
	$(BIN)/python -c 'from pipeline.quality.corpus import blind_fields; print(blind_fields())'

row-filter: $(STAMP) ## train the learned check on event rows from the annotated pages, the newest batch held out and measured (HELD_OUT="probes_events45 probes_events46" keeps several; read the diff of pipeline/reference/row_filter.json)
	$(BIN)/python -m pipeline.cli row-filter $(foreach batch,$(HELD_OUT),--held-out $(batch))

bench-parse: $(STAMP) ## parsing MB/s per CPU second (decode + parse of the dev documents, one core): the parsing part of bench alone
	$(BIN)/python -m pipeline.cli bench-parse

bench-events: $(STAMP) ## event extraction MB/s per core, and our date finder against dateparser (speed and recall)
	$(BIN)/python -m pipeline.cli bench-events

golden-update: $(STAMP) ## rewrite the expected outputs in tests/golden/expected (read the diff!)
	$(BIN)/python -m tests.golden.update

lock: ## re-resolve the pinned dependency set into requirements.lock
	rm -rf $(VENV) && $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==24.3.1"
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e' | sort -f > requirements.lock
	$(BIN)/python -m pipeline.publish.duck
	touch $(STAMP)

clean: ## remove outputs, caches and the virtual environment (keeps nothing generated)
	rm -rf $(VENV) dist/releases dist/latest dist/staging dist/build dist/.lock dist/.duckdb_extensions .pytest_cache .ruff_cache .hypothesis
	rm -rf .dagster
