"""How worker processes of `kg ... --workers N` start, and starting them early.

Kept apart from kg.parallel and free of heavy imports (no schemas, no spaCy, no store): a
command calls `start_early` as its first step, so the fork server is already loading the model
while this process still imports the rest of its modules (the loaders with their lexicons, the
schemas, the store), opens the store and lists the inputs. Before, the fork server started only
after those imports: 0.15-0.25 s of a two-worker run with one core idle, more on a busy machine."""
from __future__ import annotations

import os


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def pool_context():
    """The start method of the worker pool: a fork server that has loaded the model once
    (kg._worker_preload), where there is one; else spawn."""
    import multiprocessing

    if "forkserver" in multiprocessing.get_all_start_methods():
        # Workers fork from a clean server process that has loaded the model once
        # (kg._worker_preload); nothing of this process (threads, the store) is inherited.
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["kg._worker_preload"])
        _start_forkserver_with_this_import_path()
        return context
    return multiprocessing.get_context("spawn")


def _start_forkserver_with_this_import_path() -> None:
    """Start the fork server importing what this process imports.

    The fork server of CPython 3.11 ignores the import path it is handed and puts its
    working directory first, so `kg` run from a directory holding another `kg`, `ingest` or
    `schemas` (a checkout of another version, any folder named `ingest`) had its workers run that
    code while this process ran its own: other facts, or every article failing. The server is
    started here with this process's path and without the working directory (PYTHONSAFEPATH,
    read from 3.11); the environment is restored once it runs."""
    import sys
    from multiprocessing import forkserver

    path = [os.path.abspath(p) if p else os.getcwd() for p in sys.path]
    saved = {name: os.environ.get(name) for name in ("PYTHONPATH", "PYTHONSAFEPATH")}
    os.environ["PYTHONPATH"] = os.pathsep.join(path)
    os.environ["PYTHONSAFEPATH"] = "1"
    try:
        forkserver.ensure_running()
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def start_early(workers: int, dask: str | None = None) -> None:
    """Start the fork server now, so it loads the model while this process still imports its
    modules, opens the store and lists the inputs (its start-up is otherwise the run's serial
    part). Nothing happens for one worker, for Dask, or where there is no fork server."""
    if workers <= 1 or dask:
        return
    pool_context()  # a fork server, where there is one, is started by it
