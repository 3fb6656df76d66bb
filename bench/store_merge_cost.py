#!/usr/bin/env python
"""Cost of merging one more article into the embedded (SQLite) store: at 1,000 vs 100,000 articles.

Target (issue 12): article 100,000 costs at most 1.2x article 1,000. Facts are generated directly
(bench/facts.py, no NLP). The question is what article N costs the writer of a long ingest that
has merged the N - 1 before it, one transaction each. The small store is exactly that: its 999
articles merged one by one (`--warmup`, untimed). The large store is filled quickly to 100,000
minus `--large-warmup` articles (many articles per transaction, through the store's own merge
code) and then merges those last ones one by one, untimed, until its writer's page cache holds
what a long ingest's would (1/4 of the file, kg.store.sqlite.WRITER_CACHE_SHARE: about 70k pages
at 100k articles, filled at some 30 pages a merge within the 3,000 merges of the default; with
300 it is a fifth full, and the figure is that of a `kg load` that has just started on a large
store). `--warmup 0 --large-warmup 0` times a new process's first merges. Then rounds of new articles
are merged the way `kg ingest` / `kg load` merge them (SqliteStore.write: one transaction each,
committed), alternating between the two stores so that whatever else the machine does weighs on
both alike; the ratio of the median times is printed.

`--cold`: before each round each store is closed, its file dropped from the operating system's
page cache (posix_fadvise DONTNEED on that file only) and opened again, as a new `kg load` process
finds a store that has not been read lately: a merge then pays for every page it reads from disk.

    .venv/bin/python bench/store_merge_cost.py [--small 1000] [--large 100000] [--rounds 10]
        [--window 30] [--warmup 999] [--large-warmup 3000] [--large-store PATH]   # PATH: build once, reuse (filled up to --large;
                                             # each run adds rounds x window articles to it)
        [--cold]
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


def filled(path: Path, articles: int, pool: Pool) -> SqliteStore:
    """A store at `path` holding generated articles 0..articles-1 (resumed if partly there)."""
    store = SqliteStore(path)
    have = store.stats()["articles"]["total"]
    if have < articles:
        t0 = time.perf_counter()
        fill(store, have, articles, pool)
        print(f"filled {path.name} from {have} to {articles} articles in {time.perf_counter() - t0:.0f} s")
    # The bulk fill's long transactions leave a write-ahead log of hundreds of MB that an ingest,
    # committing article by article, never has (SQLite checkpoints it at 1,000 pages): the timed
    # merges would pay for looking pages up in it and for copying it back on the first checkpoint.
    store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return store


def evicted(store: SqliteStore) -> SqliteStore:
    """The store closed, its files dropped from the OS page cache, and opened again."""
    path = store.path
    store.close()
    for name in (path, path + "-wal"):
        if os.path.exists(name):
            fd = os.open(name, os.O_RDONLY)
            try:
                os.fsync(fd)  # dirty pages are not dropped: write them first
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
    return SqliteStore(path)


def window(store: SqliteStore, start: int, size: int, pool: Pool, prefix: str) -> tuple[list[float], list[float]]:
    """Milliseconds per article for `size` new articles, each merged and committed on its own:
    wall-clock, and CPU time of this process (its own and the kernel's work for it, without the
    time it waited for a core another job held, so less disturbed on a busy machine)."""
    batch = list(results(start, start + size, pool, prefix=prefix))
    times, cpu = [], []
    for result in batch:
        t0, c0 = time.perf_counter(), time.process_time()
        store.write(result)
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return times, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--window", type=int, default=30, help="articles merged per store per round")
    parser.add_argument("--warmup", type=int, default=999,
                        help="articles merged one by one into the small store before the timed rounds (0: time "
                        "a process's first merges, whose page cache is still empty)")
    parser.add_argument("--large-warmup", type=int, default=3000,
                        help="the same for the large store (enough merges to fill its writer's page cache)")
    parser.add_argument("--large-store", help="SQLite file for the large store (default: temporary)")
    parser.add_argument("--cold", action="store_true", help="each round starts with the stores out of "
                        "the OS page cache (closed, evicted, reopened)")
    args = parser.parse_args()
    pool = Pool()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        # the first timed merge is article `--small` of the small store, after the warm-up ones
        small_store = filled(Path(tmp) / "small.db", max(0, args.small - 1 - args.warmup), pool)
        large_store = filled(Path(args.large_store) if args.large_store else Path(tmp) / "large.db",
                             max(0, args.large - 1 - args.large_warmup), pool)
        small: list[float] = []
        large: list[float] = []
        small_cpu: list[float] = []
        large_cpu: list[float] = []
        run = f"win{int(time.time())}"  # new article ids on every run, so a reused store takes them as new
        for store, tag, warmup in ((small_store, "s", args.warmup), (large_store, "l", args.large_warmup)):
            window(store, 0, warmup, pool, prefix=f"{run}w{tag}")  # as in a long ingest: the writer's page
            # cache holds what merges reuse
        for r in range(args.rounds):  # alternate: the same load on the machine for both
            if args.cold:
                small_store, large_store = evicted(small_store), evicted(large_store)
            for store, into, into_cpu, tag in ((small_store, small, small_cpu, "s"), (large_store, large, large_cpu, "l")):
                wall, cpu = window(store, r * args.window, args.window, pool, prefix=f"{run}{tag}")
                into += wall
                into_cpu += cpu
        facts = sum(large_store.stats()["facts"].values())
        small_store.close()
        large_store.close()
    ratio = statistics.median(large) / statistics.median(small)
    print(f"{'cold' if args.cold else 'warm'} stores (--cold: out of the OS page cache at each round), "
          f"{args.warmup} / {args.large_warmup} articles merged one by one into the small / large store "
          "before the timed ones")
    print(f"{len(small)} merges into a store of {args.small} articles: median {statistics.median(small):.2f} ms, "
          f"mean {statistics.mean(small):.2f} ms")
    print(f"{len(large)} merges into a store of {args.large} articles ({facts} facts): median "
          f"{statistics.median(large):.2f} ms, mean {statistics.mean(large):.2f} ms")
    cpu_ratio = statistics.median(large_cpu) / statistics.median(small_cpu)
    print(f"CPU time of the merges (without waits for a core; on a busy machine the steadier figure): median "
          f"{statistics.median(small_cpu):.2f} vs {statistics.median(large_cpu):.2f} ms, ratio {cpu_ratio:.2f}")
    verdict = "meets" if ratio <= TARGET else "misses"
    print(f"merge cost ratio article {args.large} / article {args.small}: {ratio:.2f} (target <= {TARGET}: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
