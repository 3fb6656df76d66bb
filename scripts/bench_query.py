#!/usr/bin/env python
"""Wall time of `kg query` as a user sees it (process start-up included): p50/p95 per question.

Not a test (no timing asserts anywhere): run it by hand against a store, e.g.
    .venv/bin/python scripts/bench_query.py --store sqlite:///kg.db --runs 10
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "who visited North Korea?",
    "which countries visited Pyongyang?",
    "whom did Sun Weidong meet?",
    "timeline of North Korea",
    "how is China connected to Russia?",
    "who is Kim Jong Un?",
]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", default=os.environ.get("KG_STORE", "sqlite:///./kg.db"))
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("questions", nargs="*", default=QUESTIONS)
    args = parser.parse_args()
    kg = [sys.executable, "-m", "kg.cli"]
    env = {**os.environ, "KG_STORE": args.store}
    print(f"store {args.store}, {args.runs} runs per question")
    print(f"{'question':<45} {'exit':>4} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for question in args.questions:
        times, codes = [], set()
        for _ in range(args.runs):
            start = time.perf_counter()
            done = subprocess.run([*kg, "query", question, "--format", "json"], env=env, cwd=ROOT,
                                  capture_output=True, text=True)
            times.append((time.perf_counter() - start) * 1000)
            codes.add(done.returncode)
        print(f"{question[:45]:<45} {','.join(map(str, sorted(codes))):>4} "
              f"{statistics.median(times):8.0f} {percentile(times, 0.95):8.0f} {max(times):8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
