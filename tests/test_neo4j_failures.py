"""What a user sees when Neo4j is misconfigured, unreachable, or dies in the middle of an ingest.

Every failure must be one KgError with a line the user can act on (never a traceback, never the
password), and a server that stops mid-batch must leave each article either fully written or
not at all, so re-running the same ingest afterwards completes the graph.
"""
from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import threading
from pathlib import Path

import pytest

from kg.errors import ReadOnlyViolation, StoreAuthError, StoreConfigError, StoreUnavailable
from kg.store.base import WriteOutcome
from schemas import Entity, ExtractionResult
from tests.builders import article, fact
from tests.test_neo4j_store import C, P, corpus

pytestmark = pytest.mark.neo4j

ROOT = Path(__file__).resolve().parent.parent
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def neo4j_store(neo4j_credentials):
    from kg.store.neo4j import Neo4jStore
    from tests.neo4j_server import reset_database

    uri, user, password = neo4j_credentials
    with Neo4jStore(uri, user, password) as store:
        reset_database(store.driver)
    store = Neo4jStore(uri, user, password)
    yield store
    store.close()


def test_wrong_password_names_the_user_and_never_the_password(neo4j_credentials):
    from kg.store.neo4j import Neo4jStore

    uri, user, _ = neo4j_credentials
    wrong = "not-the-password-" + secrets.token_hex(4)
    with pytest.raises(StoreAuthError) as caught:
        Neo4jStore(uri, user, wrong)
    message = str(caught.value)
    assert f"user {user}" in message and "NEO4J_PASSWORD" in message
    assert wrong not in message
    assert caught.value.__cause__ is None  # nothing below it that could print the password


def test_password_in_the_uri_is_never_shown(neo4j_credentials):
    from kg.store.neo4j import Neo4jStore

    uri, user, _ = neo4j_credentials
    secret = "uri-secret-" + secrets.token_hex(4)
    port = _free_port()
    with pytest.raises(StoreUnavailable) as caught:
        Neo4jStore(f"bolt://{user}:{secret}@127.0.0.1:{port}")
    assert secret not in str(caught.value)
    assert f"bolt://127.0.0.1:{port}" in str(caught.value)


def test_unreachable_server_is_a_clear_store_unavailable():
    from kg.store.neo4j import Neo4jStore

    port = _free_port()  # nothing listens there
    with pytest.raises(StoreUnavailable) as caught:
        Neo4jStore(f"bolt://127.0.0.1:{port}", "neo4j", "whatever-password", connection_timeout=2)
    message = str(caught.value)
    assert message.startswith("[KG002] cannot reach Neo4j at bolt://127.0.0.1:")
    assert "make neo4j-up" in message and "whatever-password" not in message


def test_missing_database_names_the_setting(neo4j_credentials):
    from kg.store.neo4j import Neo4jStore

    uri, user, password = neo4j_credentials
    with pytest.raises(StoreConfigError) as caught:
        Neo4jStore(uri, user, password, database="nosuchdb")
    assert "NEO4J_DATABASE" in str(caught.value) and "nosuchdb" in str(caught.value)


def test_a_url_that_is_not_bolt_is_a_config_error():
    from kg.store.neo4j import Neo4jStore

    with pytest.raises(StoreConfigError) as caught:
        Neo4jStore("http://127.0.0.1:7474", "neo4j", "pw")
    assert "bolt" in str(caught.value)


def test_cypher_is_read_only_unless_asked_to_write(neo4j_store):
    from kg.cypher import run_cypher

    for result in corpus():
        neo4j_store.write(result)

    def count():
        return run_cypher(neo4j_store, "MATCH (n) RETURN count(n) AS n", {}, write=False)[1][0][0]

    before = count()
    for query in ("CREATE (x:Person {name: 'Intruder'}) RETURN x",
                  "MATCH (n) DETACH DELETE n",
                  "MATCH (e:Entity) SET e.name = 'x'",
                  "CREATE INDEX intruder FOR (n:Person) ON (n.age)"):
        with pytest.raises(ReadOnlyViolation) as caught:
            run_cypher(neo4j_store, query, {}, write=False)
        assert "rerun with --write" in str(caught.value)
    assert count() == before
    columns, rows = run_cypher(
        neo4j_store, "MATCH (p:Person {name: $name})-[r:VISITED]->(c) RETURN p.name AS who, c.name AS where, r",
        {"name": "Sergei Lavrov"}, write=False)
    assert columns == ["who", "where", "r"]
    assert rows[0][:2] == ["Sergei Lavrov", "Pyongyang"]
    assert rows[0][2]["type"] == "VISITED" and rows[0][2]["start"] == "person:sergei-lavrov"
    assert rows[0][2]["properties"]["article_ids"] == ["wire-001", "wire-002"]
    # with write=True the same CREATE runs
    run_cypher(neo4j_store, "CREATE (x:Scratch {v: $v})", {"v": 1}, write=True)
    assert count() == before + 1


def test_cypher_params_are_parsed_and_bad_cypher_is_a_one_line_error(neo4j_store):
    from kg.cypher import CypherError, ParamError, parse_params, run_cypher

    assert parse_params(["n=3", "x=2.5", "ok=true", "names=[\"a\", \"b\"]", "who=Kim Jong Un", "eq=a=b"]) == {
        "n": 3, "x": 2.5, "ok": True, "names": ["a", "b"], "who": "Kim Jong Un", "eq": "a=b"}
    with pytest.raises(ParamError):
        parse_params(["novalue"])
    with pytest.raises(CypherError) as caught:
        run_cypher(neo4j_store, "MATCH (n RETURN n", {}, write=False)
    assert "\n" not in str(caught.value)
    # a hostile parameter is data, not Cypher
    for result in corpus():
        neo4j_store.write(result)
    _, rows = run_cypher(neo4j_store, "MATCH (n) WHERE n.name = $x RETURN count(n)",
                         {"x": "\"}) DETACH DELETE n //"}, write=True)
    assert rows == [[0]]
    assert run_cypher(neo4j_store, "MATCH (n:Article) RETURN count(n)", {}, write=False)[1] == [[5]]


# ---- a server of our own, stopped in the middle of an ingest ----------------------------------------


class OwnServer:
    """A second Neo4j started through scripts/neo4j-server on free ports, with its own state dir."""

    def __init__(self):
        self.state = tempfile.mkdtemp(prefix="kg-neo4j-failure-")
        self.port = _free_port()
        self.password = "kg-fail-" + secrets.token_hex(6)
        self.env = dict(os.environ, KG_NEO4J_STATE_DIR=self.state, KG_NEO4J_BOLT_PORT=str(self.port),
                        KG_NEO4J_HTTP_PORT="0", NEO4J_PASSWORD=self.password, KG_NEO4J_HEAP="512m")
        self.uri = f"bolt://127.0.0.1:{self.port}"

    def run(self, command: str, timeout: float = 300) -> subprocess.CompletedProcess:
        return subprocess.run(["bash", str(ROOT / "scripts" / "neo4j-server"), command], env=self.env,
                              capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)

    def up(self) -> None:
        proc = self.run("up")
        # The script prints the bolt URI on stdout only once the server answers.
        if not proc.stdout.strip().endswith(f"127.0.0.1:{self.port}"):
            raise RuntimeError(f"scripts/neo4j-server up failed: {proc.stderr[-2000:]}")

    def down(self) -> None:
        self.run("down", timeout=120)


@pytest.fixture
def own_server():
    if os.environ.get("NEO4J_URI") and not IN_CI:
        pytest.skip("NEO4J_URI points at an external server; this test needs to start and stop its own")
    reason = None
    if shutil.which("java") is None:
        reason = "java is not on PATH"
    elif not (ROOT / "scripts" / "neo4j-server").exists():
        reason = "scripts/neo4j-server is missing"
    server = OwnServer()
    if reason is None:
        try:
            server.up()
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            reason = str(exc)
    if reason is not None:
        server.down()
        shutil.rmtree(server.state, ignore_errors=True)
        if IN_CI:
            pytest.fail(f"could not start a second Neo4j: {reason}")
        pytest.skip(f"could not start a second Neo4j: {reason}")
    yield server
    server.down()
    shutil.rmtree(server.state, ignore_errors=True)


def batch(n: int) -> list[ExtractionResult]:
    """n small articles sharing people and cities, so half-written ones would show in shared facts."""
    cities = [Entity.make(name, C) for name in ("Hanoi", "Jakarta", "Manila", "Bangkok", "Vientiane")]
    people = [Entity.make(f"Envoy {chr(65 + i)}", P) for i in range(8)]
    out = []
    for i in range(n):
        envoy, host, city = people[i % 8], people[(i * 3 + 1) % 8], cities[i % 5]
        s1 = f"{envoy.name} arrived in {city.name} on Monday for talks, the ministry said (item {i})."
        s2 = f"{envoy.name} met {host.name} at the conference venue."
        art = article(f"batch-{i:04d}", f"{s1} {s2}", "2024-03-04")
        facts = [fact(art, envoy, "VISITED", city, s1, date="2024-03-04")]
        if envoy.id != host.id:
            facts.append(fact(art, envoy, "MET_WITH", host, s2, date="2024-03-04"))
        out.append(ExtractionResult(article=art, entities=[envoy, host, city] if envoy.id != host.id
                                    else [envoy, city], facts=facts))
    return out


def assert_every_stored_article_is_whole(store, results: list[ExtractionResult]) -> set[str]:
    by_id = {r.article.id: r for r in results}
    stored = {a.id for a in store.articles()}
    for fact_ in store.all_facts():
        assert set(fact_.article_ids) <= stored, "a fact cites an article that is not stored"
    for replay in store.article_results():
        original = by_id[replay.article.id]
        assert replay.entities == original.entities
        assert sorted(f.model_dump_json() for f in replay.facts) == sorted(
            f.model_dump_json() for f in original.facts)
    return stored


@pytest.mark.timeout(900)
def test_server_stopped_mid_ingest_leaves_whole_articles_and_a_rerun_completes(own_server):
    from kg.store.neo4j import Neo4jStore

    results = batch(400)
    store = Neo4jStore(own_server.uri, "neo4j", own_server.password, connection_timeout=2, max_retry_time=2)
    twenty_written = threading.Event()
    stopper = threading.Thread(target=lambda: (twenty_written.wait(120), own_server.down()))
    stopper.start()
    written, failure = 0, None
    try:
        for i, result in enumerate(results):
            if i == 20:
                twenty_written.set()
            try:
                store.write(result)
            except StoreUnavailable as exc:
                failure = exc
                break
            written += 1
    finally:
        twenty_written.set()
        stopper.join()
        store.close()
    assert failure is not None, "the server was stopped but every write succeeded"
    assert 20 <= written < len(results)
    assert f"cannot reach Neo4j at {own_server.uri}" in str(failure) or "cannot serve" in str(failure)
    assert own_server.password not in str(failure)

    own_server.up()
    with Neo4jStore(own_server.uri, "neo4j", own_server.password) as store:
        stored = assert_every_stored_article_is_whole(store, results)
        assert {f"batch-{i:04d}" for i in range(written)} <= stored
        # the same ingest again: what was stored is unchanged, the rest is written
        outcomes = [store.write(r) for r in results]
        assert outcomes.count(WriteOutcome.UNCHANGED) == len(stored)
        assert outcomes.count(WriteOutcome.NEW) == len(results) - len(stored)
        assert store.stats()["articles"]["total"] == len(results)
        visits = [f for f in store.all_facts() if f.relation == "VISITED"]
        # envoy i%8 visits city i%5: 40 envoy/city pairs, each from 400/40 = 10 articles
        assert len(visits) == 40 and all(len(f.article_ids) == 10 for f in visits)
