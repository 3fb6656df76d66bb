"""Peak memory of `kg ingest` at a large corpus / at a small one (issue 12: flat, streamed).

    python -m bench.ingest_memory [--small 1000] [--large 10000] [--workers 1]

Each ingest runs in a fresh process into a fresh SQLite store; the figure is the peak resident
set size of the kg process (the reader and writer), read from getrusage(RUSAGE_CHILDREN) in a
wrapper process of its own. With --workers > 1 the workers (children of the multiprocessing
fork server, not waited for by kg) are not counted: each holds one batch at a time. Target: the ratio at most 1.1
(memory does not grow with the corpus).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench._common import KG, ROOT, corpus_file, report

WRAPPER = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
if done.returncode != 0:
    sys.exit(done.stderr)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_rss_mb(cmd: list[str]) -> float:
    done = subprocess.run([sys.executable, "-c", WRAPPER, *cmd], cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{done.stderr}")
    return int(done.stdout.strip()) / 1024  # Linux: KiB


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=10000)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args(argv)
    peaks, secs = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in (args.small, args.large):
            path = corpus_file(n)
            start = time.perf_counter()
            peaks[n] = peak_rss_mb([*KG, "ingest", str(path), "--workers", str(args.workers), "--quiet",
                                    "--store", f"sqlite:///{Path(tmp) / f'{n}.db'}"])
            secs[n] = time.perf_counter() - start
    ratio = peaks[args.large] / peaks[args.small]
    report(f"ingest peak memory ({args.large} / {args.small} articles)", ratio, "<= 1.1", ratio <= 1.1,
           f"peak RSS {peaks[args.small]:.0f} MB at {args.small} articles ({secs[args.small]:.0f} s), "
           f"{peaks[args.large]:.0f} MB at {args.large} ({secs[args.large]:.0f} s), --workers {args.workers}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
