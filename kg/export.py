"""The graph out of the store, for Gephi and for scripts: GraphML, GEXF, node-link JSON, CSV.

Every export is canonical: nodes sorted by id, edges by fact id, attribute keys sorted, no
timestamps, so the same graph gives the same bytes whatever order its articles were ingested in.
Attribute values are only str/int/float/bool (what Gephi reads); lists are joined with "; ".
networkx is imported inside the functions (kg query must not pay for it).
"""
from __future__ import annotations

import calendar
import csv
import json
import re
from pathlib import Path

from kg.errors import ExportError
from kg.store.base import Store, StoredEntity, StoredFact

FORMATS = ("graphml", "gexf", "json", "csv")
LIST_SEPARATOR = "; "


def _join(values) -> str:
    return LIST_SEPARATOR.join(str(v) for v in values)


def _flat(value):
    if isinstance(value, bool) or isinstance(value, (int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return _join(value)
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def node_attributes(entity: StoredEntity) -> dict:
    attrs = {
        "label": entity.name,
        "name": entity.name,
        "type": entity.type,
        "aliases": _join(entity.aliases),
        "article_ids": _join(entity.article_ids),
        "articles": len(entity.article_ids),
    }
    for key, value in sorted(entity.attributes.items()):
        if value is not None:
            attrs[f"attr_{key}"] = value if isinstance(value, str) else _flat(json.dumps(value))
    return attrs


def edge_attributes(fact: StoredFact) -> dict:
    attrs = {
        "label": fact.relation,
        "relation": fact.relation,
        "modality": fact.modality,
        "confidence": float(fact.confidence),
        "dates": _join(fact.dates),
        "article_ids": _join(fact.article_ids),
        "articles": len(fact.article_ids),
        "evidence": _join(e.sentence for e in fact.evidence),
        "weight": float(len(fact.article_ids)),
    }
    for key in ("title", "cameo", "first_seen", "last_seen"):
        value = getattr(fact, key)
        if value is not None:
            attrs[key] = value
    return attrs


def build_graph(store: Store, lists: bool = False):
    """A networkx MultiDiGraph of the store: one node per entity, one keyed edge per fact.

    With lists=True, list-valued properties stay lists (for JSON); else they are joined strings.
    """
    import networkx as nx

    graph = nx.MultiDiGraph()
    for entity in sorted(store.all_entities(), key=lambda e: e.id):
        attrs = node_attributes(entity)
        if lists:
            attrs.update(aliases=list(entity.aliases), article_ids=list(entity.article_ids))
            attrs.update({f"attr_{k}": v for k, v in sorted(entity.attributes.items()) if v is not None})
        graph.add_node(entity.id, **attrs)
    for fact in sorted(store.all_facts(), key=lambda f: f.id):
        attrs = edge_attributes(fact)
        if lists:
            attrs.update(dates=list(fact.dates), article_ids=list(fact.article_ids),
                         evidence=[e.model_dump() for e in fact.evidence])
        for end, name, etype in ((fact.subject_id, fact.subject, fact.subject_type),
                                 (fact.object_id, fact.object, fact.object_type)):
            if end not in graph:  # defensive: a fact whose entity row is missing still exports
                graph.add_node(end, label=name, name=name, type=etype)
        graph.add_edge(fact.subject_id, fact.object_id, key=fact.id, **attrs)
    return graph


def _period_start(date: str) -> str:
    return {4: date + "-01-01", 7: date + "-01"}.get(len(date), date)


def _period_end(date: str) -> str:
    if len(date) == 4:
        return date + "-12-31"
    if len(date) == 7:
        year, month = int(date[:4]), int(date[5:7])
        return f"{date}-{calendar.monthrange(year, month)[1]:02d}"
    return date


def _write_graphml(store: Store, out: Path) -> None:
    import networkx as nx

    graph = build_graph(store)
    nx.write_graphml(graph, out, encoding="utf-8", prettyprint=True)


def _write_gexf(store: Store, out: Path) -> None:
    """GEXF 1.2 with a time interval on every dated edge (Gephi's timeline).

    Edges span first_seen..last_seen (partial dates widened to their whole month/year); undated
    edges and all nodes have no interval, so they are always visible.
    """
    import networkx as nx

    graph = build_graph(store)
    graph.graph["mode"] = "dynamic"
    for _, _, key, data in graph.edges(keys=True, data=True):
        data["id"] = key
        if data.get("first_seen"):
            data["start"] = _period_start(data["first_seen"])
            data["end"] = _period_end(data["last_seen"])
    text = "\n".join(nx.generate_gexf(graph, encoding="utf-8", prettyprint=True))
    # networkx stamps today's date into <meta>; drop it so exports are byte-for-byte stable.
    text = re.sub(r' lastmodifieddate="[^"]*"', "", text, count=1)
    if 'timeformat="date"' not in text:
        text = text.replace('mode="dynamic"', 'mode="dynamic" timeformat="date"', 1)
    if not text.startswith("<?xml"):
        text = '<?xml version="1.0" encoding="utf-8"?>\n' + text
    out.write_text(text + "\n", encoding="utf-8")


def _write_json(store: Store, out: Path) -> None:
    import networkx as nx

    graph = build_graph(store, lists=True)
    data = nx.node_link_data(graph, edges="edges")
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")


NODE_COLUMNS = ["id", "name", "type", "aliases", "attributes", "articles", "article_ids"]
EDGE_COLUMNS = ["id", "source", "target", "relation", "modality", "title", "cameo", "confidence",
                "dates", "first_seen", "last_seen", "articles", "article_ids", "evidence"]


def _write_csv(store: Store, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "nodes.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(NODE_COLUMNS)
        for e in sorted(store.all_entities(), key=lambda e: e.id):
            writer.writerow([e.id, e.name, e.type, _join(e.aliases),
                             json.dumps(e.attributes, sort_keys=True, ensure_ascii=False),
                             len(e.article_ids), _join(e.article_ids)])
    with open(out / "edges.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(EDGE_COLUMNS)
        for f in sorted(store.all_facts(), key=lambda f: f.id):
            writer.writerow([f.id, f.subject_id, f.object_id, f.relation, f.modality, f.title or "",
                             f.cameo or "", f"{f.confidence:.4g}", _join(f.dates), f.first_seen or "",
                             f.last_seen or "", len(f.article_ids), _join(f.article_ids),
                             " | ".join(e.sentence for e in f.evidence)])


_WRITERS = {"graphml": _write_graphml, "gexf": _write_gexf, "json": _write_json, "csv": _write_csv}


def export(store: Store, fmt: str, out_path: str | Path) -> Path:
    """Write the whole graph as `fmt` to `out_path` (a directory for csv). Returns the path."""
    fmt = fmt.lower()
    if fmt not in _WRITERS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    out = Path(out_path)
    try:
        if fmt == "csv":
            if out.exists() and not out.is_dir():
                raise ExportError(f"csv export writes nodes.csv and edges.csv into a directory; {out} is a file")
        else:
            if out.is_dir():
                raise ExportError(f"{out} is a directory; give a file name such as graph.{fmt}")
            out.parent.mkdir(parents=True, exist_ok=True)
        _WRITERS[fmt](store, out)
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc.strerror or exc}") from None
    return out
