"""Peak memory of `kg ingest` as the corpus grows (issue 12: flat, streamed, never loaded whole).

    python -m bench.ingest_memory [--small 1000] [--large 10000] [--workers 1]
                                  [--step extract|load|ingest] [--every 0.5] [--separate]

One real `kg ingest` of the `--large` corpus (bench/corpus.py) into a fresh SQLite store, in a
process of its own, watched from outside: every `--every` seconds the script reads the process's
peak resident set size so far (Linux `VmHWM` in /proc/PID/status, so no peak between two samples
is missed) and how many articles are done (the store's `articles` rows, read from a second
connection). The figure is the peak at the end over the peak when `--small` articles were done:
the run's first `--small` articles are exactly the `--small` corpus (it is a prefix of the large
one), so this is the small ingest's peak measured inside the large run, without a second run.
`--separate` runs the small and the large ingest one after the other instead (the old way).

With `--workers N` > 1 the worker processes (forked from the fork server, children of the kg
process) are watched too and their largest peak is printed beside the writer's: each holds only
the batches in flight.

The two halves of an ingest can be watched alone (`--step`): `extract` runs `kg extract --format
articles` of the corpus to a file (articles done: its lines), `load` runs `kg load` of such a file
(made once by an extract run and kept in the temporary directory; articles done: the store's rows).
The ratio printed is always the end peak over the peak at `--small` articles. Target: at most 1.1.
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench._common import KG, ROOT, corpus_file, report

TARGET = 1.1


def _status_kib(pid: int, field: str) -> int:
    """A `kB` field of /proc/PID/status (VmHWM: peak RSS so far; VmRSS: now), 0 once it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    """The process ids below `pid` (Linux /proc/PID/task/*/children)."""
    out: list[int] = []
    todo = [pid]
    while todo:
        parent = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{parent}/task/{task}/children", encoding="ascii") as fh:
                    kids = [int(k) for k in fh.read().split()]
            except (OSError, ValueError):
                continue
            out.extend(kids)
            todo.extend(kids)
    return out


class _Counter:
    """How many articles a run has done: rows in a SQLite store, or lines in an output file."""

    def __init__(self, store: Path | None = None, lines: Path | None = None):
        self.store, self.lines = store, lines
        self._offset, self._count = 0, 0

    def __call__(self) -> int:
        if self.lines is not None:
            try:
                with open(self.lines, "rb") as fh:
                    fh.seek(self._offset)
                    chunk = fh.read()
            except OSError:
                return self._count
            cut = chunk.rfind(b"\n") + 1
            self._count += chunk.count(b"\n", 0, cut)
            self._offset += cut
            return self._count
        assert self.store is not None
        if not self.store.exists():
            return 0
        try:
            db = sqlite3.connect(f"file:{self.store}?mode=ro", uri=True, timeout=1)
            try:
                self._count = db.execute("SELECT count(*) FROM articles").fetchone()[0]
            finally:
                db.close()
        except sqlite3.Error:  # not created yet, or busy: keep the last count
            pass
        return self._count


def watch(cmd: list[str], count: _Counter, small: int, every: float, stdout=subprocess.DEVNULL,
          trace: int = 0) -> dict:
    """Run `cmd`, sampling its peak RSS (and its descendants') and its articles done.

    Returns peaks in MiB: `main_small` / `workers_small` when `small` articles were first seen
    done, `main` / `workers` at the end, and the run's seconds and articles."""
    start = time.perf_counter()
    errors = tempfile.TemporaryFile("w+", encoding="utf-8")  # not a pipe: a full pipe would block kg
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=stdout, stderr=errors, text=True)
    main_peak = worker_peak = 0
    at_small: tuple[int, int] | None = None
    done = 0
    worker_hwm: dict[int, int] = {}
    traced = 0
    usage = None
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        finished = pid == proc.pid
        if finished:
            proc.returncode = os.waitstatus_to_exitcode(status)
        if not finished:
            main_peak = max(main_peak, _status_kib(proc.pid, "VmHWM"))
            for kid in _descendants(proc.pid):
                worker_hwm[kid] = max(worker_hwm.get(kid, 0), _status_kib(kid, "VmHWM"))
            worker_peak = max(worker_hwm.values(), default=0)
        done = count()
        if trace and done >= traced + trace and not finished:
            traced = done - done % trace
            print(f"  {done} articles: RSS {_status_kib(proc.pid, 'VmRSS') / 1024:.0f} MB, peak "
                  f"{main_peak / 1024:.0f} MB", file=sys.stderr, flush=True)
        if at_small is None and done >= small:
            at_small = (main_peak, worker_peak)
        if finished:
            break
        time.sleep(every)
    errors.seek(0)
    stderr = errors.read()
    errors.close()
    if proc.returncode != 0:
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{stderr}")
    if at_small is None:
        raise SystemExit(f"the run did only {done} articles, fewer than --small {small}")
    # The exact peak of the whole run is in the ended process's rusage (sampling may miss the end).
    main_peak = max(main_peak, usage.ru_maxrss)
    mib = 1024
    return {"main_small": at_small[0] / mib, "workers_small": at_small[1] / mib,
            "main": main_peak / mib, "workers": worker_peak / mib,
            "seconds": time.perf_counter() - start, "articles": done}


def _articles_path(corpus: Path) -> Path:
    return corpus.with_name(corpus.stem + ".articles.jsonl")


def _articles_file(corpus: Path, workers: int, tmp: Path) -> Path:
    """`kg extract --format articles` of the corpus, made once (or by an `--step extract` run)
    and kept beside the corpus: delete it after changing the extraction."""
    out = _articles_path(corpus)
    if not out.exists():
        part = tmp / out.name
        with open(part, "w", encoding="utf-8") as fh:
            subprocess.run([*KG, "extract", str(corpus), "--format", "articles", "--quiet",
                            "--workers", str(workers)], cwd=ROOT, stdout=fh, check=True)
        os.replace(part, out)
    return out


def _run(step: str, n: int, small: int, large: int, workers: int, every: float, tmp: Path,
         trace: int = 0) -> dict:
    corpus = corpus_file(n)
    store = tmp / f"{step}-{n}-{time.monotonic_ns()}.db"
    if step == "ingest":
        cmd = [*KG, "ingest", str(corpus), "--workers", str(workers), "--quiet", "--store", f"sqlite:///{store}"]
        return watch(cmd, _Counter(store=store), small, every, trace=trace)
    if step == "load":
        articles = _articles_file(corpus_file(large), workers, tmp)
        if n < large:
            head = tmp / f"articles-{n}.jsonl"
            with open(articles, "rb") as src, open(head, "wb") as dst:
                for i, line in enumerate(src):
                    if i >= n:
                        break
                    dst.write(line)
            articles = head
        cmd = [*KG, "load", str(articles), "--quiet", "--store", f"sqlite:///{store}"]
        return watch(cmd, _Counter(store=store), small, every, trace=trace)
    out = tmp / f"extract-{n}.jsonl"
    cmd = [*KG, "extract", str(corpus), "--format", "articles", "--workers", str(workers), "--quiet"]
    with open(out, "w", encoding="utf-8") as fh:
        figures = watch(cmd, _Counter(lines=out), small, every, stdout=fh, trace=trace)
    if n == large:  # kept for `--step load` runs
        os.replace(out, _articles_path(corpus))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=10000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--step", choices=("ingest", "extract", "load"), default="ingest")
    parser.add_argument("--every", type=float, default=0.5, help="seconds between samples")
    parser.add_argument("--trace", type=int, default=0, metavar="N",
                        help="print the RSS on stderr every N articles (where memory grows)")
    parser.add_argument("--separate", action="store_true",
                        help="two runs (small, then large) instead of one large run sampled")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        raise SystemExit("this benchmark reads /proc (Linux only)")
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        if args.separate:
            small = _run(args.step, args.small, args.small, args.large, args.workers, args.every, tmp, args.trace)
            large = _run(args.step, args.large, args.small, args.large, args.workers, args.every, tmp, args.trace)
            low, high = small["main"], large["main"]
            low_w, high_w = small["workers"], large["workers"]
            how = f"two runs ({small['seconds']:.0f} s and {large['seconds']:.0f} s)"
        else:
            large = _run(args.step, args.large, args.small, args.large, args.workers, args.every, tmp, args.trace)
            low, high = large["main_small"], large["main"]
            low_w, high_w = large["workers_small"], large["workers"]
            how = f"one run of {large['articles']} articles sampled every {args.every} s ({large['seconds']:.0f} s)"
    ratio = high / low
    detail = (f"`kg {args.step}` peak RSS {low:.0f} MB after {args.small} articles, {high:.0f} MB after "
              f"{args.large}; {how}, --workers {args.workers}")
    if args.workers > 1 and args.step != "load":
        detail += f"; largest worker peak {low_w:.0f} MB then {high_w:.0f} MB"
    report(f"{args.step} peak memory ({args.large} / {args.small} articles)", ratio, f"<= {TARGET}",
           ratio <= TARGET, detail)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
