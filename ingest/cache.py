"""A small on-disk cache of JSON data derived from the shipped data files (e.g. the gazetteer's
phrase patterns already tokenised), so each process does not derive it again.

The cache is an optimisation only: an entry is found by a key that hashes everything the data
was derived from (the data files' bytes, the deriving source files, the spaCy and model
versions), so a changed data file is simply a new key; an entry that is absent, unreadable or
malformed is rebuilt; a cache directory that cannot be created or written (read-only home, full
disk) costs only the time of deriving the data again. Nothing in it is ever required.

Location: `$KG_CACHE_DIR`, else `$XDG_CACHE_HOME/kg`, else `~/.cache/kg`. `KG_CACHE_DIR=""`
(empty) turns the cache off.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

#: Bump when the layout of a cached entry changes (old entries are then never read).
FORMAT = 1

#: Entries kept per name. Every edit of a data file makes a new key, so without a bound the
#: folder grows by one full entry (~0.6 MB) per edit; a few are kept so that two installs of
#: different versions sharing one cache do not rebuild each other's entry on every start.
KEEP_PER_NAME = 4


def cache_dir() -> Path | None:
    """Where entries live, or None when the cache is turned off."""
    explicit = os.environ.get("KG_CACHE_DIR")
    if explicit is not None:
        return Path(explicit) if explicit.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg"


def key_of(files: Iterable[Path], extra: Iterable[str] = ()) -> str:
    """A hex digest of the files' names and bytes and of the extra strings (versions)."""
    digest = hashlib.sha256(f"format {FORMAT}\n".encode())
    for path in files:
        digest.update(f"{Path(path).name}\n".encode())
        digest.update(Path(path).read_bytes())
        digest.update(b"\n")
    for part in extra:
        digest.update(f"{part}\n".encode())
    return digest.hexdigest()[:32]


def cached_json(name: str, key: str, build: Callable[[], dict],
                valid: Callable[[object], bool]) -> dict:
    """The entry `name`-`key` from the cache, or `build()` (then stored for the next process).

    `valid(data)` says whether a stored entry has the expected shape; one that does not (or does
    not parse) is rebuilt and overwritten."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{key}.json"
    try:
        with path.open(encoding="utf-8") as fh:
            data = json.load(fh)
        if valid(data):
            _touch(path)
            return data
    except (OSError, ValueError):
        pass  # absent, unreadable or not JSON: derived again below
    data = build()
    _store(path, data)
    _prune(folder, name)
    return data


def _touch(path: Path) -> None:
    """Mark an entry as used now, so pruning removes the least recently used ones."""
    try:
        os.utime(path)
    except OSError:
        pass  # a read-only cache is still a cache


def _prune(folder: Path, name: str) -> None:
    """Remove all but the KEEP_PER_NAME most recently used entries of `name`."""
    try:
        entries = sorted(folder.glob(f"{name}-*.json"), key=lambda p: p.stat().st_mtime,
                         reverse=True)
    except OSError:
        return  # an entry removed under us by another process's pruning: nothing to do
    for stale in entries[KEEP_PER_NAME:]:
        try:
            stale.unlink()
        except OSError:
            pass  # already removed by another process, or not ours to remove


def _store(path: Path, data: dict) -> None:
    """Write atomically (another process may be reading or writing the same entry); a cache
    that cannot be written is no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".part")
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, separators=(",", ":"))
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
