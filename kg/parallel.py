"""The map step of the pipeline (article -> ExtractionResult) on one core, many, or a Dask cluster.

Extraction is stateless per article, so it can run anywhere; what it returns is all a store
needs. `map_items` takes a stream of inputs (articles to extract, and anything else, such as a
load failure or an article already in the store, which is passed through untouched), sends the
articles in batches to the workers and yields the outcomes **in input order**, so the one writer
in the main process sees the same sequence whatever the number of workers. At most a few
batches per worker are in flight: the input is read lazily and memory stays flat however large
the corpus.

Inputs may also be `ingest.loaders.Source`s (a file, or one JSON Lines line, as listed by the
main process): with worker processes they are read, decoded, cleaned and language-checked
there, in ordered batches like the extraction, so the main process only lists paths and lines
and writes; otherwise (one process, or Dask, whose workers may not see the files) they are read
here. `prepare` sees each loaded item, in order, before it is extracted (`kg ingest` turns an
article the store already holds into a pass-through item there).

- ``workers=1``: in this process (the model loaded once, texts through ``nlp.pipe``).
- ``workers=N``: N worker processes, forked from a fork server that loaded the model once
  (spawned where there is no fork server; each then loads the model on its first batch).
- ``dask="tcp://host:8786"`` or ``dask="local"``: Dask distributed workers (a ``LocalCluster``
  of ``workers`` processes for ``local``). Dask is imported only here, only then.

Results cross process boundaries as ExtractionResult JSON (the `kg extract --format articles`
line), so a remote worker needs only the `kg` package and a spaCy model installed.
"""
from __future__ import annotations

import os
from collections import deque
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from kg.errors import KgError
from kg.pool_start import default_workers, pool_context, start_early  # noqa: F401 - part of this API
from schemas.models import Article, ExtractionResult


class DaskUnavailable(KgError):
    """`--dask ADDRESS`: no scheduler answers there (or `distributed` is not installed)."""

    code = "KG040"

#: Articles per task sent to a worker: big enough for `nlp.pipe` batching, small enough to
#: keep every worker busy near the end of a run.
BATCH_SIZE = 16
#: Batches in flight per worker (bounded: the input is never read far ahead of the writer).
IN_FLIGHT_PER_WORKER = 2
#: With several workers the input is read this many full batches per worker ahead, so that
#: the end of the input is seen before the last batches go out: those are then cut smaller and
#: smaller (guided scheduling), and no worker sits idle while another ends a full batch.
LOOKAHEAD_BATCHES_PER_WORKER = 1


@dataclass
class Mapped:
    """One article's outcome: its result, or the error that stopped its extraction."""

    article: Article
    result: ExtractionResult | None = None
    error: str | None = None   # "TypeName: message"
    json: str | None = None    # the result as one `--format articles` line, when it came as JSON

    def as_json(self) -> str:
        if self.json is None:
            assert self.result is not None
            self.json = self.result.model_dump_json()
        return self.json

    def as_result(self) -> ExtractionResult:
        if self.result is None:
            assert self.json is not None
            self.result = ExtractionResult.model_validate_json(self.json)
        return self.result


# ---------------------------------------------------------------- the worker side

_EXTRACTOR = None


def _extractor():
    global _EXTRACTOR
    if _EXTRACTOR is None:
        import gc

        from ingest.pipeline import Extractor

        _EXTRACTOR = Extractor()
        # The model, the gazetteer and the lexicons live as long as the process: moved out of
        # the collector's sight, a full collection no longer walks them (and a worker forked
        # from the fork server does not copy their pages by touching their headers).
        gc.freeze()
    return _EXTRACTOR


def die_with_parent() -> None:
    """Linux: this process is killed when its parent dies, even by `kill -9`. A pool worker
    waits on a queue the dead parent can no longer close, and would otherwise live on (holding
    the parent's stdout and stderr open)."""
    import sys

    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    PR_SET_PDEATHSIG = 1
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:  # no C library to ask: the worker still ends when the run ends normally
        return
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _worker_start(parent: int | None) -> None:
    """A pool worker leaves Ctrl-C to the main process, which stops the run and reports what
    was committed (a terminal sends SIGINT to the whole process group); it dies with its
    parent: `parent` when spawned, else the fork server it was forked from (which recorded its
    own process id when it imported kg._worker_preload)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent()
    if parent is None:  # forked from the fork server: it preloaded kg._worker_preload (if not, no check)
        import sys

        parent = getattr(sys.modules.get("kg._worker_preload"), "SERVER_PID", None)
    if parent is not None and os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)


def _describe(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}"


def extract_batch(articles: list[dict]) -> list[tuple[str | None, str | None]]:
    """Worker task: articles (as `Article.model_dump(mode="json")`) -> for each, (result JSON,
    None) or (None, error). Set-up errors (no model, broken data) raise: they are not the
    article's fault and stop the run."""
    extractor = _extractor()
    batch = [Article.model_validate(a) for a in articles]
    out: list[tuple[str | None, str | None]] = []
    for _article, result, error in extractor.extract_each(batch, batch_size=len(batch) or 1):
        if error is not None:
            out.append((None, _describe(error)))
        else:
            out.append((result.model_dump_json(), None))
    return out


def load_batch(sources: list) -> list[list]:
    """Worker task: listed inputs (`ingest.loaders.Source`) -> for each, its articles and load
    failures (read, decoded, cleaned, language-checked)."""
    from ingest.loaders import load_source

    return [load_source(source) for source in sources]


# ---------------------------------------------------------------- executors

class _Lazy:
    """The in-process "future": the batch is extracted while its results are read, so the
    writer commits each article as soon as it is read (nothing runs ahead of the writer)."""

    def __init__(self, articles: list[Article]):
        self.articles = articles

    def result(self) -> Iterator[Mapped]:
        for article, result, error in _extractor().extract_each(self.articles,
                                                                batch_size=len(self.articles)):
            yield Mapped(article, result=result, error=None if error is None else _describe(error))


class _InProcess:
    """workers=1: extract in this process, results as objects (no JSON round trip)."""

    slots = 0  # no batch is extracted ahead of the writer

    def submit(self, articles: list[Article]) -> _Lazy:
        return _Lazy(articles)

    def close(self) -> None:
        pass


def _from_json(articles: list[Article], rows: list[tuple[str | None, str | None]]) -> list[Mapped]:
    return [Mapped(a, json=j, error=e) for a, (j, e) in zip(articles, rows)]


class _Pool:
    """workers=N: a process pool (spawned, so no state or lock is inherited from this process)."""

    def __init__(self, workers: int):
        from concurrent.futures import ProcessPoolExecutor

        self.slots = workers
        context = pool_context()
        # The parent of a worker: the fork server (which itself dies with this process; the
        # worker learns its id from kg._worker_preload), or this process when spawned.
        parent = None if context.get_start_method() == "forkserver" else os.getpid()
        self.pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_start,
                                        initargs=(parent,), mp_context=context)

    def submit(self, articles: list[Article]):
        future = self.pool.submit(extract_batch, [a.model_dump(mode="json") for a in articles])
        return _Mapped(future, articles)

    def submit_load(self, sources: list):
        return self.pool.submit(load_batch, sources)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class _Mapped:
    def __init__(self, future, articles: list[Article]):
        self.future, self.articles = future, articles

    def result(self) -> list[Mapped]:
        return _from_json(self.articles, self.future.result())


class _Dask:
    """Dask distributed: a scheduler address, or 'local' for a LocalCluster on this machine."""

    def __init__(self, address: str, workers: int):
        import logging

        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise DaskUnavailable(f"--dask needs the `distributed` package "
                                  f"(pip install 'distributed'): {exc}") from exc
        self.cluster = None
        if address == "local":
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=logging.ERROR)
            self.client = Client(self.cluster)
        else:
            try:
                self.client = Client(address, timeout="20s")
            except (OSError, TimeoutError) as exc:
                raise DaskUnavailable(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
        self.slots = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)

    def submit(self, articles: list[Article]):
        future = self.client.submit(extract_batch, [a.model_dump(mode="json") for a in articles],
                                    pure=False)
        return _Mapped(future, articles)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


# ---------------------------------------------------------------- the ordered, bounded map

def _with_articles_left(items: Iterable[Any], lookahead: int) -> Iterator[tuple[Any, int | None]]:
    """Each item with the number of articles after it, once the end of `items` is within
    `lookahead` articles (None before): `items` is read at most that many articles ahead."""
    buffered: deque = deque()
    articles = 0
    for item in items:
        buffered.append(item)
        if isinstance(item, Article):
            articles += 1
        while articles > lookahead:
            first = buffered.popleft()
            if isinstance(first, Article):
                articles -= 1
            yield first, None
    for item in buffered:
        if isinstance(item, Article):
            articles -= 1
        yield item, articles


def _loaded(items: Iterable[Any], executor: Any, batch_size: int) -> Iterator[Any]:
    """`items` in order, each `Source` replaced by its articles and load failures: read by the
    pool's workers in ordered batches (a bounded number in flight) when there is a pool, else
    here, one at a time."""
    from ingest.loaders import Source, load_source

    submit = getattr(executor, "submit_load", None)
    if submit is None:
        for item in items:
            if isinstance(item, Source):
                yield from load_source(item)
            else:
                yield item
        return
    window = executor.slots * IN_FLIGHT_PER_WORKER
    pending: deque = deque()   # (future or None, items of the chunk)
    chunk: list[Any] = []
    sources: list[Any] = []
    size = 1

    def flush() -> None:
        nonlocal chunk, sources, size
        pending.append((submit(sources) if sources else None, chunk))
        if sources:
            size = min(batch_size, size * 2)
        chunk, sources = [], []

    def drain(keep: int) -> Iterator[Any]:
        while pending and (len(pending) > keep or pending[0][0] is None):
            future, its = pending.popleft()
            loaded = iter(future.result() if future is not None else ())
            for item in its:
                if isinstance(item, Source):
                    yield from next(loaded)
                else:
                    yield item

    for item in items:
        chunk.append(item)
        if isinstance(item, Source):
            sources.append(item)
        if len(sources) >= size or len(chunk) >= batch_size:
            flush()
            yield from drain(window)
    if chunk:
        flush()
    yield from drain(0)


def map_items(items: Iterable[Any], *, workers: int = 1, dask: str | None = None,
              batch_size: int = BATCH_SIZE, prepare: Callable[[Any], Any] | None = None
              ) -> Iterator[Any]:
    """Each item of `items` in order: a `Source` is first loaded (its articles and failures
    take its place), each loaded item goes through `prepare`; then an Article becomes a
    `Mapped`, anything else is yielded as it is. Reads `items` lazily, with a bounded number of
    batches in flight."""
    if dask:
        executor: Any = _Dask(dask, workers)
    elif workers <= 1:
        executor = _InProcess()
    else:
        executor = _Pool(workers)
    items = _loaded(items, executor, batch_size)
    if prepare is not None:
        items = map(prepare, items)
    window = executor.slots * IN_FLIGHT_PER_WORKER
    pending: deque = deque()   # (future or None, items of the batch)
    if executor.slots > 1:
        ahead: Iterable[tuple[Any, int | None]] = _with_articles_left(
            items, executor.slots * LOOKAHEAD_BATCHES_PER_WORKER * batch_size)
    else:
        ahead = ((item, None) for item in items)
    try:
        batch_items: list[Any] = []
        batch_articles: list[Article] = []
        # The first batches are small (1, 2, 4, ...): the first results come back (and are
        # committed) at once, and a short run is spread over the workers; then full batches.
        size = 1

        def flush():
            nonlocal batch_items, batch_articles, size
            if batch_articles:
                size = min(batch_size, size * 2)
            future = executor.submit(batch_articles) if batch_articles else None
            pending.append((future, batch_items))
            batch_items, batch_articles = [], []

        def drain(keep: int) -> Iterator[Any]:
            while len(pending) > keep:
                future, its = pending.popleft()
                mapped = iter(future.result() if future is not None else ())
                for item in its:
                    yield next(mapped) if isinstance(item, Article) else item

        for item, left in ahead:
            batch_items.append(item)
            if isinstance(item, Article):
                batch_articles.append(item)
                limit = min(size, batch_size)
                if left is not None:
                    # the end is in sight: each batch a share of what is left (two per
                    # worker), so the last ones are small and the workers finish together
                    share = -(-(len(batch_articles) + left) // (2 * executor.slots))
                    limit = min(limit, max(1, share))
                if len(batch_articles) >= limit:
                    flush()
                    yield from drain(window)
            elif not batch_articles:
                # nothing of this batch is waiting on a worker: pass it on at once
                flush()
                yield from drain(window if any(f is not None for f, _ in pending) else 0)
        if batch_items:
            flush()
        yield from drain(0)
    finally:
        executor.close()
