"""Reliability as a user meets it: `kg` run as a program on bad files, killed mid-ingest, run twice
at once, fed hostile text, pointed at a dead Neo4j with a password in its environment.

Every check here goes through `python -m kg.cli` in a subprocess on a SQLite file, the way a user
or a cron job runs it. The corpus (tests/data/reliability/corpus/{a,b}) is 24 short wire-style
reports of real diplomatic events written for these tests; several events are reported twice, one
report in each half, so the same fact arrives from two articles and from two processes. Bad files
(binary, PDF, spreadsheet, re-encoded, huge) are made in tmp_path, never committed.

Store-level and loader-level versions of some of these checks live in test_sqlite_store.py and
test_bad_inputs.py; what this file adds is that the command, its exit code, its stderr and the
store it leaves behind are right end to end. Neo4j dying mid-ingest and `kg cypher` refusing
writes are in test_neo4j_failures.py.
"""
from __future__ import annotations

import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "reliability"
CORPUS = DATA / "corpus"
HALF_A = CORPUS / "a"
HALF_B = CORPUS / "b"
HOSTILE = DATA / "hostile.txt"
KG = [sys.executable, "-m", "kg.cli"]
N_ARTICLES = 24
SUBPROCESS_TIMEOUT = 600  # a hung kg is a failure, not a hung CI job


# ------------------------------------------------------------------------------------ helpers

def _env(store: Path | str | None, extra: dict | None = None) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.pop("KG_STORE", None)
    if store is not None:
        env["KG_STORE"] = store if isinstance(store, str) else f"sqlite:///{store}"
    env.update(extra or {})
    return env


def kg(*args: str, store: Path | str | None = None, env: dict | None = None,
       stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *args], input=stdin, capture_output=True, text=True, cwd=ROOT,
                          env=_env(store, env), timeout=SUBPROCESS_TIMEOUT)


def start_kg(*args: str, store: Path) -> subprocess.Popen:
    return subprocess.Popen([*KG, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT, env=_env(store))


def finish(proc: subprocess.Popen) -> subprocess.CompletedProcess:
    out, err = proc.communicate(timeout=SUBPROCESS_TIMEOUT)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def ok(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr
    return result


def export_bytes(store: Path, out: Path) -> bytes:
    ok(kg("export", "json", str(out), store=store))
    return out.read_bytes()


def stored_articles(store: Path) -> dict[str, str]:
    """article id -> source path, read straight from the file (what really committed)."""
    db = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        return dict(db.execute("SELECT id, source FROM articles"))
    finally:
        db.close()


def integrity(store: Path) -> str:
    db = sqlite3.connect(store)
    try:
        return db.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        db.close()


def provenance(export: dict) -> tuple[set, set]:
    """What each article contributed: (entity id, article) pairs and fact evidence rows."""
    mentions = {(node["id"], aid) for node in export["nodes"] for aid in node["article_ids"]}
    evidence = {(edge["key"], ev["article_id"], ev["sentence"], ev["start"], ev["end"], ev["date"])
                for edge in export["edges"] for ev in edge["evidence"]}
    return mentions, evidence


def restricted(export: dict, article_ids: set[str]) -> tuple[set, set]:
    mentions, evidence = provenance(export)
    return ({m for m in mentions if m[1] in article_ids}, {e for e in evidence if e[1] in article_ids})


def stderr_lines(result: subprocess.CompletedProcess) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def one_line_failure(result: subprocess.CompletedProcess, codes=(1, 2)) -> str:
    assert result.returncode in codes, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    lines = stderr_lines(result)
    assert len(lines) == 1, result.stderr
    return lines[0]


def facts_by_source_name(export: dict) -> dict[tuple, set[str]]:
    """(subject, relation, object, modality) -> names of the files that gave it evidence."""
    names = {n["id"]: n["name"] for n in export["nodes"]}
    out: dict[tuple, set[str]] = {}
    for edge in export["edges"]:
        key = (names[edge["source"]], edge["relation"], names[edge["target"]], edge["modality"])
        out.setdefault(key, set()).update(Path(ev["source"]).name for ev in edge["evidence"])
    return out


# ------------------------------------------------------------------------------------ reference

@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The whole corpus ingested in one clean run: the graph every other path must end in."""
    tmp = tmp_path_factory.mktemp("reference")
    store = tmp / "ref.db"
    result = ok(kg("ingest", str(CORPUS), store=store))
    assert f"{N_ARTICLES} new" in result.stdout and "0 failed" in result.stdout, result.stdout
    data = export_bytes(store, tmp / "ref.json")
    return {"store": store, "bytes": data, "export": json.loads(data),
            "articles": stored_articles(store)}


def test_corpus_files_are_the_articles_and_halves_split_it():
    files = sorted(p.name for p in CORPUS.rglob("*.txt"))
    assert len(files) == N_ARTICLES
    assert len(list(HALF_A.glob("*.txt"))) == len(list(HALF_B.glob("*.txt"))) == N_ARTICLES // 2


@pytest.mark.slow
def test_one_event_reported_twice_is_one_fact_from_both_articles(reference):
    """Read off the text: both Blinken reports say he was in Beijing, and three reports (two in
    half a, one in half b) say Kim Jong Un met Putin; each is one fact carrying every report."""
    assert len(reference["articles"]) == N_ARTICLES
    facts = facts_by_source_name(reference["export"])
    assert facts[("Antony Blinken", "VISITED", "Beijing", "asserted")] == {
        "01_blinken_beijing.txt", "02_blinken_returns.txt"}
    kim_putin = facts.get(("Kim Jong Un", "MET_WITH", "Vladimir Putin", "asserted"),
                          facts.get(("Vladimir Putin", "MET_WITH", "Kim Jong Un", "asserted")))
    assert kim_putin == {"05_putin_pyongyang.txt", "06_russia_dprk_treaty.txt",
                         "07_kim_vostochny.txt"}


# ------------------------------------------------------------------------------------ 2. bad input

GOOD_UTF8 = ("Indian Prime Minister Narendra Modi visited Kyiv on Friday, August 23, 2024, and met "
             "Ukrainian President Volodymyr Zelenskyy at the Mariinskyi Palace.")
LATIN1 = ("Brazilian President Luiz Inácio Lula da Silva visited Bogotá on Wednesday, April 17, 2024, "
          "and met Colombian President Gustavo Petro at the Casa de Nariño.")
UTF16 = ("Turkish President Recep Tayyip Erdoğan visited Athens on Thursday, December 7, 2023, and met "
         "Greek Prime Minister Kyriakos Mitsotakis, who said relations had entered a calmer period.")
JSONL_GOOD = [
    {"id": "wire-2023-12-06-putin-uae", "published": "2023-12-06",
     "text": "Russian President Vladimir Putin visited Abu Dhabi on Wednesday and met United Arab "
             "Emirates President Mohamed bin Zayed Al Nahyan."},
    {"id": "wire-2023-12-06-putin-riyadh", "published": "2023-12-06",
     "text": "Russian President Vladimir Putin later visited Riyadh, where he met Saudi Crown "
             "Prince Mohammed bin Salman on "
             "Wednesday evening."},
]
JSONL_BROKEN = '{"id": "wire-broken", "text": "Putin then flew home to Moscow'
HTML = """<!DOCTYPE html><html><head><title>Blinken makes unannounced visit to Kyiv</title>
<style>.lede::before { content: "Narendra Modi visited Montevideo on Monday."; }</style>
<script>var teaser = "Emmanuel Macron visited Reykjavik on Monday.";</script></head>
<body><nav><a href="/world">World</a> <a href="/x">Olaf Scholz visited Ulaanbaatar on Monday.</a></nav>
<iframe srcdoc="<p>Joe Biden visited Wellington on Monday.</p>">Joe Biden visited Wellington.</iframe>
<main><article><h1>Blinken makes unannounced visit to Kyiv</h1>
<p>U.S. Secretary of State Antony Blinken visited Kyiv on Wednesday, September 6, 2023, and met Ukrainian President Volodymyr Zelenskyy.</p>
<p>Blinken announced more than $1 billion in new American aid for Ukraine during the trip.</p>
</article></main></body></html>
"""
HIDDEN_CITIES = ("Montevideo", "Reykjavik", "Ulaanbaatar", "Wellington")
GERMAN = ("Der französische Präsident Emmanuel Macron ist am Sonntag zu einem Staatsbesuch in Berlin "
          "eingetroffen, dem ersten eines französischen Staatschefs seit 24 Jahren. Bundespräsident "
          "Frank-Walter Steinmeier empfing ihn am Abend, und beide sprachen über die Unterstützung "
          "der Ukraine.")
FRENCH = ("Le chancelier allemand Olaf Scholz s'est rendu lundi à Paris pour un dîner de travail avec "
          "le président Emmanuel Macron à l'Élysée, consacré à la guerre en Ukraine et à la défense "
          "européenne, a indiqué la présidence dans un communiqué.")


def _xlsx(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook><sheets><sheet name='Wire'/></sheets></workbook>")
        archive.writestr("xl/worksheets/sheet1.xml", f"<worksheet><v>{GOOD_UTF8}</v></worksheet>")


@pytest.fixture
def bad_batch(tmp_path):
    """A directory of good and bad inputs; returns (directory, {bad path: words its reason has})."""
    from ingest.loaders import MAX_FILE_BYTES

    d = tmp_path / "batch"
    (d / "nested" / "sub").mkdir(parents=True)
    (d / "good.txt").write_text(GOOD_UTF8 + "\n", encoding="utf-8")
    (d / "latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (d / "nested" / "utf16.txt").write_bytes(UTF16.encode("utf-16"))  # with a BOM
    assert (d / "nested" / "utf16.txt").read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    (d / "page.html").write_text(HTML, encoding="utf-8")
    lines = [json.dumps(JSONL_GOOD[0]), JSONL_BROKEN, json.dumps(JSONL_GOOD[1])]
    (d / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 16)
    (d / "report.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n")
    _xlsx(d / "sheet.xlsx")
    sentence = (GOOD_UTF8 + "\n").encode("utf-8")
    with open(d / "huge.txt", "wb") as handle:
        handle.write(sentence * (MAX_FILE_BYTES // len(sentence) + 2))
    os.symlink(d / "nested", d / "nested" / "sub" / "loop")
    (d / "german.txt").write_text(GERMAN, encoding="utf-8")
    (d / "french.md").write_text(FRENCH, encoding="utf-8")
    (d / "wire.story").write_text(GOOD_UTF8, encoding="utf-8")
    bad = {
        f"{d / 'empty.txt'}": ["empty"],
        f"{d / 'binary.txt'}": ["binary"],
        f"{d / 'report.pdf'}": ["pdf"],
        f"{d / 'sheet.xlsx'}": ["xlsx"],
        f"{d / 'wire.jsonl'}:2": ["json"],
        f"{d / 'huge.txt'}": ["too long", f"{MAX_FILE_BYTES:,}"],
        f"{d / 'nested' / 'sub' / 'loop'}": ["symlink loop"],
        f"{d / 'german.txt'}": ["'de'", "english"],
        f"{d / 'french.md'}": ["'fr'", "english"],
        f"{d / 'wire.story'}": [".story", "unsupported"],
    }
    return d, bad


@pytest.mark.slow
def test_bad_inputs_each_one_line_and_every_good_one_stored(bad_batch, tmp_path):
    batch, bad = bad_batch
    store = tmp_path / "kg.db"
    result = kg("ingest", str(batch), store=store)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = stderr_lines(result)
    named: dict[str, list[str]] = {path: [] for path in bad}
    for line in lines:
        owners = [path for path in bad if line.startswith(f"{path}: ")]
        assert len(owners) == 1, f"stderr line names no bad input (or several): {line!r}"
        named[owners[0]].append(line)
    for path, words in bad.items():
        assert len(named[path]) == 1, f"{path}: expected one stderr line, got {named[path]}"
        assert all(w in named[path][0].lower() for w in words), named[path][0]
    assert len(lines) == len(bad)
    assert "6 new" in result.stdout and f"{len(bad)} failed" in result.stdout, result.stdout

    sources = sorted(stored_articles(store).values())
    assert sources == sorted([str(batch / "good.txt"), str(batch / "latin1.txt"),
                              str(batch / "nested" / "utf16.txt"), str(batch / "page.html"),
                              str(batch / "wire.jsonl"), str(batch / "wire.jsonl")])
    assert set(stored_articles(store)) >= {"wire-2023-12-06-putin-uae", "wire-2023-12-06-putin-riyadh"}

    raw = export_bytes(store, tmp_path / "out.json").decode("utf-8")
    export = json.loads(raw)
    evidence = {ev["sentence"] for edge in export["edges"] for ev in edge["evidence"]}
    # Latin-1 and UTF-16 files were decoded, not mangled: their sentences are evidence verbatim.
    assert LATIN1 in evidence and UTF16 in evidence and GOOD_UTF8 in evidence
    assert "Ã" not in raw and "\ufffd" not in raw and "\ufeff" not in raw
    facts = facts_by_source_name(export)
    assert any(k[1:3] == ("VISITED", "Bogotá") and "latin1.txt" in v for k, v in facts.items())
    assert any(k[1:3] == ("VISITED", "Athens") and "utf16.txt" in v for k, v in facts.items())
    assert any(k[1:3] == ("VISITED", "Kyiv") and "page.html" in v for k, v in facts.items())
    assert any(k[1:3] == ("VISITED", "Riyadh") and "wire.jsonl" in v for k, v in facts.items())
    # Script, style, nav and iframe text reached neither the evidence nor the entities.
    for city in HIDDEN_CITIES:
        assert city not in raw, city
    assert "flew home" not in raw  # the malformed JSON Lines record left nothing behind

    # The same store answers questions about the re-encoded articles.
    answer = ok(kg("query", "who visited Athens", "--format", "json", store=store))
    rows = json.loads(answer.stdout)
    assert any(r["evidence"] == UTF16 and r["date"] == "2023-12-07" for r in rows), rows


# ------------------------------------------------------------------------------------ 3. crashes

def _wait_for_articles(store: Path, proc: subprocess.Popen, at_least: int) -> set[str]:
    """Poll the file read-only until `at_least` articles have committed; their ids."""
    while True:
        if proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"kg ingest ended (exit {proc.returncode}) before {at_least} articles "
                        f"committed\n{out}\n{err}")
        try:
            ids = set(stored_articles(store))
        except sqlite3.DatabaseError:  # file or schema not there yet
            ids = set()
        if len(ids) >= at_least:
            return ids
        proc_wait(proc, 0.01)


def proc_wait(proc: subprocess.Popen, seconds: float) -> None:
    try:
        proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        pass


@pytest.mark.slow
def test_kill_9_at_three_random_points_then_rerun_gives_the_clean_graph(reference, tmp_path):
    rng = random.Random(20240619)
    store = tmp_path / "crash.db"
    ref_ids = set(reference["articles"])
    # Kill points leave room for what commits during the delay (up to ~4 articles at today's
    # speed): a kill after the last commit would leave the rerun nothing to do.
    targets = sorted(rng.sample(range(1, N_ARTICLES - 10), 3))
    stored: set[str] = set()
    for n, target in enumerate(targets):
        target = max(target, len(stored) + 1)
        # One worker: articles commit one by one, so the kill lands mid-run whatever the delay
        # (with N workers results arrive in batches and a short run may finish its last commits
        # within the delay); the writer, and what a crash can do to the store, are the same.
        proc = start_kg("ingest", str(CORPUS), "--workers", "1", store=store)
        seen = _wait_for_articles(store, proc, target)
        proc_wait(proc, rng.uniform(0.0, 0.12))  # land anywhere: mid-extraction or mid-commit
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=SUBPROCESS_TIMEOUT)
        assert proc.returncode == -signal.SIGKILL, f"kill {n}: kg ingest finished before the kill"

        assert integrity(store) == "ok"
        after = stored_articles(store)
        assert seen <= set(after), "an article seen committed was lost by the crash"
        assert set(after) <= ref_ids and len(after) < N_ARTICLES
        assert len(after) >= len(stored)
        stored = set(after)
        # Every stored article has all of its facts and mentions, and nothing else is there:
        # the crashed store is exactly the clean graph restricted to the committed articles.
        crashed = json.loads(export_bytes(store, tmp_path / f"crash{n}.json"))
        assert provenance(crashed) == restricted(reference["export"], stored)

    rerun = ok(kg("ingest", str(CORPUS), store=store))
    assert f"{N_ARTICLES - len(stored)} new" in rerun.stdout, rerun.stdout
    assert f"{len(stored)} unchanged" in rerun.stdout, rerun.stdout
    assert integrity(store) == "ok"
    assert export_bytes(store, tmp_path / "after.json") == reference["bytes"]


@pytest.mark.slow
def test_ctrl_c_mid_ingest_keeps_whole_articles_and_says_so(reference, tmp_path):
    store = tmp_path / "interrupted.db"
    proc = start_kg("ingest", str(CORPUS), store=store)
    seen = _wait_for_articles(store, proc, 2)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=SUBPROCESS_TIMEOUT)
    assert proc.returncode == 130, f"exit {proc.returncode}\n{out}\n{err}"
    assert "Traceback" not in err
    assert [line for line in err.splitlines() if line.strip()] == [
        "interrupted: articles already committed are kept"]
    assert integrity(store) == "ok"
    stored = set(stored_articles(store))
    assert seen <= stored and len(stored) < N_ARTICLES
    interrupted = json.loads(export_bytes(store, tmp_path / "interrupted.json"))
    assert provenance(interrupted) == restricted(reference["export"], stored)


def _damage(store: Path) -> None:
    """Overwrite every page but the header and the schema-version table: the file still opens,
    and every read of the graph meets a damaged page (as after a disk or copy fault)."""
    db = sqlite3.connect(store)
    try:
        keep = {1, db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'schema_version'").fetchone()[0]}
        size = db.execute("PRAGMA page_size").fetchone()[0]
    finally:
        db.close()
    data = bytearray(store.read_bytes())
    for page in range(len(data) // size):
        if page + 1 not in keep:
            data[page * size:(page + 1) * size] = b"\xa5" * size
    store.write_bytes(bytes(data))


@pytest.mark.slow
def test_damaged_store_file_is_one_line_and_exit_2(reference, tmp_path):
    store = tmp_path / "damaged.db"
    _copy_store(reference["store"], store)
    _damage(store)
    problems = []
    for args in (["stats"], ["query", "who visited Beijing"], ["entity", "Xi Jinping"],
                 ["export", "json", str(tmp_path / "out.json")], ["ingest", str(HALF_A)]):
        result = kg(*args, store=store)
        lines = stderr_lines(result)
        if result.returncode != 2 or "Traceback" in result.stderr or len(lines) != 1 \
                or str(store) not in lines[0]:
            problems.append(f"kg {' '.join(args)}: exit {result.returncode}, {result.stderr[-300:]!r}")
    assert not problems, "\n".join(problems)


# ------------------------------------------------------------------------------------ 4-6. writers

@pytest.mark.slow
def test_two_ingests_at_once_on_one_store_equal_one_run(reference, tmp_path):
    store = tmp_path / "two.db"
    procs = [start_kg("ingest", str(HALF_A), store=store), start_kg("ingest", str(HALF_B), store=store)]
    results = [finish(p) for p in procs]
    for result in results:
        ok(result)
        assert f"{N_ARTICLES // 2} new" in result.stdout, result.stdout
    assert integrity(store) == "ok"
    assert export_bytes(store, tmp_path / "two.json") == reference["bytes"]


@pytest.mark.slow
def test_ingest_order_does_not_change_the_export(reference, tmp_path):
    """Half b, then half a in a second run, ends in the bytes of the one run (which walks a/ then
    b/): the facts reported in both halves merge the same whichever report arrives first."""
    store = tmp_path / "ba.db"
    for half in (HALF_B, HALF_A):
        result = ok(kg("ingest", str(half), store=store))
        assert f"{N_ARTICLES // 2} new" in result.stdout, result.stdout
    assert export_bytes(store, tmp_path / "ba.json") == reference["bytes"]


def _copy_store(source: Path, target: Path) -> None:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


@pytest.mark.slow
def test_reingesting_the_same_input_changes_nothing(reference, tmp_path):
    store = tmp_path / "again.db"
    _copy_store(reference["store"], store)
    again = ok(kg("ingest", str(CORPUS), store=store))
    assert f"0 new, 0 updated, {N_ARTICLES} unchanged, 0 failed" in again.stdout, again.stdout
    assert export_bytes(store, tmp_path / "again.json") == reference["bytes"]
    # One article again, from standard input this time: same text, same article.
    text = (HALF_A / "01_blinken_beijing.txt").read_text(encoding="utf-8")
    piped = ok(kg("ingest", "-", store=store, stdin=text))
    assert "0 new" in piped.stdout and "1 unchanged" in piped.stdout, piped.stdout
    assert export_bytes(store, tmp_path / "again2.json") == reference["bytes"]


# ------------------------------------------------------------------------------------ 7. hostile

HOSTILE_STRINGS = ['"}) DETACH DELETE n //', "'; DROP TABLE facts; --", "{v2}", "[/]", "[our]",
                   "C:\\Users\\navy\\share"]
MET_SENTENCE = ("O'Brien met Philippine Foreign Secretary Teodoro Locsin on Monday, and an aide's slide "
                "titled '; DROP TABLE facts; -- {v2} [/] was shown from C:\\Users\\navy\\share by "
                'mistake, "[our] error," the embassy said.')
HOSTILE_QUESTIONS = [
    "who visited '; DROP TABLE facts; --",
    'who met "}) DETACH DELETE n //',
    "who did '; DROP TABLE facts; -- meet",
    'who sanctioned {"$where": "1"}',
    "who visited C:\\Users\\navy\\share",
    "how is O'Brien connected to '; DROP TABLE facts; --",
    "who met Robert'); DROP TABLE articles;--",
    "who visited [/]",
    "who visited %",
]


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory):
    """The hostile article and one ordinary one, ingested; (store, export bytes)."""
    tmp = tmp_path_factory.mktemp("hostile")
    store = tmp / "hostile.db"
    ok(kg("ingest", str(HOSTILE), str(HALF_A / "05_putin_pyongyang.txt"), store=store))
    return store, export_bytes(store, tmp / "before.json")


@pytest.mark.slow
def test_hostile_text_is_stored_verbatim_and_hostile_questions_fail_cleanly(hostile_store, tmp_path):
    store, before = hostile_store
    assert MET_SENTENCE in HOSTILE.read_text(encoding="utf-8")
    sentences = {ev["sentence"] for edge in json.loads(before)["edges"] for ev in edge["evidence"]}
    assert MET_SENTENCE in sentences  # quotes, braces, brackets, backslashes kept verbatim
    for hostile in HOSTILE_STRINGS:
        assert any(hostile in s for s in sentences), hostile

    # A name with an apostrophe is an ordinary question; its evidence comes back untouched.
    rows = json.loads(ok(kg("query", "who met O'Brien", "--format", "json", store=store)).stdout)
    assert any(r["subject"] == "Teodoro Locsin" and r["evidence"] == MET_SENTENCE for r in rows), rows

    for n, question in enumerate(HOSTILE_QUESTIONS):
        fmt = "table" if n % 3 == 2 else "json"
        result = kg("query", question, "--format", fmt, store=store)
        if result.returncode == 0:
            assert "Traceback" not in result.stderr
            if fmt == "json":
                json.loads(result.stdout)
        else:
            one_line_failure(result)
    for name in ("'; DROP TABLE facts; --", '"}) DETACH DELETE n //'):
        result = kg("entity", name, store=store)
        assert result.returncode != 0, result.stdout  # no entity has such a name
        one_line_failure(result)

    assert integrity(store) == "ok"
    assert export_bytes(store, tmp_path / "after.json") == before


@pytest.mark.slow
def test_table_output_shows_bracketed_evidence_as_written(hostile_store):
    store, _ = hostile_store
    result = kg("query", "who met O'Brien", store=store)  # --format table, the default
    ok(result)
    assert "[our] error" in result.stdout and "{v2} [/] was shown" in result.stdout, result.stdout


# ------------------------------------------------------------------------------------ 8. secrets

ENV_SECRET = "env-Pw-7c1f9e-never-print"
URL_SECRET = "url-Pw-3b2a8d-never-print"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]




def _dead_neo4j_runs(tmp_path: Path) -> dict[str, tuple[list[str], str | None]]:
    """Every command pointed at a Neo4j that is not there (or a URL that cannot be one), with a
    password in the URL, in KG_STORE or in NEO4J_PASSWORD: name -> (arguments, KG_STORE)."""
    port = _closed_port()
    article = tmp_path / "one.txt"
    article.write_text(GOOD_UTF8, encoding="utf-8")
    with_user = f"neo4j://alice:{URL_SECRET}@127.0.0.1:{port}"
    return {
        "stats-bolt": (["stats", "--store", f"bolt://127.0.0.1:{port}"], None),
        "ingest-neo4j-url": (["ingest", str(article), "--store", with_user], None),
        "ingest-kg-store-env": (["ingest", str(article)], with_user),
        "query-bolt-url": (["query", "who visited Kyiv", "--store",
                            f"bolt://neo4j:{URL_SECRET}@127.0.0.1:{port}"], None),
        "export-neo4j-url": (["export", "json", str(tmp_path / "x.json"), "--store", with_user], None),
        "cypher-neo4j-url": (["cypher", "MATCH (n) RETURN count(n)", "--store", with_user], None),
        "entity-kg-store-env": (["entity", "Kyiv"], f"bolt://alice:{URL_SECRET}@127.0.0.1:{port}"),
        "sync-to-neo4j-url": (["sync", "--to", with_user, "--store",
                               f"sqlite:///{tmp_path / 'local.db'}"], None),
        "stats-no-host": (["stats", "--store", f"neo4j://alice:{URL_SECRET}@"], None),
        "stats-bad-port": (["stats", "--store", f"bolt://alice:{URL_SECRET}@127.0.0.1:notaport"], None),
        "stats-postgres": (["stats", "--store", f"postgres://alice:{URL_SECRET}@127.0.0.1/kg"], None),
    }


DEAD_NEO4J_CASES = [
    "stats-bolt",
    "ingest-neo4j-url",
    "ingest-kg-store-env",
    "query-bolt-url",
    "export-neo4j-url",
    "cypher-neo4j-url",
    "entity-kg-store-env",
    "sync-to-neo4j-url",
    "stats-no-host",
    "stats-bad-port",
    "stats-postgres",
]
NEO4J_ENV = {"NEO4J_USERNAME": "neo4j", "NEO4J_PASSWORD": ENV_SECRET}


@pytest.fixture(scope="module")
def dead_neo4j_results(tmp_path_factory):
    """Each case run once: name -> (command as typed, result)."""
    tmp = tmp_path_factory.mktemp("dead_neo4j")
    results = {}
    for name, (args, kg_store) in _dead_neo4j_runs(tmp).items():
        where = f"kg {' '.join(args)}" + (f" (KG_STORE={kg_store})" if kg_store else "")
        results[name] = (where, kg(*args, store=kg_store, env=NEO4J_ENV))
    assert not (tmp / "x.json").exists()
    return results


def test_neo4j_passwords_never_reach_output(dead_neo4j_results):
    assert len(dead_neo4j_results) == len(DEAD_NEO4J_CASES)
    leaks = [f"{where}: {result.stdout + result.stderr!r}" for where, result in dead_neo4j_results.values()
             if ENV_SECRET in result.stdout + result.stderr or URL_SECRET in result.stdout + result.stderr]
    assert not leaks, "\n".join(leaks)
    assert all(result.returncode != 0 for _, result in dead_neo4j_results.values())


@pytest.mark.parametrize("case", DEAD_NEO4J_CASES)
def test_dead_or_malformed_neo4j_is_one_line_and_exit_2(dead_neo4j_results, case):
    where, result = dead_neo4j_results[case]
    assert result.returncode == 2, f"{where}: exit {result.returncode}\n{result.stderr[-600:]}"
    assert "Traceback" not in result.stderr, where
    assert len(stderr_lines(result)) == 1, f"{where}: {result.stderr!r}"
