"""Flat attribute tables for the XML formats (GraphML, GEXF): what Gephi reads as columns.

Only scalars: lists of ids, dates and titles are joined with " | " (none of them can contain
it); evidence sentences are left to the JSON and CSV exports, where they stay a list.
"""
from __future__ import annotations

from kg.export.view import SEP

# Attributes that are not columns: XML attributes of the element, or not exported flat.
NODE_SKIP = {"evidence"}
EDGE_SKIP = {"evidence", "id", "directed"}
LISTS = {"aliases", "article_ids", "dates", "fact_ids"}


def flat(data: dict, skip: set[str]) -> dict:
    out = {}
    for name, value in data.items():
        if name in skip or value is None:
            continue
        if isinstance(value, (list, tuple)):
            if not value:
                continue
            value = SEP.join(str(v) for v in value)
        out[name] = value
    return out


def kind_of(value) -> str:
    """'boolean' | 'integer' | 'double' | 'string' (GEXF names; GraphML maps them)."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "double"
    return "string"


def columns(rows: list[dict]) -> dict[str, str]:
    """name -> type over all rows, in first-seen order then sorted for stable output."""
    types: dict[str, str] = {}
    for row in rows:
        for name, value in row.items():
            kind = kind_of(value)
            if types.setdefault(name, kind) != kind:
                types[name] = "double" if {types[name], kind} <= {"integer", "double"} else "string"
    return dict(sorted(types.items()))


def literal(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return str(value)
