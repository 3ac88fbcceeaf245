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
.PHONY: help release verify test test-fast lint dev daemon browser bench bench-search eval eval-events eval-corpus eval-probes eval-probes2 eval-probes3 eval-probes4 eval-probes5 eval-probes6 eval-probes7 eval-probes8 eval-probes9 eval-probes10 eval-probes11 eval-probes12 eval-probes13 eval-probes14 eval-probes15 eval-probes16 eval-probes17 eval-probes18 eval-probes19 eval-probes20 eval-probes21 eval-probes22 eval-probes23 eval-probes24 eval-probes25 eval-probes26 eval-probes27 bench-events golden-update lock clean

help: ## list the targets
	@grep -hE '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

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

eval-probes2: $(STAMP) ## the same scores on the second batch of held-out pages (tests/fixtures/probes_events2)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events2/gold.json

eval-probes3: $(STAMP) ## the same scores on the third batch of held-out pages (tests/fixtures/probes_events3)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events3/gold.json

eval-probes4: $(STAMP) ## the same scores on the fourth batch of held-out pages (tests/fixtures/probes_events4)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events4/gold.json

eval-probes5: $(STAMP) ## the same scores on the fifth batch of held-out pages (tests/fixtures/probes_events5)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events5/gold.json

eval-probes6: $(STAMP) ## the same scores on the sixth batch of held-out pages (tests/fixtures/probes_events6)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events6/gold.json

eval-probes7: $(STAMP) ## the same scores on the seventh batch of held-out pages (tests/fixtures/probes_events7)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events7/gold.json

eval-probes8: $(STAMP) ## the same scores on the eighth batch of held-out pages (tests/fixtures/probes_events8)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events8/gold.json

eval-probes9: $(STAMP) ## the same scores on the ninth batch of held-out pages (tests/fixtures/probes_events9)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events9/gold.json

eval-probes10: $(STAMP) ## the same scores on the tenth batch of held-out pages (tests/fixtures/probes_events10)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events10/gold.json

eval-probes11: $(STAMP) ## the same scores on the eleventh batch of held-out pages (tests/fixtures/probes_events11)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events11/gold.json

eval-probes12: $(STAMP) ## the same scores on the twelfth batch of held-out pages (tests/fixtures/probes_events12)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events12/gold.json

eval-probes13: $(STAMP) ## the same scores on the thirteenth batch of held-out pages (tests/fixtures/probes_events13)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events13/gold.json

eval-probes14: $(STAMP) ## the same scores on the fourteenth batch of held-out pages (tests/fixtures/probes_events14)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events14/gold.json

eval-probes15: $(STAMP) ## the same scores on the fifteenth batch of held-out pages (tests/fixtures/probes_events15)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events15/gold.json

eval-probes16: $(STAMP) ## the same scores on the sixteenth batch of held-out pages (tests/fixtures/probes_events16)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events16/gold.json

eval-probes17: $(STAMP) ## the same scores on the seventeenth batch of held-out pages (tests/fixtures/probes_events17)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events17/gold.json

eval-probes18: $(STAMP) ## the same scores on the eighteenth batch of held-out pages (tests/fixtures/probes_events18)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events18/gold.json

eval-probes19: $(STAMP) ## the same scores on the nineteenth batch of held-out pages (tests/fixtures/probes_events19)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events19/gold.json

eval-probes20: $(STAMP) ## the same scores on the twentieth batch of held-out pages (tests/fixtures/probes_events20)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events20/gold.json

eval-probes21: $(STAMP) ## the same scores on the twenty-first batch of held-out pages (tests/fixtures/probes_events21)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events21/gold.json

eval-probes22: $(STAMP) ## the same scores on the twenty-second batch of held-out pages (tests/fixtures/probes_events22)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events22/gold.json

eval-probes23: $(STAMP) ## the same scores on the twenty-third batch of held-out pages (tests/fixtures/probes_events23)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events23/gold.json

eval-probes24: $(STAMP) ## the same scores on the twenty-fourth batch of held-out pages (tests/fixtures/probes_events24)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events24/gold.json

eval-probes25: $(STAMP) ## the same scores on the twenty-fifth batch of held-out pages (tests/fixtures/probes_events25)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events25/gold.json

eval-probes26: $(STAMP) ## the same scores on the twenty-sixth batch of held-out pages (tests/fixtures/probes_events26)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events26/gold.json

eval-probes27: $(STAMP) ## the same scores on the twenty-seventh batch of held-out pages (tests/fixtures/probes_events27)
	$(BIN)/python -m pipeline.cli eval-corpus --gold tests/fixtures/probes_events27/gold.json

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
