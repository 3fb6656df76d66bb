"""`kg ingest --workers 1` time / `kg ingest --workers 2` time on the same articles (issue 12).

    python -m bench.workers_speedup [--articles 1000] [--workers 2] [--repeat 1] [--startup]

The default corpus is the issue's smaller one, 1,000 articles (about 40 s with one worker): on
400 articles (15 s) the fixed 1.3-1.8 s of start-up and VM noise of half a second moved the
ratio by 0.1 from run to run (1.62-1.81).

Each run ingests the corpus into a fresh SQLite store in a fresh process (model loads and
worker start-up included). Target on 2 cores: at least 1.7. The headline ratio is of the
fastest run of each (as before); with --repeat N the runs alternate which goes first (the first
run of all reads the model from a cold page cache) and the ratio of the medians is printed too.

--startup also times a one-article ingest with each setting: its time is the run's serial part
(interpreter, imports, model load, worker start-up), the same whatever the corpus size, and the
ratio with it taken off both runs is the speed-up of the per-article work alone (what a long
run tends to). It is printed for information; the target is on the whole run.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from bench._common import KG, corpus_file, report, timed


def _ingest(path: Path, workers: int, store: Path) -> float:
    return timed([*KG, "ingest", str(path), "--workers", str(workers), "--quiet",
                  "--store", f"sqlite:///{store}"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--startup", action="store_true",
                        help="also time a one-article ingest with each setting (the serial part)")
    args = parser.parse_args(argv)
    path = corpus_file(args.articles)
    times: dict[int, list[float]] = {1: [], args.workers: []}
    startup: dict[int, list[float]] = {1: [], args.workers: []}
    with tempfile.TemporaryDirectory() as tmp:
        one_article = Path(tmp) / "one.jsonl"
        with open(path, encoding="utf-8") as fh:
            # an article from the generated part (the first ones are the long seed articles)
            lines = fh.readlines()
        one_article.write_text(lines[len(lines) // 2], encoding="utf-8")
        for i in range(args.repeat):
            order = (1, args.workers) if i % 2 == 0 else (args.workers, 1)
            for workers in order:
                times[workers].append(_ingest(path, workers, Path(tmp) / f"w{workers}-{i}.db"))
                if args.startup:
                    startup[workers].append(_ingest(one_article, workers, Path(tmp) / f"s{workers}-{i}.db"))
    one, many = times[1], times[args.workers]
    ratio = min(one) / min(many)
    runs = ", ".join(f"{a:.1f} vs {b:.1f} s" for a, b in zip(one, many, strict=True))
    report(f"workers speed-up (--workers 1 / --workers {args.workers})", ratio, ">= 1.7",
           ratio >= 1.7,
           f"{args.articles} articles: --workers 1 {min(one):.1f} s, --workers {args.workers} "
           f"{min(many):.1f} s ({min(one) and args.articles / min(one):.1f} vs "
           f"{args.articles / min(many):.1f} articles/s); wall clock: re-measure on an idle machine")
    if args.repeat > 1:
        print(f"  runs (--workers 1 vs {args.workers}): {runs}; ratio of the medians "
              f"{statistics.median(one) / statistics.median(many):.2f}")
    if args.startup:
        s1, sn = min(startup[1]), min(startup[args.workers])
        print(f"  serial part (a one-article ingest): --workers 1 {s1:.1f} s, --workers "
              f"{args.workers} {sn:.1f} s; speed-up of the per-article work alone "
              f"{(min(one) - s1) / max(1e-9, min(many) - sn):.2f} (information, not the target)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
