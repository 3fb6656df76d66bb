"""A real Neo4j server for tests, without Docker (helper module, not a conftest).

Where the server comes from, in order:

1. ``NEO4J_URI`` is set: that server is used, with ``NEO4J_USERNAME`` (default ``neo4j``) and
   ``NEO4J_PASSWORD``. Nothing is started or stopped.
2. ``java`` (17+) is on PATH and either the launcher jar is built or ``mvn`` is on PATH: the
   Neo4j 5.26 Community launcher (``neo4j/launcher``) is started through ``scripts/neo4j-server``
   on free ports, with a throw-away state directory and a random password, and stopped at the end.
   It never touches the developer's server in ``.neo4j/`` or ports 7687/7474.
3. Otherwise :class:`Neo4jUnavailable` is raised with the reason.

Use from a conftest::

    from tests.neo4j_server import require_neo4j, reset_database

    @pytest.fixture(scope="session")
    def neo4j_credentials():
        return require_neo4j()          # shared server; skips (fails under CI=true) when there is none

    @pytest.fixture
    def neo4j_driver(neo4j_credentials):
        uri, user, password = neo4j_credentials
        with GraphDatabase.driver(uri, auth=(user, password)) as driver:
            reset_database(driver)
            yield driver

Everything here except :func:`require_neo4j` is independent of pytest.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "neo4j-server"
LAUNCHER_JAR = ROOT / "neo4j" / "launcher" / "target" / "kg-neo4j-launcher.jar"

Credentials = tuple[str, str, str]  # (uri, user, password)

# Import directory (the only place `LOAD CSV` reads file:/// URLs from) of each server started here, by URI.
_import_dirs: dict[str, Path] = {}

__all__ = [
    "Credentials",
    "Neo4jUnavailable",
    "import_dir",
    "neo4j_server_uri",
    "require_neo4j",
    "reset_database",
    "running_neo4j",
    "shared_neo4j",
]


class Neo4jUnavailable(RuntimeError):
    """No Neo4j server could be used or started; ``reason`` says why."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _free_ports(n: int) -> list[int]:
    socks = []
    try:
        for _ in range(n):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(("127.0.0.1", 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def _java_ok() -> str | None:
    """None if the launcher can be built/run here, else the reason it cannot."""
    if shutil.which("java") is None:
        return "java is not on PATH (needed for the Neo4j launcher; or set NEO4J_URI)"
    if not LAUNCHER_JAR.exists() and shutil.which("mvn") is None:
        return "mvn is not on PATH and neo4j/launcher is not built (or set NEO4J_URI)"
    if not SCRIPT.exists():
        return f"{SCRIPT} is missing"
    return None


def _script(args: list[str], env: dict[str, str], timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(SCRIPT), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        stdin=subprocess.DEVNULL,
    )


@contextlib.contextmanager
def running_neo4j(
    *, http: bool = False, start_timeout: float = 180.0, use_env: bool = True
) -> Iterator[Credentials]:
    """Yield ``(uri, user, password)`` of a Neo4j server; stop it afterwards if it was started here.

    ``use_env=False`` ignores ``NEO4J_URI`` and always starts a private server (for tests that must
    not touch a shared database).

    ``http=True`` also enables the HTTP connector (Neo4j Browser) on a free port; its URL is then in
    the ``KG_NEO4J_TEST_HTTP_URL`` environment variable while the block runs.
    Raises :class:`Neo4jUnavailable` when no server can be had.
    """
    external = os.environ.get("NEO4J_URI") if use_env else None
    if external:
        yield (
            external,
            os.environ.get("NEO4J_USERNAME", "neo4j"),
            os.environ.get("NEO4J_PASSWORD", ""),
        )
        return

    reason = _java_ok()
    if reason:
        raise Neo4jUnavailable(reason)

    state = tempfile.mkdtemp(prefix="kg-neo4j-test-")
    password = "kg-test-" + secrets.token_hex(8)
    env = dict(os.environ)
    env.update(
        KG_NEO4J_STATE_DIR=state,
        KG_NEO4J_IMPORT_DIR=str(Path(state, "import")),
        NEO4J_PASSWORD=password,
        KG_NEO4J_START_TIMEOUT=str(int(start_timeout)),
        # The server stops by itself if this process dies without running the clean-up below.
        KG_NEO4J_WATCH_PID=str(os.getpid()),
        KG_NEO4J_PYTHON=sys.executable,  # has the neo4j driver, for the script's `RETURN 1` check
    )
    env.setdefault("KG_NEO4J_HEAP", "1g")
    started = False
    try:
        last_err = ""
        for _attempt in range(2):  # a free port can be taken between choosing and binding it: retry once
            bolt, http_port = _free_ports(2)
            env["KG_NEO4J_BOLT_PORT"] = str(bolt)
            env["KG_NEO4J_HTTP_PORT"] = str(http_port) if http else "0"
            # Generous overall limit: the first run builds the launcher (Maven downloads ~160 MB).
            try:
                proc = _script(["up"], env, timeout=start_timeout + 600)
            except subprocess.TimeoutExpired:
                _script(["down"], env, timeout=150)
                raise Neo4jUnavailable("scripts/neo4j-server up timed out") from None
            started = True
            if proc.returncode == 0:
                uri = proc.stdout.strip().splitlines()[-1]
                _import_dirs[uri] = Path(state, "import").resolve()
                old_http = os.environ.get("KG_NEO4J_TEST_HTTP_URL")
                if http:
                    os.environ["KG_NEO4J_TEST_HTTP_URL"] = f"http://127.0.0.1:{http_port}/browser/"
                try:
                    yield (uri, "neo4j", password)
                finally:
                    _import_dirs.pop(uri, None)
                    if http:
                        if old_http is None:
                            os.environ.pop("KG_NEO4J_TEST_HTTP_URL", None)
                        else:
                            os.environ["KG_NEO4J_TEST_HTTP_URL"] = old_http
                return
            last_err = proc.stderr.strip()
            if "already in use" not in last_err:
                break
        raise Neo4jUnavailable(f"scripts/neo4j-server up failed:\n{last_err[-4000:]}")
    finally:
        if started:
            _script(["down"], env, timeout=150)
        shutil.rmtree(state, ignore_errors=True)


def import_dir(uri: str | None = None) -> Path | None:
    """The import directory of the running test server at ``uri`` (of the only one running when
    ``uri`` is None): where a file must lie for ``LOAD CSV FROM 'file:///name.csv'`` to read it,
    as ``<state dir>/import``. None for a server not started here (``NEO4J_URI``), unless
    ``KG_NEO4J_IMPORT_DIR`` names that server's import directory."""
    if uri is not None and uri in _import_dirs:
        return _import_dirs[uri]
    if uri is None and len(_import_dirs) == 1:
        return next(iter(_import_dirs.values()))
    configured = os.environ.get("KG_NEO4J_IMPORT_DIR")
    return Path(configured) if configured else None


# ---- one server per process, shared by all tests -------------------------------------------------

_lock = threading.Lock()
_shared: Credentials | None = None
_shared_error: Neo4jUnavailable | None = None
_shared_stack: contextlib.ExitStack | None = None


def _stop_shared() -> None:
    global _shared, _shared_stack
    with _lock:
        if _shared_stack is not None:
            _shared_stack.close()
        _shared_stack = None
        _shared = None


def shared_neo4j() -> Credentials:
    """``(uri, user, password)`` of a server shared by the whole process (started on first use,
    stopped at interpreter exit). A failure is remembered, so it is not retried for every test.
    Raises :class:`Neo4jUnavailable`."""
    global _shared, _shared_error, _shared_stack
    with _lock:
        if _shared is not None:
            return _shared
        if _shared_error is not None:
            raise _shared_error
        stack = contextlib.ExitStack()
        try:
            _shared = stack.enter_context(running_neo4j())
        except Neo4jUnavailable as exc:
            stack.close()
            _shared_error = exc
            raise
        _shared_stack = stack
        atexit.register(_stop_shared)
        return _shared


def neo4j_server_uri() -> Credentials | None:
    """Like :func:`shared_neo4j` but returns None when no server can be had."""
    try:
        return shared_neo4j()
    except Neo4jUnavailable:
        return None


def require_neo4j() -> Credentials:
    """For pytest: the shared server's credentials; skip the test when there is none, except under
    ``CI=true``, where that is a failure (CI must really exercise Neo4j)."""
    import pytest

    try:
        return shared_neo4j()
    except Neo4jUnavailable as exc:
        msg = f"Neo4j unavailable: {exc.reason}"
        if os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}:
            pytest.fail(msg + " (CI=true: a missing Neo4j is a failure, not a skip)", pytrace=False)
        pytest.skip(msg)


# ---- cleaning between tests ------------------------------------------------------------------------


def reset_database(driver, database: str | None = None) -> None:
    """Empty the database: delete all nodes and relationships, drop all constraints and all indexes
    (except the built-in LOOKUP token indexes every new database has)."""
    with driver.session(database=database) as session:
        # Batched so a large graph does not need one huge transaction (needs an auto-commit tx).
        session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
        for rec in list(session.run("SHOW CONSTRAINTS YIELD name RETURN name")):
            session.run(f"DROP CONSTRAINT {_quote(rec['name'])} IF EXISTS").consume()
        for rec in list(session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")):
            session.run(f"DROP INDEX {_quote(rec['name'])} IF EXISTS").consume()


def _quote(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"
