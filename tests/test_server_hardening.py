"""Neo4j as users run it: the launcher configured like a stock server, docker-compose.yml bound to 127.0.0.1.

The Neo4j launcher is configured like a stock Community server, not like a test harness.

A harness server leaves `server.directories.import` unset, so `LOAD CSV FROM 'file:///...'` reads any
file the JVM can (issue 14: `kg cypher` returned the first line of /etc/passwd). The launcher confines
file URLs to `<state dir>/import` and exposes only the built-in procedures, none unrestricted.
These run `kg` as a user does (a subprocess) against the test server tests/neo4j_server.py starts.

docker-compose.yml publishes its ports on 127.0.0.1 unless `.env` sets KG_BIND_ADDRESS, and refuses a
password under 8 characters before the server container starts (no Docker engine is needed for these:
the YAML is read with pyyaml, the check's shell runs here, and `docker compose config` / `docker-compose
config` resolves the file when one of them is installed).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

COMPOSE = ROOT / "docker-compose.yml"
LOCAL = "${KG_BIND_ADDRESS:-127.0.0.1}"


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


@pytest.mark.neo4j
@pytest.mark.parametrize("url", [
    "file:///etc/passwd",
    "file:///../../../../../../etc/passwd",
    "file:///%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
])
def test_load_csv_of_a_file_outside_the_import_directory_is_refused(server, url):
    env, where = server
    assert Path("/etc/passwd").read_text().startswith("root:")  # the file exists and is readable here
    _assert_refused(_kg(env, "cypher", f"LOAD CSV FROM '{url}' AS line RETURN line"))


@pytest.mark.neo4j
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


@pytest.mark.neo4j
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


@pytest.mark.neo4j
def test_status_prints_the_import_directory(server):
    env, where = server
    proc = subprocess.run(["bash", str(ROOT / "scripts" / "neo4j-server"), "status"],
                          env={**os.environ, "KG_NEO4J_STATE_DIR": str(where.parent)},
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert f"import={where}" in proc.stdout.split()


# ---- docker-compose.yml ---------------------------------------------------------------------------


def _compose():
    import yaml

    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def test_compose_publishes_every_port_on_the_bind_address_defaulting_to_localhost():
    services = _compose()["services"]
    published = [(name, port) for name, svc in services.items() for port in svc.get("ports", [])]
    assert published, "the neo4j service publishes Bolt and HTTP"
    for name, port in published:
        assert isinstance(port, str), (name, port)
        # "<bind address>:<host port>:<container port>", the bind address defaulting to 127.0.0.1
        assert port.startswith(LOCAL + ":"), (name, port)
        host_port, _, container = port[len(LOCAL) + 1:].rpartition(":")
        assert host_port and container.isdigit(), (name, port)
    containers = sorted(port.rsplit(":", 1)[1] for _, port in published)
    assert containers == ["7474", "7687"]


def test_compose_checks_the_password_length_before_neo4j_starts():
    services = _compose()["services"]
    check = services["password-check"]
    assert services["neo4j"]["depends_on"]["password-check"]["condition"] == "service_completed_successfully"
    assert check["image"] == services["neo4j"]["image"]
    entry = check["entrypoint"]
    assert entry[:2] == ["/bin/sh", "-c"]
    script = entry[2].replace("$$", "$")  # compose's escape for a literal $
    for password, ok in [("", False), ("seven77", False), ("eight888", True), ("pässwörd-long enough", True)]:
        proc = subprocess.run(["sh", "-c", script], env={"PATH": os.environ.get("PATH", ""),
                                                         "NEO4J_PASSWORD": password, "LC_ALL": "C.UTF-8"},
                              capture_output=True, text=True, timeout=30)
        assert (proc.returncode == 0) is ok, (password, proc.returncode, proc.stderr)
        if not ok:
            assert "at least 8" in proc.stderr
    assert "NEO4J_PASSWORD:?" in check["environment"]["NEO4J_PASSWORD"]
    assert "NEO4J_PASSWORD:?" in services["neo4j"]["environment"]["NEO4J_AUTH"]


def _compose_command() -> list[str] | None:
    docker = shutil.which("docker")
    if docker and subprocess.run([docker, "compose", "version"], capture_output=True).returncode == 0:
        return [docker, "compose"]
    legacy = shutil.which("docker-compose")
    return [legacy] if legacy else None


@pytest.mark.parametrize("env_file, expected", [
    ("NEO4J_PASSWORD=eight888\n", "127.0.0.1"),
    ("NEO4J_PASSWORD=eight888\nKG_BIND_ADDRESS=0.0.0.0\n", "0.0.0.0"),
    ("NEO4J_PASSWORD=eight888\nKG_BIND_ADDRESS=192.168.10.5\nKG_NEO4J_BOLT_PORT=17687\n", "192.168.10.5"),
    ("", None),
])
def test_compose_config_resolves_the_bind_address(tmp_path, env_file, expected):
    import yaml

    command = _compose_command()
    if command is None:
        pytest.skip("neither `docker compose` nor `docker-compose` is installed")
    shutil.copy(COMPOSE, tmp_path / "docker-compose.yml")
    (tmp_path / ".env").write_text(env_file, encoding="utf-8")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("KG_", "NEO4J_")) and k != "COMPOSE_FILE"}
    proc = subprocess.run([*command, "config"], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=60)
    if expected is None:
        assert proc.returncode != 0
        assert "set NEO4J_PASSWORD in .env" in proc.stderr
        return
    assert proc.returncode == 0, proc.stderr
    ports = yaml.safe_load(proc.stdout)["services"]["neo4j"]["ports"]
    hosts = set()
    for port in ports:  # short form "ip:host:container/tcp" (docker-compose 1.x) or long form (compose v2)
        hosts.add(port["host_ip"] if isinstance(port, dict) else port.split(":")[0])
    assert hosts == {expected}
    if "17687" in env_file:
        assert any("17687" in str(p) for p in ports)
