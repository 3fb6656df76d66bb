"""`kg ingest --workers 1` time / `kg ingest --workers 2` time on the same articles (issue 12).

    python -m bench.workers_speedup [--articles 400] [--workers 2] [--repeat 1]

Each run ingests the corpus into a fresh SQLite store in a fresh process (model loads and
worker start-up included). Target on 2 cores: at least 1.7.
"""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench._common import KG, corpus_file, report, timed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    path = corpus_file(args.articles)
    one, many = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.repeat):
            for workers, times in ((1, one), (args.workers, many)):
                store = Path(tmp) / f"w{workers}-{i}.db"
                times.append(timed([*KG, "ingest", str(path), "--workers", str(workers),
                                    "--quiet", "--store", f"sqlite:///{store}"]))
    ratio = min(one) / min(many)
    report(f"workers speed-up (--workers 1 / --workers {args.workers})", ratio, ">= 1.7",
           ratio >= 1.7,
           f"{args.articles} articles: --workers 1 {min(one):.1f} s, --workers {args.workers} "
           f"{min(many):.1f} s ({min(one) and args.articles / min(one):.1f} vs "
           f"{args.articles / min(many):.1f} articles/s); wall clock: re-measure on an idle machine")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
