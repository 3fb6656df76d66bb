"""Shared helpers of the benchmark scripts: a corpus file, timed subprocesses, the report line."""
from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import articles

ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-m", "kg.cli"]


def corpus_file(n: int, seed: int = 0, directory: str | None = None) -> Path:
    """N corpus articles as a JSON Lines file (cached by size and seed in the temp directory)."""
    folder = Path(directory or tempfile.gettempdir()) / "kg-bench"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"corpus-{n}-{seed}.jsonl"
    if not path.exists():
        tmp = path.with_suffix(".part")
        with open(tmp, "w", encoding="utf-8") as fh:
            for record in articles(n, seed):
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        os.replace(tmp, path)
    return path


def timed(cmd: list[str], *, env: dict | None = None, stdout=subprocess.DEVNULL) -> float:
    """Wall-clock seconds of one command (a fresh process), which must succeed."""
    return timed_cpu(cmd, env=env, stdout=stdout)[0]


def timed_cpu(cmd: list[str], *, env: dict | None = None, stdout=subprocess.DEVNULL
              ) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds of it and its children) of one command, which must
    succeed. CPU time is less disturbed by other jobs on a busy machine than wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=stdout,
                          stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"command failed ({done.returncode}): {' '.join(cmd)}\n{done.stderr}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def machine() -> str:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{platform.node()} ({cores} cores, {platform.processor() or platform.machine()}), " \
           f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"


def report(name: str, ratio: float, target: str, ok: bool, detail: str) -> None:
    verdict = "meets target" if ok else "MISSES target"
    print(f"{name}: {ratio:.2f} (target {target}) - {verdict}")
    print(f"  {detail}")
    print(f"  machine: {machine()}")
