"""The embedded SQLite store: what a user re-ingesting, correcting or racing two ingests sees.

Articles are built here by hand from wire-copy sentences written for these tests, so the expected
values were read off the text. No spaCy: these run in a second.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest

from kg.store import open_store
from kg.store.base import FactFilter, WriteOutcome
from kg.store.sqlite import SqliteStore
from schemas import Entity, EntityType, ExtractionResult
from tests.builders import article, fact

ROOT = Path(__file__).resolve().parent.parent
P, S, C, O = EntityType.PERSON, EntityType.STATE, EntityType.CITY, EntityType.ORGANIZATION

MACRON = Entity.make("Emmanuel Macron", P, aliases=["Macron"])
XI = Entity.make("Xi Jinping", P, aliases=["Xi"])
FRANCE = Entity.make("France", S, attributes={"iso": "FR"})
CHINA = Entity.make("China", S, aliases=["People's Republic of China", "PRC"], attributes={"iso": "CN"})
BEIJING = Entity.make("Beijing", C, attributes={"country": "China"})
RETNO = Entity.make("Retno Marsudi", P, aliases=["Marsudi"])
BLINKEN = Entity.make("Antony Blinken", P, aliases=["Blinken"])
INDONESIA = Entity.make("Indonesia", S)
USA = Entity.make("United States", S, aliases=["US", "U.S.", "Washington"])
JAKARTA = Entity.make("Jakarta", C)
PUTIN = Entity.make("Vladimir Putin", P, aliases=["Putin"])
KIM = Entity.make("Kim Jong Un", P, aliases=["Kim Jong-un"])
RUSSIA = Entity.make("Russia", S)
NORTH_KOREA = Entity.make("North Korea", S, aliases=["DPRK"])
PYONGYANG = Entity.make("Pyongyang", C, attributes={"country": "North Korea"})
EU = Entity.make("European Union", O, aliases=["EU"])
LI = Entity.make("Li Qiang", P)
AUSTRALIA = Entity.make("Australia", S)
CANBERRA = Entity.make("Canberra", C)


def corpus() -> list[ExtractionResult]:
    """Six short articles: a state visit to Beijing reported twice, a ministerial meeting in
    Jakarta, a visit to Pyongyang and a partnership treaty, EU sanctions, a planned trip."""
    s1 = "French President Emmanuel Macron arrived in Beijing on Wednesday for a three-day state visit."
    s2 = "Macron held talks with Chinese President Xi Jinping at the Great Hall of the People on Thursday."
    s3 = "Beijing, the Chinese capital, closed several avenues for the motorcade."
    a1 = article("cn-0406", f"{s1} {s2} {s3}", "2023-04-06")
    r1 = ExtractionResult(article=a1, entities=[MACRON, BEIJING, XI, FRANCE, CHINA], facts=[
        fact(a1, MACRON, "VISITED", BEIJING, s1, date="2023-04-05", confidence=0.9, cameo="042"),
        fact(a1, MACRON, "MET_WITH", XI, s2, date="2023-04-06", confidence=0.85, cameo="040"),
        fact(a1, MACRON, "HOLDS_ROLE", FRANCE, s1, title="President", confidence=0.95),
        fact(a1, XI, "HOLDS_ROLE", CHINA, s2, title="President", confidence=0.95),
        fact(a1, BEIJING, "LOCATED_IN", CHINA, s3, confidence=0.9),
    ])

    t1 = "Xi Jinping and Emmanuel Macron met for more than six hours, Chinese state media said."
    a2 = article("cn-0407", t1, "2023-04-07")
    r2 = ExtractionResult(article=a2, entities=[XI, MACRON], facts=[
        fact(a2, XI, "MET_WITH", MACRON, t1, date="2023-04-06", confidence=0.7, cameo="040"),
    ])

    u1 = ("Indonesian Foreign Minister Retno Marsudi met U.S. Secretary of State Antony Blinken in "
          "Jakarta on Thursday on the sidelines of the regional ministers' meetings.")
    a3 = article("id-0713", u1, "2023-07-13")
    r3 = ExtractionResult(article=a3, entities=[RETNO, BLINKEN, JAKARTA, INDONESIA, USA], facts=[
        fact(a3, RETNO, "MET_WITH", BLINKEN, u1, date="2023-07-13", cameo="040"),
        fact(a3, BLINKEN, "VISITED", JAKARTA, u1, date="2023-07-13", cameo="042"),
        fact(a3, RETNO, "HOLDS_ROLE", INDONESIA, u1, title="Foreign Minister"),
        fact(a3, BLINKEN, "HOLDS_ROLE", USA, u1, title="Secretary of State"),
        fact(a3, JAKARTA, "LOCATED_IN", INDONESIA, u1, confidence=0.6),
    ])

    v1 = "Russian President Vladimir Putin visited Pyongyang on Wednesday, his first trip there in 24 years."
    v2 = ("Putin and North Korean leader Kim Jong Un signed a comprehensive strategic partnership "
          "treaty binding Russia and North Korea to mutual assistance.")
    a4 = article("kp-0619", f"{v1} {v2}", "2024-06-19")
    r4 = ExtractionResult(article=a4, entities=[PUTIN, PYONGYANG, KIM, RUSSIA, NORTH_KOREA], facts=[
        fact(a4, PUTIN, "VISITED", PYONGYANG, v1, date="2024-06-19", confidence=0.9),
        fact(a4, PUTIN, "MET_WITH", KIM, v2, date="2024-06-19"),
        fact(a4, RUSSIA, "ALLIED_WITH", NORTH_KOREA, v2, date="2024-06-19"),
        fact(a4, PUTIN, "HOLDS_ROLE", RUSSIA, v1, title="President"),
        fact(a4, KIM, "HOLDS_ROLE", NORTH_KOREA, v2, title="leader"),
    ])

    w1 = "The European Union imposed a new package of sanctions on Russia on Friday."
    a5 = article("eu-0223", w1, "2024-02-23")
    r5 = ExtractionResult(article=a5, entities=[EU, RUSSIA], facts=[
        fact(a5, RUSSIA, "SANCTIONED_BY", EU, w1, date="2024-02-23", cameo="163"),
    ])

    x1 = "Chinese Premier Li Qiang will visit Canberra next month, the Australian government said."
    x2 = "Canberra is the capital of Australia."
    a6 = article("au-0520", f"{x1} {x2}", "2024-05-20")
    r6 = ExtractionResult(article=a6, entities=[LI, CANBERRA, AUSTRALIA, CHINA], facts=[
        fact(a6, LI, "VISITED", CANBERRA, x1, date="2024-06", modality="planned"),
        fact(a6, LI, "HOLDS_ROLE", CHINA, x1, title="Premier"),
        fact(a6, CANBERRA, "LOCATED_IN", AUSTRALIA, x2),
    ])
    return [r1, r2, r3, r4, r5, r6]


def hostile() -> ExtractionResult:
    """Names and evidence that would break a query built by pasting text."""
    bad_org = Entity.make('Front "}) DETACH DELETE n //', O)
    bad_state = Entity.make("Republic of '; DROP TABLE facts; --", S)
    sentence = ('The group calling itself Front "}) DETACH DELETE n // condemned the '
                "Republic of '; DROP TABLE facts; -- in a statement with {braces} and back\\slashes.")
    art = article("hostile-1", sentence, "2024-01-02")
    return ExtractionResult(article=art, entities=[bad_org, bad_state], facts=[
        fact(art, bad_org, "CONDEMNED", bad_state, sentence, date="2024-01-02"),
    ])


def fill(store, results) -> list[WriteOutcome]:
    return [store.write(r) for r in results]


@pytest.fixture
def store(tmp_path):
    s = SqliteStore(tmp_path / "kg.db")
    yield s
    s.close()


def _fact(store, subject, relation, obj) -> object:
    found = [f for f in store.all_facts()
             if f.relation == relation and {f.subject, f.object} == {subject, obj}]
    assert len(found) == 1, found
    return found[0]


# -- writing ----------------------------------------------------------------------------------------

def test_write_is_idempotent(store):
    assert fill(store, corpus()) == [WriteOutcome.NEW] * 6
    before = (store.stats(), [f.model_dump() for f in store.all_facts()])
    assert fill(store, corpus()) == [WriteOutcome.UNCHANGED] * 6
    assert (store.stats(), [f.model_dump() for f in store.all_facts()]) == before
    assert store.stats()["articles"] == {"total": 6}


def test_changed_text_replaces_the_articles_contribution(store):
    fill(store, corpus())
    original = corpus()[4]
    corrected_sentence = "The European Union imposed a new package of sanctions on North Korea on Friday."
    art = article(original.article.id, corrected_sentence, "2024-02-23")
    corrected = ExtractionResult(article=art, entities=[EU, NORTH_KOREA], facts=[
        fact(art, NORTH_KOREA, "SANCTIONED_BY", EU, corrected_sentence, date="2024-02-23"),
    ])
    assert store.write(corrected) == WriteOutcome.UPDATED
    sanctions = store.facts(FactFilter(relations=["SANCTIONED_BY"]))
    assert [(f.subject, f.object) for f in sanctions] == [("North Korea", "European Union")]
    assert sanctions[0].evidence[0].sentence == corrected_sentence
    # the EU is now named only by the corrected article; Russia still by the Pyongyang one
    assert store.get_entity(EU.id).article_ids == ["eu-0223"]
    assert store.get_entity(RUSSIA.id).article_ids == ["kp-0619"]


def test_an_entity_no_article_names_any_more_disappears(store):
    only = corpus()[4]
    store.write(only)
    art = article(only.article.id, "Nothing about sanctions here after all.", "2024-02-23")
    assert store.write(ExtractionResult(article=art, entities=[], facts=[])) == WriteOutcome.UPDATED
    assert store.get_entity(EU.id) is None
    assert store.all_facts() == []


def test_same_fact_from_two_articles_is_one_fact_with_both(store):
    fill(store, corpus())
    met = _fact(store, "Emmanuel Macron", "MET_WITH", "Xi Jinping")
    assert met.article_ids == ["cn-0406", "cn-0407"]
    assert met.dates == ["2023-04-06"]
    assert met.confidence == 0.85
    assert [e.article_id for e in met.evidence] == ["cn-0406", "cn-0407"]
    # symmetric: one fact whichever way round the articles told it
    assert len(store.facts(FactFilter(relations=["MET_WITH"], either_ids=[XI.id]))) == 1


def test_aggregates_do_not_depend_on_arrival_order(tmp_path):
    forward, backward = SqliteStore(tmp_path / "a.db"), SqliteStore(tmp_path / "b.db")
    fill(forward, corpus())
    fill(backward, list(reversed(corpus())))
    assert [f.model_dump() for f in forward.all_facts()] == [f.model_dump() for f in backward.all_facts()]
    assert [e.model_dump() for e in forward.all_entities()] == [e.model_dump() for e in backward.all_entities()]


def test_entity_lookup_folds_case_hyphens_and_aliases(store):
    fill(store, corpus())
    assert [e.name for e in store.find_entities("kim jong-un")] == ["Kim Jong Un"]
    assert [e.name for e in store.find_entities("KIM JONG UN")] == ["Kim Jong Un"]
    assert [e.name for e in store.find_entities("the PRC")] == ["China"]
    assert [e.name for e in store.find_entities("u.s.")] == ["United States"]
    assert store.find_entities("Atlantis") == []
    china = store.get_entity(CHINA.id)
    assert china.aliases == ["PRC", "People's Republic of China"]
    assert china.attributes == {"iso": "CN"}
    assert ("city:pyongyang", "Pyongyang") in store.entity_names()


def test_attributes_merge_to_the_smallest_value_whatever_the_order(tmp_path):
    art1 = article("x1", "Pyongyang is the capital.", "2024-01-01")
    art2 = article("x2", "Pyongyang held a parade.", "2024-01-02")
    one = Entity.make("Pyongyang", C, attributes={"country": "North Korea", "population": 3000000})
    two = Entity.make("Pyongyang", C, attributes={"country": "DPRK", "population": None})
    results = [ExtractionResult(article=art1, entities=[one], facts=[]),
               ExtractionResult(article=art2, entities=[two], facts=[])]
    a, b = SqliteStore(tmp_path / "a.db"), SqliteStore(tmp_path / "b.db")
    fill(a, results)
    fill(b, list(reversed(results)))
    assert a.get_entity("city:pyongyang").attributes == {"country": "DPRK", "population": 3000000}
    assert b.get_entity("city:pyongyang").attributes == a.get_entity("city:pyongyang").attributes


def test_date_filter_overlaps_partial_dates(store):
    fill(store, corpus())

    def visits(date_from=None, date_to=None, modalities=None):
        found = store.facts(FactFilter(relations=["VISITED"], date_from=date_from, date_to=date_to,
                                       modalities=modalities))
        return sorted(f.subject for f in found)

    assert visits("2024") == ["Li Qiang", "Vladimir Putin"]
    assert visits("2024", "2024", ["asserted"]) == ["Vladimir Putin"]
    assert visits(date_to="2023-07") == ["Antony Blinken", "Emmanuel Macron"]
    assert visits("2023-04-06", "2023-07-12") == []
    assert visits("2024-06-15", "2024-06-15") == ["Li Qiang"]  # "next month" = June 2024 covers the 15th


def test_shortest_paths_link_a_president_to_a_country_he_visited(store):
    fill(store, corpus())
    paths = store.shortest_paths(MACRON.id, CHINA.id)
    described = sorted(tuple((f.subject, f.relation, f.object) for f in p) for p in paths)
    assert described == [
        (("Emmanuel Macron", "MET_WITH", "Xi Jinping"), ("Xi Jinping", "HOLDS_ROLE", "China")),
        (("Emmanuel Macron", "VISITED", "Beijing"), ("Beijing", "LOCATED_IN", "China")),
    ]
    assert store.shortest_paths(MACRON.id, MACRON.id) == []
    assert store.shortest_paths(MACRON.id, "state:atlantis") == []


def test_hostile_text_is_stored_and_read_back_as_plain_text(store):
    fill(store, corpus())
    store.write(hostile())
    org = store.find_entities('Front "}) DETACH DELETE n //')
    assert [e.name for e in org] == ['Front "}) DETACH DELETE n //']
    state = store.find_entities("Republic of '; DROP TABLE facts; --")
    assert [e.name for e in state] == ["Republic of '; DROP TABLE facts; --"]
    condemned = store.facts(FactFilter(subject_ids=[org[0].id]))
    assert condemned[0].object == "Republic of '; DROP TABLE facts; --"
    assert "{braces} and back\\slashes" in condemned[0].evidence[0].sentence
    assert store.stats()["articles"] == {"total": 7}


def test_article_results_give_back_what_was_written(store):
    results = corpus()
    fill(store, results)
    back = list(store.article_results())
    assert [r.article.id for r in back] == sorted(r.article.id for r in results)
    by_id = {r.article.id: r for r in results}
    assert all(r == by_id[r.article.id] for r in back)


def test_explain_log_has_the_sql_with_parameters(store):
    fill(store, corpus())
    store.executed.clear()
    store.facts(FactFilter(subject_ids=[MACRON.id], relations=["VISITED"]))
    sql, params = store.executed[-1]
    assert "fact_evidence" in sql and "json_each" in sql
    assert json.loads(params["subject_ids"]) == [MACRON.id]


# -- URLs -----------------------------------------------------------------------------------------

def test_open_store_urls(tmp_path, monkeypatch):
    from kg.errors import StoreConfigError

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KG_STORE", raising=False)
    store = open_store()
    assert isinstance(store, SqliteStore) and Path(store.path).resolve() == tmp_path / "kg.db"
    store.close()
    monkeypatch.setenv("KG_STORE", f"sqlite:///{tmp_path}/env/kg.db")
    store = open_store()
    assert Path(store.path) == tmp_path / "env" / "kg.db"
    store.close()
    store = open_store("sqlite:///rel/x.db")  # --store wins over the environment
    assert Path(store.path).resolve() == tmp_path / "rel" / "x.db"
    store.close()
    with pytest.raises(StoreConfigError) as err:
        open_store("postgres://user:hunter2@db/kg")
    assert "hunter2" not in str(err.value) and "sqlite:///" in str(err.value) and "bolt://" in str(err.value)


def test_newer_schema_is_refused(tmp_path):
    from kg.errors import StoreVersionError

    SqliteStore(tmp_path / "kg.db").close()
    with sqlite3.connect(tmp_path / "kg.db") as db:
        db.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(StoreVersionError):
        SqliteStore(tmp_path / "kg.db")


# -- processes ------------------------------------------------------------------------------------

_WRITER = textwrap.dedent("""
    import sys
    from kg.store.sqlite import SqliteStore
    from tests.test_sqlite_store import synthetic
    store = SqliteStore(sys.argv[1])
    first, count = int(sys.argv[2]), int(sys.argv[3])
    for n in range(first, first + count):
        store.write(synthetic(n))
        if n == first:
            print("started", flush=True)
    print("done", flush=True)
""")

FACTS_PER_ARTICLE = 12


def synthetic(n: int) -> ExtractionResult:
    """Article n: a minister touring FACTS_PER_ARTICLE capitals (deterministic, distinct per n)."""
    minister = Entity.make(f"Minister {n}", P)
    cities = [Entity.make(f"Capital {n}-{k}", C) for k in range(FACTS_PER_ARTICLE)]
    sentences = [f"Minister {n} visited Capital {n}-{k} on day {k}." for k in range(FACTS_PER_ARTICLE)]
    art = article(f"tour-{n:05d}", " ".join(sentences), "2024-03-01")
    return ExtractionResult(article=art, entities=[minister, *cities], facts=[
        fact(art, minister, "VISITED", city, sentence, date="2024-03-01")
        for city, sentence in zip(cities, sentences)
    ])


def _spawn(db: Path, first: int, count: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", _WRITER, str(db), str(first), str(count)],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)


def test_two_writers_on_one_file_both_finish(tmp_path):
    db = tmp_path / "kg.db"
    SqliteStore(db).close()
    writers = [_spawn(db, 0, 40), _spawn(db, 1000, 40)]
    outputs = [w.communicate(timeout=300)[0] for w in writers]
    assert [w.returncode for w in writers] == [0, 0], outputs
    store = SqliteStore(db)
    ids = [a.id for a in store.articles()]
    assert ids == sorted([f"tour-{n:05d}" for n in range(40)] + [f"tour-{n:05d}" for n in range(1000, 1040)])
    assert store.stats()["facts"] == {"VISITED": 80 * FACTS_PER_ARTICLE}


def test_kill_9_mid_ingest_leaves_only_whole_articles(tmp_path):
    db = tmp_path / "kg.db"
    writer = _spawn(db, 0, 100_000)
    assert writer.stdout.readline().strip() == "started"  # at least one article committed
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(timeout=60)
    assert writer.returncode == -signal.SIGKILL
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store = SqliteStore(db)
    articles = store.articles()
    assert articles, "the first article was committed before the kill"
    per_article: dict[str, int] = {}
    for f in store.all_facts():
        for aid in f.article_ids:
            per_article[aid] = per_article.get(aid, 0) + 1
    assert {a.id: per_article.get(a.id, 0) for a in articles} == {a.id: FACTS_PER_ARTICLE for a in articles}
    assert len(store.all_entities()) == len(articles) * (FACTS_PER_ARTICLE + 1)


V1_SCHEMA = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT, url TEXT, published TEXT, source TEXT,
    fingerprint TEXT NOT NULL, result TEXT NOT NULL);
CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
    attributes TEXT NOT NULL DEFAULT '{}');
CREATE TABLE mentions (article_id TEXT NOT NULL, entity_id TEXT NOT NULL, name TEXT NOT NULL,
    type TEXT NOT NULL, PRIMARY KEY (article_id, entity_id));
CREATE INDEX mentions_entity ON mentions (entity_id);
CREATE TABLE entity_aliases (entity_id TEXT NOT NULL, article_id TEXT NOT NULL, alias TEXT NOT NULL,
    folded TEXT NOT NULL, PRIMARY KEY (entity_id, article_id, alias));
CREATE INDEX entity_aliases_folded ON entity_aliases (folded);
CREATE TABLE entity_attributes (entity_id TEXT NOT NULL, article_id TEXT NOT NULL, key TEXT NOT NULL,
    value_text TEXT NOT NULL, value_json TEXT NOT NULL, PRIMARY KEY (entity_id, article_id, key));
CREATE TABLE fact_evidence (fact_id TEXT NOT NULL, subject_id TEXT NOT NULL, relation TEXT NOT NULL,
    object_id TEXT NOT NULL, modality TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', cameo TEXT,
    confidence REAL NOT NULL, article_id TEXT NOT NULL, sentence TEXT NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, date TEXT, source TEXT, PRIMARY KEY (fact_id, article_id, start, "end"));
CREATE INDEX fact_evidence_subject ON fact_evidence (subject_id);
INSERT INTO schema_version VALUES (1);
"""


# What schema 5 wrote, made from a current file: facts keyed by their hash id in a WITHOUT ROWID
# table, evidence rows carrying that id (the older layouts below start from this one).
V6_TO_V5 = """
CREATE TABLE v5_facts (
    fact_id TEXT PRIMARY KEY, subject_id TEXT NOT NULL, relation TEXT NOT NULL, object_id TEXT NOT NULL,
    modality TEXT NOT NULL, title TEXT NOT NULL, sort_date TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO v5_facts SELECT fact_id, subject_id, relation, object_id, modality, title, sort_date FROM facts;
CREATE TABLE v5_evidence (
    fact_id TEXT NOT NULL, article_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    sentence TEXT NOT NULL, confidence REAL NOT NULL, cameo TEXT, date TEXT, date_lo TEXT, date_hi TEXT,
    source TEXT);
INSERT INTO v5_evidence SELECT f.fact_id, e.article_id, e.start, e."end", e.sentence, e.confidence, e.cameo,
    e.date, e.date_lo, e.date_hi, e.source FROM fact_evidence e JOIN facts f ON f.n = e.fact_n ORDER BY e.rowid;
DROP TABLE fact_evidence;
DROP TABLE facts;
ALTER TABLE v5_facts RENAME TO facts;
ALTER TABLE v5_evidence RENAME TO fact_evidence;
CREATE INDEX facts_at_subject ON facts (subject_id, relation, modality, sort_date, object_id);
CREATE INDEX facts_at_object ON facts (object_id, relation, modality, sort_date, subject_id);
CREATE UNIQUE INDEX fact_evidence_key ON fact_evidence (fact_id, article_id, start, "end");
CREATE INDEX fact_evidence_article ON fact_evidence (article_id);
UPDATE schema_version SET version = 5;
"""


def test_a_store_written_by_the_previous_version_is_upgraded_in_place(tmp_path):
    """A kg.db of schema 1 (before incremental aggregates) opens, answers the same and takes writes."""
    current = SqliteStore(tmp_path / "now.db")
    results = corpus()
    for result in results[:-1]:
        current.write(result)
    old = sqlite3.connect(tmp_path / "old.db")
    old.executescript(V1_SCHEMA)
    old.execute("ATTACH DATABASE ? AS now", (str(tmp_path / "now.db"),))
    old.create_function("plain", 1, lambda packed: zlib.decompress(packed).decode("utf-8"))  # as written then
    for table, columns in (("articles", "id, title, url, published, source, fingerprint, plain(result)"),
                           ("entities", "*"), ("mentions", "*"), ("entity_aliases", "*"),
                           ("entity_attributes", "*"),
                           ("fact_evidence", 'f.fact_id, f.subject_id, f.relation, f.object_id, f.modality, f.title, '
                                            'e.cameo, e.confidence, e.article_id, e.sentence, e.start, e."end", '
                                            'e.date, e.source')):
        source = ("now.fact_evidence e JOIN now.facts f ON f.n = e.fact_n" if table == "fact_evidence"
                  else f"now.{table}")  # evidence rows carried their fact's key then
        old.execute(f"INSERT INTO main.{table} SELECT {columns} FROM {source}")
    old.commit()
    old.close()

    upgraded = SqliteStore(tmp_path / "old.db")
    assert upgraded.all_facts() == current.all_facts()
    assert upgraded.all_entities() == current.all_entities()
    assert upgraded.entity_names() == current.entity_names()
    since = FactFilter(date_from="2023-04-06", date_to="2024-02")
    assert upgraded.facts(since) == current.facts(since) != []
    assert upgraded.write(results[-1]) == current.write(results[-1]) == WriteOutcome.NEW
    assert upgraded.write(results[0]) == WriteOutcome.UNCHANGED
    assert upgraded.all_facts() == current.all_facts()
    assert upgraded.all_entities() == current.all_entities()
    assert list(upgraded.article_results()) == list(current.article_results())
    version = sqlite3.connect(tmp_path / "old.db").execute("SELECT version FROM schema_version").fetchall()
    assert version == [(6,)]


def test_a_schema_3_store_is_upgraded_to_the_smaller_layout(tmp_path):
    """A kg.db of schema 3 (evidence rows that repeat their fact's key, two covering indexes on
    them, results stored as plain JSON) opens as schema 6: those columns and indexes gone, every
    result compressed, the same answers, the same results given back, and the file compacted,
    smaller than it was."""
    path = tmp_path / "kg.db"
    results = corpus()
    facts, entities, since, written = _store_of(path, results)
    db = sqlite3.connect(path)  # back to what schema 3 wrote
    db.create_function("plain", 1, lambda packed: zlib.decompress(packed).decode("utf-8"))
    db.executescript(V6_TO_V5 + """
        UPDATE articles SET result = plain(result);
        CREATE TABLE v3 (
            fact_id TEXT NOT NULL, subject_id TEXT NOT NULL, relation TEXT NOT NULL,
            object_id TEXT NOT NULL, modality TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',
            cameo TEXT, confidence REAL NOT NULL, article_id TEXT NOT NULL, sentence TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, date TEXT, source TEXT, date_lo TEXT, date_hi TEXT,
            PRIMARY KEY (fact_id, article_id, start, "end")) WITHOUT ROWID;
        INSERT INTO v3 SELECT e.fact_id, f.subject_id, f.relation, f.object_id, f.modality, f.title, e.cameo,
            e.confidence, e.article_id, e.sentence, e.start, e."end", e.date, e.source, e.date_lo, e.date_hi
            FROM fact_evidence e JOIN facts f ON f.fact_id = e.fact_id;
        DROP TABLE fact_evidence;
        ALTER TABLE v3 RENAME TO fact_evidence;
        CREATE INDEX fact_evidence_article ON fact_evidence (article_id);
        DROP INDEX facts_at_subject; DROP INDEX facts_at_object;
        CREATE INDEX facts_by_subject ON facts (subject_id, relation, modality, sort_date);
        CREATE INDEX facts_by_object ON facts (object_id, relation, modality, sort_date);
        CREATE INDEX fact_evidence_by_subject ON fact_evidence
            (subject_id, relation, modality, object_id, title, date, date_lo, date_hi);
        CREATE INDEX fact_evidence_by_object ON fact_evidence
            (object_id, relation, modality, subject_id, title, date, date_lo, date_hi);
        UPDATE schema_version SET version = 3;
        VACUUM;
    """)
    db.close()
    before = path.stat().st_size

    with SqliteStore(path) as upgraded:
        assert upgraded.all_facts() == facts != []
        assert upgraded.all_entities() == entities
        assert upgraded.facts(FactFilter(date_from="2023-04-06", date_to="2024-02")) == since != []
        assert list(upgraded.article_results()) == written
        assert upgraded.write(results[0]) == WriteOutcome.UNCHANGED
    db = sqlite3.connect(path)
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_schema WHERE type = 'index'")}
    assert {"facts_at_subject", "facts_at_object"} <= indexes
    assert not indexes & {"fact_evidence_by_subject", "fact_evidence_by_object", "facts_by_subject", "facts_by_object"}
    assert db.execute("SELECT DISTINCT typeof(result) FROM articles").fetchall() == [("blob",)]
    columns = {r[1] for r in db.execute("PRAGMA table_info(fact_evidence)")}
    assert not columns & {"subject_id", "relation", "object_id", "modality", "title"}
    assert "fact_evidence_article" in indexes
    assert db.execute("SELECT version FROM schema_version").fetchall() == [(6,)]
    assert db.execute("PRAGMA freelist_count").fetchall() == [(0,)]  # compacted once upgraded
    db.close()
    assert path.stat().st_size < before


def _store_of(path, results) -> tuple:
    """A current store of `results` at `path`, and what it answers: every fact, every entity, the
    facts of a date range, the stored results (what an upgraded copy must give back)."""
    with SqliteStore(path) as now:
        for result in results:
            now.write(result)
        return (now.all_facts(), now.all_entities(), now.facts(FactFilter(date_from="2023-04-06", date_to="2024-02")),
                list(now.article_results()))


def _answers_as_before_and_writes_as_a_fresh_store(path, fresh_path, results, before, fresh_order) -> None:
    """An upgraded file gives the answers and results it gave before, takes unchanged, new and
    replaced articles (and back), and then holds what a fresh store of every article holds, written
    in `fresh_order` (another arrival order gives other fact numbers, not another graph)."""
    facts, entities, since, written = before
    with SqliteStore(path) as upgraded:
        assert upgraded.all_facts() == facts != []
        assert upgraded.all_entities() == entities
        assert upgraded.facts(FactFilter(date_from="2023-04-06", date_to="2024-02")) == since != []
        assert list(upgraded.article_results()) == written
        assert upgraded.write(results[0]) == WriteOutcome.UNCHANGED
        assert upgraded.write(results[-1]) == WriteOutcome.NEW
        changed = results[0].model_copy(update={"article": results[0].article.model_copy(
            update={"text": results[0].article.text + " A sentence more."})})
        assert upgraded.write(changed) == WriteOutcome.UPDATED
        assert upgraded.write(results[0]) == WriteOutcome.UPDATED  # and back: the graph it had
    with SqliteStore(fresh_path) as fresh:
        for result in fresh_order:
            fresh.write(result)
        with SqliteStore(path) as upgraded:
            assert upgraded.all_facts() == fresh.all_facts()
            assert upgraded.all_entities() == fresh.all_entities()
            for question in (FactFilter(limit=3), FactFilter(either_ids=[facts[0].subject_id], limit=2),
                             FactFilter(date_from="2023-04-06", date_to="2024-02", limit=2)):
                assert upgraded.facts(question) == fresh.facts(question) != []


def test_a_schema_4_store_is_upgraded_to_evidence_in_arrival_order(tmp_path):
    """A kg.db of schema 4 (evidence rows in a WITHOUT ROWID table keyed by fact id, where a merge
    wrote a random page of a deep tree per fact) opens as schema 6: the rows in a rowid table, one
    unique index on their key (so the same reading is still refused twice), the same answers and
    results, and it takes new, unchanged and replaced articles as before."""
    path = tmp_path / "kg.db"
    results = corpus()
    facts, entities, since, written = _store_of(path, results[:-1])
    db = sqlite3.connect(path)  # back to what schema 4 wrote
    db.executescript(V6_TO_V5 + """
        CREATE TABLE v4 (
            fact_id TEXT NOT NULL, article_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            sentence TEXT NOT NULL, confidence REAL NOT NULL, cameo TEXT, date TEXT, date_lo TEXT,
            date_hi TEXT, source TEXT,
            PRIMARY KEY (fact_id, article_id, start, "end")) WITHOUT ROWID;
        INSERT INTO v4 SELECT fact_id, article_id, start, "end", sentence, confidence, cameo, date, date_lo,
            date_hi, source FROM fact_evidence;
        DROP TABLE fact_evidence;
        ALTER TABLE v4 RENAME TO fact_evidence;
        CREATE INDEX fact_evidence_article ON fact_evidence (article_id);
        UPDATE schema_version SET version = 4;
    """)
    rows = db.execute("SELECT count(*) FROM fact_evidence").fetchone()[0]
    db.close()

    _answers_as_before_and_writes_as_a_fresh_store(path, tmp_path / "fresh.db", results,
                                                   (facts, entities, since, written), results)
    db = sqlite3.connect(path)
    assert db.execute("SELECT version FROM schema_version").fetchall() == [(6,)]
    table = db.execute("SELECT sql FROM sqlite_schema WHERE name = 'fact_evidence'").fetchone()[0]
    assert "WITHOUT ROWID" not in table
    indexes = {r[0]: r[1] for r in db.execute(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'fact_evidence'")}
    assert set(indexes) == {"fact_evidence_key", "fact_evidence_article"}
    assert indexes["fact_evidence_key"].startswith("CREATE UNIQUE INDEX")
    assert db.execute("SELECT count(*) FROM fact_evidence").fetchone()[0] > rows
    one = db.execute('SELECT fact_n, article_id, start, "end", sentence, confidence FROM fact_evidence').fetchone()
    with pytest.raises(sqlite3.IntegrityError):
        db.execute('INSERT INTO fact_evidence (fact_n, article_id, start, "end", sentence, confidence) '
                   "VALUES (?, ?, ?, ?, ?, ?)", one)
    db.close()


def test_a_schema_5_store_is_upgraded_to_facts_numbered_in_arrival_order(tmp_path):
    """A kg.db of schema 5 (facts keyed by their hash id, evidence rows carrying it: a new fact
    wrote two random leaves a merge later read back) opens as schema 6: facts numbered, one unique
    index on the hash id (a fact is still one row), evidence keyed by the number, the same answers and
    results, and it takes new, unchanged and replaced articles as a fresh store of all of them is."""
    path = tmp_path / "kg.db"
    results = corpus()
    facts, entities, since, written = _store_of(path, results[:-1])
    db = sqlite3.connect(path)
    db.executescript(V6_TO_V5)
    rows = db.execute("SELECT count(*) FROM fact_evidence").fetchone()[0]
    db.close()

    _answers_as_before_and_writes_as_a_fresh_store(path, tmp_path / "fresh.db", results,
                                                   (facts, entities, since, written), list(reversed(results)))
    db = sqlite3.connect(path)
    assert db.execute("SELECT version FROM schema_version").fetchall() == [(6,)]
    assert "n INTEGER PRIMARY KEY" in db.execute("SELECT sql FROM sqlite_schema WHERE name = 'facts'").fetchone()[0]
    indexes = {r[0]: r[1] for r in db.execute("SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
                                              "AND tbl_name IN ('facts', 'fact_evidence')")}
    assert set(indexes) == {"facts_key", "facts_at_subject", "facts_at_object", "fact_evidence_key",
                            "fact_evidence_article"}
    assert indexes["facts_key"].startswith("CREATE UNIQUE INDEX")
    assert "(fact_n, article_id" in indexes["fact_evidence_key"]
    assert db.execute("SELECT count(*) FROM fact_evidence").fetchone()[0] > rows
    assert db.execute("SELECT count(*) FROM fact_evidence e LEFT JOIN facts f ON f.n = e.fact_n "
                      "WHERE f.n IS NULL").fetchone()[0] == 0  # every evidence row has its fact
    one = db.execute("SELECT fact_id, subject_id, relation, object_id, modality, title, sort_date FROM facts").fetchone()
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO facts (fact_id, subject_id, relation, object_id, modality, title, sort_date) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)", one)
    db.close()
