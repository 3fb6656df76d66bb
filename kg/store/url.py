"""Store URLs: which backend a `--store` / `KG_STORE` value names, and where it points.

Kept apart from the stores so `kg --help` can parse a URL without importing any driver.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from kg.errors import StoreConfigError

DEFAULT_URL = "sqlite:///./kg.db"
NEO4J_SCHEMES = ("neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc")
SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
ACCEPTED = (
    "sqlite:///relative/path.db, sqlite:////absolute/path.db, "
    "neo4j://host:7687, neo4j+s://host, bolt://host:7687 or bolt+s://host"
)


@dataclass(frozen=True)
class StoreLocation:
    backend: str  # "sqlite" or "neo4j"
    target: str  # file path (or ":memory:") for sqlite; the driver URI for neo4j
    display: str  # the URL as it may be shown to a user: never a password


def redact(url: str) -> str:
    """The URL without any password it carries (safe for messages and --explain)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable store URL>"
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc}"))


def resolve_url(url: str | None = None) -> str:
    """`--store` wins, then KG_STORE, then the embedded default."""
    if url:
        return url
    return os.environ.get("KG_STORE") or DEFAULT_URL


def parse_store_url(url: str | None = None) -> StoreLocation:
    raw = resolve_url(url).strip()
    if raw.startswith("sqlite:"):
        rest = raw[len("sqlite:"):]
        if rest in ("", "//", "///:memory:", ":memory:"):
            return StoreLocation("sqlite", ":memory:", "sqlite:///:memory:")
        if not rest.startswith("///") or len(rest) == 3:
            raise StoreConfigError(
                f"cannot read store URL {redact(raw)!r}: a SQLite URL has three slashes before the "
                f"path; accepted forms: {ACCEPTED}"
            )
        # SQLAlchemy convention: sqlite:///kg.db is relative, sqlite:////tmp/kg.db absolute.
        path = rest[3:]
        return StoreLocation("sqlite", path, raw)
    scheme = raw.split("://", 1)[0].lower() if "://" in raw else ""
    if scheme in NEO4J_SCHEMES:
        parts = urlsplit(raw)
        if not parts.hostname:
            raise StoreConfigError(f"store URL {redact(raw)!r} names no host; accepted forms: {ACCEPTED}")
        return StoreLocation("neo4j", raw, redact(raw))
    if not scheme and raw.lower().endswith(SQLITE_SUFFIXES):
        # A bare file path is unambiguous enough to accept.
        return StoreLocation("sqlite", raw, f"sqlite:///{raw}")
    raise StoreConfigError(f"unknown store URL {redact(raw)!r}; accepted forms: {ACCEPTED}")


def sqlite_path(location: StoreLocation) -> str:
    if location.target == ":memory:":
        return location.target
    return str(Path(location.target).expanduser())
