"""The seeds' GraphML and GEXF as Gephi itself imports them: org.gephi:gephi-toolkit 0.10.1, headless.

tests/gephi/ is a small Maven project (ImportCheck.java) that opens a file with Gephi's import
API and default processor, as Gephi's "Open" does, and prints what Gephi then holds: counts,
columns, and every node and edge with label, colour, size, kind, weight, direction and time
intervals. The expected values come from the store (its facts for the same filter), not from the
export code. Needs java 17 and mvn (the first build downloads the toolkit from Maven Central);
the picture needs xvfb-run. Under CI=true a missing tool fails the test instead of skipping it.

KG_UPDATE_DOCS=1 copies the rendered picture to docs/gephi-seeds.png (the README shows it).
"""
from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import zlib
from collections import defaultdict
from pathlib import Path

import pytest

from kg.export import ExportFilter, export
from kg.export.view import style

ROOT = Path(__file__).resolve().parent.parent
PROJECT = ROOT / "tests" / "gephi"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
TOOLKIT = Path.home() / ".m2" / "repository" / "org" / "gephi" / "gephi-toolkit" / "0.10.1"
ALL = ("asserted", "planned", "negated")


def _missing(what: str) -> None:
    if IN_CI:
        pytest.fail(f"{what} (CI=true: the Gephi import test must run)", pytrace=False)
    pytest.skip(what)


@pytest.fixture(scope="session")
def gephi(tmp_path_factory):
    """A function running ImportCheck on a file; returns Gephi's view of it as a dict."""
    for tool in ("java", "mvn"):
        if shutil.which(tool) is None:
            _missing(f"{tool} is not on PATH (apt-get install -y openjdk-17-jdk-headless maven)")
    offline = ["-o"] if (TOOLKIT / "gephi-toolkit-0.10.1.jar").exists() else []
    build = subprocess.run(["mvn", "-q", "-B", *offline, "compile"], cwd=PROJECT, capture_output=True,
                           text=True, timeout=1200, stdin=subprocess.DEVNULL)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    classpath = f"{PROJECT / 'target' / 'classes'}:{(PROJECT / 'target' / 'classpath.txt').read_text().strip()}"

    def run(path: Path, *options: str, display: bool = False) -> dict:
        cmd = ["java", "-Djava.awt.headless=" + ("false" if display else "true"), "-cp", classpath,
               "kg.gephi.ImportCheck", str(path), *options]
        if display:
            cmd = ["xvfb-run", "-a", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)
        assert done.returncode == 0, done.stderr[-3000:]
        return json.loads(done.stdout.strip().splitlines()[-1])

    return run


def _expected(store, flt: ExportFilter) -> dict:
    """What the store holds for the filter: one edge per (source, relation, target, modality), with
    its distinct articles; symmetric relations keyed by their unordered pair."""
    articles: dict[tuple, set] = defaultdict(set)
    for f in store.facts(flt.fact_filter()):
        articles[_key_of(f)].update(f.article_ids)
    return articles


def _key_of(fact) -> tuple:
    s, o = fact.subject_id, fact.object_id
    if fact.relation in ("MET_WITH", "ALLIED_WITH"):
        s, o = sorted((s, o))
    return (s, fact.relation, o, fact.modality)


def _key(edge: dict) -> tuple:
    a = edge["attributes"]
    s, t = edge["source"], edge["target"]
    if a["relation"] in ("MET_WITH", "ALLIED_WITH"):
        s, t = sorted((s, t))
    return (s, a["relation"], t, a["modality"])


def _colour(entity_type: str) -> tuple[int, int, int]:
    hex_ = style()["colours"][entity_type]
    return int(hex_[1:3], 16), int(hex_[3:5], 16), int(hex_[5:7], 16)


CASES = [
    ("gexf", ExportFilter(), ()),
    ("gexf", ExportFilter(modalities=ALL), ()),
    ("gexf", ExportFilter(modalities=ALL, drop_isolated=True, since="2023-09"), ()),
    ("graphml", ExportFilter(), ("--no-merge",)),
    ("graphml", ExportFilter(modalities=ALL), ("--no-merge",)),
    ("graphml", ExportFilter(around="North Korea", depth=1), ("--no-merge",)),
]


@pytest.mark.parametrize("fmt, flt, options", CASES,
                         ids=["gexf", "gexf-all", "gexf-since-dropped", "graphml", "graphml-all", "graphml-ego"])
def test_gephi_imports_every_fact_with_its_columns(gephi, seed_sqlite, tmp_path, fmt, flt, options):
    store = seed_sqlite
    path = tmp_path / f"seeds.{fmt}"
    export(store, fmt, path, flt)
    seen = gephi(path, *options)
    assert not seen["issues"], seen["issues"]
    facts = [e for e in seen["edge_list"] if not e["attributes"]["inferred"]]
    ties = [e for e in seen["edge_list"] if e["attributes"]["inferred"]]
    expected = _expected(store, flt)
    entities = {e.id: e for e in store.all_entities()}

    # counts: every fact edge the store has for this filter, none merged away, nothing invented
    if flt.around is None:
        assert sorted(_key(e) for e in facts) == sorted(expected), "Gephi lost or merged facts"
    else:
        assert {_key(e) for e in facts} <= set(expected)
        centre = next(e.id for e in entities.values() if e.name == flt.around)
        ego = {centre} | {k[0] for k in expected if k[2] == centre} | {k[2] for k in expected if k[0] == centre}
        assert {_key(e) for e in facts} == {k for k in expected if k[0] in ego and k[2] in ego}
    assert seen["edges"] == len(facts) + len(ties)
    if not flt.drop_isolated and flt.around is None:
        assert seen["nodes"] == len(entities)
    else:
        ends = {e["source"] for e in seen["edge_list"]} | {e["target"] for e in seen["edge_list"]}
        assert {n["id"] for n in seen["node_list"]} == ends
    # ties are read from events: member -> event, never a stored fact
    for tie in ties:
        assert entities[tie["target"]].type == "Event"
        assert tie["attributes"]["relation"] in ("PARTICIPATED_IN", "HOSTED")

    # columns Gephi created: named ones (no d0..d22, no networkx_key, no attr_ prefixes)
    node_titles = {c["title"]: c["type"] for c in seen["node_columns"]}
    edge_titles = {c["title"]: c["type"] for c in seen["edge_columns"]}
    assert {"type", "name", "latitude", "longitude", "articles", "degree"} <= set(node_titles)
    assert {"relation", "modality", "first_date", "last_date", "cameo"} <= set(edge_titles)
    assert node_titles["latitude"] == node_titles["longitude"] == "Double"
    for title in [*node_titles, *edge_titles]:
        assert not title.startswith(("attr_", "d0", "d1", "d2")) and title != "networkx_key", title

    for node in seen["node_list"]:
        entity = entities[node["id"]]
        a = node["attributes"]
        assert node["label"] == entity.name and a["type"] == entity.type
        assert (node["r"], node["g"], node["b"]) == _colour(entity.type)
        if entity.type in ("State", "City"):
            assert -90 <= a["latitude"] <= 90 and -180 <= a["longitude"] <= 180, entity.name
        if entity.type == "Person":
            assert "latitude" not in a
    for edge in seen["edge_list"]:
        a = edge["attributes"]
        label = a["relation"] if a["modality"] == "asserted" else f"{a['relation']} ({a['modality']})"
        assert edge["label"] == label
        if not a["inferred"]:
            assert edge["weight"] == len(expected[_key(edge)]), _key(edge)  # supporting articles
        symmetric = a["relation"] in ("MET_WITH", "ALLIED_WITH")
        if fmt == "gexf":
            assert edge["directed"] == (not symmetric)
        else:  # GraphML: undirected unless a directed edge joins the same pair (Gephi cannot mix them)
            assert edge["directed"] or symmetric
        if fmt == "gexf":
            assert edge["kind"] == label  # the edge type Gephi keeps parallel relations apart by
            if "first_date" in a:
                assert edge["intervals"] == [[a["first_date"], a["last_date"]]]
            else:
                assert edge["intervals"] == []
    if fmt == "gexf":
        # the timeline: nodes enter at their first mention (never after their first edge)
        assert "Interval" in node_titles
        for node in seen["node_list"]:
            a = node["attributes"]
            if "first_date" in a:
                assert node["intervals"] == [[a["first_date"], "+inf"]]
                starts = [e["intervals"][0][0] for e in seen["edge_list"]
                          if node["id"] in (e["source"], e["target"]) and e["intervals"]]
                assert all(a["first_date"] <= s for s in starts)
        # every fact the text dates, or an article with a publication date reports, plays on it
        published = {a.id for a in store.articles() if a.published}
        text_dated = {k for k in expected if any(f.dates for f in store.facts(flt.fact_filter())
                                                 if _key_of(f) == k)}
        datable = {k for k, ids in expected.items() if k in text_dated or ids & published}
        assert {_key(e) for e in facts if e["intervals"]} == datable


def test_planned_and_negated_stay_apart_from_asserted_between_the_same_pair(gephi, seed_sqlite, tmp_path):
    path = tmp_path / "seeds.gexf"
    export(seed_sqlite, "gexf", path, ExportFilter(modalities=ALL))
    seen = gephi(path)
    by_pair = defaultdict(set)
    for e in seen["edge_list"]:
        by_pair[frozenset((e["source"], e["target"]))].add(e["label"])
    stored = defaultdict(set)
    for f in seed_sqlite.all_facts():
        stored[frozenset((f.subject_id, f.object_id))].add(
            f.relation if f.modality == "asserted" else f"{f.relation} ({f.modality})")
    for pair, labels in stored.items():
        assert labels <= by_pair[pair], (sorted(pair), labels, by_pair[pair])


def _png_size_and_colours(path: Path) -> tuple[int, int, set]:
    """Width, height and the set of RGB colours of an 8-bit RGB/RGBA PNG (no imaging library)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks += body
        pos += 12 + length
    width, height, depth, colour_type = header[:4]
    assert depth == 8 and colour_type in (2, 6)
    channels = 3 if colour_type == 2 else 4
    raw = zlib.decompress(chunks)
    stride = width * channels
    colours, prev = set(), bytearray(stride)
    for row in range(height):
        filt = raw[row * (stride + 1)]
        line = bytearray(raw[row * (stride + 1) + 1:(row + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if filt == 1:
                line[i] = (line[i] + a) & 255
            elif filt == 2:
                line[i] = (line[i] + b) & 255
            elif filt == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif filt == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        if row % 4 == 0:
            colours.update(tuple(line[i:i + 3]) for i in range(0, stride, channels * 4))
        prev = line
    return width, height, colours


def test_gephi_renders_the_seeds_picture(gephi, seed_sqlite, tmp_path):
    if shutil.which("xvfb-run") is None:
        _missing("xvfb-run is not on PATH (apt-get install -y xvfb): Gephi's preview needs a display")
    path = tmp_path / "seeds.gexf"
    export(seed_sqlite, "gexf", path, ExportFilter(drop_isolated=True))
    png = tmp_path / "seeds.png"
    seen = gephi(path, "--png", str(png), display=True)
    assert seen["edges"] > 0
    width, height, colours = _png_size_and_colours(png)
    assert (width, height) == (1600, 1200)
    # laid out and coloured by type: the fill colours of persons, states and events are drawn
    for entity_type in ("Person", "State", "Event"):
        assert _colour(entity_type) in colours, entity_type
    if os.environ.get("KG_UPDATE_DOCS") == "1":
        shutil.copyfile(png, ROOT / "docs" / "gephi-seeds.png")
