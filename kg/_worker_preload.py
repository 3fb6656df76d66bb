"""Imported once by the multiprocessing fork server of `kg ... --workers N` (N > 1): loads the
spaCy model, the gazetteer and the matchers there, so every worker forked from it starts with
them instead of loading its own copy (one load per run, not one per worker).

A load that fails here is not hidden: each worker tries again on its first batch and raises
the coded error (E130 no model, E131 broken data), which stops the run with one line."""
from __future__ import annotations

import os

#: The fork server's process id, set when it imports this module (a worker forked from it
#: inherits the value and checks that its parent is still this process: kg.parallel).
SERVER_PID = os.getpid()


def _warm() -> None:
    import json

    from ingest.loaders import Source, load_source
    from kg.parallel import _extractor
    from schemas.models import Article

    extractor = _extractor()
    # The reading side too (workers read the inputs they extract): its modules and lazily built
    # checks are then loaded once here, not once per worker on its first batch.
    line = json.dumps({"id": "warm-up",
                       "text": "The president of France met the prime minister of Japan in Paris."})
    warm = load_source(Source("warm-up", "jsonl", (1, line.encode())))
    for _ in extractor.extract_each([a for a in warm if isinstance(a, Article)]):
        pass


from kg.parallel import die_with_parent  # noqa: E402

die_with_parent()  # the fork server goes when the kg process goes, even after `kill -9`
try:
    _warm()
except Exception:  # noqa: BLE001 - retried, and reported with its code, by the worker (see above)
    pass
