"""The CLI as a user runs it: real subprocesses, real files, the real model."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-m", "kg.cli"]


def run_kg(*args: str, store: Path | None = None, stdin: str | None = None, env: dict | None = None):
    full_env = {**os.environ, **(env or {})}
    if store is not None:
        full_env["KG_STORE"] = f"sqlite:///{store}"
    return subprocess.run([*KG, *args], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, env=full_env, timeout=600)


def test_help_does_not_import_spacy():
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from kg.cli import app\n"
        "r = CliRunner().invoke(app, ['--help'])\n"
        "assert r.exit_code == 0, r.output\n"
        "assert 'ingest' in r.output and 'query' in r.output\n"
        "heavy = [m for m in ('spacy', 'neo4j', 'networkx', 'trafilatura', 'dateparser') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


def test_query_path_does_not_import_spacy(tmp_path):
    store = tmp_path / "empty.db"
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from kg.cli import app\n"
        f"r = CliRunner().invoke(app, ['query', 'who visited Pyongyang', '--store', 'sqlite:///{store}'])\n"
        "print('spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip().endswith("False"), out.stdout + out.stderr


def _summary_says_what_it_counts(summary: str, export_message: str, store: Path, export: Path) -> None:
    """The ingest summary counts facts as `kg stats` does and splits them by modality; the export
    says its edges are something else (one per subject, relation, object and modality, asserted
    only by default, event ties added), so a user comparing the two numbers is told why."""
    import re

    from kg.store.sqlite import SqliteStore

    found = re.search(r"store now holds (\d+) entities, (\d+) facts "
                      r"\((\d+) asserted, (\d+) planned, (\d+) negated\)", summary)
    assert found, summary
    entities, facts, asserted, planned, negated = map(int, found.groups())
    db = SqliteStore(str(store))
    try:
        stats = db.stats()
        stored = db.all_facts()
    finally:
        db.close()
    assert entities == sum(stats["entities"].values())
    assert facts == sum(stats["facts"].values()) == len(stored) == asserted + planned + negated
    assert asserted == sum(1 for f in stored if f.modality == "asserted") > 0
    edges = json.loads(export.read_text(encoding="utf-8"))["edges"]
    pairs = {(f.subject_id, f.relation, f.object_id) for f in stored if f.modality == "asserted"}
    assert len([e for e in edges if not e["inferred"]]) == len(pairs)
    assert f"{len(edges)} edges (one per subject, relation, object and modality" in export_message


def test_ingest_seeds_twice_then_ask(tmp_path):
    store = tmp_path / "kg.db"
    first = run_kg("ingest", "seeds/", store=store)
    assert first.returncode == 0, first.stderr
    assert "5 new" in first.stdout
    export_one = tmp_path / "one.json"
    exported = run_kg("export", "json", str(export_one), store=store)
    assert exported.returncode == 0, exported.stderr
    _summary_says_what_it_counts(first.stdout, exported.stdout, store, export_one)

    second = run_kg("ingest", "seeds/", store=store)
    assert second.returncode == 0, second.stderr
    assert "0 new" in second.stdout and "5 unchanged" in second.stdout
    export_two = tmp_path / "two.json"
    assert run_kg("export", "json", str(export_two), store=store).returncode == 0
    assert export_one.read_bytes() == export_two.read_bytes()

    answer = run_kg("query", "who visited Pyongyang", "--format", "json", store=store)
    assert answer.returncode == 0, answer.stderr
    rows = json.loads(answer.stdout)
    sun = [r for r in rows if r["subject"] == "Sun Weidong" and r["object"] == "Pyongyang"]
    assert sun and sun[0]["date"] == "2024-01-26"
    assert "Sun Weidong visited Pyongyang" in sun[0]["evidence"]

    table = run_kg("query", "who visited North Korea", store=store)
    assert table.returncode == 0, table.stderr
    assert "Sergei Shoigu" in table.stdout and "Li Hongzhong" in table.stdout

    explained = run_kg("query", "who visited Pyongyang", "--explain", store=store)
    assert explained.returncode == 0
    assert "SELECT" in explained.stdout.upper()

    stats = run_kg("stats", store=store)
    assert stats.returncode == 0 and "Person" in stats.stdout

    card = run_kg("entity", "Kim Jong-un", store=store)
    assert card.returncode == 0, card.stderr
    assert "Kim Jong Un" in card.stdout

    misspelt = run_kg("query", "who visited Pyongang", "--format", "json", store=store)
    assert misspelt.returncode == 0, misspelt.stderr
    assert "Pyongyang" in misspelt.stderr  # says which entity it answered for
    assert any(r["subject"] == "Sun Weidong" for r in json.loads(misspelt.stdout))

    unknown = run_kg("query", "who visited Atlantis", store=store)
    assert unknown.returncode == 1
    assert "Atlantis" in unknown.stderr and len(unknown.stderr.strip().splitlines()) == 1
    assert "Traceback" not in unknown.stderr


def test_extract_prints_contract_rows_without_a_store(tmp_path):
    article = ("French President Emmanuel Macron arrived in Beijing on Wednesday for a three-day "
               "state visit, his first trip to China since 2019.")
    out = run_kg("extract", "-", "--format", "jsonl", stdin=article, env={"KG_STORE": f"sqlite:///{tmp_path}/x.db"})
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    assert any(r["subject"] == "Emmanuel Macron" and r["relation"] == "VISITED" and r["object"] == "Beijing"
               for r in rows), rows
    row = rows[0]
    assert set(row) >= {"article", "source", "subject", "subject_type", "relation", "object",
                        "object_type", "date", "modality", "confidence", "title", "cameo", "evidence"}
    assert not (tmp_path / "x.db").exists()


def test_bad_and_good_inputs_in_one_batch(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("German Chancellor Olaf Scholz visited Kyiv on Monday, June 16, 2022, and met "
                    "President Volodymyr Zelenskyy.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    odd = tmp_path / "notes.xyz"
    odd.write_text("hello", encoding="utf-8")
    store = tmp_path / "kg.db"
    out = run_kg("ingest", str(good), str(empty), str(odd), store=store)
    assert out.returncode == 1
    errors = [line for line in out.stderr.splitlines() if line.strip()]
    assert any("empty.txt" in line for line in errors)
    assert any("notes.xyz" in line for line in errors)
    assert "Traceback" not in out.stderr
    assert "1 new" in out.stdout


def test_unsupported_question_lists_forms_and_exits_2(tmp_path):
    out = run_kg("query", "what is the meaning of life", store=tmp_path / "kg.db")
    assert out.returncode == 2
    assert "who visited" in out.stderr.lower()
    assert "Traceback" not in out.stderr


def test_unreachable_neo4j_is_one_line_exit_2(tmp_path):
    out = run_kg("stats", "--store", "bolt://127.0.0.1:1",
                 env={"NEO4J_USERNAME": "neo4j", "NEO4J_PASSWORD": "s3cret-do-not-print"})
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert "s3cret-do-not-print" not in out.stderr + out.stdout
    assert "127.0.0.1:1" in out.stderr


def test_bad_store_url_is_a_usage_error():
    out = run_kg("stats", "--store", "mysql://localhost/kg")
    assert out.returncode == 2
    assert "sqlite:///" in out.stderr
