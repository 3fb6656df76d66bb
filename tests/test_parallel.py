"""The pipeline split at its seam, as a user runs it: `kg extract --format articles` (the map, on
one core, worker processes or a Dask LocalCluster) and `kg load` (the merge) give the same graph
as `kg ingest`, whatever the number of workers, the order of the files or a repeated load."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-m", "kg.cli"]


def run_kg(*args: str, store: Path | None = None, env: dict | None = None):
    full_env = {**os.environ, **(env or {})}
    if store is not None:
        full_env["KG_STORE"] = f"sqlite:///{store}"
    return subprocess.run([*KG, *args], capture_output=True, text=True, cwd=ROOT, env=full_env,
                          timeout=900)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    """The five seed articles and twelve short wire items of the dev set: 17 articles, so a
    batch size of 2 spreads them over several batches and both workers."""
    folder = tmp_path_factory.mktemp("inputs")
    lines = (ROOT / "tests" / "data" / "devset.jsonl").read_text(encoding="utf-8").splitlines()[:12]
    wire = folder / "wire.jsonl"
    wire.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["seeds/", str(wire)]


def export_of(store: Path, tmp_path: Path, name: str) -> dict:
    out = tmp_path / f"{name}.json"
    done = run_kg("export", "json", str(out), store=store)
    assert done.returncode == 0, done.stderr
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def reference(inputs, tmp_path_factory) -> dict:
    """`kg ingest --workers 1` of the inputs: the graph every other route must give."""
    tmp = tmp_path_factory.mktemp("reference")
    store = tmp / "kg.db"
    done = run_kg("ingest", *inputs, "--workers", "1", store=store)
    assert done.returncode == 0, done.stderr
    assert "17 new" in done.stdout, done.stdout
    graph = export_of(store, tmp, "reference")
    assert len(graph["nodes"]) > 20 and len(graph["edges"]) > 20, "the reference graph is nearly empty"
    return graph


@pytest.fixture(scope="module")
def articles_file(inputs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("extracted") / "articles.jsonl"
    done = run_kg("extract", *inputs, "--format", "articles", "--workers", "2", "--batch-size", "2")
    assert done.returncode == 0, done.stderr
    out.write_text(done.stdout, encoding="utf-8")
    return out


def test_ingest_with_two_workers_gives_the_same_graph(inputs, reference, tmp_path):
    store = tmp_path / "kg.db"
    done = run_kg("ingest", *inputs, "--workers", "2", "--batch-size", "2", store=store)
    assert done.returncode == 0, done.stderr
    assert "17 new" in done.stdout
    assert export_of(store, tmp_path, "two") == reference
    again = run_kg("ingest", *inputs, "--workers", "2", store=store)
    assert "17 unchanged" in again.stdout, again.stdout
    assert export_of(store, tmp_path, "again") == reference


def test_articles_format_is_one_article_a_line_with_its_facts(articles_file):
    records = [json.loads(line) for line in articles_file.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 17
    assert len({r["article"]["id"] for r in records}) == 17
    for r in records:
        assert set(r) >= {"article", "entities", "facts"}
        assert r["article"]["text"]
        known = {e["id"] for e in r["entities"]}
        for fact in r["facts"]:
            assert fact["subject_id"] in known and fact["object_id"] in known
            assert fact["evidence"]["article_id"] == r["article"]["id"]
            assert fact["evidence"]["sentence"]
    assert sum(len(r["facts"]) for r in records) > 17


def test_extract_jsonl_rows_are_the_facts_of_the_articles_format(inputs, articles_file):
    done = run_kg("extract", *inputs, "--format", "jsonl", "--workers", "1")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    records = [json.loads(line) for line in articles_file.read_text(encoding="utf-8").splitlines()]
    facts = [(f["evidence"]["article_id"], f["subject"], f["relation"], f["object"])
             for r in records for f in r["facts"]]
    assert [(r["article"], r["subject"], r["relation"], r["object"]) for r in rows] == facts


def test_load_two_halves_in_either_order_and_twice_gives_the_ingest_graph(articles_file, reference, tmp_path):
    lines = articles_file.read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(lines[:8]), encoding="utf-8")
    second.write_text("".join(lines[8:]), encoding="utf-8")

    forward = tmp_path / "forward.db"
    done = run_kg("load", str(first), str(second), store=forward)
    assert done.returncode == 0, done.stderr
    assert "17 new" in done.stdout
    assert export_of(forward, tmp_path, "forward") == reference

    backward = tmp_path / "backward.db"
    assert run_kg("load", str(second), store=backward).returncode == 0
    done = run_kg("load", str(first), str(second), store=backward)
    assert done.returncode == 0, done.stderr
    assert "8 new" in done.stdout and "9 unchanged" in done.stdout, done.stdout
    assert export_of(backward, tmp_path, "backward") == reference


def test_a_malformed_line_is_named_and_the_rest_loads(articles_file, tmp_path):
    lines = articles_file.read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "bad.jsonl"
    broken = json.loads(lines[1])
    del broken["article"]["text"]
    bad.write_text("\n".join([lines[0], '{"article": {"id": "x", ', json.dumps(broken), lines[2]]) + "\n",
                   encoding="utf-8")
    store = tmp_path / "kg.db"
    done = run_kg("load", str(bad), store=store)
    assert done.returncode == 1
    errors = done.stderr.strip().splitlines()
    assert len(errors) == 2, done.stderr
    assert errors[0].startswith(f"{bad}:2: [E105] not valid JSON")
    assert errors[1].startswith(f"{bad}:3: [E107]") and "article.text" in errors[1]
    assert "2 new" in done.stdout and "2 failed" in done.stdout


def test_load_of_a_missing_file_is_named(tmp_path):
    done = run_kg("load", str(tmp_path / "nope.jsonl"), store=tmp_path / "kg.db")
    assert done.returncode == 1
    assert f"{tmp_path / 'nope.jsonl'}: [E110]" in done.stderr


def test_dask_local_cluster_gives_the_same_graph(inputs, reference, tmp_path):
    import distributed  # noqa: F401  (a test dependency: this test must run, not skip)

    parts = tmp_path / "parts"
    done = run_kg("extract", *inputs, "--dask", "local", "--workers", "2", "--batch-size", "2",
                  "--out-dir", str(parts), "--part-size", "5", "--quiet")
    assert done.returncode == 0, done.stderr
    files = sorted(parts.glob("part-*.jsonl"))
    assert [f.name for f in files] == [f"part-{i:05d}.jsonl" for i in range(4)]
    store = tmp_path / "kg.db"
    done = run_kg("load", *map(str, reversed(files)), store=store)
    assert done.returncode == 0, done.stderr
    assert "17 new" in done.stdout
    assert export_of(store, tmp_path, "dask") == reference


def test_dask_scheduler_that_does_not_answer_is_a_one_line_error(tmp_path):
    done = run_kg("extract", "seeds/", "--dask", "tcp://127.0.0.1:9", "--quiet")
    assert done.returncode == 2
    assert done.stderr.startswith("error [KG040] cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert len(done.stderr.strip().splitlines()) == 1


def test_help_does_not_import_dask():
    code = ("import sys\nfrom typer.testing import CliRunner\nfrom kg.cli import app\n"
            "r = CliRunner().invoke(app, ['extract', '--help'])\nassert r.exit_code == 0\n"
            "print([m for m in ('dask', 'distributed') if m in sys.modules])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def test_ingest_starts_the_fork_server_before_its_own_heavy_imports(tmp_path):
    """With workers, the model loads in the fork server while the main process still imports,
    opens the store and lists the inputs: the server is started before the loaders (with their
    lexicons), the article schema or the store are imported (else that time is spent with one
    core idle), and the run is whole. (typer itself imports pydantic while it reads the options.)"""
    store = tmp_path / "early.db"
    code = (
        "import sys\n"
        "from multiprocessing import forkserver\n"
        "seen = []\n"
        "real = forkserver.ensure_running\n"
        "def ensure_running():\n"
        "    seen.append(sorted(m for m in ('ingest.loaders', 'schemas.models', 'kg.store', 'spacy') if m in sys.modules))\n"
        "    return real()\n"
        "forkserver.ensure_running = ensure_running\n"
        "from typer.testing import CliRunner\n"
        "from kg.cli import app\n"
        f"r = CliRunner().invoke(app, ['ingest', 'seeds/', '--workers', '2', '--quiet', '--store', 'sqlite:///{store}'])\n"
        "assert r.exit_code == 0, r.output\n"
        "print(seen[0] if seen else 'not started')\n"
        "print(r.output.strip().splitlines()[-1])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         timeout=900)
    assert out.returncode == 0, out.stdout + out.stderr
    first, summary = out.stdout.strip().splitlines()[-2:]
    assert first == "[]", first
    seeds = len(list((ROOT / "seeds").glob("*.txt")))
    assert summary.startswith(f"articles: {seeds} new, 0 updated, 0 unchanged, 0 failed"), summary


@pytest.mark.neo4j
def test_load_into_neo4j_in_halves_twice_gives_the_ingest_graph(neo4j_credentials, articles_file,
                                                                 reference, tmp_path):
    from kg.store.neo4j import Neo4jStore
    from tests.neo4j_server import reset_database

    uri, user, password = neo4j_credentials
    store = Neo4jStore(uri, user, password)
    reset_database(store.driver)
    store.close()
    env = {"KG_STORE": uri, "NEO4J_USERNAME": user, "NEO4J_PASSWORD": password}
    lines = articles_file.read_text(encoding="utf-8").splitlines(keepends=True)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text("".join(lines[:8]), encoding="utf-8")
    second.write_text("".join(lines[8:]), encoding="utf-8")
    for files in ([second], [first, second]):
        done = run_kg("load", *map(str, files), env=env)
        assert done.returncode == 0, done.stderr
    out = tmp_path / "neo4j.json"
    done = run_kg("export", "json", str(out), env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text(encoding="utf-8")) == reference


def test_progress_total_counts_files_and_json_lines(inputs):
    from kg.progress import count_articles

    assert count_articles(inputs) == 17
    assert count_articles(["-"]) is None


def test_kill_9_mid_ingest_leaves_no_worker_behind(inputs, tmp_path):
    """Workers die with the kg process: nothing keeps the caller's pipes open after kill -9."""
    import signal
    import sqlite3
    import time

    store = tmp_path / "kg.db"
    proc = subprocess.Popen([*KG, "ingest", *inputs, "--workers", "2", "--batch-size", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "KG_STORE": f"sqlite:///{store}"})
    deadline = time.monotonic() + 600
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
                if db.execute("SELECT count(*) FROM articles").fetchone()[0] >= 1:
                    break
        except sqlite3.DatabaseError:
            pass
        time.sleep(0.02)
    assert proc.poll() is None, "kg ingest finished before the kill"
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)  # returns only when every process holding the pipes is gone
    assert proc.returncode == -signal.SIGKILL


def test_the_end_of_the_input_is_seen_a_bounded_number_of_articles_ahead():
    """With several workers the map reads ahead to see the end of the input (its last batches
    are then cut small): never more than the lookahead in articles, pass-through items (load
    failures, articles already stored) kept in their place and not counted; each item then
    comes with the number of articles after it."""
    from kg.parallel import _with_articles_left
    from schemas.models import Article

    read: list = []

    def stream():
        for i in range(10):
            item = Article(id=f"a{i}", text="Text.", source="s") if i % 3 else f"failure {i}"
            read.append(item)
            yield item

    out = []
    for item, left in _with_articles_left(stream(), lookahead=3):
        # read beyond this item: at most the 3 articles of the lookahead and the one just read
        beyond = read[read.index(item) + 1:]
        assert sum(isinstance(x, Article) for x in beyond) <= 3 + 1
        out.append((item if isinstance(item, str) else item.id, left))
    assert out == [("failure 0", None), ("a1", None), ("a2", None), ("failure 3", None),
                   ("a4", None), ("a5", 2), ("failure 6", 2), ("a7", 1), ("a8", 0), ("failure 9", 0)]
