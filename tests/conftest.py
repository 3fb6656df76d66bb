"""Shared fixtures: the seeds extracted once per session, stores built from them, a real Neo4j.

The spaCy model is loaded once (session scope); the Neo4j server is started once by the launcher
in scripts/neo4j-server (or taken from NEO4J_URI). With CI=true a Neo4j test that cannot get a
server fails instead of skipping, so CI can never pass without exercising Neo4j.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
NEO4J_SEEN: dict = {"server": None, "outcomes": {}}


def pytest_runtest_logreport(report):
    """Count the outcomes of Neo4j tests, for the summary line below."""
    if "neo4j" in report.keywords and (report.when == "call" or report.outcome != "passed"):
        outcome = report.outcome
        NEO4J_SEEN["outcomes"][outcome] = NEO4J_SEEN["outcomes"].get(outcome, 0) + 1


def pytest_terminal_summary(terminalreporter):
    """One line in the log saying which Neo4j server the Neo4j tests ran against (CI must show it)."""
    counts = ", ".join(f"{n} {k}" for k, n in sorted(NEO4J_SEEN["outcomes"].items())) or "none run"
    server = NEO4J_SEEN["server"] or "no server"
    terminalreporter.write_line(f"neo4j tests: {counts}; server: {server}")


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def extractor():
    from ingest.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def facts_of(extractor):
    """The facts the extractor reads from one text, as an article of `published` (by default
    the Friday the wire-style test sentences are written against)."""
    from schemas.models import Article
    from tests.facts import WIRE_DAY

    def run(text, published=WIRE_DAY):
        return extractor.extract(Article(id="t", text=text, source="test", published=published)).facts
    return run


@pytest.fixture
def wire_facts(extractor):
    """The facts of a page as the loader cleans it: dateline cut, its filing place kept."""
    from ingest.cleaning import clean_article
    from schemas.models import Article
    from tests.facts import WIRE_DAY

    def run(page):
        cleaned = clean_article(page)
        article = Article(id="t", text=cleaned.text, source="test", published=WIRE_DAY, dateline=cleaned.dateline)
        return extractor.extract(article).facts
    return run


@pytest.fixture(scope="session")
def seed_articles():
    from ingest.errors import LoadFailure
    from ingest.loaders import iter_inputs

    items = list(iter_inputs([str(SEEDS)]))
    failures = [i for i in items if isinstance(i, LoadFailure)]
    assert not failures, failures
    return items


@pytest.fixture(scope="session")
def seed_results(extractor, seed_articles):
    return list(extractor.extract_many(seed_articles))


@pytest.fixture(scope="session")
def seed_sqlite(tmp_path_factory, seed_results):
    """A SQLite store holding the five seeds (read-only for tests: don't write to it)."""
    from kg.store.sqlite import SqliteStore

    path = tmp_path_factory.mktemp("seedstore") / "kg.db"
    store = SqliteStore(str(path))
    for result in seed_results:
        store.write(result)
    yield store
    store.close()


@pytest.fixture(scope="session")
def neo4j_credentials():
    """(uri, user, password) of a real Neo4j; fails under CI, skips elsewhere, when none starts."""
    try:
        from tests.neo4j_server import Neo4jUnavailable, running_neo4j
    except ImportError as exc:  # pragma: no cover - the launcher module is part of the repo
        pytest.fail(f"tests/neo4j_server.py missing: {exc}")
    try:
        with running_neo4j() as creds:
            NEO4J_SEEN["server"] = _describe_server(*creds)
            yield creds
    except Neo4jUnavailable as exc:
        if IN_CI:
            pytest.fail(f"Neo4j is required in CI and could not be started: {exc}")
        pytest.skip(f"no Neo4j server: {exc}")


def _describe_server(uri: str, user: str, password: str) -> str:
    import neo4j

    with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
        info = driver.get_server_info()
        with driver.session() as session:
            edition = session.run("CALL dbms.components() YIELD edition RETURN edition").single()[0]
    return f"{info.agent} {edition} at {uri}"


@pytest.fixture(scope="session")
def seed_neo4j(neo4j_credentials, seed_results):
    """A Neo4j store holding the five seeds, on a database reset first."""
    from kg.store.neo4j import Neo4jStore
    from tests.neo4j_server import reset_database

    uri, user, password = neo4j_credentials
    store = Neo4jStore(uri, user, password)
    reset_database(store.driver)
    store = Neo4jStore(uri, user, password)  # re-create constraints after the reset
    for result in seed_results:
        store.write(result)
    yield store
    store.close()
