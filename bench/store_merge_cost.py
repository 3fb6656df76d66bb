#!/usr/bin/env python
"""Cost of merging one more article into the embedded (SQLite) store: at 1,000 vs 100,000 articles.

Target (issue 12): article 100,000 costs at most 1.2x article 1,000. Facts are generated directly
(bench/facts.py, no NLP). The store is filled quickly (many articles per transaction, through the
store's own merge code), then a window of articles is merged the way `kg ingest` / `kg load` merge
them (SqliteStore.write: one transaction each, committed) and timed; the ratio of the median
times is printed.

    .venv/bin/python bench/store_merge_cost.py [--small 1000] [--large 100000] [--window 300]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.facts import Pool, results  # noqa: E402
from kg.store.sqlite import SqliteStore  # noqa: E402

TARGET = 1.2


def fill(store: SqliteStore, start: int, stop: int, pool: Pool, chunk: int = 2000) -> None:
    """Articles start..stop-1, `chunk` to a transaction (the bulk path; same merge code)."""
    db = store._db
    for lo in range(start, stop, chunk):
        db.execute("BEGIN IMMEDIATE")
        for result in results(lo, min(lo + chunk, stop), pool):
            store._merge(result)
        db.execute("COMMIT")


def window(store: SqliteStore, start: int, size: int, pool: Pool) -> list[float]:
    """Milliseconds per article for `size` new articles, each merged and committed on its own."""
    batch = list(results(start, start + size, pool, prefix="win"))
    times = []
    for result in batch:
        t0 = time.perf_counter()
        store.write(result)
        times.append((time.perf_counter() - t0) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--window", type=int, default=300)
    parser.add_argument("--store", help="SQLite file to build (default: a temporary file)")
    args = parser.parse_args()
    pool = Pool()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        path = Path(args.store) if args.store else Path(tmp) / "kg.db"
        store = SqliteStore(path)
        t0 = time.perf_counter()
        fill(store, 0, args.small - 1, pool)
        small = window(store, 0, args.window, pool)
        print(f"filled {args.small - 1} articles in {time.perf_counter() - t0:.1f} s; "
              f"window of {args.window} merges at article {args.small}: "
              f"median {statistics.median(small):.2f} ms, mean {statistics.mean(small):.2f} ms")
        t0 = time.perf_counter()
        fill(store, args.small - 1, args.large - 1, pool)
        large = window(store, args.window, args.window, pool)
        print(f"filled to {args.large - 1 + args.window} articles in {time.perf_counter() - t0:.1f} s; "
              f"window of {args.window} merges at article {args.large}: "
              f"median {statistics.median(large):.2f} ms, mean {statistics.mean(large):.2f} ms")
        facts = sum(store.stats()["facts"].values())
        store.close()
    ratio = statistics.median(large) / statistics.median(small)
    verdict = "meets" if ratio <= TARGET else "misses"
    print(f"store holds {facts} facts; merge cost ratio article {args.large} / article {args.small}: "
          f"{ratio:.2f} (target <= {TARGET}: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
