"""GEXF 1.3 for Gephi: colours, sizes, edge kinds and the timeline.

- each edge's `kind` and `label` is its relation (with the modality when not asserted), so Gephi
  keeps MET_WITH and AIDED between one pair apart and shows which is which;
- `type="undirected"` for symmetric relations;
- `viz:color` per entity type, `viz:size` by degree;
- dynamic: each edge spans its first to last date, each node starts at its first mention; Gephi's
  timeline then plays the story. Undated elements are always visible.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from kg.export.flat import EDGE_SKIP, NODE_SKIP, columns, flat, literal

NS = "http://gexf.net/1.3"
VIZ = "http://gexf.net/1.3/viz"
# Carried by the element itself, not as attvalues.
_NODE_OWN = {"label"}
_EDGE_OWN = {"label", "kind", "weight"}


def write(graph, out: Path) -> None:
    nodes = [(n, d, flat(d, NODE_SKIP | _NODE_OWN)) for n, d in graph.nodes(data=True)]
    edges = [(s, t, k, d, flat(d, EDGE_SKIP | _EDGE_OWN)) for s, t, k, d in graph.edges(keys=True, data=True)]
    root = ET.Element("gexf", {"xmlns": NS, "xmlns:viz": VIZ, "version": "1.3"})
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "kg"
    ET.SubElement(meta, "description").text = "kg knowledge graph: entities and the facts read from news articles"
    # No `defaultedgetype`: Gephi drops every edge whose `type` differs from an explicit default;
    # each edge says whether it is directed.
    body = ET.SubElement(root, "graph", {"mode": "dynamic", "timeformat": "date",
                                         "timerepresentation": "interval"})
    for scope, rows in (("node", [r for *_, r in nodes]), ("edge", [r for *_, r in edges])):
        block = ET.SubElement(body, "attributes", {"class": scope, "mode": "static"})
        for name, kind in columns(rows).items():
            ET.SubElement(block, "attribute", {"id": name, "title": name, "type": kind})

    element = ET.SubElement(body, "nodes")
    for node, data, row in nodes:
        attrs = {"id": node, "label": data["label"]}
        if data.get("first_date"):
            attrs["start"] = data["first_date"]
        item = ET.SubElement(element, "node", attrs)
        _attvalues(item, row)
        ET.SubElement(item, "viz:color", {"r": str(data["r"]), "g": str(data["g"]), "b": str(data["b"])})
        ET.SubElement(item, "viz:size", {"value": literal(float(data["size"]))})

    element = ET.SubElement(body, "edges")
    for source, target, key, data, row in edges:
        attrs = {"id": key, "source": source, "target": target,
                 "type": "directed" if data.get("directed", True) else "undirected",
                 "kind": data["kind"], "label": data["label"], "weight": literal(float(data["weight"]))}
        if data.get("first_date"):
            attrs["start"] = data["first_date"]
            attrs["end"] = data["last_date"]
        _attvalues(ET.SubElement(element, "edge", attrs), row)

    ET.indent(root, space="  ")
    text = ET.tostring(root, encoding="unicode", xml_declaration=False)
    out.write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n", encoding="utf-8")


def _attvalues(item, row: dict) -> None:
    if not row:
        return
    values = ET.SubElement(item, "attvalues")
    for name, value in row.items():
        ET.SubElement(values, "attvalue", {"for": name, "value": literal(value)})
