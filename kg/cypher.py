"""`kg cypher`: a user's own Cypher against the Neo4j store, read-only unless they say --write.

Read-only is enforced twice: the query is planned first (EXPLAIN runs nothing) and refused when
the planner says it writes, and it then runs in a READ transaction, which the server itself
refuses to let write. Parameters are always sent as parameters, never spliced into the text.
"""
from __future__ import annotations

import json
from typing import Any

from kg.errors import CypherError, KgError, ParamError, ReadOnlyViolation  # noqa: F401 (re-exported)


_WRITE_TYPES = {"w", "rw", "s"}  # query_type of the plan: write, read-write, schema


def parse_params(items: list[str]) -> dict:
    """`--param k=v` values: JSON when they parse (numbers, true/false, null, lists, objects,
    "quoted strings"), True/False in any case, else the raw string."""
    params: dict[str, Any] = {}
    for item in items or []:
        key, sep, raw = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise ParamError(f"--param {item!r}: expected NAME=VALUE, e.g. --param name=Pyongyang")
        if raw.strip().lower() in {"true", "false"}:
            params[key] = raw.strip().lower() == "true"
            continue
        try:
            params[key] = json.loads(raw)
        except ValueError:
            params[key] = raw
        except RecursionError:  # Python's parser recurses per nesting level
            raise ParamError(f"--param {key}=...: JSON nested too deeply") from None
        if not _utf8_clean(key) or not _utf8_clean(params[key]):
            # Bytes the terminal could not decode (or a JSON "\ud800" escape): Bolt sends UTF-8 only.
            raise ParamError(f"--param {item!r}: not valid UTF-8 text (Neo4j takes UTF-8 strings only)")
        if not _int64_only(params[key]):
            raise ParamError(f"--param {item!r}: an integer beyond Neo4j's 64-bit range "
                             f"(-2**63 .. 2**63-1); quote it to pass it as a string")
    return params


def _int64_only(value: Any) -> bool:
    """False when `value` holds an integer Neo4j's 64-bit integers cannot carry."""
    if isinstance(value, bool):
        return True
    if isinstance(value, int):
        return -(2**63) <= value < 2**63
    if isinstance(value, dict):
        return all(_int64_only(v) for v in value.values())
    if isinstance(value, list):
        return all(_int64_only(v) for v in value)
    return True


def _utf8_clean(value: Any) -> bool:
    """False when a string in `value` (keys included) holds a lone surrogate, which UTF-8 cannot carry."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True
    if isinstance(value, dict):
        return all(_utf8_clean(k) and _utf8_clean(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_utf8_clean(v) for v in value)
    return True


def to_plain(value: Any, node_ids: dict[str, Any] | None = None) -> Any:
    """Driver values as JSON-friendly Python: nodes, relationships and paths become dicts.

    A relationship names its end nodes by their `id` property; `node_ids` (element id -> id)
    fills it in when the query returned the relationship without its nodes.
    """
    from neo4j.graph import Node, Path, Relationship

    node_ids = node_ids or {}

    def end_id(node):
        if node is None:
            return None
        return node.get("id", node_ids.get(node.element_id, node.element_id))

    if isinstance(value, Node):
        return {"labels": sorted(value.labels), "properties": {k: to_plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {
            "type": value.type,
            "start": end_id(value.start_node),
            "end": end_id(value.end_node),
            "properties": {k: to_plain(v) for k, v in value.items()},
        }
    if isinstance(value, Path):
        return {
            "nodes": [to_plain(n, node_ids) for n in value.nodes],
            "relationships": [to_plain(r, node_ids) for r in value.relationships],
        }
    if isinstance(value, dict):
        return {k: to_plain(v, node_ids) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v, node_ids) for v in value]
    if hasattr(value, "iso_format"):  # neo4j.time Date/DateTime/Time/Duration
        return value.iso_format()
    return value


def _bare_end_nodes(values) -> set[str]:
    """Element ids of relationship end nodes that came back without properties."""
    from neo4j.graph import Path, Relationship

    found: set[str] = set()
    stack = list(values)
    while stack:
        value = stack.pop()
        if isinstance(value, Relationship):
            for node in (value.start_node, value.end_node):
                if node is not None and len(node) == 0:
                    found.add(node.element_id)
        elif isinstance(value, Path):
            stack.extend(value.relationships)
        elif isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, (list, tuple)):
            stack.extend(value)
    return found


def _plain_rows(tx, records: list) -> list[list]:
    bare = _bare_end_nodes([v for record in records for v in record.values()])
    node_ids = {}
    if bare:
        node_ids = {
            row["e"]: row["id"]
            for row in tx.run("MATCH (n) WHERE elementId(n) IN $ids RETURN elementId(n) AS e, n.id AS id",
                              ids=sorted(bare))
            if row["id"] is not None
        }
    return [[to_plain(v, node_ids) for v in record.values()] for record in records]


def _explain(store, query: str, params: dict) -> str | None:
    """The planner's query type ('r', 'rw', 'w', 's'), or None when it cannot be planned apart
    (e.g. the query already starts with EXPLAIN/PROFILE)."""
    import neo4j

    with store.driver.session(database=store.database, default_access_mode=neo4j.READ_ACCESS) as session:
        try:
            summary = session.run("EXPLAIN " + query, params).consume()
        except neo4j.exceptions.CypherSyntaxError:
            return None
        return summary.query_type


def run_cypher(store, query: str, params: dict | None = None, write: bool = False) -> tuple[list[str], list[list]]:
    """Run `query` on a Neo4jStore; (column names, rows of plain values)."""
    import neo4j

    params = dict(params or {})
    query = query.strip()
    if not query:
        raise CypherError("empty query")
    if not _utf8_clean(query):
        raise CypherError("the query is not valid UTF-8 text (Neo4j takes UTF-8 only)")
    store.executed.append((query, params))
    exc_mod = neo4j.exceptions
    try:
        with store.translate_errors():
            if not write:
                kind = _explain(store, query, params)
                if kind in _WRITE_TYPES:
                    raise ReadOnlyViolation("this query writes; rerun with --write")

                def work(tx):
                    result = tx.run(query, params)
                    keys, records = list(result.keys()), list(result)
                    return keys, _plain_rows(tx, records)

                with store.driver.session(database=store.database, default_access_mode=neo4j.READ_ACCESS) as s:
                    return s.execute_read(work)
            # Auto-commit, so CALL { ... } IN TRANSACTIONS and other periodic writes work too.
            with store.driver.session(database=store.database) as session:
                result = session.run(query, params)
                keys, records = list(result.keys()), list(result)
                return keys, _plain_rows(session, records)
    except KgError:
        raise
    except exc_mod.Neo4jError as exc:
        code = getattr(exc, "code", "") or ""
        if not write and ("AccessMode" in code or "Forbidden" in code):
            raise ReadOnlyViolation("this query writes; rerun with --write") from None
        message = (getattr(exc, "message", None) or str(exc)).strip().splitlines()
        hint = ""
        if code.endswith("ExternalResourceFailed") and "file:" in query:
            hint = (" (LOAD CSV reads file:/// URLs only inside the server's import directory, "
                    "server.directories.import; `scripts/neo4j-server status` prints it)")
        raise CypherError(f"Neo4j refused the query: {message[0] if message else code}{hint}") from None
