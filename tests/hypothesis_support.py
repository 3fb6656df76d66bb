"""Shared set-up of the property-based tests (tests/test_hypothesis_*.py): profiles, stores, the CLI.

Profiles (pick one with KG_HYPOTHESIS_PROFILE; CI=true selects ``kg-ci``):

- ``kg-ci``: derandomized (each property draws the same cases on every run, so a failure in CI
  is reproducible), no example database, no deadline.
- ``kg-dev`` (default elsewhere): random cases, failures remembered in .hypothesis/, no deadline.

Every property states its own ``max_examples``; the whole set stays within ~3 minutes on a 2-core
machine. Run with ``--hypothesis-show-statistics`` to see how many cases each property tried.

A property's store is a module-wide fixture (``store``): SQLite, and the test Neo4j when there is
one, each holding one baseline article so that an accidental change shows in the canonical export
(``kg export json``), which is taken before and after every call that must not change the store.
"""
from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}

_QUIET = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large,
          HealthCheck.large_base_example]
settings.register_profile("kg-ci", derandomize=True, database=None, deadline=None, print_blob=True,
                          suppress_health_check=_QUIET)
settings.register_profile("kg-dev", deadline=None, print_blob=True, suppress_health_check=_QUIET)
settings.load_profile(os.environ.get("KG_HYPOTHESIS_PROFILE") or ("kg-ci" if IN_CI else "kg-dev"))

# An article of our own (not from any gold file): two heads of government, a visit and a meeting.
BASELINE_ARTICLE = (
    "PARIS, March 4 (Wire) - French President Emmanuel Macron visited Berlin on Monday and met "
    "German Chancellor Olaf Scholz to discuss aid to Ukraine, officials said.\n"
)
BASELINE_PUBLISHED = "2024-03-04"


@dataclass
class StoreUnderTest:
    kind: str  # "sqlite" or "neo4j"
    url: str
    env: dict[str, str]  # environment for a `kg` subprocess (KG_STORE and credentials)
    workdir: Path
    cli_env: dict[str, str] = field(default_factory=dict)  # extra environment for in-process calls

    def snapshot(self) -> str:
        """The canonical export: `kg export json` of the whole store, as text."""
        from kg.export import export
        from kg.store import open_store

        out = self.workdir / "snapshot.json"
        with _environ(self.cli_env):
            db = open_store(self.url)
            try:
                export(db, "json", out)
            finally:
                db.close()
        return out.read_text(encoding="utf-8")


@contextlib.contextmanager
def _environ(extra: dict[str, str]):
    saved = {k: os.environ.get(k) for k in extra}
    os.environ.update(extra)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def make_store(kind: str, workdir: Path, neo4j_credentials=None) -> StoreUnderTest:
    """A store of `kind` holding the baseline article (ingested through `kg ingest`)."""
    workdir.mkdir(parents=True, exist_ok=True)
    base_env = {k: v for k, v in os.environ.items() if not k.startswith(("KG_STORE", "NEO4J_"))}
    if kind == "sqlite":
        url = f"sqlite:///{workdir / 'kg.db'}"
        extra = {}
    else:
        from kg.store.neo4j import Neo4jStore
        from tests.neo4j_server import reset_database

        uri, user, password = neo4j_credentials
        db = Neo4jStore(uri, user, password)
        try:
            reset_database(db.driver)
        finally:
            db.close()
        url = uri
        extra = {"NEO4J_USERNAME": user, "NEO4J_PASSWORD": password}
    under = StoreUnderTest(kind, url, {**base_env, **extra, "KG_STORE": url}, workdir, extra)
    article = workdir / "baseline.jsonl"
    import json

    article.write_text(json.dumps({"id": "baseline-1", "text": BASELINE_ARTICLE,
                                   "published": BASELINE_PUBLISHED}) + "\n", encoding="utf-8")
    result = invoke(under, ["ingest", str(article)])
    assert result.exit_code == 0, result.stdout + result.stderr
    assert '"baseline-1"' in under.snapshot() and '"Emmanuel Macron"' in under.snapshot()
    return under


@dataclass
class Outcome:
    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None = None


def invoke(store: StoreUnderTest, args: list[str], stdin: str | bytes | None = None) -> Outcome:
    """`kg ARGS --store URL` in this process (typer's CliRunner): the functions a user's call runs."""
    from typer.testing import CliRunner

    from kg.cli import app

    runner = CliRunner()
    result = runner.invoke(app, [*args, "--store", store.url], input=stdin, env=store.cli_env,
                           catch_exceptions=True)
    exc = result.exception
    if isinstance(exc, SystemExit):
        exc = None
    return Outcome(result.exit_code, result.stdout, result.stderr, exc)


def run_kg(store: StoreUnderTest, args: list, stdin: bytes | None = None, timeout: float = 300) -> Outcome:
    """The real `kg` console script in a subprocess; `args` may hold bytes (argv as the OS gives it)."""
    kg = Path(sys.executable).parent / "kg"
    command = [str(kg) if kg.exists() else sys.executable, *([] if kg.exists() else ["-m", "kg.cli"])]
    proc = subprocess.run([*command, *args], env=store.env, cwd=store.workdir, input=stdin,
                          capture_output=True, timeout=timeout)
    return Outcome(proc.returncode, proc.stdout.decode("utf-8", "replace"),
                   proc.stderr.decode("utf-8", "replace"))


def assert_clean(outcome: Outcome, allowed: set[int]) -> None:
    """No traceback, an allowed exit code, and an error that is one line per failure."""
    assert outcome.exception is None, f"uncaught {type(outcome.exception).__name__}: {outcome.exception!r}"
    assert "Traceback (most recent call last)" not in outcome.stdout + outcome.stderr, outcome.stderr
    assert outcome.exit_code in allowed, (outcome.exit_code, outcome.stdout[-2000:], outcome.stderr[-2000:])
    if outcome.exit_code == 2:
        lines = [ln for ln in outcome.stderr.splitlines() if ln.strip()]
        assert lines, "exit 2 without a message"
        assert len(lines) == 1 or outcome.stderr.lstrip().startswith(("Usage:", "╭")), outcome.stderr
        # typer's own usage errors are a box; ours are "error [KGxxx] message"
        assert lines[0].startswith(("error [KG", "Usage:", "╭")), outcome.stderr


def tmpdir(prefix: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=prefix))
