"""The real Neo4j server used by the tests answers, enforces auth and can be reset; the Neo4j Browser
assets (browser/style.grass, browser/favorites/*.cypher, browser/kg-favorites.zip) are valid and the
favorites answer their questions on a small graph in the contract's schema.

Tests on the session's shared server (tests/conftest.py ``neo4j_credentials``) never wipe it: the
favorites graph uses fictional names and ids under ``kgtest-fav-`` and is removed afterwards. The
reset test, which must wipe, gets a private server.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

neo4j = pytest.importorskip("neo4j")
from neo4j import GraphDatabase  # noqa: E402
from neo4j.exceptions import AuthError  # noqa: E402

from tests.neo4j_server import Neo4jUnavailable, reset_database, running_neo4j  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BROWSER = ROOT / "browser"
FAVORITES = sorted((BROWSER / "favorites").glob("*.cypher"))
IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


@pytest.fixture
def driver(neo4j_credentials):
    uri, user, password = neo4j_credentials
    with GraphDatabase.driver(uri, auth=(user, password)) as drv:
        yield drv


# ---- the server ------------------------------------------------------------------------------------


@pytest.mark.neo4j
def test_server_answers_over_bolt(driver):
    records, _, _ = driver.execute_query("RETURN 1 AS ok")
    assert records[0]["ok"] == 1
    records, _, _ = driver.execute_query("CALL dbms.components() YIELD name, versions RETURN name, versions")
    assert records[0]["name"] == "Neo4j Kernel"
    assert records[0]["versions"][0].startswith("5.")


@pytest.mark.neo4j
def test_auth_is_enforced(neo4j_credentials):
    uri, user, password = neo4j_credentials
    with GraphDatabase.driver(uri, auth=(user, password + "-wrong")) as bad:
        with pytest.raises(AuthError):
            bad.verify_connectivity()
    with GraphDatabase.driver(uri, auth=(user, password)) as good:
        good.verify_connectivity()


@pytest.fixture(scope="module")
def private_driver():
    """A server of this module's own (never NEO4J_URI's), since the test wipes the database."""
    try:
        with running_neo4j(use_env=False) as (uri, user, password):
            with GraphDatabase.driver(uri, auth=(user, password)) as drv:
                yield drv
    except Neo4jUnavailable as exc:
        if IN_CI:
            pytest.fail(f"Neo4j is required in CI and could not be started: {exc}", pytrace=False)
        pytest.skip(f"no Neo4j server: {exc}")


@pytest.mark.neo4j
def test_reset_database_removes_data_constraints_and_indexes(private_driver):
    drv = private_driver
    drv.execute_query("CREATE CONSTRAINT test_person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE")
    drv.execute_query("CREATE INDEX test_article_published IF NOT EXISTS FOR (a:Article) ON (a.published)")
    drv.execute_query("CREATE FULLTEXT INDEX test_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name]")
    drv.execute_query(
        "UNWIND range(1, 2500) AS i CREATE (:Person:Entity {id: 'p' + i, name: 'P' + i})"
        "-[:VISITED {dates: ['2024-01-01']}]->(:State:Entity {id: 's' + i, name: 'S' + i})"
    )
    reset_database(drv)
    assert drv.execute_query("MATCH (n) RETURN count(n) AS c").records[0]["c"] == 0
    assert drv.execute_query("SHOW CONSTRAINTS").records == []
    types = [r["type"] for r in drv.execute_query("SHOW INDEXES YIELD type RETURN type").records]
    assert all(t == "LOOKUP" for t in types), types
    # Usable afterwards: the same constraint can be created again; a second reset is harmless.
    drv.execute_query("CREATE CONSTRAINT test_person_id FOR (p:Person) REQUIRE p.id IS UNIQUE")
    reset_database(drv)
    reset_database(drv)


# ---- Neo4j Browser assets --------------------------------------------------------------------------

# A small graph in the contract's schema, with fictional names so it cannot clash with the seeds.
FAV_GRAPH = """
CREATE (kim:Person:Entity {id: 'kgtest-fav-p1', name: 'Aldo Varga', aliases: ['Varga', 'Chairman Varga']})
CREATE (vp:Person:Entity {id: 'kgtest-fav-p2', name: 'Bela Tomsk', aliases: []})
CREATE (nk:State:Entity {id: 'kgtest-fav-s1', name: 'Zembla', aliases: ['Republic of Zembla']})
CREATE (ru:State:Entity {id: 'kgtest-fav-s2', name: 'Borduria', aliases: []})
CREATE (us:State:Entity {id: 'kgtest-fav-s3', name: 'Syldavia', aliases: []})
CREATE (ua:State:Entity {id: 'kgtest-fav-s4', name: 'Ruritania', aliases: []})
CREATE (py:City:Entity {id: 'kgtest-fav-c1', name: 'Onhava', aliases: []})
CREATE (ev:Event:Entity {id: 'kgtest-fav-e1', name: 'Onhava Summit', aliases: []})
CREATE (un:Organization:Entity {id: 'kgtest-fav-o1', name: 'League of Nations Test', aliases: []})
CREATE (a:Article {id: 'kgtest-fav-a1', title: 'Summit in Onhava', url: 'https://example.org/a1',
                   published: '2024-06-20', source: 'test'})
CREATE (py)-[:LOCATED_IN {dates: [], modality: 'asserted', confidence: 1.0, article_ids: ['kgtest-fav-a1']}]->(nk)
CREATE (vp)-[:VISITED {dates: ['2024-06-19'], modality: 'asserted', confidence: 0.9, cameo: '042',
                       article_ids: ['kgtest-fav-a1'], evidence: ['Tomsk arrived in Onhava.']}]->(py)
CREATE (kim)-[:VISITED {dates: ['2024-09-01'], modality: 'planned', confidence: 0.7, cameo: '042',
                        article_ids: ['kgtest-fav-a1'], evidence: ['Varga will visit Borduria.']}]->(ru)
CREATE (kim)-[:MET_WITH {dates: ['2024-06-19'], modality: 'asserted', confidence: 0.9, cameo: '040',
                         article_ids: ['kgtest-fav-a1'], evidence: ['Varga met Tomsk.']}]->(vp)
CREATE (nk)-[:ALLIED_WITH {dates: ['2024-06-19'], modality: 'asserted', confidence: 0.8,
                           article_ids: ['kgtest-fav-a1'], evidence: ['A pact.']}]->(ru)
CREATE (nk)-[:SANCTIONED_BY {dates: ['2024-03-01'], modality: 'asserted', confidence: 0.8, cameo: '163',
                             article_ids: ['kgtest-fav-a1'], evidence: ['Syldavia sanctioned Zembla.']}]->(us)
CREATE (us)-[:CONDEMNED {dates: ['2024-06-21'], modality: 'asserted', confidence: 0.8, cameo: '122',
                         article_ids: ['kgtest-fav-a1'], evidence: ['Syldavia condemned Zembla.']}]->(nk)
CREATE (ru)-[:ATTACKED {dates: ['2024-02-24'], modality: 'asserted', confidence: 0.9, cameo: '190',
                        article_ids: ['kgtest-fav-a1'], evidence: ['Borduria attacked Ruritania.']}]->(ua)
CREATE (us)-[:AIDED {dates: ['2024-04-01'], modality: 'asserted', confidence: 0.9, cameo: '070',
                     article_ids: ['kgtest-fav-a1'], evidence: ['Syldavia sent aid.']}]->(ua)
CREATE (kim)-[:HOLDS_ROLE {title: 'Chairman', dates: [], modality: 'asserted', confidence: 0.9,
                           article_ids: ['kgtest-fav-a1'], evidence: ['Chairman Varga.']}]->(nk)
CREATE (kim)-[:PARTICIPATED_IN {dates: ['2024-06-19'], modality: 'asserted', confidence: 0.9,
                                article_ids: ['kgtest-fav-a1'], evidence: ['The summit.']}]->(ev)
CREATE (nk)-[:HOSTED {dates: ['2024-06-19'], modality: 'asserted', confidence: 0.9,
                      article_ids: ['kgtest-fav-a1'], evidence: ['Zembla hosted the summit.']}]->(ev)
CREATE (a)-[:MENTIONS]->(kim)
CREATE (a)-[:MENTIONS]->(un)
"""

# file -> (parameters, result column, values that must be in it)
EXPECTED = {
    "01_who_visited_x.cypher": ({"name": "Zembla"}, "visitor", {"Bela Tomsk"}),
    "02_where_did_x_go.cypher": ({"name": "Bela Tomsk"}, "destination", {"Onhava"}),
    "03_who_met_x.cypher": ({"name": "Bela Tomsk"}, "met", {"Aldo Varga"}),
    "04_who_is_allied_with_x.cypher": ({"name": "Borduria"}, "ally", {"Zembla"}),
    "05_who_sanctioned_x.cypher": ({"name": "zembla"}, "sanctioned_by", {"Syldavia"}),
    "06_whom_did_x_sanction.cypher": ({"name": "Syldavia"}, "sanctioned", {"Zembla"}),
    "07_who_condemned_x.cypher": ({"name": "Republic of Zembla"}, "condemned_by", {"Syldavia"}),
    "08_who_aided_x.cypher": ({"name": "Ruritania"}, "aided_by", {"Syldavia"}),
    "09_who_attacked_x.cypher": ({"name": "Ruritania"}, "attacked_by", {"Borduria"}),
    "10_who_is_x.cypher": ({"name": "Varga"}, "title", {"Chairman"}),
    "11_what_did_x_do.cypher": ({"name": "Aldo Varga"}, "action", {"MET_WITH", "PARTICIPATED_IN"}),
    "12_timeline_of_x.cypher": ({"name": "Aldo Varga"}, "date", {"2024-06-19"}),
    # 4 hops over asserted facts (Onhava, Zembla, Borduria); the 3-hop path runs through Varga's
    # visit to Borduria, which is only planned
    "13_how_is_x_connected_to_y.cypher": ({"name": "Bela Tomsk", "other": "Ruritania"}, "hops", {4}),
    "14_planned_and_negated_facts_about_x.cypher": ({"name": "Aldo Varga"}, "fact", {"planned VISITED"}),
}
# Varga's visit to Borduria is only planned: the favorites that follow asserted facts leave it out.
NOT_EXPECTED = {
    "02_where_did_x_go.cypher": ({"name": "Aldo Varga"}, "destination", {"Borduria"}),
    "11_what_did_x_do.cypher": ({"name": "Aldo Varga"}, "action", {"VISITED"}),
    "12_timeline_of_x.cypher": ({"name": "Aldo Varga"}, "date", {"2024-09-01"}),
}


def test_every_favorite_has_a_title_a_param_hint_and_an_expectation():
    assert len(FAVORITES) == 14
    assert {f.name for f in FAVORITES} == set(EXPECTED)
    for f in FAVORITES:
        text = f.read_text(encoding="utf-8")
        assert re.match(r"// \S", text), f"{f.name}: first line must be '// Title'"
        for name in set(re.findall(r"\$([A-Za-z_]\w*)", text)):
            assert f":param {name} =>" in text, f"{f.name}: no ':param {name} =>' hint"


def test_favorites_zip_is_up_to_date():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_browser_favorites.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    with zipfile.ZipFile(BROWSER / "kg-favorites.zip") as zf:
        assert sorted(zf.namelist()) == [f"kg/{f.name}" for f in FAVORITES]


def test_style_grass_styles_every_label_and_relationship_type():
    text = (BROWSER / "style.grass").read_text(encoding="utf-8")
    assert text.count("{") == text.count("}")
    rules = dict(re.findall(r"^([\w.]+)\s*\{(.*?)^\}", text, flags=re.M | re.S))
    for label in ("Person", "State", "Organization", "City", "Place", "Event", "Article"):
        assert "color:" in rules[f"node.{label}"], label
        assert "caption:" in rules[f"node.{label}"], label
    colors = {re.search(r"\bcolor:\s*(#\w+)", rules[f"node.{lab}"]).group(1)
              for lab in ("Person", "State", "Organization", "City", "Place", "Event", "Article")}
    assert len(colors) == 7, "one colour per label"
    assert 'caption: "{name}"' in rules["node.Person"]
    for rel in ("VISITED", "MET_WITH", "ALLIED_WITH", "SANCTIONED_BY", "CONDEMNED", "AIDED", "ATTACKED",
                "HOLDS_ROLE", "PARTICIPATED_IN", "HOSTED", "LOCATED_IN"):
        assert 'caption: "{modality}"' in rules[f"relationship.{rel}"], rel  # asserted/planned/negated


@pytest.fixture
def fav_graph(driver):
    cleanup = "MATCH (n) WHERE n.id STARTS WITH 'kgtest-fav-' DETACH DELETE n"
    driver.execute_query(cleanup)
    driver.execute_query(FAV_GRAPH)
    yield driver
    driver.execute_query(cleanup)


@pytest.mark.neo4j
@pytest.mark.parametrize("favorite", FAVORITES, ids=lambda f: f.stem)
def test_favorite_answers_its_question(fav_graph, favorite):
    params, column, expected = EXPECTED[favorite.name]
    # Run the file exactly as Browser would send it (comments and all).
    records, _, _ = fav_graph.execute_query(favorite.read_text(encoding="utf-8"), params)
    got = {r[column] for r in records}
    assert expected <= got, (favorite.name, got)
    if favorite.name in NOT_EXPECTED:
        params, column, unwanted = NOT_EXPECTED[favorite.name]
        records, _, _ = fav_graph.execute_query(favorite.read_text(encoding="utf-8"), params)
        assert not unwanted & {r[column] for r in records}, favorite.name
