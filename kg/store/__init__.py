"""Stores: the embedded SQLite file (default) and Neo4j, behind one protocol (kg.store.base).

`open_store` is the only way the CLI gets a store, so URL rules and credentials live in one
place. Drivers are imported only when their backend is chosen.
"""
from __future__ import annotations

import os
from urllib.parse import urlsplit, urlunsplit

from kg.store.base import (
    FactFilter,
    Store,
    StoredArticle,
    StoredEntity,
    StoredEvidence,
    StoredFact,
    WriteOutcome,
    fact_key_id,
)
from kg.store.url import DEFAULT_URL, parse_store_url, redact, resolve_url, sqlite_path

__all__ = [
    "DEFAULT_URL", "FactFilter", "Store", "StoredArticle", "StoredEntity", "StoredEvidence",
    "StoredFact", "WriteOutcome", "fact_key_id", "open_store", "parse_store_url", "redact",
    "resolve_url",
]


def open_store(url: str | None = None) -> Store:
    """The store named by `url`, else $KG_STORE, else ./kg.db (created if missing).

    Neo4j credentials come from NEO4J_USERNAME / NEO4J_PASSWORD (NEO4J_DATABASE optional), or
    from the URL's user:password part when given there.
    """
    location = parse_store_url(url)
    if location.backend == "sqlite":
        from kg.store.sqlite import SqliteStore

        return SqliteStore(sqlite_path(location))
    from kg.store.neo4j import Neo4jStore

    parts = urlsplit(location.target)
    user = parts.username or os.environ.get("NEO4J_USERNAME") or os.environ.get("NEO4J_USER")
    password = parts.password or os.environ.get("NEO4J_PASSWORD")
    uri = location.target
    if parts.username or parts.password:
        uri = urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))
    database = os.environ.get("NEO4J_DATABASE") or None
    return Neo4jStore(uri, user=user, password=password, database=database)
