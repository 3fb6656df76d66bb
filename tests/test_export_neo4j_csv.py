"""`kg export csv` loads into a real Neo4j 5.26 to the graph a direct `kg ingest` builds.

A private server (tests/neo4j_server.py) first receives the seeds the way `kg ingest --store
neo4j://...` writes them, and its node and relationship counts (by label and type) are taken; the
database is then emptied and the CSV export of the same seeds (from the embedded store, every
modality) is loaded with LOAD CSV, reading each column as its `neo4j-admin database import` header
says (`:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, `name:type`, arrays split on U+001F). The
counts must be the same, and the typed columns must arrive typed (`first_date` a DATE).

The files go to the server's import directory (`server.directories.import`) when it has one, as
LOAD CSV then requires.
"""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from kg.export import ExportFilter, export
from kg.export.neo4j_csv import ARRAY, FILES

pytestmark = pytest.mark.neo4j

ALL = ExportFilter(modalities=("asserted", "planned", "negated"))
_CAST = {
    "string": "{v}", "int": "toInteger({v})", "long": "toInteger({v})", "float": "toFloat({v})",
    "double": "toFloat({v})", "boolean": "toBoolean({v})", "date": "date({v})",
    "string[]": "split({v}, $array)",
}


@pytest.fixture(scope="module")
def private_neo4j():
    from tests.conftest import IN_CI
    from tests.neo4j_server import Neo4jUnavailable, running_neo4j

    try:
        with running_neo4j(use_env=False) as creds:
            yield creds
    except Neo4jUnavailable as exc:
        if IN_CI:
            pytest.fail(f"Neo4j is required in CI and could not be started: {exc}")
        pytest.skip(f"no Neo4j server: {exc}")


def _counts(session) -> dict:
    nodes = {r["label"]: r["n"] for r in session.run(
        "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n")}
    rels = {r["type"]: r["n"] for r in session.run("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")}
    total_nodes = session.run("MATCH (n) RETURN count(n) AS n").single()["n"]
    total_rels = session.run("MATCH ()-[r]->() RETURN count(r) AS n").single()["n"]
    return {"nodes": total_nodes, "relationships": total_rels, "labels": nodes, "types": rels}


def _value(column: str) -> tuple[str, str]:
    """(property name, Cypher expression of row[column] cast as its header type)."""
    name, _, kind = column.partition(":")
    raw = f"row[{column!r}]"
    cast = _CAST[kind or "string"].format(v=raw)
    return name, f"CASE WHEN {raw} IS NULL OR {raw} = '' THEN null ELSE {cast} END"


def _load(session, url_of, path: Path) -> None:
    with open(path, encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    props = []
    for column in header:
        kind = column.partition(":")[2]
        if column.startswith(":") or kind.startswith(("ID", "START_ID", "END_ID")):
            if kind.startswith("ID") and column.split(":")[0]:
                props.append(f"{column.split(':')[0]}: row[{column!r}]")
            continue
        name, expr = _value(column)
        props.append(f"`{name}`: {expr}")
    body = "{" + ", ".join(props) + "}"
    id_col = next((c for c in header if ":ID" in c), None)
    if id_col is not None:  # nodes: labels from :LABEL
        query = (f"LOAD CSV WITH HEADERS FROM $url AS row "
                 f"CREATE (n:$(split(row[':LABEL'], $array))) SET n = {body}")
    else:
        start = next(c for c in header if c.startswith(":START_ID"))
        end = next(c for c in header if c.startswith(":END_ID"))
        start_space = start[start.index("(") + 1:-1]
        end_space = end[end.index("(") + 1:-1]
        query = (f"LOAD CSV WITH HEADERS FROM $url AS row "
                 f"MATCH (s:{start_space} {{id: row[{start!r}]}}), (o:{end_space} {{id: row[{end!r}]}}) "
                 f"CREATE (s)-[r:$(row[':TYPE'])]->(o) SET r = {body}")
    session.run(query, url=url_of(path.name), array=ARRAY).consume()


def _url_scheme(session, import_dir: Path):
    from neo4j.exceptions import ClientError

    try:
        session.run("LOAD CSV FROM 'file:///entities.csv' AS row RETURN count(row) AS n").consume()
        return lambda name: f"file:///{name}"
    except ClientError:
        return lambda name: (import_dir / name).as_uri()


def test_csv_export_loads_to_the_same_graph_as_a_direct_ingest(private_neo4j, seed_results, seed_sqlite, tmp_path):
    from neo4j import GraphDatabase

    from kg.store.neo4j import Neo4jStore
    from tests.neo4j_server import reset_database

    uri, user, password = private_neo4j
    direct = Neo4jStore(uri, user, password)
    try:
        for result in seed_results:
            direct.write(result)
        # exporting from Neo4j gives the same files as exporting from the embedded store
        for fmt in ("gexf", "graphml", "json"):
            export(direct, fmt, tmp_path / f"neo4j.{fmt}", ALL)
            export(seed_sqlite, fmt, tmp_path / f"sqlite.{fmt}", ALL)
            assert (tmp_path / f"neo4j.{fmt}").read_bytes() == (tmp_path / f"sqlite.{fmt}").read_bytes(), fmt
    finally:
        direct.close()
    with GraphDatabase.driver(uri, auth=(user, password)) as driver:
        with driver.session() as session:
            ingested = _counts(session)
        reset_database(driver)

        out = tmp_path / "csv"
        export(seed_sqlite, "csv", out, ALL)
        with driver.session() as session:
            row = session.run("SHOW SETTINGS YIELD name, value WHERE name = 'server.directories.import' "
                              "RETURN value").single()
            import_dir = Path(row["value"]) if row and row["value"] else out
            import_dir.mkdir(parents=True, exist_ok=True)
            for name in FILES:
                shutil.copyfile(out / name, import_dir / name)
            # file:///NAME is read from the import directory when the server confines LOAD CSV to
            # it; an unconfined server (the harness's default) reads absolute paths instead.
            url_of = _url_scheme(session, import_dir)
            session.run("CREATE CONSTRAINT csv_entity IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE").consume()
            session.run("CREATE CONSTRAINT csv_article IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE").consume()
            for name in FILES:
                _load(session, url_of, out / name)
            loaded = _counts(session)

            assert ingested["nodes"] > 0 and ingested["relationships"] > 0
            print("direct ingest:", ingested, "\ncsv load:", loaded)
            assert loaded == ingested
            # typed columns arrive typed: dates are DATE values a Cypher date() filter can use
            kinds = {r["kind"] for r in session.run(
                "MATCH ()-[r]->() WHERE r.first_date IS NOT NULL RETURN DISTINCT valueType(r.first_date) AS kind")}
            assert kinds == {"DATE NOT NULL"}
            with open(out / "facts.csv", encoding="utf-8", newline="") as handle:
                rows = list(csv.DictReader(handle))
            late = sum(1 for r in rows if r["first_date:date"] and r["first_date:date"] >= "2024-01-01")
            found = session.run("MATCH ()-[r]->() WHERE r.first_date >= date('2024-01-01') RETURN count(r) AS n").single()["n"]
            assert found == late > 0
            weights = session.run("MATCH ()-[r]->() WHERE r.weight IS NOT NULL RETURN DISTINCT valueType(r.weight) AS k")
            assert {r["k"] for r in weights} == {"INTEGER NOT NULL"}
            # evidence sentences arrive whole, as a list, whatever punctuation they hold
            for fact in seed_sqlite.all_facts():
                got = session.run("MATCH ()-[r {fact_id: $id}]->() RETURN r.evidence AS e", id=fact.id).single()["e"]
                assert sorted(got) == sorted(e.sentence for e in fact.evidence)
        if import_dir != out:
            for name in FILES:
                (import_dir / name).unlink(missing_ok=True)
