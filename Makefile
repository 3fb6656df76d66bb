# Two commands on a fresh machine: `make run` (install, ingest the seeds, answer questions)
# and `make test` (install, run every test; a real Neo4j is started where Java is present).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
STORE  ?= sqlite:///kg.db

.PHONY: install run test typecheck neo4j-up neo4j-down neo4j-status neo4j-logs browser-favorites browser-check bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/kg ingest seeds/ --store $(STORE)
	$(BIN)/kg query "who visited Pyongyang" --store $(STORE)
	$(BIN)/kg query "who visited North Korea" --store $(STORE)

test: install
	$(BIN)/ruff check ingest schemas kg/store kg/query/engine.py bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -rfEs

# mypy on schemas/ and kg/store/ (configured in pyproject.toml [tool.mypy])
typecheck: install
	$(BIN)/mypy

neo4j-up:
	@bash scripts/neo4j-server up

neo4j-down:
	@bash scripts/neo4j-server down

neo4j-status:
	@bash scripts/neo4j-server status

neo4j-logs:
	@bash scripts/neo4j-server logs

browser-favorites: install
	$(BIN)/python scripts/build_browser_favorites.py

browser-check:
	bash browser/check/run.sh

# Each prints its ratio measured side by side in one run, and its target (issue 12); see README.
# The two extraction ratios take the fastest of three alternating runs: this VM's run-to-run spread
# (±0.06 on the overhead) is as large as the margins.
bench: install
	$(BIN)/python -m bench.extract_overhead --repeat 3
	$(BIN)/python -m bench.workers_speedup --repeat 3
	$(BIN)/python -m bench.ingest_memory
	$(BIN)/python -m bench.store_merge_cost
	$(BIN)/python -m bench.neo4j_load_rate
	$(BIN)/python -m bench.query_p95 --warm

clean:
	rm -rf kg.db kg.db-wal kg.db-shm .pytest_cache
