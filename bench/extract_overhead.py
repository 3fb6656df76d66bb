"""`kg extract` time / bare spaCy `nlp.pipe` time on the same texts, one process each (issue 12).

    python -m bench.extract_overhead [--articles 200] [--repeat 2]

Both runs load the same model (`ingest.nlp.load_model`, the pipeline `kg` uses) in a fresh
process; the bare run only parses the `text` fields with `nlp.pipe`. `kg extract` runs in one
process (`--workers 1`), output discarded. The runs alternate and the fastest of each counts,
so a noisy neighbour costs both alike. Target: at most 1.15.
"""
from __future__ import annotations

import argparse
import sys

from bench._common import KG, corpus_file, report, timed_cpu

BARE = """
import json, sys
from ingest.nlp import load_model
nlp = load_model()
texts = (json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8"))
for doc in nlp.pipe(texts, batch_size=16):
    pass
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args(argv)
    path = corpus_file(args.articles)
    bare, full = [], []
    for _ in range(args.repeat):
        bare.append(timed_cpu([sys.executable, "-c", BARE, str(path)]))
        full.append(timed_cpu([*KG, "extract", str(path), "--format", "jsonl", "--workers", "1",
                               "--quiet"]))
    wall = min(t for t, _ in full) / min(t for t, _ in bare)
    cpu = min(c for _, c in full) / min(c for _, c in bare)
    report("extract overhead (kg extract / bare nlp.pipe, wall clock)", wall, "<= 1.15", wall <= 1.15,
           f"{args.articles} articles, fastest of {args.repeat}: kg extract "
           f"{min(t for t, _ in full):.1f} s, bare nlp.pipe {min(t for t, _ in bare):.1f} s; "
           f"CPU-time ratio {cpu:.2f} (kg {min(c for _, c in full):.1f} s, bare "
           f"{min(c for _, c in bare):.1f} s; steadier than wall clock on a busy machine)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
