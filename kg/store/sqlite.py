"""The embedded store: one SQLite file, no server.

Each article's contribution is stored raw (its mentions, aliases, attributes and fact evidence
rows, all keyed by article id) and every aggregate a reader sees (a fact's dates, articles,
evidence, confidence; an entity's aliases and attributes) is derived from those rows by a query.
That is what makes the graph independent of arrival order and lets an article be replaced
cleanly: delete its rows, write the new ones, in one transaction.

Concurrency: WAL mode lets readers run while one writer writes; `BEGIN IMMEDIATE` takes the
write lock up front (no lock upgrade deadlock) and `busy_timeout` makes a second writer wait
rather than fail, so two `kg ingest` processes on one file both finish.
"""
from __future__ import annotations

import functools
import itertools
import json
import sqlite3
import time
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import StoreUnavailable, StoreVersionError
from kg.store.aggregate import (
    EntityAggregate,
    Mention,
    Reading,
    aggregate_entity,
    aggregate_fact,
    article_fact_readings,
    article_mentions,
    merge_entity,
)
from kg.store.base import (
    FactFilter,
    StoredArticle,
    StoredEntity,
    StoredFact,
    WriteOutcome,
    construct,
    fact_counts,
    symmetric_relations,
)
from schemas import ExtractionResult, fold_name
from schemas.dates import date_hi, date_lo

SCHEMA_VERSION = 6
BUSY_TIMEOUT_MS = 60_000
CACHE_KIB = 64 * 1024
MMAP_BYTES = 1 << 34  # SQLite lowers it to its build's SQLITE_MAX_MMAP_SIZE
#: A writer's page cache (`kg ingest`, `kg load`) is sized to the store, not fixed: 1/4 of the
#: file, at least 8 MiB and at most 512 MiB (set when the writer starts and again every
#: WRITER_CACHE_EVERY writes as the file grows). What keeps a merge's cost flat as the store grows is
#: that the pages a merge reaches at random stay in memory: the leaves of the four trees a new fact
#: or mention lands in by its key (`facts_key`, the two entity indexes of `facts`,
#: `mentions_entity_article`: 280 MB of the 1.15 GB file at 1M facts, about a quarter) and the
#: entity rows. With 1/16 of the file a long ingest at 100k articles still read 40 pages a merge
#: back from the operating system (article 100,000 cost 1.15-1.18x article 1,000); with 1/4, once
#: the cache has filled, about half as many (1.10-1.12x). A 10k-article ingest (an 80 MB file)
#: keeps 20 MiB. No memory map for a writer (its pages count in the writer's resident memory and
#: grow with the file).
WRITER_CACHE_SHARE = 4
WRITER_CACHE_MIN_KIB = 8 * 1024
WRITER_CACHE_MAX_KIB = 512 * 1024
WRITER_CACHE_EVERY = 1000
MAX_PATHS = 50

_SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, title TEXT, url TEXT, published TEXT, source TEXT,
    fingerprint TEXT NOT NULL, result BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
    attributes TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL, entity_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS entity_aliases (
    entity_id TEXT NOT NULL, article_id TEXT NOT NULL, alias TEXT NOT NULL, folded TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id, alias)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS entity_attributes (
    entity_id TEXT NOT NULL, article_id TEXT NOT NULL, key TEXT NOT NULL,
    value_text TEXT NOT NULL, value_json TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id, key)
) WITHOUT ROWID;
-- the version-1 layout, which the upgrades below start from (version 5 rebuilds it without the fact's key)
CREATE TABLE IF NOT EXISTS fact_evidence (
    fact_id TEXT NOT NULL, subject_id TEXT NOT NULL, relation TEXT NOT NULL,
    object_id TEXT NOT NULL, modality TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',
    cameo TEXT, confidence REAL NOT NULL, article_id TEXT NOT NULL, sentence TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, date TEXT, source TEXT,
    PRIMARY KEY (fact_id, article_id, start, "end")
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS fact_evidence_article ON fact_evidence (article_id);
"""

# Version 2: incremental aggregates (a write costs the same whatever the store holds) and the
# indexes questions need. Applied to new files and to version-1 files alike.
_SCHEMA_V2 = """
DROP INDEX IF EXISTS mentions_entity;
CREATE INDEX IF NOT EXISTS mentions_entity_article ON mentions (entity_id, article_id);
DROP INDEX IF EXISTS entity_aliases_folded;
CREATE TABLE IF NOT EXISTS entity_names (
    entity_id TEXT NOT NULL, alias TEXT NOT NULL, folded TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_names_folded ON entity_names (folded, entity_id);
INSERT OR IGNORE INTO entity_names (entity_id, alias, folded, articles)
    SELECT entity_id, alias, min(folded), count(*) FROM entity_aliases GROUP BY entity_id, alias;
DROP INDEX IF EXISTS fact_evidence_subject;
DROP INDEX IF EXISTS fact_evidence_object;
DROP INDEX IF EXISTS fact_evidence_relation;
CREATE INDEX IF NOT EXISTS entities_type ON entities (type)
"""
# Version 3: one row per fact (its key and earliest date), which questions read in date order.
# (Version 3 files also had two covering indexes on fact_evidence by subject and by object; version
# 4 drops them, so a file upgraded from 1 or 2 does not build them.)
_SCHEMA_V3 = """
DROP INDEX IF EXISTS fact_evidence_subject;
DROP INDEX IF EXISTS fact_evidence_object;
CREATE TABLE IF NOT EXISTS facts (
    fact_id TEXT PRIMARY KEY, subject_id TEXT NOT NULL, relation TEXT NOT NULL,
    object_id TEXT NOT NULL, modality TEXT NOT NULL, title TEXT NOT NULL,
    sort_date TEXT NOT NULL
) WITHOUT ROWID;
INSERT OR IGNORE INTO facts (fact_id, subject_id, relation, object_id, modality, title, sort_date)
    SELECT fact_id, min(subject_id), min(relation), min(object_id), min(modality), min(title),
           coalesce(min(date), :undated) FROM fact_evidence GROUP BY fact_id
"""
# Version 4: a smaller file, so that the pages a merge touches stay in memory as the store grows
# (at 1M facts version 3 took 2.1 GB, 2 KB a fact). Questions select facts through `facts` alone:
# its two indexes carry the far end too (a question naming both ends, and a path search, read no
# table row), and the two covering indexes that copied every evidence row's key and dates (300 MB
# at 1M facts, and two more random pages written per fact merged) are dropped; an evidence row is
# found by its fact id. An evidence row no longer repeats its fact's key (subject, relation,
# object, modality, title: `facts` has them once; the rows are rebuilt in version 5's layout, below),
# and each article's stored result (40% of the file) is kept zlib-compressed.
_SCHEMA_V4 = """
DROP INDEX IF EXISTS facts_by_subject;
DROP INDEX IF EXISTS facts_by_object;
CREATE INDEX IF NOT EXISTS facts_at_subject ON facts (subject_id, relation, modality, sort_date, object_id);
CREATE INDEX IF NOT EXISTS facts_at_object ON facts (object_id, relation, modality, sort_date, subject_id);
UPDATE articles SET result = kg_pack(result) WHERE typeof(result) = 'text'
"""
# Version 5: evidence rows in a rowid table, written in arrival order, each found by its fact through
# an index of the key alone. In the WITHOUT ROWID table of versions 1-4 each row (with its sentence,
# 200 bytes) went where its fact id fell, a random leaf of a tree whose inner pages hold whole rows
# too (fanout 40, five levels at 1M facts): merging a fact read and wrote a random page of that tree
# and often two of its inner pages, which a bounded page cache cannot keep. Now the rows of one
# article share the last page of the table, and the one random page a fact costs is in an index of
# 50-byte keys, a quarter of the pages. (An upgrade from version 1-3 goes straight to this layout; the
# key columns the old rows repeated are not carried over.)
_SCHEMA_V5 = """
CREATE TABLE fact_evidence_v5 (
    fact_id TEXT NOT NULL, article_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    sentence TEXT NOT NULL, confidence REAL NOT NULL, cameo TEXT, date TEXT, date_lo TEXT, date_hi TEXT,
    source TEXT
);
INSERT INTO fact_evidence_v5 (fact_id, article_id, start, "end", sentence, confidence, cameo, date, date_lo,
                              date_hi, source)
    SELECT fact_id, article_id, start, "end", sentence, confidence, cameo, date, date_lo, date_hi, source
    FROM fact_evidence;
DROP TABLE fact_evidence;
ALTER TABLE fact_evidence_v5 RENAME TO fact_evidence;
CREATE UNIQUE INDEX fact_evidence_key ON fact_evidence (fact_id, article_id, start, "end");
CREATE INDEX fact_evidence_article ON fact_evidence (article_id)
"""
# Version 6: facts in a rowid table too, numbered in arrival order, and evidence rows keyed by that
# number. In version 5 a new fact's row went to a random leaf of `facts` (keyed by its hash id,
# 90-byte rows) and its evidence key to a random leaf of `fact_evidence_key` (the hash id again),
# besides the leaves of its two entity indexes, whose entries carried the 20-byte id: four random
# trees, 330 MB at 1M facts, against a writer's page cache of 1/16 of the file. Their pages stopped
# fitting together somewhere between 10k and 100k articles and a merge then paid for reading them
# back (article 100,000 cost 1.1-1.3x article 1,000; with either entity index dropped, 1.03x). Now
# a new fact's row and its evidence keys append to the ends of their trees, the hash id is found
# through `facts_key` (30-byte entries), and the entity indexes carry the 8-byte number: 190 MB of
# trees reached at random. Questions still name and order facts by their hash id, so arrival order
# changes no answer. (A file of version 1-4 goes through version 5 to this layout.)
_SCHEMA_V6 = """
CREATE TABLE facts_v6 (
    n INTEGER PRIMARY KEY, fact_id TEXT NOT NULL, subject_id TEXT NOT NULL, relation TEXT NOT NULL,
    object_id TEXT NOT NULL, modality TEXT NOT NULL, title TEXT NOT NULL, sort_date TEXT NOT NULL
);
INSERT INTO facts_v6 (fact_id, subject_id, relation, object_id, modality, title, sort_date)
    SELECT fact_id, subject_id, relation, object_id, modality, title, sort_date FROM facts ORDER BY fact_id;
CREATE TABLE fact_evidence_v6 (
    fact_n INTEGER NOT NULL, article_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    sentence TEXT NOT NULL, confidence REAL NOT NULL, cameo TEXT, date TEXT, date_lo TEXT, date_hi TEXT,
    source TEXT
);
INSERT INTO fact_evidence_v6 (fact_n, article_id, start, "end", sentence, confidence, cameo, date, date_lo,
                              date_hi, source)
    SELECT f.n, e.article_id, e.start, e."end", e.sentence, e.confidence, e.cameo, e.date, e.date_lo,
           e.date_hi, e.source
    FROM fact_evidence e JOIN facts_v6 f ON f.fact_id = e.fact_id ORDER BY e.rowid;
DROP TABLE fact_evidence;
DROP TABLE facts;
ALTER TABLE facts_v6 RENAME TO facts;
ALTER TABLE fact_evidence_v6 RENAME TO fact_evidence;
CREATE UNIQUE INDEX facts_key ON facts (fact_id);
CREATE INDEX facts_at_subject ON facts (subject_id, relation, modality, sort_date, object_id);
CREATE INDEX facts_at_object ON facts (object_id, relation, modality, sort_date, subject_id);
CREATE UNIQUE INDEX fact_evidence_key ON fact_evidence (fact_n, article_id, start, "end");
CREATE INDEX fact_evidence_article ON fact_evidence (article_id)
"""
# A fact's earliest date, as `facts.sort_date` keeps it; an undated fact sorts after every date.
UNDATED = "~"
MAX_BRANCHES = 256  # index ranges one limited question may read in order; more: one grouped read
_NUMBERS_OF_IDS = "SELECT n FROM facts WHERE fact_id IN (SELECT value FROM json_each(:ids))"  # facts_key
_DATE_COLUMNS = ("date_lo", "date_hi")  # the days a partial date allows (schemas.dates), for range filters


def _pack(text: str) -> bytes:
    """An article's stored result (its ExtractionResult as JSON), compressed (about 5x)."""
    return zlib.compress(text.encode("utf-8"), 6)


def _unpack(stored: bytes | str) -> str:
    """A stored result back as JSON: compressed (version 4) or, written before, plain text."""
    return zlib.decompress(stored).decode("utf-8") if isinstance(stored, bytes) else stored


def _sql_date(bound: Callable[[str], str]) -> Callable[[str | None], str | None]:
    def call(value: str | None) -> str | None:
        return bound(value) if value else None

    return call


class SqliteStore:
    """Store protocol (kg.store.base) on a SQLite file."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self.url = "sqlite:///:memory:" if self.path == ":memory:" else f"sqlite:///{self.path}"
        self.executed: list[tuple[str, dict]] = []
        self._writer = False
        try:
            if self.path != ":memory:":
                Path(self.path).expanduser().parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._db.execute("PRAGMA synchronous = NORMAL")
            # Index pages stay in memory as the store grows (writes touch a few random pages of
            # each index): 64 MiB of page cache for the pages a write changes, and the whole file
            # mapped (reads without syscalls or copies) up to SQLite's build limit, 2 GiB in the
            # usual builds; a store of 1M facts is about 1 GiB (schema 4).
            self._db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            self._db.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            self._set_up_when_free()
        except sqlite3.DatabaseError as exc:
            raise StoreUnavailable(f"cannot open SQLite store {self.path!r}: {exc}") from None
        except OSError as exc:
            raise StoreUnavailable(f"cannot create the directory for {self.path!r}: {exc.strerror}") from None

    # -- set-up -------------------------------------------------------------------------------

    def _set_up_when_free(self) -> None:
        """WAL mode and the schema, waiting while another process sets up the same new file.
        SQLite answers "database is locked" at once, without its busy wait, when two connections
        would deadlock taking the write lock (both in `PRAGMA journal_mode = WAL` or the schema
        transaction on a file just made): the loser tries again until BUSY_TIMEOUT_MS is spent,
        as the busy wait would have."""
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        pause = 0.01
        while True:
            try:
                if self.path != ":memory:":
                    self._db.execute("PRAGMA journal_mode = WAL")
                self._init_schema()
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() >= deadline:
                    raise
                time.sleep(pause)
                pause = min(pause * 2, 0.5)

    def _init_schema(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)
            row = self._db.execute("SELECT max(version) FROM schema_version").fetchone()
            if row[0] is not None and row[0] > SCHEMA_VERSION:
                raise StoreVersionError(
                    f"{self.path} was written by a newer kg (schema {row[0]}, this kg reads "
                    f"{SCHEMA_VERSION}); upgrade kg or use another --store"
                )
            if row[0] is None or row[0] < SCHEMA_VERSION:
                self._upgrade(row[0] or 0)
                self._db.execute("DELETE FROM schema_version")
                self._db.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        if row[0] is not None and row[0] < 4 and self.path != ":memory:":
            self._compact()

    def _compact(self) -> None:
        """Once, after an upgrade from version 1-3 freed about half an older file's pages: rewrite the
        file without them (VACUUM: atomic, a crash leaves the upgraded file as it was). When
        another process holds the file or the disk has no room for the copy, the file stays as it
        is: it works the same and later writes reuse the free pages."""
        try:
            self._db.execute("VACUUM")
        except sqlite3.OperationalError:  # busy, locked or disk full: nothing is lost, see above
            pass

    def _upgrade(self, version: int) -> None:
        """Bring a new or older file to version 6 (inside the schema transaction)."""
        db = self._db
        if version < 2:
            self._upgrade_to_2()
        if version < 3:
            for statement in _SCHEMA_V3.split(";"):
                if statement.strip():
                    db.execute(statement, {"undated": UNDATED} if ":undated" in statement else {})
        if version < 4:
            db.create_function("kg_pack", 1, _pack, deterministic=True)
            for statement in _SCHEMA_V4.split(";"):
                if statement.strip():
                    db.execute(statement)
        if version < 5:
            for statement in _SCHEMA_V5.split(";"):
                if statement.strip():
                    db.execute(statement)
        for statement in _SCHEMA_V6.split(";"):
            if statement.strip():
                db.execute(statement)

    def _upgrade_to_2(self) -> None:
        db = self._db
        columns = {r[1] for r in db.execute("PRAGMA table_info(fact_evidence)")}
        for column in _DATE_COLUMNS:
            if column not in columns:
                db.execute(f"ALTER TABLE fact_evidence ADD COLUMN {column} TEXT")
        db.create_function("kg_date_lo", 1, _sql_date(date_lo), deterministic=True)
        db.create_function("kg_date_hi", 1, _sql_date(date_hi), deterministic=True)
        db.execute("UPDATE fact_evidence SET date_lo = kg_date_lo(date), date_hi = kg_date_hi(date) "
                   "WHERE date IS NOT NULL AND date_lo IS NULL")
        for statement in _SCHEMA_V2.split(";"):
            if statement.strip():
                db.execute(statement)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- reads helpers ------------------------------------------------------------------------

    def _query(self, sql: str, params: dict | None = None) -> list[sqlite3.Row]:
        params = params or {}
        self.executed.append((sql, dict(params)))
        cursor = self._db.execute(sql, params)
        return cursor.fetchall()

    def query_plan(self, query: str, params: dict) -> list[str]:
        rows = self._db.execute("EXPLAIN QUERY PLAN " + query, params).fetchall()
        depth: dict[int, int] = {0: 0}
        lines = []
        for node, parent, _, detail in rows:
            depth[node] = depth.get(parent, 0) + 1
            lines.append("  " * (depth[node] - 1) + detail)
        return lines

    # -- writing ------------------------------------------------------------------------------

    def article_fingerprint(self, article_id: str) -> str | None:
        self._as_writer()  # asked only by a writer, before it writes (`kg ingest`)
        row = self._db.execute("SELECT fingerprint FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def _as_writer(self) -> None:
        """From the first write on, the connection's memory is bounded for a long run of writes
        (a page cache sized to the file, see WRITER_CACHE_SHARE; no memory map); a reader keeps
        the larger cache and the map."""
        if not self._writer:
            self._db.execute("PRAGMA mmap_size = 0")
            self._writer = True
            self._size_writer_cache()

    def _size_writer_cache(self) -> None:
        self._writes = 0
        pages = self._db.execute("PRAGMA page_count").fetchone()[0]
        page_kib = self._db.execute("PRAGMA page_size").fetchone()[0] // 1024
        kib = min(WRITER_CACHE_MAX_KIB, max(WRITER_CACHE_MIN_KIB, pages * page_kib // WRITER_CACHE_SHARE))
        self._db.execute(f"PRAGMA cache_size = -{kib}")

    def write(self, result: ExtractionResult) -> WriteOutcome:
        """Merge one article in one transaction: all of it or none of it."""
        self._as_writer()
        self._writes += 1
        if self._writes >= WRITER_CACHE_EVERY:  # the file has grown: the cache grows with it
            self._size_writer_cache()
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            outcome = self._merge(result)
            db.execute("COMMIT")
            return outcome
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def _merge(self, result: ExtractionResult) -> WriteOutcome:
        """The work of write(), inside the caller's transaction. Its cost depends on the article,
        not on the store: every statement is a primary-key or index lookup."""
        article = result.article
        new_print = article.fingerprint
        db = self._db
        row = db.execute("SELECT fingerprint FROM articles WHERE id = ?", (article.id,)).fetchone()
        if row and row[0] == new_print:
            return WriteOutcome.UNCHANGED
        if row:
            touched = self._delete_article(article.id)
            outcome = WriteOutcome.UPDATED
        else:
            touched = set()
            outcome = WriteOutcome.NEW
        db.execute(
            "INSERT INTO articles (id, title, url, published, source, fingerprint, result) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (article.id, article.title, article.url,
             article.published.isoformat() if article.published else None,
             article.source, new_print, _pack(result.model_dump_json())),
        )
        mentions = article_mentions(result)
        self._insert_contribution(result, mentions)
        if outcome is WriteOutcome.NEW:
            self._fold_in(mentions)
        else:
            self._recompute_entities(touched | set(mentions))
        return outcome

    def merge_many(self, results: Iterable[ExtractionResult]) -> list[WriteOutcome]:
        """Each article in its own transaction (a crash keeps whole articles), in order."""
        return [self.write(result) for result in results]

    def _delete_article(self, article_id: str) -> set[str]:
        db = self._db
        touched = {r[0] for r in db.execute("SELECT entity_id FROM mentions WHERE article_id = ?", (article_id,))}
        db.executemany(
            "UPDATE entity_names SET articles = articles - 1 WHERE entity_id = ? AND alias = ?",
            db.execute("SELECT entity_id, alias FROM entity_aliases WHERE article_id = ?", (article_id,)).fetchall(),
        )
        db.execute("DELETE FROM entity_names WHERE articles <= 0 AND entity_id IN "
                   "(SELECT entity_id FROM mentions WHERE article_id = ?)", (article_id,))
        facts = [r[0] for r in db.execute("SELECT DISTINCT fact_n FROM fact_evidence WHERE article_id = ?",
                                          (article_id,))]
        for table in ("mentions", "entity_aliases", "entity_attributes", "fact_evidence"):
            db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        # its facts: the earliest date of the evidence left; gone when none is left
        db.executemany(
            "UPDATE facts SET sort_date = coalesce((SELECT min(date) FROM fact_evidence e "
            "WHERE e.fact_n = facts.n), ?) WHERE n = ?", [(UNDATED, n) for n in facts])
        db.executemany(
            "DELETE FROM facts WHERE n = ? AND NOT EXISTS "
            "(SELECT 1 FROM fact_evidence e WHERE e.fact_n = facts.n)", [(n,) for n in facts])
        db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        return touched

    def _insert_contribution(self, result: ExtractionResult, mentions: dict[str, Mention]) -> None:
        """This article's own rows: its mentions, spellings, attributes and evidence."""
        db = self._db
        aid = result.article.id
        ordered = [mentions[eid] for eid in sorted(mentions)]
        db.executemany(
            "INSERT INTO mentions (article_id, entity_id, name, type) VALUES (?, ?, ?, ?)",
            [(aid, m.entity_id, m.name, m.type) for m in ordered],
        )
        spellings = [(m.entity_id, alias, fold_name(alias)) for m in ordered for alias in sorted(m.spellings)]
        db.executemany(
            "INSERT INTO entity_aliases (entity_id, article_id, alias, folded) VALUES (?, ?, ?, ?)",
            [(eid, aid, alias, folded) for eid, alias, folded in spellings],
        )
        db.executemany(
            "INSERT INTO entity_names (entity_id, alias, folded, articles) VALUES (?, ?, ?, 1) "
            "ON CONFLICT (entity_id, alias) DO UPDATE SET articles = articles + 1",
            spellings,
        )
        db.executemany(
            "INSERT INTO entity_attributes (entity_id, article_id, key, value_text, value_json) "
            "VALUES (?, ?, ?, ?, ?)",
            [(m.entity_id, aid, key, str(value), json.dumps(value))
             for m in ordered for key, value in m.attributes.items()],
        )
        # the per-fact rows a limited question reads in date order: new facts, earlier dates
        db.executemany(
            "INSERT INTO facts (fact_id, subject_id, relation, object_id, modality, title, sort_date) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (fact_id) DO UPDATE SET "
            "sort_date = excluded.sort_date WHERE excluded.sort_date < facts.sort_date",  # else: row and
            # index entries left as they are (a fact seen again with no earlier date rewrites nothing)
            [(f.fact_id, f.subject_id, f.relation, f.object_id, f.modality, f.title or "",
              min((r.date for r in f.readings if r.date), default=UNDATED))
             for f in article_fact_readings(result)],
        )
        # its evidence rows, keyed by the fact's number (a new fact's: the end of the key index)
        db.executemany(
            'INSERT INTO fact_evidence (fact_n, cameo, confidence, article_id, sentence, start, "end", '
            'date, source, date_lo, date_hi) SELECT n, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM facts WHERE fact_id = ?',
            [(r.cameo, r.confidence, aid, r.sentence, r.start, r.end, r.date, r.source,
              date_lo(r.date) if r.date else None, date_hi(r.date) if r.date else None, f.fact_id)
             for f in article_fact_readings(result) for r in f.readings],
        )

    def _fold_in(self, mentions: dict[str, Mention]) -> None:
        """A new article: fold its mentions into the stored entity aggregates (one row read each)."""
        db = self._db
        rows = []
        for eid in sorted(mentions):
            found = db.execute("SELECT name, type, attributes FROM entities WHERE id = ?", (eid,)).fetchone()
            current = None if found is None else EntityAggregate(eid, found[0], found[1], [], json.loads(found[2]))
            agg = merge_entity(current, mentions[eid])
            row = (eid, agg.name, agg.type, json.dumps(agg.attributes, sort_keys=True))
            if found is None or row[1:] != tuple(found):  # unchanged: no row or index page rewritten
                rows.append(row)
        self._save_entities(rows)

    def _recompute_entities(self, entity_ids: set[str]) -> None:
        """A replaced article: recompute the touched entities from every article's mentions."""
        db = self._db
        rows = []
        for eid in sorted(entity_ids):
            attrs: dict[str, dict[str, object]] = defaultdict(dict)
            for aid, key, value_json in db.execute(
                    "SELECT a.article_id, a.key, a.value_json FROM mentions m JOIN entity_attributes a "
                    "ON a.article_id = m.article_id AND a.entity_id = m.entity_id WHERE m.entity_id = ?", (eid,)):
                attrs[aid][key] = json.loads(value_json)
            mentions = [Mention(eid, etype, name, attributes=attrs.get(aid, {}))
                        for aid, name, etype in db.execute(
                            "SELECT article_id, name, type FROM mentions WHERE entity_id = ?", (eid,))]
            agg = aggregate_entity(eid, mentions)
            if agg is None:
                db.execute("DELETE FROM entities WHERE id = ?", (eid,))
            else:
                rows.append((eid, agg.name, agg.type, json.dumps(agg.attributes, sort_keys=True)))
        self._save_entities(rows)

    def _save_entities(self, rows: list[tuple[str, str, str, str]]) -> None:
        self._db.executemany(
            "INSERT INTO entities (id, name, type, attributes) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, "
            "attributes = excluded.attributes",
            rows,
        )

    # -- entities -----------------------------------------------------------------------------

    def _entities(self, where: str, params: dict, articles: bool = True) -> list[StoredEntity]:
        article_ids = (
            "(SELECT json_group_array(article_id) FROM (SELECT article_id FROM mentions "
            " WHERE entity_id = e.id ORDER BY article_id))" if articles else "'[]'")
        rows = self._query(
            "SELECT e.id, e.name, e.type, e.attributes, "
            "(SELECT json_group_array(alias) FROM (SELECT alias FROM entity_names "
            " WHERE entity_id = e.id ORDER BY alias)) AS aliases, "
            f"{article_ids} AS article_ids "
            f"FROM entities e WHERE {where} ORDER BY e.id",
            params,
        )
        out = []
        for eid, name, etype, attrs, alias_json, articles_json in rows:
            aliases = [a for a in json.loads(alias_json) if a != name]
            out.append(StoredEntity(
                id=eid, name=name, type=etype, aliases=aliases, attributes=json.loads(attrs),
                article_ids=json.loads(articles_json),
            ))
        return out

    def find_entities(self, name: str, articles: bool = True) -> list[StoredEntity]:
        folded = fold_name(name)
        if not folded:
            return []
        return self._entities(
            "e.id IN (SELECT entity_id FROM entity_names WHERE folded = :folded)", {"folded": folded},
            articles=articles,
        )

    def entity_names(self) -> list[tuple[str, str]]:
        rows = self._query(
            "SELECT entity_id, alias FROM entity_names "
            "UNION SELECT id, name FROM entities ORDER BY 1, 2"
        )
        return [(r[0], r[1]) for r in rows]

    def get_entity(self, entity_id: str) -> StoredEntity | None:
        found = self._entities("e.id = :id", {"id": entity_id})
        return found[0] if found else None

    def get_entities(self, entity_ids: list[str], articles: bool = True) -> list[StoredEntity]:
        return self._entities("e.id IN (SELECT value FROM json_each(:ids))", {"ids": json.dumps(sorted(entity_ids))},
                              articles=articles)

    def all_entities(self) -> list[StoredEntity]:
        return self._entities("1 = 1", {})

    def attributes_by_type(self, types: list[str]) -> dict[str, dict]:
        rows = self._query(
            "SELECT id, attributes FROM entities WHERE type IN (SELECT value FROM json_each(:types)) ORDER BY id",
            {"types": json.dumps(sorted(types))})
        return {r[0]: json.loads(r[1]) for r in rows}

    # -- facts --------------------------------------------------------------------------------

    def _facts(self, numbers: str | None, params: dict) -> list[StoredFact]:
        """The facts whose numbers (`facts.n`) the SELECT `numbers` gives (every fact when None),
        read whole: the key from `facts`, each evidence row by its fact's number."""
        rows = self._query(
            "SELECT f.fact_id, f.subject_id, s.name, s.type, f.relation, f.object_id, o.name, "
            "o.type, f.modality, f.title, fe.cameo, fe.confidence, fe.article_id, fe.sentence, "
            'fe.start, fe."end", fe.date, fe.source '
            "FROM facts f JOIN fact_evidence fe ON fe.fact_n = f.n "
            "JOIN entities s ON s.id = f.subject_id JOIN entities o ON o.id = f.object_id "
            + (f"WHERE f.n IN ({numbers}) " if numbers else "")
            + "ORDER BY f.fact_id, fe.article_id, fe.start, fe.\"end\", fe.sentence",
            params,
        )
        facts: list[StoredFact] = []
        for fid, group in itertools.groupby(rows, key=lambda r: r[0]):
            items = list(group)
            (_, sid, sname, stype, rel, oid, oname, otype, modality, title) = items[0][:10]
            readings = [Reading(article_id=r[12], sentence=r[13], start=r[14], end=r[15], confidence=r[11],
                                date=r[16], cameo=r[10], source=r[17]) for r in items]
            facts.append(construct(StoredFact, {  # read back from the store: no re-validation
                "id": fid, "subject_id": sid, "subject": sname, "subject_type": stype, "relation": rel,
                "object_id": oid, "object": oname, "object_type": otype, "modality": modality,
                "title": title or None, **aggregate_fact(readings),
            }))
        return facts

    def facts(self, where: FactFilter) -> list[StoredFact]:
        clauses, dated, params = self._fact_clauses(where)
        if where.limit is not None:
            return self._first_facts(where, clauses, dated, params)
        if dated:  # some evidence row of the fact in the date range
            clauses = [*clauses, "EXISTS (SELECT 1 FROM fact_evidence e WHERE e.fact_n = f.n AND "
                       + " AND ".join(dated) + ")"]
        base = "".join(f" AND {c}" for c in clauses)
        if where.either_ids is not None:  # a union of two index scans (an OR would scan the table),
            return self._facts(  # each narrowed by relation and modality
                "SELECT f.n FROM facts f WHERE f.subject_id IN (SELECT value FROM json_each(:either_ids))"
                f"{base} UNION SELECT f.n FROM facts f WHERE f.object_id IN "
                f"(SELECT value FROM json_each(:either_ids)){base}", params)
        if not clauses:
            return self._facts(None, params)
        return self._facts(f"SELECT f.n FROM facts f WHERE {' AND '.join(clauses)}", params)

    @staticmethod
    def _fact_clauses(where: FactFilter) -> tuple[list[str], list[str], dict]:
        """SQL conditions for everything in `where` but either_ids: on a fact's row (`facts f`)
        and on one of its evidence rows (`fact_evidence e`: the date range)."""
        clauses, dated, params = [], [], {}
        for field, column in (("subject_ids", "subject_id"), ("object_ids", "object_id"),
                              ("relations", "relation"), ("modalities", "modality")):
            values = getattr(where, field)
            if values is not None:
                clauses.append(f"f.{column} IN (SELECT value FROM json_each(:{field}))")
                params[field] = json.dumps(sorted(values))
        if where.either_ids is not None:
            params["either_ids"] = json.dumps(sorted(where.either_ids))
        if where.date_from or where.date_to:
            dated.append("e.date IS NOT NULL")
            if where.date_from:  # the evidence's date may fall on or after the range's first day
                dated.append("e.date_hi >= :date_from")
                params["date_from"] = date_lo(where.date_from)
            if where.date_to:
                dated.append("e.date_lo <= :date_to")
                params["date_to"] = date_hi(where.date_to)
                # a fact first dated after the range has no evidence in it (a partial date string
                # sorts as its first day: '2019' <= '2019-12-31' < '2020'): the index range stops
                clauses.append("f.sort_date <= :date_to")
        return clauses, dated, params

    def _first_facts(self, where: FactFilter, clauses: list[str], dated: list[str],
                     params: dict) -> list[StoredFact]:
        """The facts of the first `where.limit` views (kg.store.base.fact_views), in that order.

        One statement: the matching facts, read from an index of `facts`, each with its earliest
        date (in the date range: the evidence rows in it, found by fact id), each fact shown once
        or, if symmetric, from each end in show_ids, and ORDER BY ... LIMIT keeps the first N
        (SQLite sorts with a bounded heap). Only those N facts are then read whole."""
        ordered = self._ordered_views(where)
        if ordered is not None:
            return self._facts_in_order(self._query(*ordered))
        base = " AND ".join(clauses) or "1 = 1"
        keys = "f.fact_id, f.subject_id, f.relation, f.object_id, f.modality, f.title"
        if dated:  # one row per evidence row in the range
            frm = f"SELECT {keys}, e.date FROM facts f JOIN fact_evidence e ON e.fact_n = f.n WHERE "
            base += " AND " + " AND ".join(dated)
        else:  # the fact's earliest date is kept on its row
            frm = f"SELECT {keys}, nullif(f.sort_date, :undated) AS date FROM facts f WHERE "
            params = {**params, "undated": UNDATED}
        if where.either_ids is not None:  # two index range scans; a fact at both ends counted once
            source = (
                f"{frm}{base} AND f.subject_id IN (SELECT value FROM json_each(:either_ids)) UNION ALL "
                f"{frm}{base} AND f.object_id IN (SELECT value FROM json_each(:either_ids)) "
                "AND f.subject_id NOT IN (SELECT value FROM json_each(:either_ids))")
        else:
            source = f"{frm}{base}"
        params = {**params, "limit": int(where.limit or 0)}
        if where.show_ids is None:
            views = ("SELECT m.fact_id, m.d, s.name AS a, m.relation, o.name AS b, m.modality, m.title "
                     "FROM m JOIN entities s ON s.id = m.subject_id JOIN entities o ON o.id = m.object_id")
        else:
            near, far = ("object_id", "subject_id") if where.show_at == "object" else ("subject_id", "object_id")
            params["show_ids"] = json.dumps(sorted(where.show_ids))
            params["symmetric"] = json.dumps(symmetric_relations())
            views = (
                "SELECT m.fact_id, m.d, s.name AS a, m.relation, o.name AS b, m.modality, m.title "
                "FROM m JOIN entities s ON s.id = m.subject_id JOIN entities o ON o.id = m.object_id "
                "WHERE m.relation NOT IN (SELECT value FROM json_each(:symmetric)) "
                f"OR m.{near} IN (SELECT value FROM json_each(:show_ids)) "
                "UNION ALL "
                "SELECT m.fact_id, m.d, o.name AS a, m.relation, s.name AS b, m.modality, m.title "
                "FROM m JOIN entities s ON s.id = m.subject_id JOIN entities o ON o.id = m.object_id "
                "WHERE m.relation IN (SELECT value FROM json_each(:symmetric)) "
                f"AND m.{far} IN (SELECT value FROM json_each(:show_ids))")
        rows = self._query(
            f"WITH m AS (SELECT fact_id, subject_id, relation, object_id, modality, title, min(date) AS d "
            f"FROM ({source}) GROUP BY fact_id) "
            f"SELECT fact_id FROM ({views}) "
            "ORDER BY d IS NULL, d, a, relation, b, modality, title, fact_id LIMIT :limit",
            params,
        )
        return self._facts_in_order(rows)

    def _facts_in_order(self, rows: list[sqlite3.Row]) -> list[StoredFact]:
        """The facts whose ids the rows' first column lists, read whole, in that order, once each."""
        order = list(dict.fromkeys(r[0] for r in rows))
        if not order:
            return []
        by_id = {f.id: f for f in self._facts(_NUMBERS_OF_IDS, {"ids": json.dumps(order)})}
        return [by_id[fid] for fid in order if fid in by_id]

    @staticmethod
    def _ordered_views(where: FactFilter) -> tuple[str, dict] | None:
        """The first `where.limit` views as one statement that reads them in order: for each named
        entity, relation and modality one range of facts_at_subject / facts_at_object, which is
        already in date order, so each range stops after `limit` rows (names only break ties
        among facts of one date); the ranges are merged by a bounded sort. None when the filter
        has no such ranges (a date range, no modalities, no entity, too many ranges)."""
        if where.date_from or where.date_to or where.modalities is None:
            return None
        from schemas import RELATIONS

        relations = sorted(set(where.relations if where.relations is not None else [r.name for r in RELATIONS]))
        anchors: list[tuple[str, list[str], str]] = []  # (column, ids, extra condition)
        params: dict = {"limit": int(where.limit or 0)}
        if where.either_ids is not None and where.subject_ids is None and where.object_ids is None:
            params["either_ids"] = json.dumps(sorted(where.either_ids))
            anchors = [("subject_id", sorted(where.either_ids), ""),
                       ("object_id", sorted(where.either_ids),
                        " AND f.subject_id NOT IN (SELECT value FROM json_each(:either_ids))")]
        elif where.either_ids is None and where.subject_ids is not None:
            extra = ""
            if where.object_ids is not None:
                params["object_ids"] = json.dumps(sorted(where.object_ids))
                extra = " AND f.object_id IN (SELECT value FROM json_each(:object_ids))"
            anchors = [("subject_id", sorted(where.subject_ids), extra)]
        elif where.either_ids is None and where.object_ids is not None:
            anchors = [("object_id", sorted(where.object_ids), "")]
        else:
            return None
        symmetric = set(symmetric_relations())
        views: list[tuple[bool, str]] = [(False, "")]  # (shown from the other end, condition)
        if where.show_ids is not None:
            params["show_ids"] = json.dumps(sorted(where.show_ids))
            near, far = ("object_id", "subject_id") if where.show_at == "object" else ("subject_id", "object_id")
            shown = [(False, f" AND f.{near} IN (SELECT value FROM json_each(:show_ids))"),
                     (True, f" AND f.{far} IN (SELECT value FROM json_each(:show_ids))")]
        branches = [(column, entity, relation, modality, extra, view)
                    for column, ids, extra in anchors for entity in ids for relation in relations
                    for modality in sorted(set(where.modalities))
                    for view in (shown if where.show_ids is not None and relation in symmetric else views)]
        if not branches or len(branches) > MAX_BRANCHES:
            return None
        parts = []
        for n, (column, entity, relation, modality, extra, (flip, condition)) in enumerate(branches):
            params.update({f"e{n}": entity, f"r{n}": relation, f"m{n}": modality})
            a, b = ("o.name", "s.name") if flip else ("s.name", "o.name")
            parts.append(
                f"SELECT * FROM (SELECT f.fact_id, f.sort_date, {a} AS a, f.relation, {b} AS b, f.modality, "
                "f.title FROM facts f JOIN entities s ON s.id = f.subject_id JOIN entities o ON o.id = f.object_id "
                f"WHERE f.{column} = :e{n} AND f.relation = :r{n} AND f.modality = :m{n}{extra}{condition} "
                "ORDER BY f.sort_date, a, b, f.title, f.fact_id LIMIT :limit)")
        return ("SELECT fact_id FROM (" + " UNION ALL ".join(parts) + ") "
                "ORDER BY sort_date, a, relation, b, modality, title, fact_id LIMIT :limit", params)

    def all_facts(self) -> list[StoredFact]:
        return self._facts(None, {})

    def _neighbours(self, nodes: list[str], modalities: list[str] | None = None) -> list[sqlite3.Row]:
        """(fact_id, subject_id, object_id) of every fact at either end of `nodes` (two index
        range scans, not one OR that would scan the table), of the given modalities if any."""
        only = "" if modalities is None else " AND modality IN (SELECT value FROM json_each(:modalities))"
        return self._query(
            "SELECT fact_id, subject_id, object_id FROM facts "
            f"WHERE subject_id IN (SELECT value FROM json_each(:nodes)){only} "
            "UNION SELECT fact_id, subject_id, object_id FROM facts "
            f"WHERE object_id IN (SELECT value FROM json_each(:nodes)){only} ORDER BY fact_id",
            {"nodes": json.dumps(sorted(nodes)), "modalities": json.dumps(sorted(modalities or []))},
        )

    def shortest_paths(self, source_id: str, target_id: str, max_hops: int = 4,
                       modalities: list[str] | None = None) -> list[list[StoredFact]]:
        """Every shortest path (ignoring direction; through facts of `modalities`, any when None),
        at most MAX_PATHS of them.

        Breadth-first from both ends, one query per level, always widening the smaller frontier
        (as Neo4j's allShortestPaths does), so a path of four hops costs two levels from each end
        rather than four from one."""
        if source_id == target_id or max_hops < 1:
            return []
        # per side: depth of each node reached, and for each its (neighbour one step nearer, fact)
        depth = ({source_id: 0}, {target_id: 0})
        preds: tuple[dict[str, list[tuple[str, str]]], dict[str, list[tuple[str, str]]]] = (
            defaultdict(list), defaultdict(list))
        frontier = ([source_id], [target_id])
        meeting: list[str] = []
        hops = 0
        while hops < max_hops and frontier[0] and frontier[1]:
            side = 0 if len(frontier[0]) <= len(frontier[1]) else 1
            level = depth[side][frontier[side][0]] + 1
            in_frontier = set(frontier[side])
            reached: set[str] = set()
            for fid, sid, oid in self._neighbours(frontier[side], modalities):
                for here, there in ((sid, oid), (oid, sid)):
                    if here in in_frontier and there != here and depth[side].get(there, level) == level:
                        depth[side][there] = level
                        preds[side][there].append((here, fid))
                        reached.add(there)
            frontier[side][:] = sorted(reached)
            hops += 1
            meeting = sorted(n for n in reached if n in depth[1 - side])
            if meeting:
                break
        if not meeting:
            return []

        def walks(side: int, node: str, end: str) -> list[list[str]]:
            """Fact-id sequences from `end` to `node` along one side's predecessor links."""
            if node == end:
                return [[]]
            out: list[list[str]] = []
            for prev, fid in sorted(set(preds[side][node])):
                for walk in walks(side, prev, end):
                    out.append(walk + [fid])
                    if len(out) >= MAX_PATHS * 4:
                        return out
            return out

        paths: set[tuple[str, ...]] = set()
        for node in meeting:
            for head in walks(0, node, source_id):
                for tail in walks(1, node, target_id):
                    paths.add(tuple(head + list(reversed(tail))))
                    if len(paths) >= MAX_PATHS * 4:
                        break
        chosen = sorted(paths)[:MAX_PATHS]
        ids = sorted({fid for p in chosen for fid in p})
        by_id = {f.id: f for f in self._facts(_NUMBERS_OF_IDS, {"ids": json.dumps(ids)})}
        return [[by_id[fid] for fid in p] for p in chosen if all(fid in by_id for fid in p)]

    # -- overview -----------------------------------------------------------------------------

    def stats(self) -> dict[str, dict[str, int]]:
        entities: dict[str, int] = {r[0]: r[1] for r in self._query(
            "SELECT type, count(*) FROM entities GROUP BY type ORDER BY type")}
        rows = self._query(
            "SELECT relation, modality, count(*) FROM facts GROUP BY relation, modality ORDER BY relation, modality"
        )
        articles = self._query("SELECT count(*) FROM articles")[0][0]
        return {
            "articles": {"total": articles},
            "entities": entities,
            **fact_counts([(r[0], r[1], r[2]) for r in rows]),
        }

    def article_results(self) -> Iterator[ExtractionResult]:
        """Each stored article as the ExtractionResult that was written, in article-id order."""
        ids = [r[0] for r in self._db.execute("SELECT id FROM articles ORDER BY id")]
        for article_id in ids:
            row = self._db.execute("SELECT result FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is not None:
                yield ExtractionResult.model_validate_json(_unpack(row[0]))

    def articles(self) -> list[StoredArticle]:
        rows = self._query("SELECT id, title, url, published, source, fingerprint FROM articles ORDER BY id")
        return [StoredArticle(id=r[0], title=r[1], url=r[2], published=r[3], source=r[4], fingerprint=r[5])
                for r in rows]


def _damaged_file_is_one_error(method):
    """A store file that goes bad after opening (disk full, truncated copy, "database disk image
    is malformed") is a condition the user must fix, not a crash: one line naming the file."""

    @functools.wraps(method)
    def guarded(self: SqliteStore, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            raise StoreUnavailable(
                f"SQLite store {self.path!r} cannot be used: {exc}; restore the file from a backup "
                "or point --store at another file"
            ) from None

    return guarded


for _name in ("write", "article_fingerprint", "find_entities", "entity_names", "get_entity",
              "get_entities", "all_entities", "attributes_by_type", "query_plan", "facts", "all_facts",
              "shortest_paths", "stats", "articles"):
    setattr(SqliteStore, _name, _damaged_file_is_one_error(getattr(SqliteStore, _name)))
