"""The graph out of the store, for the client that reads it: Gephi (GraphML, GEXF), Neo4j
(`neo4j-admin database import` CSV), scripts (node-link JSON).

Every format is written from one graph view (kg.export.view.build_view) by one writer per format.
Exports are canonical: nodes sorted by id, edges by (source, relation, target, modality), no
timestamps, so the same graph gives the same bytes whatever order its articles were ingested in.
networkx is imported inside the functions (kg query must not pay for it).
"""
from __future__ import annotations

import json
from pathlib import Path

from kg.errors import ExportError
from kg.export.view import MODALITIES, ExportFilter, build_view
from kg.store.base import Store

__all__ = ["FORMATS", "MODALITIES", "ExportFilter", "build_view", "export"]

FORMATS = ("graphml", "gexf", "json", "csv")


def _write_json(graph, out: Path) -> None:
    import networkx as nx

    data = nx.node_link_data(graph, edges="edges")
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _writer(fmt: str):
    if fmt == "graphml":
        from kg.export.graphml import write
    elif fmt == "gexf":
        from kg.export.gexf import write
    elif fmt == "csv":
        from kg.export.neo4j_csv import write
    else:
        write = _write_json
    return write


def export(store: Store, fmt: str, out_path: str | Path, flt: ExportFilter | None = None) -> str:
    """Write the (filtered) graph as `fmt` to `out_path` (a directory for csv); a one-line summary."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    out = Path(out_path)
    if fmt == "csv":
        if out.exists() and not out.is_dir():
            raise ExportError(f"csv export writes entities.csv, articles.csv, mentions.csv and facts.csv "
                              f"into a directory; {out} is a file")
    elif out.is_dir():
        raise ExportError(f"{out} is a directory; give a file name such as graph.{fmt}")
    # Neo4j gets the store's own model (a fact per relationship, no inferred ties); the others
    # get one edge per (source, relation, target, modality) with events tied to their members.
    graph = build_view(store, flt, per_fact=(fmt == "csv"), ties=(fmt != "csv"))
    try:
        if fmt != "csv":
            out.parent.mkdir(parents=True, exist_ok=True)
        _writer(fmt)(graph, out)
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None
    # An edge is not what `kg stats` counts as a fact: say what the edges are (README, "Counting facts").
    ties = sum(1 for *_, inferred in graph.edges(data="inferred") if inferred)
    what = ("one per fact, as `kg stats` counts them" if fmt == "csv" else
            "one per subject, relation, object and modality"
            + (f"; {ties} of them event ties inferred from event names" if ties else ""))
    return f"wrote {out}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges ({what})"
