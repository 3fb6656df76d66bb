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
import json
import sqlite3
from collections import defaultdict, deque
from pathlib import Path
from typing import Iterator

from kg.errors import StoreUnavailable, StoreVersionError
from kg.store.base import (
    FactFilter,
    StoredArticle,
    StoredEntity,
    StoredEvidence,
    StoredFact,
    WriteOutcome,
    fact_key_id,
)
from schemas import ExtractionResult, fold_name

SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 60_000
MAX_PATHS = 50

_SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, title TEXT, url TEXT, published TEXT, source TEXT,
    fingerprint TEXT NOT NULL, result TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
    attributes TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL, entity_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions (entity_id);
CREATE TABLE IF NOT EXISTS entity_aliases (
    entity_id TEXT NOT NULL, article_id TEXT NOT NULL, alias TEXT NOT NULL, folded TEXT NOT NULL,
    PRIMARY KEY (entity_id, article_id, alias)
);
CREATE INDEX IF NOT EXISTS entity_aliases_folded ON entity_aliases (folded);
CREATE INDEX IF NOT EXISTS entity_aliases_article ON entity_aliases (article_id);
CREATE TABLE IF NOT EXISTS entity_attributes (
    entity_id TEXT NOT NULL, article_id TEXT NOT NULL, key TEXT NOT NULL,
    value_text TEXT NOT NULL, value_json TEXT NOT NULL,
    PRIMARY KEY (entity_id, article_id, key)
);
CREATE INDEX IF NOT EXISTS entity_attributes_article ON entity_attributes (article_id);
CREATE TABLE IF NOT EXISTS fact_evidence (
    fact_id TEXT NOT NULL, subject_id TEXT NOT NULL, relation TEXT NOT NULL,
    object_id TEXT NOT NULL, modality TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',
    cameo TEXT, confidence REAL NOT NULL, article_id TEXT NOT NULL, sentence TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, date TEXT, source TEXT,
    PRIMARY KEY (fact_id, article_id, start, "end")
);
CREATE INDEX IF NOT EXISTS fact_evidence_subject ON fact_evidence (subject_id);
CREATE INDEX IF NOT EXISTS fact_evidence_object ON fact_evidence (object_id);
CREATE INDEX IF NOT EXISTS fact_evidence_relation ON fact_evidence (relation);
CREATE INDEX IF NOT EXISTS fact_evidence_article ON fact_evidence (article_id);
"""

# A partial date covers an interval; these pad it to its first / last possible day so that
# plain string comparison of YYYY-MM-DD decides overlap (month ends padded to 31: only used
# as an upper bound, and no real day sorts after it).
_DATE_LO = "(CASE length({c}) WHEN 4 THEN {c} || '-01-01' WHEN 7 THEN {c} || '-01' ELSE {c} END)"
_DATE_HI = "(CASE length({c}) WHEN 4 THEN {c} || '-12-31' WHEN 7 THEN {c} || '-31' ELSE {c} END)"


def date_lo(value: str) -> str:
    return {4: value + "-01-01", 7: value + "-01"}.get(len(value), value)


def date_hi(value: str) -> str:
    return {4: value + "-12-31", 7: value + "-31"}.get(len(value), value)


class SqliteStore:
    """Store protocol (kg.store.base) on a SQLite file."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self.url = "sqlite:///:memory:" if self.path == ":memory:" else f"sqlite:///{self.path}"
        self.executed: list[tuple[str, dict]] = []
        try:
            if self.path != ":memory:":
                Path(self.path).expanduser().parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if self.path != ":memory:":
                self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._init_schema()
        except sqlite3.DatabaseError as exc:
            raise StoreUnavailable(f"cannot open SQLite store {self.path!r}: {exc}") from None
        except OSError as exc:
            raise StoreUnavailable(f"cannot create the directory for {self.path!r}: {exc.strerror}") from None

    # -- set-up -------------------------------------------------------------------------------

    def _init_schema(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)
            row = self._db.execute("SELECT max(version) FROM schema_version").fetchone()
            if row[0] is None:
                self._db.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
            elif row[0] > SCHEMA_VERSION:
                raise StoreVersionError(
                    f"{self.path} was written by a newer kg (schema {row[0]}, this kg reads "
                    f"{SCHEMA_VERSION}); upgrade kg or use another --store"
                )
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "SqliteStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- reads helpers ------------------------------------------------------------------------

    def _query(self, sql: str, params: dict | None = None) -> list[sqlite3.Row]:
        params = params or {}
        self.executed.append((sql, dict(params)))
        cursor = self._db.execute(sql, params)
        return cursor.fetchall()

    # -- writing ------------------------------------------------------------------------------

    def article_fingerprint(self, article_id: str) -> str | None:
        row = self._db.execute("SELECT fingerprint FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def write(self, result: ExtractionResult) -> WriteOutcome:
        article = result.article
        new_print = article.fingerprint
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            row = db.execute("SELECT fingerprint FROM articles WHERE id = ?", (article.id,)).fetchone()
            if row and row[0] == new_print:
                db.execute("COMMIT")
                return WriteOutcome.UNCHANGED
            touched: set[str] = set()
            if row:
                touched |= self._delete_article(article.id)
                outcome = WriteOutcome.UPDATED
            else:
                outcome = WriteOutcome.NEW
            db.execute(
                "INSERT INTO articles (id, title, url, published, source, fingerprint, result) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (article.id, article.title, article.url,
                 article.published.isoformat() if article.published else None,
                 article.source, new_print, result.model_dump_json()),
            )
            touched |= self._insert_contribution(result)
            self._refresh_entities(touched)
            db.execute("COMMIT")
            return outcome
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def _delete_article(self, article_id: str) -> set[str]:
        db = self._db
        touched = {r[0] for r in db.execute("SELECT entity_id FROM mentions WHERE article_id = ?", (article_id,))}
        for table in ("mentions", "entity_aliases", "entity_attributes", "fact_evidence"):
            db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        return touched

    def _insert_contribution(self, result: ExtractionResult) -> set[str]:
        db = self._db
        aid = result.article.id
        names: dict[str, tuple[str, str]] = {}
        aliases: dict[str, set[str]] = defaultdict(set)
        attributes: dict[str, dict[str, object]] = defaultdict(dict)
        for entity in result.entities:
            names.setdefault(entity.id, (entity.name, entity.type.value))
            aliases[entity.id].add(entity.name)
            aliases[entity.id].update(a for a in entity.aliases if a and a.strip())
            for key, value in entity.attributes.items():
                if value is None:
                    continue
                current = attributes[entity.id].get(key)
                if current is None or str(value) < str(current):
                    attributes[entity.id][key] = value
        for fact in result.facts:
            for eid, name, etype in ((fact.subject_id, fact.subject, fact.subject_type.value),
                                     (fact.object_id, fact.object, fact.object_type.value)):
                names.setdefault(eid, (name, etype))
                aliases[eid].add(name)
        db.executemany(
            "INSERT INTO mentions (article_id, entity_id, name, type) VALUES (?, ?, ?, ?)",
            [(aid, eid, name, etype) for eid, (name, etype) in sorted(names.items())],
        )
        db.executemany(
            "INSERT OR IGNORE INTO entity_aliases (entity_id, article_id, alias, folded) VALUES (?, ?, ?, ?)",
            [(eid, aid, alias, fold_name(alias)) for eid in sorted(aliases) for alias in sorted(aliases[eid])],
        )
        db.executemany(
            "INSERT INTO entity_attributes (entity_id, article_id, key, value_text, value_json) "
            "VALUES (?, ?, ?, ?, ?)",
            [(eid, aid, key, str(value), json.dumps(value))
             for eid in sorted(attributes) for key, value in sorted(attributes[eid].items())],
        )
        rows = []
        for fact in result.facts:
            subject_id, relation, object_id, modality, title = fact.key()
            rows.append({
                "fact_id": fact_key_id(subject_id, relation, object_id, modality, title),
                "subject_id": subject_id, "relation": relation, "object_id": object_id,
                "modality": modality, "title": title, "cameo": fact.cameo,
                "confidence": float(fact.confidence), "article_id": aid,
                "sentence": fact.evidence.sentence, "start": fact.evidence.start,
                "end": fact.evidence.end, "date": fact.date, "source": result.article.source,
            })
        # The same fact read twice from one sentence keeps the strongest reading, whatever order
        # the extractor produced them in.
        db.executemany(
            'INSERT INTO fact_evidence (fact_id, subject_id, relation, object_id, modality, title, '
            'cameo, confidence, article_id, sentence, start, "end", date, source) VALUES '
            '(:fact_id, :subject_id, :relation, :object_id, :modality, :title, :cameo, :confidence, '
            ':article_id, :sentence, :start, :end, :date, :source) '
            'ON CONFLICT (fact_id, article_id, start, "end") DO UPDATE SET '
            'confidence = max(confidence, excluded.confidence), '
            'sentence = min(sentence, excluded.sentence), '
            'cameo = CASE WHEN cameo IS NULL THEN excluded.cameo WHEN excluded.cameo IS NULL THEN cameo '
            'ELSE min(cameo, excluded.cameo) END, '
            'date = CASE WHEN date IS NULL THEN excluded.date WHEN excluded.date IS NULL THEN date '
            'ELSE min(date, excluded.date) END',
            rows,
        )
        return set(names)

    def _refresh_entities(self, entity_ids: set[str]) -> None:
        """Recompute the derived `entities` rows from all articles' contributions."""
        db = self._db
        for eid in sorted(entity_ids):
            row = db.execute(
                "SELECT min(name), min(type) FROM mentions WHERE entity_id = ?", (eid,)
            ).fetchone()
            if row[0] is None:
                db.execute("DELETE FROM entities WHERE id = ?", (eid,))
                continue
            attrs = {}
            for key, value_json in db.execute(
                "SELECT key, min(value_json) FROM entity_attributes a WHERE entity_id = ? AND "
                "value_text = (SELECT min(value_text) FROM entity_attributes b "
                "WHERE b.entity_id = a.entity_id AND b.key = a.key) GROUP BY key ORDER BY key",
                (eid,),
            ):
                attrs[key] = json.loads(value_json)
            db.execute(
                "INSERT INTO entities (id, name, type, attributes) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, "
                "attributes = excluded.attributes",
                (eid, row[0], row[1], json.dumps(attrs, sort_keys=True)),
            )

    # -- entities -----------------------------------------------------------------------------

    def _entities(self, where: str, params: dict) -> list[StoredEntity]:
        rows = self._query(
            "SELECT e.id, e.name, e.type, e.attributes, "
            "(SELECT json_group_array(alias) FROM (SELECT DISTINCT alias FROM entity_aliases "
            " WHERE entity_id = e.id ORDER BY alias)) AS aliases, "
            "(SELECT json_group_array(article_id) FROM (SELECT DISTINCT article_id FROM mentions "
            " WHERE entity_id = e.id ORDER BY article_id)) AS article_ids "
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

    def find_entities(self, name: str) -> list[StoredEntity]:
        folded = fold_name(name)
        if not folded:
            return []
        return self._entities(
            "e.id IN (SELECT entity_id FROM entity_aliases WHERE folded = :folded)", {"folded": folded}
        )

    def entity_names(self) -> list[tuple[str, str]]:
        rows = self._query(
            "SELECT entity_id, alias FROM entity_aliases GROUP BY entity_id, alias "
            "UNION SELECT id, name FROM entities ORDER BY 1, 2"
        )
        return [(r[0], r[1]) for r in rows]

    def get_entity(self, entity_id: str) -> StoredEntity | None:
        found = self._entities("e.id = :id", {"id": entity_id})
        return found[0] if found else None

    def all_entities(self) -> list[StoredEntity]:
        return self._entities("1 = 1", {})

    # -- facts --------------------------------------------------------------------------------

    def _facts(self, where: str, params: dict) -> list[StoredFact]:
        rows = self._query(
            "SELECT fe.fact_id, fe.subject_id, s.name, s.type, fe.relation, fe.object_id, o.name, "
            "o.type, fe.modality, fe.title, fe.cameo, fe.confidence, fe.article_id, fe.sentence, "
            'fe.start, fe."end", fe.date, fe.source '
            "FROM fact_evidence fe JOIN entities s ON s.id = fe.subject_id "
            "JOIN entities o ON o.id = fe.object_id "
            f"WHERE fe.fact_id IN (SELECT fact_id FROM fact_evidence WHERE {where}) "
            "ORDER BY fe.fact_id, fe.article_id, fe.start, fe.\"end\", fe.sentence",
            params,
        )
        facts: list[StoredFact] = []
        current: StoredFact | None = None
        cameos: list[str] = []
        for (fid, sid, sname, stype, rel, oid, oname, otype, modality, title, cameo, conf,
             aid, sentence, start, end, date, source) in rows:
            if current is None or current.id != fid:
                if current is not None:
                    facts.append(_finish(current, cameos))
                current = StoredFact(
                    id=fid, subject_id=sid, subject=sname, subject_type=stype, relation=rel,
                    object_id=oid, object=oname, object_type=otype, modality=modality,
                    title=title or None, confidence=conf,
                )
                cameos = []
            current.confidence = max(current.confidence, conf)
            if cameo:
                cameos.append(cameo)
            if date:
                current.dates.append(date)
            current.article_ids.append(aid)
            current.evidence.append(StoredEvidence(
                article_id=aid, sentence=sentence, date=date, source=source, start=start, end=end,
            ))
        if current is not None:
            facts.append(_finish(current, cameos))
        return facts

    def facts(self, where: FactFilter) -> list[StoredFact]:
        clauses, params = [], {}
        for field, column in (("subject_ids", "subject_id"), ("object_ids", "object_id"),
                              ("relations", "relation"), ("modalities", "modality")):
            values = getattr(where, field)
            if values is not None:
                clauses.append(f"{column} IN (SELECT value FROM json_each(:{field}))")
                params[field] = json.dumps(sorted(values))
        if where.either_ids is not None:
            clauses.append(
                "(subject_id IN (SELECT value FROM json_each(:either_ids)) "
                "OR object_id IN (SELECT value FROM json_each(:either_ids)))"
            )
            params["either_ids"] = json.dumps(sorted(where.either_ids))
        if where.date_from or where.date_to:
            clauses.append("date IS NOT NULL")
            if where.date_from:
                clauses.append(f"{_DATE_HI.format(c='date')} >= :date_from")
                params["date_from"] = date_lo(where.date_from)
            if where.date_to:
                clauses.append(f"{_DATE_LO.format(c='date')} <= :date_to")
                params["date_to"] = date_hi(where.date_to)
        return self._facts(" AND ".join(clauses) or "1 = 1", params)

    def all_facts(self) -> list[StoredFact]:
        return self._facts("1 = 1", {})

    def shortest_paths(self, source_id: str, target_id: str, max_hops: int = 4) -> list[list[StoredFact]]:
        """Every shortest path (ignoring direction, any modality), at most MAX_PATHS of them."""
        if source_id == target_id:
            return []
        # Breadth-first search from the source, one query per hop; keep each node's
        # predecessors (node, fact) so all shortest paths can be rebuilt.
        depth = {source_id: 0}
        preds: dict[str, list[tuple[str, str]]] = defaultdict(list)
        frontier = [source_id]
        for hop in range(1, max_hops + 1):
            if not frontier or target_id in depth:
                break
            rows = self._query(
                "SELECT DISTINCT fact_id, subject_id, object_id FROM fact_evidence "
                "WHERE subject_id IN (SELECT value FROM json_each(:nodes)) "
                "OR object_id IN (SELECT value FROM json_each(:nodes)) ORDER BY fact_id",
                {"nodes": json.dumps(sorted(frontier))},
            )
            in_frontier = set(frontier)
            reached: set[str] = set()
            for fid, sid, oid in rows:
                for here, there in ((sid, oid), (oid, sid)):
                    if here in in_frontier and depth.get(there, hop) == hop and there != here:
                        depth[there] = hop
                        preds[there].append((here, fid))
                        reached.add(there)
            frontier = sorted(reached)
        if target_id not in depth:
            return []
        paths: list[list[str]] = []

        def walk(node: str, suffix: list[str]) -> None:
            if len(paths) >= MAX_PATHS * 4:
                return
            if node == source_id:
                paths.append(list(reversed(suffix)))
                return
            for prev, fid in sorted(set(preds[node])):
                walk(prev, suffix + [fid])

        walk(target_id, [])
        paths = sorted({tuple(p) for p in paths})[:MAX_PATHS]
        ids = sorted({fid for p in paths for fid in p})
        by_id = {f.id: f for f in self._facts(
            "fact_id IN (SELECT value FROM json_each(:ids))", {"ids": json.dumps(ids)})}
        return [[by_id[fid] for fid in p] for p in paths if all(fid in by_id for fid in p)]

    # -- overview -----------------------------------------------------------------------------

    def stats(self) -> dict[str, dict[str, int]]:
        entities = dict(self._query("SELECT type, count(*) FROM entities GROUP BY type ORDER BY type"))
        facts = dict(self._query(
            "SELECT relation, count(DISTINCT fact_id) FROM fact_evidence GROUP BY relation ORDER BY relation"
        ))
        articles = self._query("SELECT count(*) FROM articles")[0][0]
        return {
            "articles": {"total": articles},
            "entities": entities,
            "facts": facts,
        }

    def article_results(self) -> Iterator[ExtractionResult]:
        """Each stored article as the ExtractionResult that was written, in article-id order."""
        ids = [r[0] for r in self._db.execute("SELECT id FROM articles ORDER BY id")]
        for article_id in ids:
            row = self._db.execute("SELECT result FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is not None:
                yield ExtractionResult.model_validate_json(row[0])

    def articles(self) -> list[StoredArticle]:
        rows = self._query("SELECT id, title, url, published, source, fingerprint FROM articles ORDER BY id")
        return [StoredArticle(id=r[0], title=r[1], url=r[2], published=r[3], source=r[4], fingerprint=r[5])
                for r in rows]


def _finish(fact: StoredFact, cameos: list[str]) -> StoredFact:
    fact.dates = sorted(set(fact.dates))
    fact.article_ids = sorted(set(fact.article_ids))
    fact.evidence.sort(key=lambda e: (e.article_id, e.start, e.end, e.sentence))
    fact.cameo = min(cameos) if cameos else None
    fact.first_seen = fact.dates[0] if fact.dates else None
    fact.last_seen = fact.dates[-1] if fact.dates else None
    return fact


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
              "all_entities", "facts", "all_facts", "shortest_paths", "stats", "articles"):
    setattr(SqliteStore, _name, _damaged_file_is_one_error(getattr(SqliteStore, _name)))
