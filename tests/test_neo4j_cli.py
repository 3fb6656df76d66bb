"""The seeds through `kg ingest` into a real Neo4j, twice, as a user would run it."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.neo4j


def _graph_counts(driver) -> tuple[int, int, list]:
    with driver.session() as session:
        nodes = session.run("MATCH (n) RETURN count(n) AS n").single()["n"]
        rels = session.run("MATCH ()-[r]->() RETURN count(r) AS n").single()["n"]
        props = session.run(
            "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p "
            "ORDER BY a, t, b").data()
    return nodes, rels, props


def test_seeds_ingested_twice_into_neo4j_leave_the_graph_unchanged(neo4j_credentials, tmp_path):
    from kg.store.neo4j import Neo4jStore
    from tests.neo4j_server import reset_database

    uri, user, password = neo4j_credentials
    store = Neo4jStore(uri, user, password)
    reset_database(store.driver)
    store.close()
    env = {**os.environ, "KG_STORE": uri, "NEO4J_USERNAME": user, "NEO4J_PASSWORD": password}

    def ingest():
        return subprocess.run([sys.executable, "-m", "kg.cli", "ingest", "seeds/"], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=900)

    first = ingest()
    assert first.returncode == 0, first.stderr
    assert "5 new" in first.stdout
    store = Neo4jStore(uri, user, password)
    try:
        before = _graph_counts(store.driver)
        second = ingest()
        assert second.returncode == 0, second.stderr
        assert "0 new" in second.stdout and "5 unchanged" in second.stdout
        after = _graph_counts(store.driver)
        assert before == after
        assert before[0] > 50 and before[1] > 50  # five articles make a real graph

        asked = subprocess.run([sys.executable, "-m", "kg.cli", "query", "who visited Pyongyang",
                                "--format", "json"], cwd=ROOT, env=env, capture_output=True,
                               text=True, timeout=300)
        assert asked.returncode == 0, asked.stderr
        assert '"Sun Weidong"' in asked.stdout and "2024-01-26" in asked.stdout

        cypher = subprocess.run([sys.executable, "-m", "kg.cli", "cypher",
                                 "MATCH (p:Person {name: $name})-[v:VISITED]->(c:City) RETURN c.name AS city",
                                 "--param", "name=Sun Weidong"], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=300)
        assert cypher.returncode == 0, cypher.stderr
        assert "Pyongyang" in cypher.stdout

        refused = subprocess.run([sys.executable, "-m", "kg.cli", "cypher", "MATCH (n) DETACH DELETE n"],
                                 cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert refused.returncode == 2 and "--write" in refused.stderr
        assert _graph_counts(store.driver) == after
        assert password not in asked.stdout + asked.stderr + refused.stderr + first.stdout + first.stderr
    finally:
        store.close()


def test_sync_embedded_store_to_neo4j_and_back_round_trips(neo4j_credentials, tmp_path):
    from kg.store.neo4j import Neo4jStore
    from tests.neo4j_server import reset_database

    uri, user, password = neo4j_credentials
    store = Neo4jStore(uri, user, password)
    reset_database(store.driver)
    store.close()
    env = {**os.environ, "NEO4J_USERNAME": user, "NEO4J_PASSWORD": password}
    local = f"sqlite:///{tmp_path / 'local.db'}"
    back = f"sqlite:///{tmp_path / 'back.db'}"

    def kg(*args: str):
        out = subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=900)
        assert out.returncode == 0, out.stderr
        return out.stdout

    kg("ingest", "seeds/", "--store", local)
    assert "5 new" in kg("sync", "--to", uri, "--store", local)
    assert "0 new" in kg("sync", "--to", uri, "--store", local)  # idempotent
    assert "5 new" in kg("sync", "--from", uri, "--store", back)
    kg("export", "json", str(tmp_path / "local.json"), "--store", local)
    kg("export", "json", str(tmp_path / "back.json"), "--store", back)
    assert (tmp_path / "local.json").read_bytes() == (tmp_path / "back.json").read_bytes()
