"""The real Neo4j server used by the tests answers, enforces auth, and can be reset."""

from __future__ import annotations

import pytest

neo4j = pytest.importorskip("neo4j")
from neo4j import GraphDatabase  # noqa: E402
from neo4j.exceptions import AuthError  # noqa: E402

from tests.neo4j_server import reset_database  # noqa: E402

pytestmark = pytest.mark.neo4j


@pytest.fixture
def creds(neo4j_credentials):
    """The session's server (tests/conftest.py: started once, skipped or under CI=true failed if none)."""
    return neo4j_credentials


@pytest.fixture
def driver(creds):
    uri, user, password = creds
    with GraphDatabase.driver(uri, auth=(user, password)) as drv:
        yield drv


def test_server_answers_over_bolt(driver):
    records, _, _ = driver.execute_query("RETURN 1 AS ok")
    assert records[0]["ok"] == 1
    records, _, _ = driver.execute_query("CALL dbms.components() YIELD name, versions RETURN name, versions")
    assert records[0]["name"] == "Neo4j Kernel"
    assert records[0]["versions"][0].startswith("5.")


def test_auth_is_enforced(creds):
    uri, user, password = creds
    with GraphDatabase.driver(uri, auth=(user, password + "-wrong")) as bad:
        with pytest.raises(AuthError):
            bad.verify_connectivity()
    with GraphDatabase.driver(uri, auth=(user, password)) as good:
        good.verify_connectivity()


def test_reset_database_removes_data_constraints_and_indexes(driver):
    driver.execute_query("CREATE CONSTRAINT test_person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE")
    driver.execute_query("CREATE INDEX test_article_published IF NOT EXISTS FOR (a:Article) ON (a.published)")
    driver.execute_query(
        "CREATE (:Person:Entity {id: 'p1', name: 'A'})-[:VISITED {dates: ['2024-01-01']}]->"
        "(:State:Entity {id: 's1', name: 'B'})"
    )
    reset_database(driver)
    assert driver.execute_query("MATCH (n) RETURN count(n) AS c").records[0]["c"] == 0
    assert driver.execute_query("SHOW CONSTRAINTS").records == []
    types = [r["type"] for r in driver.execute_query("SHOW INDEXES YIELD type RETURN type").records]
    assert all(t == "LOOKUP" for t in types), types
    # Still usable afterwards: the same constraint can be created again.
    driver.execute_query("CREATE CONSTRAINT test_person_id FOR (p:Person) REQUIRE p.id IS UNIQUE")
    reset_database(driver)
