"""Exports a Gephi user or a script reads: same graph, same bytes; attributes survive a round trip."""
from __future__ import annotations

import csv
import json

import networkx as nx
import pytest

from kg.errors import ExportError
from kg.export import export
from kg.store.sqlite import SqliteStore
from tests.test_sqlite_store import corpus, hostile


def _store(path, results):
    store = SqliteStore(path)
    for result in results:
        store.write(result)
    return store


@pytest.fixture
def store(tmp_path):
    s = _store(tmp_path / "kg.db", [*corpus(), hostile()])
    yield s
    s.close()


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "csv"])
def test_exports_are_byte_identical_whatever_the_ingest_order(tmp_path, fmt):
    forward = _store(tmp_path / "a.db", [*corpus(), hostile()])
    backward = _store(tmp_path / "b.db", [hostile(), *reversed(corpus())])
    export(forward, fmt, tmp_path / f"a.{fmt}")
    export(backward, fmt, tmp_path / f"b.{fmt}")
    export(forward, fmt, tmp_path / f"a2.{fmt}")  # and across runs
    if fmt == "csv":
        for name in ("nodes.csv", "edges.csv"):
            first = (tmp_path / f"a.{fmt}" / name).read_bytes()
            assert first == (tmp_path / f"b.{fmt}" / name).read_bytes()
            assert first == (tmp_path / f"a2.{fmt}" / name).read_bytes()
    else:
        first = (tmp_path / f"a.{fmt}").read_bytes()
        assert first == (tmp_path / f"b.{fmt}").read_bytes()
        assert first == (tmp_path / f"a2.{fmt}").read_bytes()


def test_graphml_round_trip_keeps_nodes_edges_and_attributes(store, tmp_path):
    out = export(store, "graphml", tmp_path / "g.graphml")
    graph = nx.read_graphml(out, force_multigraph=True)
    assert graph.number_of_nodes() == len(store.all_entities())
    assert graph.number_of_edges() == len(store.all_facts())
    macron = graph.nodes["person:emmanuel-macron"]
    assert macron["name"] == "Emmanuel Macron" and macron["type"] == "Person"
    assert macron["aliases"] == "Macron" and macron["article_ids"] == "cn-0406; cn-0407"
    edges = graph.get_edge_data("person:emmanuel-macron", "person:xi-jinping")
    (met,) = edges.values()
    assert met["relation"] == "MET_WITH" and met["modality"] == "asserted"
    assert met["dates"] == "2023-04-06" and met["articles"] == 2 and met["confidence"] == 0.85
    assert "Great Hall of the People" in met["evidence"]
    role = next(iter(graph.get_edge_data("person:li-qiang", "state:china").values()))
    assert role["title"] == "Premier"
    hostile_node = graph.nodes["organization:front-detach-delete-n"]
    assert hostile_node["name"] == 'Front "}) DETACH DELETE n //'
    # Gephi reads only scalar types
    for _, data in graph.nodes(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values())


def test_gexf_has_time_intervals_for_dated_facts(store, tmp_path):
    out = export(store, "gexf", tmp_path / "g.gexf")
    text = out.read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    assert "lastmodifieddate" not in text
    graph = nx.read_gexf(out)
    planned = [d for _, _, d in graph.edges(data=True) if d.get("label") == "VISITED" and d.get("modality") == "planned"]
    assert len(planned) == 1
    # "next month" from 20 May 2024 is June 2024: the interval covers the whole month
    assert (planned[0]["start"], planned[0]["end"]) == ("2024-06-01", "2024-06-30")
    undated = [d for _, _, d in graph.edges(data=True) if d.get("label") == "HOLDS_ROLE"]
    assert undated and all("start" not in d for d in undated)


def test_json_is_node_link_with_lists(store, tmp_path):
    data = json.loads(export(store, "json", tmp_path / "g.json").read_text(encoding="utf-8"))
    assert data["directed"] and data["multigraph"]
    ids = [n["id"] for n in data["nodes"]]
    assert ids == sorted(ids)
    met = [e for e in data["edges"] if e["relation"] == "MET_WITH" and e["source"] == "person:emmanuel-macron"]
    assert met[0]["article_ids"] == ["cn-0406", "cn-0407"]
    assert [ev["article_id"] for ev in met[0]["evidence"]] == ["cn-0406", "cn-0407"]


def test_csv_writes_nodes_and_edges_into_a_directory(store, tmp_path):
    out = export(store, "csv", tmp_path / "csv")
    with open(out / "nodes.csv", encoding="utf-8") as handle:
        nodes = list(csv.DictReader(handle))
    with open(out / "edges.csv", encoding="utf-8") as handle:
        edges = list(csv.DictReader(handle))
    assert len(nodes) == len(store.all_entities()) and len(edges) == len(store.all_facts())
    sanction = [e for e in edges if e["relation"] == "SANCTIONED_BY"][0]
    assert (sanction["source"], sanction["target"]) == ("state:russia", "organization:european-union")
    hostile_edge = [e for e in edges if e["relation"] == "CONDEMNED"][0]
    assert 'Front "}) DETACH DELETE n //' in hostile_edge["evidence"]


def test_bad_format_and_bad_target_are_user_errors(store, tmp_path):
    with pytest.raises(ExportError) as err:
        export(store, "pdf", tmp_path / "g.pdf")
    assert "graphml" in err.value.message
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(ExportError):
        export(store, "csv", tmp_path / "file.txt")
