"""Exports as their clients read them: same graph, same bytes; one edge per (source, relation,
target, modality); flat named columns; colours, coordinates and the timeline; every filter.

The store is the embedded SQLite one, filled with hand-written wire copy (tests/test_sqlite_store)
plus two articles written here; expected values are read off those sentences. The real Gephi
import is tests/test_gephi_import.py; the real Neo4j load is tests/test_export_neo4j_csv.py.
"""
from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kg.errors import ExportError
from kg.export import ExportFilter, build_view, export
from kg.store.base import FactFilter
from kg.store.sqlite import SqliteStore
from schemas import Entity, EntityType, ExtractionResult
from tests.builders import article, fact
from tests.test_sqlite_store import KIM, NORTH_KOREA, PUTIN, corpus, hostile

ROOT = Path(__file__).resolve().parent.parent
GML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"
SUMMIT = Entity.make("Vladimir Putin–Kim Jong Un summit (2024-06)", EntityType.EVENT,
                     attributes={"kind": "summit", "date": "2024-06"})


def extra() -> list[ExtractionResult]:
    """Kim's second title for the same state (one edge, two titles) and a summit event."""
    k1 = "Kim Jong Un, General Secretary of the Workers' Party, inspected the new factory; he praised the workers."
    a1 = article("kp-0801", k1, "2024-08-01")
    r1 = ExtractionResult(article=a1, entities=[KIM, NORTH_KOREA], facts=[
        fact(a1, KIM, "HOLDS_ROLE", NORTH_KOREA, k1, title="General Secretary"),
    ])
    s1 = "The Putin-Kim summit opened in Pyongyang with a military parade."
    a2 = article("kp-0620", s1, "2024-06-20")
    r2 = ExtractionResult(article=a2, entities=[PUTIN, KIM, SUMMIT], facts=[])
    return [r1, r2]


def _fill(path, results):
    store = SqliteStore(path)
    for result in results:
        store.write(result)
    return store


@pytest.fixture
def store(tmp_path):
    s = _fill(tmp_path / "kg.db", [*corpus(), hostile(), *extra()])
    yield s
    s.close()


def _graphml(path):
    root = ET.parse(path).getroot()
    keys = {k.get("id"): k for k in root.iter(f"{GML}key")}
    nodes = {}
    for node in root.iter(f"{GML}node"):
        nodes[node.get("id")] = {keys[d.get("key")].get("attr.name"): d.text for d in node.iter(f"{GML}data")}
    edges = []
    for edge in root.iter(f"{GML}edge"):
        data = {keys[d.get("key")].get("attr.name"): d.text for d in edge.iter(f"{GML}data")}
        edges.append({**edge.attrib, **data})
    return keys, nodes, edges


def _gexf(path):
    root = ET.parse(path).getroot()
    graph = root.find(f"{GEXF}graph")
    nodes = {}
    for node in graph.iter(f"{GEXF}node"):
        values = {v.get("for"): v.get("value") for v in node.iter(f"{GEXF}attvalue")}
        nodes[node.get("id")] = {**node.attrib, **values, "color": node.find(f"{VIZ}color").attrib,
                                 "viz_size": float(node.find(f"{VIZ}size").get("value"))}
    edges = [{**e.attrib, **{v.get("for"): v.get("value") for v in e.iter(f"{GEXF}attvalue")}}
             for e in graph.iter(f"{GEXF}edge")]
    return graph, nodes, edges


def _read_csv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _pairs(edges, relation):
    return sorted((e["source"], e["target"]) for e in edges
                  if e.get("relation") == relation and e.get("inferred") in (None, "false", False))


# -- the same bytes ---------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "csv"])
def test_exports_are_byte_identical_whatever_the_ingest_order(tmp_path, fmt):
    forward = _fill(tmp_path / "a.db", [*corpus(), hostile(), *extra()])
    backward = _fill(tmp_path / "b.db", [*reversed(extra()), hostile(), *reversed(corpus())])
    export(forward, fmt, tmp_path / f"a.{fmt}")
    export(backward, fmt, tmp_path / f"b.{fmt}")
    export(forward, fmt, tmp_path / f"a2.{fmt}")  # and across runs
    names = ["entities.csv", "articles.csv", "mentions.csv", "facts.csv"] if fmt == "csv" else [""]
    for name in names:
        first = (tmp_path / f"a.{fmt}" / name).read_bytes() if name else (tmp_path / f"a.{fmt}").read_bytes()
        for other in ("b", "a2"):
            path = tmp_path / f"{other}.{fmt}"
            assert first == ((path / name).read_bytes() if name else path.read_bytes())


# -- one edge per (source, relation, target, modality) ------------------------------------------------

def test_one_edge_per_fact_kind_with_weight_dates_and_titles(store, tmp_path):
    _, nodes, edges = _graphml(export(store, "graphml", tmp_path / "g.graphml") and tmp_path / "g.graphml")
    met = [e for e in edges if e["relation"] == "MET_WITH" and {e["source"], e["target"]} ==
           {"person:emmanuel-macron", "person:xi-jinping"}]
    # reported by two articles (6 and 7 April), both dated 6 April by the text: one edge, weight 2
    assert len(met) == 1
    assert met[0]["weight"] == "2" and met[0]["first_date"] == met[0]["last_date"] == "2023-04-06"
    assert met[0]["label"] == "MET_WITH" and met[0]["cameo"] == "040" and met[0]["dated_by"] == "text"
    assert met[0]["directed"] == "false" and met[0]["symmetric"] == "true"
    visit = [e for e in edges if e["relation"] == "VISITED" and e["source"] == "person:emmanuel-macron"]
    assert visit[0]["directed"] == "true" and visit[0]["first_date"] == "2023-04-05"
    roles = [e for e in edges if e["relation"] == "HOLDS_ROLE" and e["source"] == "person:kim-jong-un"]
    # two titles for one (person, state): one edge carrying both, two supporting articles
    assert len(roles) == 1 and roles[0]["title"] == "General Secretary | leader" and roles[0]["weight"] == "2"
    # an undated fact is placed by the articles that report it
    located = [e for e in edges if e["relation"] == "LOCATED_IN" and e["source"] == "city:jakarta"]
    assert located[0]["dated_by"] == "article" and located[0]["first_date"] == "2023-07-13"


def test_only_asserted_facts_by_default_and_the_others_visibly_marked(store, tmp_path):
    _, _, edges = _graphml(export(store, "graphml", tmp_path / "a.graphml") and tmp_path / "a.graphml")
    assert {e["modality"] for e in edges} == {"asserted"}
    assert not [e for e in edges if e["source"] == "person:li-qiang" and e["relation"] == "VISITED"]
    flt = ExportFilter(modalities=("asserted", "planned", "negated"))
    export(store, "gexf", tmp_path / "all.gexf", flt)
    _, _, gexf_edges = _gexf(tmp_path / "all.gexf")
    (planned,) = [e for e in gexf_edges if e["source"] == "person:li-qiang" and e["relation"] == "VISITED"]
    assert planned["label"] == planned["kind"] == "VISITED (planned)" and planned["modality"] == "planned"
    # "next month" from 20 May 2024 is June 2024: the interval covers the whole month
    assert (planned["start"], planned["end"]) == ("2024-06-01", "2024-06-30")
    flt = ExportFilter(modalities=("planned",))
    _, _, only = _graphml(export(store, "graphml", tmp_path / "p.graphml", flt) and tmp_path / "p.graphml")
    assert [(e["relation"], e["modality"]) for e in only] == [("VISITED", "planned")]


# -- what Gephi reads --------------------------------------------------------------------------------

def test_graphml_has_named_flat_columns_colours_sizes_and_coordinates(store, tmp_path):
    path = tmp_path / "g.graphml"
    export(store, "graphml", path)
    text = path.read_text(encoding="utf-8")
    keys, nodes, edges = _graphml(path)
    assert not [k for k in keys if re.fullmatch(r"d\d+", k)]
    assert "networkx_key" not in text and "attr_" not in text and ">None<" not in text
    assert "edgedefault" not in text  # Gephi would drop the undirected edges (see kg/export/graphml.py)
    assert "evidence" not in keys  # sentences stay in JSON and CSV
    for data in [*nodes.values(), *edges]:
        assert all(v is not None and v != "" for v in data.values())
    assert len(nodes) == len(store.all_entities())
    macron = nodes["person:emmanuel-macron"]
    assert macron["label"] == "Emmanuel Macron" and macron["type"] == "Person" and macron["aliases"] == "Macron"
    assert (macron["r"], macron["g"], macron["b"]) == ("76", "142", "218")  # #4C8EDA, as in style.grass
    china = nodes["state:china"]
    assert (china["r"], china["g"], china["b"]) == ("218", "113", "148")
    assert float(china["size"]) > float(nodes["city:jakarta"]["size"])  # more edges, bigger
    beijing = nodes["city:beijing"]
    assert 39 < float(beijing["latitude"]) < 41 and 116 < float(beijing["longitude"]) < 117
    assert beijing["geo"] == "gazetteer"
    assert 38 < float(nodes["state:north-korea"]["latitude"]) < 40.5
    assert "latitude" not in macron  # persons have no place
    hostile_node = nodes["organization:front-detach-delete-n"]
    assert hostile_node["name"] == 'Front "}) DETACH DELETE n //'


def test_gexf_timeline_kinds_colours_and_directions(store, tmp_path):
    path = tmp_path / "g.gexf"
    export(store, "gexf", path)
    graph, nodes, edges = _gexf(path)
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    assert "lastmodifieddate" not in path.read_text(encoding="utf-8")
    for edge in edges:
        assert edge["kind"] == edge["label"] and edge["label"].startswith(edge["relation"])
        assert edge["type"] == ("undirected" if edge["relation"] in ("MET_WITH", "ALLIED_WITH") else "directed")
        assert edge["start"] <= edge["end"]  # every edge of this corpus has a date or a dated article
    (sanction,) = [e for e in edges if e["relation"] == "SANCTIONED_BY"]
    assert (sanction["source"], sanction["target"]) == ("state:russia", "organization:european-union")
    assert (sanction["start"], sanction["end"], sanction["weight"]) == ("2024-02-23", "2024-02-23", "1.0")
    # a node enters the timeline at its first mention: Macron on 6 April 2023 ... but his visit is
    # dated the 5th by the text, and a node is never later than its first edge
    assert nodes["person:emmanuel-macron"]["start"] == "2023-04-05"
    assert nodes["state:russia"]["start"] == "2024-02-23"
    assert nodes["person:emmanuel-macron"]["color"] == {"r": "76", "g": "142", "b": "218"}


def test_events_are_tied_to_their_members_and_isolated_nodes_can_go(store, tmp_path):
    graph = build_view(store)
    ties = [(s, d["relation"]) for s, t, d in graph.edges(data=True) if t == SUMMIT.id]
    assert sorted(ties) == [("person:kim-jong-un", "PARTICIPATED_IN"), ("person:vladimir-putin", "PARTICIPATED_IN")]
    tie = next(d for s, t, d in graph.edges(data=True) if t == SUMMIT.id)
    assert tie["inferred"] is True and (tie["first_date"], tie["last_date"]) == ("2024-06-01", "2024-06-30")
    facts = [d for _, _, d in graph.edges(data=True) if not d["inferred"]]
    assert all(d["relation"] not in ("PARTICIPATED_IN", "HOSTED") for d in facts)
    # the hostile pair only condemn: with --drop-isolated every node left has an edge
    dropped = build_view(store, ExportFilter(drop_isolated=True))
    assert all(dropped.degree(n) > 0 for n in dropped.nodes)
    full = build_view(store, ExportFilter(modalities=("asserted", "planned", "negated")))
    assert set(full.nodes) == {e.id for e in store.all_entities()}


# -- filters ----------------------------------------------------------------------------------------

def _fact_keys(graph):
    return sorted((s, d["relation"], t, d["modality"]) for s, t, d in graph.edges(data=True) if not d["inferred"])


def _store_keys(store, flt):
    keys = set()
    for f in store.facts(flt.fact_filter()):
        s, o = f.subject_id, f.object_id
        if f.relation in ("MET_WITH", "ALLIED_WITH"):
            s, o = sorted((s, o))
        keys.add((s, f.relation, o, f.modality))
    return sorted(keys)


@pytest.mark.parametrize("flt", [
    ExportFilter(since="2024"),
    ExportFilter(until="2023-06"),
    ExportFilter(since="2023-04-06", until="2024-02"),
    ExportFilter(relations=("MET_WITH", "VISITED")),
    ExportFilter(modalities=("planned", "negated")),
], ids=["since", "until", "between", "relations", "modalities"])
def test_filters_export_what_the_store_answers_for_the_same_question(store, flt):
    assert _fact_keys(build_view(store, flt)) == _store_keys(store, flt)


def test_since_until_relation_and_min_articles_read_off_the_corpus(store):
    since = _fact_keys(build_view(store, ExportFilter(since="2024-06")))
    # June 2024: Putin's visit, meeting and treaty in Pyongyang (the planned Canberra trip is not asserted)
    assert since == sorted([("person:vladimir-putin", "VISITED", "city:pyongyang", "asserted"),
                            ("person:kim-jong-un", "MET_WITH", "person:vladimir-putin", "asserted"),
                            ("state:north-korea", "ALLIED_WITH", "state:russia", "asserted")])
    assert _fact_keys(build_view(store, ExportFilter(min_articles=2))) == sorted([
        ("person:emmanuel-macron", "MET_WITH", "person:xi-jinping", "asserted"),
        ("person:kim-jong-un", "HOLDS_ROLE", "state:north-korea", "asserted")])
    only = build_view(store, ExportFilter(relations=("SANCTIONED_BY",)))
    assert [d["relation"] for _, _, d in only.edges(data=True)] == ["SANCTIONED_BY"]


def test_around_gives_the_ego_network(store):
    one = build_view(store, ExportFilter(around="Kim Jong-un", depth=1))
    assert set(one.nodes) == {"person:kim-jong-un", "person:vladimir-putin", "state:north-korea", SUMMIT.id}
    two = build_view(store, ExportFilter(around="kim jong un", depth=2))
    assert {"state:russia", "city:pyongyang"} <= set(two.nodes)
    assert "person:emmanuel-macron" not in two.nodes
    zero = build_view(store, ExportFilter(around="Kim Jong Un", depth=0))
    assert list(zero.nodes) == ["person:kim-jong-un"] and zero.number_of_edges() == 0


@pytest.mark.parametrize("kwargs, words", [
    (dict(since="2024-13"), "--since"),
    (dict(until="last week"), "--until"),
    (dict(relations=("VISITS",)), "VISITS"),
    (dict(modalities=("maybe",)), "maybe"),
    (dict(min_articles=0), "--min-articles"),
    (dict(depth=-1), "--depth"),
    (dict(since="2024", until="2023"), "after"),
])
def test_bad_filters_are_user_errors(kwargs, words):
    with pytest.raises(ExportError) as err:
        ExportFilter(**kwargs)
    assert words in err.value.message


def test_unknown_entity_for_around_is_a_user_error(store, tmp_path):
    with pytest.raises(ExportError) as err:
        export(store, "gexf", tmp_path / "g.gexf", ExportFilter(around="Atlantis"))
    assert "Atlantis" in err.value.message


# -- JSON and Neo4j CSV -----------------------------------------------------------------------------

def test_json_is_node_link_with_lists_and_evidence(store, tmp_path):
    data = json.loads(export(store, "json", tmp_path / "g.json") and (tmp_path / "g.json").read_text(encoding="utf-8"))
    assert data["directed"] and data["multigraph"]
    ids = [n["id"] for n in data["nodes"]]
    assert ids == sorted(ids)
    (met,) = [e for e in data["edges"] if e["relation"] == "MET_WITH" and "person:emmanuel-macron" in (e["source"], e["target"])]
    assert met["article_ids"] == ["cn-0406", "cn-0407"]
    assert [ev["article_id"] for ev in met["evidence"]] == ["cn-0406", "cn-0407"]
    assert "Great Hall of the People" in met["evidence"][0]["sentence"]


def test_csv_has_neo4j_admin_import_headers_and_the_store_model(store, tmp_path):
    out = tmp_path / "csv"
    flt = ExportFilter(modalities=("asserted", "planned", "negated"))
    export(store, "csv", out, flt)
    with open(out / "facts.csv", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header[:4] == ["fact_id:string", ":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"]
    assert {"weight:int", "first_date:date", "last_date:date", "evidence:string[]"} <= set(header)
    facts = _read_csv(out / "facts.csv")
    # one relationship per stored fact (Kim's two titles stay two relationships), ids the store's
    assert sorted(r["fact_id:string"] for r in facts) == sorted(f.id for f in store.all_facts())
    entities = _read_csv(out / "entities.csv")
    assert len(entities) == len(store.all_entities())
    macron = next(r for r in entities if r["id:ID(Entity)"] == "person:emmanuel-macron")
    assert macron[":LABEL"].split("\x1f") == ["Person", "Entity"] and macron["name:string"] == "Emmanuel Macron"
    articles = _read_csv(out / "articles.csv")
    assert sorted(r["id:ID(Article)"] for r in articles) == sorted(a.id for a in store.articles())
    mentions = _read_csv(out / "mentions.csv")
    assert len(mentions) == sum(len(e.article_ids) for e in store.all_entities())
    (condemned,) = [r for r in facts if r[":TYPE"] == "CONDEMNED"]
    # a sentence with quotes, braces, semicolons and backslashes survives whole
    assert condemned["evidence:string[]"] == hostile().facts[0].evidence.sentence
    (met,) = [r for r in facts if r[":TYPE"] == "MET_WITH" and r[":START_ID(Entity)"] == "person:emmanuel-macron"]
    assert met["weight:int"] == "2" and met["first_date:date"] == "2023-04-06"
    assert len(met["evidence:string[]"].split("\x1f")) == 2
    assert "--array-delimiter=U+001F" in (out / "import.txt").read_text(encoding="utf-8")


def test_bad_format_and_bad_target_are_user_errors(store, tmp_path):
    with pytest.raises(ExportError) as err:
        export(store, "pdf", tmp_path / "g.pdf")
    assert "graphml" in err.value.message
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(ExportError):
        export(store, "csv", tmp_path / "file.txt")
    with pytest.raises(ExportError):
        export(store, "gexf", tmp_path)


def test_cli_export_takes_every_filter(store, tmp_path):
    out = tmp_path / "ego.gexf"
    cmd = [str(Path(sys.executable).with_name("kg"))]
    run = subprocess.run([*cmd, "export", "gexf", str(out), "--store", f"sqlite:///{tmp_path / 'kg.db'}",
                          "--modality", "asserted,planned", "--relation", "VISITED", "--relation", "met_with",
                          "--since", "2023", "--until", "2024-12", "--min-articles", "1",
                          "--around", "Li Qiang", "--depth", "1", "--drop-isolated"],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    _, nodes, edges = _gexf(out)
    assert sorted(nodes) == ["city:canberra", "person:li-qiang"]
    assert [(e["relation"], e["modality"]) for e in edges] == [("VISITED", "planned")]
    bad = subprocess.run([*cmd, "export", "gexf", str(out), "--store", f"sqlite:///{tmp_path / 'kg.db'}",
                          "--modality", "perhaps"], capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 2 and "perhaps" in bad.stderr and "Traceback" not in bad.stderr
