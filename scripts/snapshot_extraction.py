#!/usr/bin/env python3
"""Snapshot what the extractor says, to check a refactoring changes nothing.

    python scripts/snapshot_extraction.py OUT_DIR [--eval]

Runs `kg extract --format jsonl` over the seeds, the two dev sets, and the JSON Lines inputs
the reference scorer (../shared/tools/score_facts.py) builds from the shared gold files
(each record's id, text and date as `published`), and writes each output, sorted, to
OUT_DIR/<name>.jsonl. With --eval it also writes `kg eval` reports to OUT_DIR/<name>.eval.txt.
OUT_DIR must lie outside the repository: the gold text must not enter it. Compare two
snapshots with `diff -r BEFORE AFTER`.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_GOLD = ROOT.parent / "shared" / "gold"
KG = str(Path(sys.executable).with_name("kg"))


def _scorer_input(gold: Path, into: Path) -> Path:
    """The input file score_facts.py builds: id, text, date as `published`."""
    out = into / (gold.stem + ".input.jsonl")
    with gold.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            if not line.strip():
                continue
            rec = json.loads(line)
            row = {"id": str(rec["id"]), "text": rec["text"]}
            if rec.get("date"):
                row["published"] = rec["date"]
            dst.write(json.dumps(row) + "\n")
    return out


def _extract(inputs: list[str]) -> list[str]:
    run = subprocess.run([KG, "extract", *inputs, "--format", "jsonl"], capture_output=True, text=True,
                         cwd=ROOT)
    if run.returncode not in (0, 1):
        sys.exit(f"kg extract failed ({run.returncode}): {run.stderr[-2000:]}")
    return sorted(line for line in run.stdout.splitlines() if line.startswith("{"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--eval", action="store_true", help="also record `kg eval` on the five gold sets")
    a = ap.parse_args()
    out = a.out.resolve()
    if out == ROOT or ROOT in out.parents:
        sys.exit("OUT_DIR must lie outside the repository")
    out.mkdir(parents=True, exist_ok=True)
    # a fixed place for the built inputs: their path is each fact's `source`
    tmp = Path(tempfile.gettempdir()) / "kg-snapshot-inputs"
    tmp.mkdir(exist_ok=True)
    sets = {
        "seeds": ["seeds/"],
        "devset": ["tests/data/devset.jsonl"],
        "devset_blind": ["tests/data/devset_blind.jsonl"],
        "petrarch2": [str(_scorer_input(SHARED_GOLD / "petrarch2.jsonl", Path(tmp)))],
        "news_dev": [str(_scorer_input(SHARED_GOLD / "news_dev.jsonl", Path(tmp)))],
    }
    for name, inputs in sets.items():
        lines = _extract(inputs)
        (out / f"{name}.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        print(f"{name}: {len(lines)} facts")
    if a.eval:
        golds = {"seeds": str(SHARED_GOLD / "seeds.gold.json"), "petrarch2": str(SHARED_GOLD / "petrarch2.jsonl"),
                 "devset": "tests/data/devset.jsonl", "devset_blind": "tests/data/devset_blind.jsonl",
                 "news_dev": str(SHARED_GOLD / "news_dev.jsonl")}
        for name, gold in golds.items():
            run = subprocess.run([KG, "eval", gold], capture_output=True, text=True, cwd=ROOT)
            (out / f"{name}.eval.txt").write_text(run.stdout + run.stderr, encoding="utf-8")
            print(f"{name} eval:", " ".join(run.stdout.split("\n")[:3]))


if __name__ == "__main__":
    main()
