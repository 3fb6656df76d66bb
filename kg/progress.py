"""A progress bar for commands that read many articles: done / total (when known), articles a
second, time left and failures so far. Drawn on stderr only when stderr is a terminal and
`--quiet` was not given; otherwise every call is a no-op. rich is imported only when drawn."""
from __future__ import annotations

import os
import sys
from typing import Iterable

from ingest.loaders import JSONL_SUFFIXES


def count_articles(paths: Iterable[str]) -> int | None:
    """How many articles PATHs hold, cheaply (a JSON Lines file: its non-blank lines; any other
    file: one); None when unknowable up front (standard input)."""
    total = 0
    for path in paths:
        if path == "-":
            return None
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                total += sum(_count_file(os.path.join(root, f)) for f in files if not f.startswith("."))
        else:
            total += _count_file(path)
    return total


def _count_file(path: str) -> int:
    if os.path.splitext(path)[1].lower() not in JSONL_SUFFIXES:
        return 1
    try:
        with open(path, "rb") as fh:
            return sum(1 for line in fh if line.strip())
    except OSError:
        return 1


class ProgressBar:
    def __init__(self, description: str, total: int | None, *, enabled: bool):
        self.enabled = enabled
        self.failed = 0
        self._progress = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn,
                                   TextColumn, TimeElapsedColumn, TimeRemainingColumn)
        from rich.text import Text

        class _Rate(ProgressColumn):
            def render(self, task) -> Text:
                elapsed = task.elapsed or 0.0
                rate = task.completed / elapsed if elapsed > 0 else 0.0
                return Text(f"{rate:5.1f} articles/s")

        self._progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            _Rate(), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            TextColumn("{task.fields[failed]} failed"),
            console=Console(stderr=True), transient=True, redirect_stdout=True, redirect_stderr=True)
        self._task = self._progress.add_task(description, total=total, failed=0)

    @classmethod
    def for_paths(cls, description: str, paths: list[str], *, quiet: bool) -> "ProgressBar":
        enabled = not quiet and sys.stderr is not None and sys.stderr.isatty()
        return cls(description, count_articles(paths) if enabled else None, enabled=enabled)

    def __enter__(self) -> "ProgressBar":
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def advance(self, *, failed: bool = False) -> None:
        if failed:
            self.failed += 1
        if self._progress is not None:
            self._progress.update(self._task, advance=1, failed=self.failed)
