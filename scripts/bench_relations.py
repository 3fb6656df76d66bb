#!/usr/bin/env python3
"""Time the stage after the parser (mention finding, resolution, relation reading) on the dev
set, parsing every article once first, so that only the engine is measured.

    python scripts/bench_relations.py [--repeat N] [--other-tree DIR]

With --other-tree (a checkout of another revision, e.g. `git archive REV | tar -x -C DIR`), the
same parsed docs are also read by that tree's code in a subprocess, and the ratio is printed.
Timings on a shared machine are noisy: report them as preliminary.
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _articles(path: Path):
    from schemas.models import Article

    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        out.append(Article(id=str(rec["id"]), text=rec["text"], source="bench", published=rec.get("date")))
    return out


def _time_stage(docs_file: Path, repeat: int) -> tuple[float, float]:
    """Best seconds of `repeat` passes over the pickled docs: (find + resolve, read_facts)."""
    from spacy.tokens import DocBin

    from ingest import mentions
    from ingest.gazetteer import Gazetteer
    from ingest.nlp import load_model
    from ingest.relations import read_facts
    from ingest.resolve import GazetteerView, resolve

    payload = pickle.loads(docs_file.read_bytes())
    docs = list(DocBin().from_bytes(payload["docs"]).get_docs(load_model().vocab))
    articles = payload["articles"]
    gz = Gazetteer.default()
    best_resolve = best_read = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        resolved = [resolve(doc, mentions.find(doc, gz), gz, on=a.published.isoformat() if a.published else None)
                    for doc, a in zip(docs, articles, strict=True)]
        middle = time.perf_counter()
        for doc, article, res in zip(docs, articles, resolved, strict=True):
            read_facts(doc, res, article, GazetteerView(gz))
        best_resolve = min(best_resolve, middle - start)
        best_read = min(best_read, time.perf_counter() - middle)
    return best_resolve, best_read


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--other-tree", type=Path)
    ap.add_argument("--_time", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a._time:
        print(*_time_stage(a._time, a.repeat))
        return
    from spacy.tokens import DocBin

    from ingest.nlp import load_model

    articles = _articles(ROOT / "tests" / "data" / "devset.jsonl")
    nlp = load_model()
    docs = DocBin(store_user_data=True)
    for doc in nlp.pipe(a.text for a in articles):
        docs.add(doc)
    with tempfile.TemporaryDirectory() as tmp:
        docs_file = Path(tmp) / "docs.pickle"
        docs_file.write_bytes(pickle.dumps({"docs": docs.to_bytes(), "articles": articles}))
        here = _time_stage(docs_file, a.repeat)
        print(f"this tree, {len(articles)} articles, best of {a.repeat}: "
              f"find+resolve {here[0]:.3f} s, read_facts {here[1]:.3f} s")
        if a.other_tree:
            env = dict(os.environ, PYTHONPATH=str(a.other_tree.resolve()))
            run = subprocess.run([sys.executable, __file__, "--_time", str(docs_file), "--repeat", str(a.repeat)],
                                 capture_output=True, text=True, env=env, cwd=a.other_tree, check=True)
            other = [float(x) for x in run.stdout.strip().splitlines()[-1].split()]
            print(f"other tree ({a.other_tree}): find+resolve {other[0]:.3f} s, read_facts {other[1]:.3f} s; "
                  f"read_facts ratio other/this: {other[1] / here[1]:.2f}")


if __name__ == "__main__":
    main()
