#!/usr/bin/env python
"""`kg query` latency on a store of 1M facts, both stores: p95 after start-up.

Target (issue 12): p95 under 100 ms. The stores are filled with generated facts (bench/facts.py,
no NLP): SQLite through its own merge code, many articles to a transaction; Neo4j through
Neo4jStore.merge_many on a server started as the tests start it. Then every question below is
answered `--runs` times in one process (the engine and store `kg query` use, start-up excluded:
one warm-up question first) and the p95 of all answers is printed per store, with the slowest
questions.

    .venv/bin/python bench/query_p95.py [--facts 1000000] [--runs 5] [--sqlite PATH] [--no-neo4j]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.facts import Pool, results  # noqa: E402
from bench.store_merge_cost import fill  # noqa: E402  (the same bulk path)
from kg.query.engine import answer  # noqa: E402
from kg.store.sqlite import SqliteStore  # noqa: E402

TARGET_MS = 100.0
FACTS_PER_ARTICLE = 10
os.environ.setdefault("KG_NEO4J_FAST_START", "0")
os.environ.setdefault("KG_NEO4J_PAGECACHE_MB", "1024")
os.environ.setdefault("KG_NEO4J_HEAP", "2g")


def questions(pool: Pool) -> list[tuple[str, bool]]:
    """(question, about a hub) for questions of every form, about popular and ordinary entities.

    A hub is one of the few states most articles name: "who visited <hub>?" has thousands of
    answers at 1M facts, and its time follows the size of its answer."""
    p = [e.name for e in pool.persons]
    s = [e.name for e in pool.states]
    c = [e.name for e in pool.cities]
    n = len(p)
    return [
        (f"who visited {s[0]}?", True), (f"who visited {s[len(s) // 2]}?", False), (f"who visited {c[3]}?", False),
        (f"which countries visited {c[len(c) // 3]}?", False), (f"who condemned {s[5]}?", True),
        (f"who visited {s[len(s) // 3]} in 2016?", False),
        (f"whom did {p[0]} meet?", False), (f"whom did {p[n // 2]} meet?", False),
        (f"whom did {p[n - 1]} meet?", False),
        (f"timeline of {p[n // 3]}", False), (f"who is {p[n // 4]}?", False), (f"who is {s[7]}?", True),
        (f"did {p[n // 5]} meet {p[n // 6]}?", False), (f"when did {p[10]} visit {s[0]}?", False),
        (f"how is {p[n // 2]} connected to {p[n // 3]}?", False),
        (f"how is {p[100]} connected to {s[len(s) - 1]}?", False),
    ]


def measure(store, qs: list[tuple[str, bool]], runs: int) -> dict[str, tuple[bool, list[float], int]]:
    """question -> (about a hub, milliseconds per run, rows)."""
    answer(store, qs[-1][0])  # start-up: imports, vocabulary, caches
    out = {}
    for q, hub in qs:
        mine = []
        rows = 0
        for _ in range(runs):
            store.executed.clear()
            t0 = time.perf_counter()
            rows = len(answer(store, q, limit=None).rows)
            mine.append((time.perf_counter() - t0) * 1000)
        out[q] = (hub, mine, rows)
    return out


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def report(name: str, measured: dict[str, tuple[bool, list[float], int]], facts: int) -> None:
    every = [t for _, times, _ in measured.values() for t in times]
    ordinary = [t for hub, times, _ in measured.values() if not hub for t in times]
    value = p95(every)
    print(f"{name}: {facts} facts, {len(every)} answers: p50 {statistics.median(every):.1f} ms, "
          f"p95 {value:.1f} ms (target < {TARGET_MS:.0f} ms: {'meets' if value < TARGET_MS else 'misses'}); "
          f"without the hub questions p95 {p95(ordinary):.1f} ms")
    for q, (hub, times, rows) in sorted(measured.items(), key=lambda item: -max(item[1][1])):
        print(f"    {max(times):8.1f} ms max {statistics.median(times):8.1f} ms median {rows:6d} rows "
              f"{'hub ' if hub else ''}{q}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sqlite", help="SQLite file to build or reuse (default: a temporary file)")
    parser.add_argument("--no-neo4j", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()
    pool = Pool()
    qs = questions(pool)
    articles = args.facts // FACTS_PER_ARTICLE
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        if not args.no_sqlite:
            path = Path(args.sqlite) if args.sqlite else Path(tmp) / "kg.db"
            store = SqliteStore(path)
            have = store.stats()["articles"]["total"]
            if have < articles:
                t0 = time.perf_counter()
                fill(store, have, articles, pool)
                print(f"sqlite: filled {articles - have} articles in {time.perf_counter() - t0:.0f} s")
            facts = sum(store.stats()["facts"].values())
            report("sqlite", measure(store, qs, args.runs), facts)
            store.close()
    if not args.no_neo4j:
        from kg.store.neo4j import Neo4jStore
        from tests.neo4j_server import reset_database, running_neo4j

        with running_neo4j() as (uri, user, password):
            with Neo4jStore(uri, user, password) as store:
                reset_database(store.driver)
            with Neo4jStore(uri, user, password) as store:
                t0 = time.perf_counter()
                store.merge_many(results(0, articles, pool), batch_size=500)
                print(f"neo4j: loaded {articles} articles in {time.perf_counter() - t0:.0f} s")
                facts = sum(store.stats()["facts"].values())
                report("neo4j", measure(store, qs, args.runs), facts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
