"""The Neo4j launcher is configured like a stock Community server, not like a test harness.

A harness server leaves `server.directories.import` unset, so `LOAD CSV FROM 'file:///...'` reads any
file the JVM can (issue 14: `kg cypher` returned the first line of /etc/passwd). The launcher confines
file URLs to `<state dir>/import` and exposes only the built-in procedures, none unrestricted.
These run `kg` as a user does (a subprocess) against the test server tests/neo4j_server.py starts.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def server(neo4j_credentials):
    from tests.neo4j_server import import_dir

    uri, user, password = neo4j_credentials
    where = import_dir(uri)
    if where is None:
        pytest.skip("server not started by tests/neo4j_server.py (NEO4J_URI): its import directory is unknown")
    env = {**os.environ, "KG_STORE": uri, "NEO4J_USERNAME": user, "NEO4J_PASSWORD": password}
    return env, where


def _kg(env, *args):
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def _assert_refused(proc):
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error [KG013] Neo4j refused the query:")
    assert "import directory" in lines[0]
    assert "Traceback" not in proc.stderr
    assert "root:" not in proc.stdout + proc.stderr


@pytest.mark.parametrize("url", [
    "file:///etc/passwd",
    "file:///../../../../../../etc/passwd",
    "file:///%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
])
def test_load_csv_of_a_file_outside_the_import_directory_is_refused(server, url):
    env, where = server
    assert Path("/etc/passwd").read_text().startswith("root:")  # the file exists and is readable here
    _assert_refused(_kg(env, "cypher", f"LOAD CSV FROM '{url}' AS line RETURN line"))


def test_load_csv_of_a_file_inside_the_import_directory_loads(server):
    env, where = server
    (where / "capitals.csv").write_text("state,capital\nFrance,Paris\nKenya,Nairobi\n", encoding="utf-8")
    try:
        proc = _kg(env, "cypher", "LOAD CSV WITH HEADERS FROM 'file:///capitals.csv' AS row "
                                  "RETURN row.state AS state, row.capital AS capital ORDER BY state")
        assert proc.returncode == 0, proc.stderr
        assert "France" in proc.stdout and "Paris" in proc.stdout
        assert "Kenya" in proc.stdout and "Nairobi" in proc.stdout
    finally:
        (where / "capitals.csv").unlink()


def test_only_built_in_procedures_none_unrestricted(neo4j_credentials, server):
    import neo4j

    env, where = server
    uri, user, password = neo4j_credentials
    with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver, driver.session() as session:
        settings = {r["name"]: r["value"] for r in session.run(
            "SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value",
            names=["server.directories.import", "dbms.security.procedures.unrestricted",
                   "dbms.security.procedures.allowlist", "dbms.security.allow_csv_import_from_file_urls",
                   "dbms.security.auth_enabled"])}
        procedures = [r["name"] for r in session.run("SHOW PROCEDURES YIELD name RETURN name")]
        functions = [r["name"] for r in session.run(
            "SHOW FUNCTIONS YIELD name, isBuiltIn WHERE NOT isBuiltIn RETURN name")]
    assert Path(settings["server.directories.import"]).resolve() == where.resolve()
    assert settings["dbms.security.allow_csv_import_from_file_urls"] == "true"
    assert settings["dbms.security.procedures.unrestricted"] == ""
    assert settings["dbms.security.procedures.allowlist"] == "*"
    assert settings["dbms.security.auth_enabled"] == "true"
    # A stock Community server's procedures live in db.*, dbms.* and tx.*; no plugin (apoc, gds ...).
    assert procedures and all(p.split(".")[0] in {"db", "dbms", "tx"} for p in procedures), procedures
    assert functions == []


def test_status_prints_the_import_directory(server):
    env, where = server
    proc = subprocess.run(["bash", str(ROOT / "scripts" / "neo4j-server"), "status"],
                          env={**os.environ, "KG_NEO4J_STATE_DIR": str(where.parent)},
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert f"import={where}" in proc.stdout.split()
