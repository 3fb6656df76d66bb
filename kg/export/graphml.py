"""GraphML for Gephi (and yEd, networkx, igraph).

Key ids are the attribute names (`weight`, `first_date`; an edge key whose name a node key also
uses is `edge_<name>`, titled `<name>`), so a reader sees named columns, never d0..d22. Gephi maps
`label`, `weight`, `r`/`g`/`b` and `size` to its own properties. Symmetric relations are edges
with directed="false", every other edge directed="true". GraphML has no edge kind: Gephi's import
keeps parallel edges between one pair apart only with "Edges merge strategy: Don't merge", and
cannot hold a directed and an undirected edge between one pair, so there a symmetric fact is
written directed (its `symmetric` column is true). The GEXF export needs neither.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from kg.export.flat import EDGE_SKIP, NODE_SKIP, columns, flat, literal

NS = "http://graphml.graphdrawing.org/xmlns"
_TYPES = {"boolean": "boolean", "integer": "int", "double": "double", "string": "string"}


def write(graph, out: Path) -> None:
    nodes = [(n, flat(d, NODE_SKIP)) for n, d in graph.nodes(data=True)]
    edges = [(s, t, k, d, flat(d, EDGE_SKIP | {"kind"})) for s, t, k, d in graph.edges(keys=True, data=True)]
    node_cols = columns([row for _, row in nodes])
    edge_cols = columns([row for *_, row in edges])
    edge_ids = {name: (f"edge_{name}" if name in node_cols else name) for name in edge_cols}

    root = ET.Element("graphml", {"xmlns": NS})
    for scope, cols, ids in (("node", node_cols, {n: n for n in node_cols}), ("edge", edge_cols, edge_ids)):
        for name, kind in cols.items():
            ET.SubElement(root, "key", {"id": ids[name], "for": scope, "attr.name": name,
                                        "attr.type": _TYPES[kind]})
    # No `edgedefault`: Gephi drops every edge whose `directed` differs from an explicit default,
    # so the symmetric (undirected) facts would vanish; each edge says its direction instead.
    body = ET.SubElement(root, "graph", {"id": "kg"})
    for node, row in nodes:
        element = ET.SubElement(body, "node", {"id": node})
        for name, value in row.items():
            ET.SubElement(element, "data", {"key": name}).text = literal(value)
    # Without edge kinds Gephi cannot hold a directed and an undirected edge between one pair: a
    # symmetric fact is undirected unless its pair also has a directed one (its `symmetric`
    # column says what it is either way).
    directed_pairs = {frozenset((s, t)) for s, t, _, d, _ in edges if d.get("directed", True)}
    for source, target, key, data, row in edges:
        undirected = not data.get("directed", True) and frozenset((source, target)) not in directed_pairs
        attrs = {"id": key, "source": source, "target": target, "directed": "false" if undirected else "true"}
        element = ET.SubElement(body, "edge", attrs)
        for name, value in row.items():
            ET.SubElement(element, "data", {"key": edge_ids[name]}).text = literal(value)
    ET.indent(root, space="  ")
    text = ET.tostring(root, encoding="unicode", xml_declaration=False)
    out.write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n", encoding="utf-8")
