"""The Neo4j store: the graph users browse in Neo4j Browser and query with Cypher.

It answers through the same protocol as the embedded SQLite store (kg.store.base) and must return
the same records for the same articles, whatever order they arrived in. The aggregation rules are
kg.store.aggregate's, applied in Python to the readings a fact relationship keeps: `evidence`
(the sentences), `evidence_articles` and `readings` (one compact JSON array per sentence: span,
date, confidence, cameo, source), from which every aggregate (dates, first_date/last_date as Neo4j
dates, article_ids, confidence, cameo, first_seen, last_seen) is recomputed when a batch touches the
fact. What an article itself stated (its facts as read, for `kg sync` and for taking a corrected
article back out) sits on its own `:Article` node as `contribution`, and its per-article names and
attributes on its MENTIONS edges; nothing grows on a relationship but its evidence.

Writes go in batches (`merge_many`): one transaction per batch, each statement one
`UNWIND $rows` over the batch on constrained keys (:Entity(id), :Article(id)) and the per-type
fact_id indexes, so a batch costs a few round trips whatever it holds.

Nothing a user or an article supplies is pasted into query text: relationship types and labels are
checked against the ontology (schemas.RELATIONS, schemas.EntityType) first, everything else is a
parameter.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, cast
from urllib.parse import urlsplit, urlunsplit

from kg.errors import (
    KgError,
    StoreAuthError,
    StoreConfigError,
    StoreUnavailable,
    StoreVersionError,
)
from kg.store.aggregate import (
    EntityAggregate,
    FactSummary,
    Mention,
    Reading,
    aggregate_entity,
    aggregate_fact,
    article_fact_readings,
    article_mentions,
    merge_entity,
    merge_fact_summary,
    merge_readings,
)
from kg.store.base import (
    FactFilter,
    StoredArticle,
    StoredEntity,
    StoredFact,
    WriteOutcome,
    fact_counts,
    symmetric_relations,
)
from schemas import (
    RELATIONS,
    Article,
    Entity,
    EntityType,
    Evidence,
    ExtractionResult,
    Fact,
    fold_name,
)
from schemas.dates import day_hi, day_lo, overlaps

ENTITY_TYPES = tuple(t.value for t in EntityType)
MIN_MAJOR_VERSION = 5
MAX_PATHS = 50
BATCH_ARTICLES = 200  # articles merged in one transaction by merge_many
NAME_INDEX = "kg_entity_keys"  # keyword full-text index on search_keys: find_entities without a scan
# A relation's facts are read off its first_seen index for the first N of an entity's when the
# entity has at least SCAN_MIN_DEGREE of them and N x all of them x SCAN_ADVANTAGE < its count^2:
# the index entries walked (about N x all / its, more when many facts share the N-th date) times
# what one costs against expanding one of its relationships (an entry is read with one node id
# test; an expanded relationship with the half-dozen properties its order needs: PROFILE on the
# 1M-fact bench store, 1.2 against 7-8 db hits), under the relationships it would expand.
SCAN_MIN_DEGREE = 200
SCAN_ADVANTAGE = 0.25
FIRST_SEEN_INDEX = "kg_fact_first_seen_"  # + relation, lower case: per relation, facts by first_seen
UPGRADED_MARK = "kg_article_published"  # an index whose presence says the provenance is current
# Node properties the store owns; an attribute with one of these names is stored as attr_<name>.
RESERVED_ENTITY_PROPS = frozenset({"id", "name", "aliases", "search_keys", "type"})
_IDENT = re.compile(r"^[A-Z][A-Z0-9_]*$")
# Schema errors that mean "it is there already" (a concurrent CREATE ... IF NOT EXISTS won the race).
_ALREADY_EXISTS = ("EquivalentSchemaRuleAlreadyExists", "IndexAlreadyExists", "ConstraintAlreadyExists")


def safe_uri(uri: str) -> str:
    """The URI without any user:password part, fit for a message or a log."""
    try:
        parts = urlsplit(uri)
    except ValueError:
        return "<unparseable uri>"
    if "@" in parts.netloc:
        parts = parts._replace(netloc=parts.netloc.rsplit("@", 1)[1])
    return urlunsplit(parts)


def relation_type(name: str) -> str:
    """`name` if it is a relation of the ontology, safe to place in query text; else ValueError."""
    if name not in RELATIONS or not _IDENT.match(name):
        raise ValueError(f"unknown relation {name!r}")
    return name


def fact_relations() -> list[str]:
    return [relation_type(r.name) for r in RELATIONS]


def entity_label(type_name: str) -> str:
    if type_name not in ENTITY_TYPES:
        raise ValueError(f"unknown entity type {type_name!r}")
    return type_name


BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def _connection_reason(exc: BaseException) -> str:
    """'connection refused', 'timed out', ... out of the driver's multi-line message."""
    text = str(exc)
    match = re.search(r"\[Errno -?\d+\] ([^)\n]+)", text)
    if match:
        return match.group(1).strip().lower()
    if "timed out" in text.lower():
        return "timed out"
    return _first_line(exc).rstrip(":").strip()


def _first_line(exc: BaseException) -> str:
    text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return str(text).strip().splitlines()[0] if str(text).strip() else type(exc).__name__


def _top_level_split(text: str) -> list[str]:
    """`text` split at the commas outside any brackets."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts]


def collected(query: str) -> tuple[str, list[str]]:
    """A query ending in `RETURN a AS x, b AS y, ...` as one returning a single record, the list of
    `[a, b, ...]` per row, and the names (x, y, ...). The driver makes a record and a map for every
    row it receives, which for a few hundred rows costs more than the query: one list each is
    cheaper (Neo4jStore._read_collected)."""
    head, _, tail = query.rpartition("RETURN ")
    names, exprs = [], []
    for item in _top_level_split(tail):
        expr, sep, name = item.rpartition(" AS ")
        if not sep:  # a variable returned as itself
            if not re.fullmatch(r"[A-Za-z_]\w*", item):
                raise ValueError(f"every returned value needs a name: {item!r}")
            expr, name = item, item
        exprs.append(expr.strip())
        names.append(name.strip())
    return f"{head}RETURN collect([{', '.join(exprs)}]) AS rows", names


# ---------------------------------------------------------------------------------------------
# Properties: the aggregation rules are kg.store.aggregate's; these only shape them for Neo4j.
# ---------------------------------------------------------------------------------------------


def _reading_key(reading: Reading) -> str:
    """The per-evidence bookkeeping kept beside `evidence` (same index): one short JSON array."""
    return json.dumps([reading.start, reading.end, reading.date, reading.confidence, reading.cameo,
                       reading.source], ensure_ascii=False)


def stored_readings(evidence: list[str] | None, articles: list[str] | None,
                    keys: list[str] | None) -> list[Reading]:
    """The readings kept on a fact relationship (its `evidence`, `evidence_articles`, `readings`)."""
    out = []
    for sentence, article_id, key in zip(evidence or [], articles or [], keys or [], strict=False):
        start, end, date, confidence, cameo, source = json.loads(key)
        out.append(Reading(article_id=article_id, sentence=sentence, start=start, end=end,
                           confidence=float(confidence), date=date, cameo=cameo, source=source))
    return out


def fact_properties(fact_id: str, modality: str, title: str | None, readings: list[Reading]) -> dict:
    """Everything set on a fact relationship (replacing what was there), from all its readings.

    The contract's properties, `first_date` / `last_date` as Neo4j dates (the earliest and latest
    day the partial dates allow), and per evidence sentence its article and one compact reading."""
    rows = merge_readings(readings)
    summary = merge_fact_summary(FactSummary(), rows)
    props: dict[str, Any] = {
        "fact_id": fact_id,
        "modality": modality,
        "confidence": summary.confidence,
        "dates": summary.dates,
        "article_ids": summary.article_ids,
        "evidence": [r.sentence for r in rows],
        "evidence_articles": [r.article_id for r in rows],
        "readings": [_reading_key(r) for r in rows],
    }
    if summary.dates:
        props["first_date"], props["last_date"] = summary.first_date, summary.last_date
        props["first_seen"], props["last_seen"] = summary.first_seen, summary.last_seen
    if summary.cameo is not None:
        props["cameo"] = summary.cameo
    if title is not None:
        props["title"] = title
    return props


def _attr_prop(key: str) -> str:
    return f"attr_{key}" if key in RESERVED_ENTITY_PROPS or key.startswith("attr_") else key


def entity_properties(agg: EntityAggregate) -> dict:
    """Node properties: the aggregate, attributes flattened (primitive values only), and
    `attribute_keys` so the attributes can be read back exactly."""
    props: dict[str, Any] = {
        "id": agg.id,
        "name": agg.name,
        "aliases": agg.aliases,
        "search_keys": sorted({fold_name(agg.name)} | {fold_name(a) for a in agg.aliases} - {""}),
    }
    keys = []
    for key, value in agg.attributes.items():
        if value is None or not isinstance(value, (str, int, float, bool)):
            continue
        props[_attr_prop(key)] = value
        keys.append(key)
    props["attribute_keys"] = keys
    return props


def node_attributes(props: dict) -> dict:
    return {key: props[_attr_prop(key)] for key in props.get("attribute_keys") or [] if _attr_prop(key) in props}


def node_aggregate(props: dict, type_name: str) -> EntityAggregate:
    """A stored entity node read back as its aggregate (to fold more mentions into)."""
    return EntityAggregate(props["id"], props.get("name") or props["id"], type_name,
                           list(props.get("aliases") or []), node_attributes(props))


def _fact_sort_key(fact: StoredFact) -> tuple:
    return (fact.id,)


def _entity_type(labels) -> str:
    for label in labels:
        if label in ENTITY_TYPES:
            return label
    return "Entity"


# ---------------------------------------------------------------------------------------------
# Cypher text (constant; only validated relation names / labels are formatted in)
# ---------------------------------------------------------------------------------------------

_FACT_RETURN = """
RETURN r.fact_id AS fact_id, type(r) AS relation, r.modality AS modality, r.title AS title,
       r.evidence AS evidence, r.evidence_articles AS evidence_articles, r.readings AS readings,
       s.id AS subject_id, s.name AS subject, labels(s) AS subject_labels,
       o.id AS object_id, o.name AS object, labels(o) AS object_labels
"""


# Without the evidence (FactFilter.evidence False): the aggregates kept on the relationship.
_FACT_RETURN_BARE = """
RETURN r.fact_id AS fact_id, type(r) AS relation, r.modality AS modality, r.title AS title,
       r.dates AS dates, r.article_ids AS article_ids, r.confidence AS confidence, r.cameo AS cameo,
       s.id AS subject_id, s.name AS subject, labels(s) AS subject_labels,
       o.id AS object_id, o.name AS object, labels(o) AS object_labels
"""


# The planner picks a seek or a whole-index scan from the database's statistics, which differ
# between a small, a fresh and a large store; the hint makes the named entities' lookup a seek on
# the :Entity(id) constraint's index whatever the statistics say.
_SEEK_S = "USING INDEX s:Entity(id)"
_SEEK_O = "USING INDEX o:Entity(id)"


def facts_query(where: FactFilter, relations: list[str]) -> str:
    """The Cypher for one FactFilter: it starts from the entities named (index seeks on the
    :Entity(id) constraint) and only then expands, so its cost follows the answer, not the graph."""
    query = _match_where(where, relations)
    if where.limit is not None:  # which facts only: their evidence is read for those N alone
        return query + _first_views(where) + "\nRETURN elementId(r) AS rid"
    return query + (_FACT_RETURN if where.evidence else _FACT_RETURN_BARE)


def _match_where(where: FactFilter, relations: list[str]) -> str:
    types = "|".join(relation_type(r) for r in relations)
    conditions = ["($modalities IS NULL OR r.modality IN $modalities)"]
    if where.subject_ids is not None:
        match = f"MATCH (s:Entity) {_SEEK_S} WHERE s.id IN $subject_ids MATCH (s)-[r:{types}]->(o:Entity)"
        if where.object_ids is not None:
            conditions.append("o.id IN $object_ids")
    elif where.object_ids is not None:
        match = f"MATCH (o:Entity) {_SEEK_O} WHERE o.id IN $object_ids MATCH (s:Entity)-[r:{types}]->(o)"
    elif where.either_ids is not None:
        match = (
            "CALL { "
            f"MATCH (s:Entity)-[r:{types}]->(o:Entity) {_SEEK_S} WHERE s.id IN $either_ids RETURN s, r, o "
            f"UNION MATCH (s:Entity)-[r:{types}]->(o:Entity) {_SEEK_O} WHERE o.id IN $either_ids RETURN s, r, o }}"
        )
    else:
        match = f"MATCH (s:Entity)-[r:{types}]->(o:Entity)"
    if where.either_ids is not None and (where.subject_ids is not None or where.object_ids is not None):
        conditions.append("(s.id IN $either_ids OR o.id IN $either_ids)")
    # A coarse test on the fact's whole span here; schemas.dates.overlaps decides per date after.
    if where.date_from is not None:
        conditions.append("r.last_date >= $day_from")
    if where.date_to is not None:
        conditions.append("r.first_date <= $day_to")
    return f"{match}\nWITH s, r, o WHERE " + " AND ".join(conditions)


# The facts a limited query chose, read whole by their relationship ids (a direct seek each);
# without their evidence when the filter says so (FactFilter.evidence).
_FACTS_BY_ID = ("UNWIND $rids AS rid MATCH (s:Entity)-[r]->(o:Entity) WHERE elementId(r) = rid"
                + _FACT_RETURN.replace("RETURN ", "RETURN rid, ", 1))
_FACTS_BY_ID_BARE = ("UNWIND $rids AS rid MATCH (s:Entity)-[r]->(o:Entity) WHERE elementId(r) = rid"
                     + _FACT_RETURN_BARE.replace("RETURN ", "RETURN rid, ", 1))


def count_query(where: FactFilter, relations: list[str]) -> str:
    """How many facts match `where` (FactFilter.limit aside), counted in the server: the named
    entities' relationships are expanded and tested, none is returned. A date range keeps a fact
    with a date inside it, as Neo4jStore.facts does after its coarse test."""
    query = _match_where(where, relations)
    if where.date_from is not None or where.date_to is not None:
        query += _in_range_date(where) + "\nWHERE d IS NOT NULL"
    return query + "\nRETURN count(r) AS n"


# A partial date's first and last day as ISO text (schemas.dates): "2023" -> 2023-01-01 / 2023-12-31,
# "2023-09" -> 2023-09-01 / 2023-09-31, which compares with real days as 2023-09-30 does.
_DAY_LO = "x + substring('-01-01', 0, 10 - size(x))"
_DAY_HI = "CASE size(x) WHEN 4 THEN x + '-12-31' WHEN 7 THEN x + '-31' ELSE x END"


def _flips(where: FactFilter) -> str:
    """How each fact is shown (kg.store.base.fact_views): as stored (false) or, a symmetric one,
    from each of its ends in $show_ids (true: from its other end)."""
    if where.show_ids is None:
        return "[false]"
    near, far = ("o", "s") if where.show_at == "object" else ("s", "o")
    return (f"CASE WHEN type(r) IN $symmetric THEN [f IN [[false, {near}.id], [true, {far}.id]] "
            "WHERE f[1] IN $show_ids | f[0]] ELSE [false] END")


# After the date, the keys of a view (kg.store.base.fact_views), then the bound.
_VIEW_TAIL = ("CASE WHEN flip THEN o.name ELSE s.name END, type(r), CASE WHEN flip THEN s.name ELSE o.name END, "
              "r.modality, coalesce(r.title, ''), r.fact_id LIMIT $limit")


def ordered_scan_query(where: FactFilter, relation: str) -> str:
    """The first $limit views of one relation's dated facts matching `where`, read in date order off
    the relation's first_seen index (FIRST_SEEN_INDEX): for an entity in a large share of that
    relation's facts, a few hundred index entries give its first N, where expanding it reads every
    one of its thousands of relationships. Only without a date range (a fact's date is then its
    first_seen, the index's order; the index holds dated facts only: see Neo4jStore._views)."""
    rel = relation_type(relation)
    conditions = ["r.first_seen >= ''", "($modalities IS NULL OR r.modality IN $modalities)"]
    # the end the entities are named at is tested by node element id ($scan_nodes, which
    # degrees_query returns): no property read for each of the thousands of entries walked
    if where.subject_ids is not None:
        conditions.append("elementId(s) IN $scan_nodes")
    if where.object_ids is not None:
        conditions.append("o.id IN $object_ids" if where.subject_ids is not None else "elementId(o) IN $scan_nodes")
    if where.either_ids is not None:
        conditions.append("(s.id IN $either_ids OR o.id IN $either_ids)"
                          if where.subject_ids is not None or where.object_ids is not None
                          else "(elementId(s) IN $scan_nodes OR elementId(o) IN $scan_nodes)")
    return (
        f"MATCH (s:Entity)-[r:{rel}]->(o:Entity) USING INDEX r:{rel}(first_seen)\nWHERE "
        + " AND ".join(conditions)
        + f"\nWITH s, r, o, r.first_seen AS d\nUNWIND {_flips(where)} AS flip"
        + f"\nWITH s, r, o, d, flip ORDER BY d, {_VIEW_TAIL}"
    )


def views_query(where: FactFilter, scanned: list[str], expanded: list[str]) -> str:
    """The first $limit views of `where`'s facts: those of the `scanned` relations read off their
    first_seen indexes in order (ordered_scan_query), those of the `expanded` ones from the named
    entities (facts_query), merged by one more bounded sort. Returns each view's relationship
    id and date."""
    parts = [ordered_scan_query(where, rel) for rel in scanned]
    if expanded:
        parts.append(_match_where(where, expanded) + _first_views(where))
    union = "\nUNION ALL\n".join(p + "\nRETURN s, r, o, d, flip" for p in parts)
    return (f"CALL {{\n{union}\n}}\nWITH s, r, o, d, flip ORDER BY d IS NULL, coalesce(d, ''), {_VIEW_TAIL}"
            "\nRETURN elementId(r) AS rid, d AS d")


def degrees_query(where: FactFilter, relations: list[str]) -> str:
    """Per relation, how many of its relationships the named entities have at the filter's end
    (from the degree store, no relationship read) and how many there are in all (the count store)."""
    if where.subject_ids is not None:
        ids, pattern = "$subject_ids", "(e)-[:{}]->()"
    elif where.object_ids is not None:
        ids, pattern = "$object_ids", "(e)<-[:{}]-()"
    else:
        ids, pattern = "$either_ids", "(e)-[:{}]-()"
    rels = [relation_type(r) for r in relations]
    degrees = ", ".join(f"sum(COUNT {{ {pattern.format(r)} }})" for r in rels)
    totals = ", ".join(f"COUNT {{ ()-[:{r}]->() }}" for r in rels)
    return (f"MATCH (e:Entity) USING INDEX e:Entity(id) WHERE e.id IN {ids}\n"
            f"WITH [{degrees}] AS degrees, collect(elementId(e)) AS nodes\n"
            f"RETURN degrees, [{totals}] AS totals, nodes")


def _in_range_date(where: FactFilter) -> str:
    """Cypher naming `d` each fact's earliest date in the filter's range (`dates` is sorted; null
    when none is inside), or without a range its earliest date."""
    in_range = []
    if where.date_from is not None:
        in_range.append(f"{_DAY_HI} >= $text_from")
    if where.date_to is not None:
        in_range.append(f"{_DAY_LO} <= $text_to")
    if in_range:
        date = f"head([x IN coalesce(r.dates, []) WHERE {' AND '.join(in_range)}])"
    else:  # the earliest date: first_seen, a short string, where `dates` is a list in the array store
        date = "r.first_seen"
    return f"\nWITH s, r, o, {date} AS d"


def _first_views(where: FactFilter) -> str:
    """Cypher keeping the facts of the first $limit views (kg.store.base.fact_views), in order:
    each fact's earliest date in the range (`dates` is sorted), shown as stored or, if symmetric,
    from each of its ends in $show_ids; then ORDER BY ... LIMIT (a bounded sort, Top)."""
    in_range = where.date_from is not None or where.date_to is not None
    return (
        _in_range_date(where)
        + ("\nWHERE d IS NOT NULL" if in_range else "")
        + f"\nUNWIND {_flips(where)} AS flip"
        f"\nWITH s, r, o, d, flip ORDER BY d IS NULL, coalesce(d, ''), {_VIEW_TAIL}"
    )


class Neo4jStore:
    """A Neo4j database holding the graph; see the module docstring and CONTRACT.md (Neo4j)."""

    def __init__(
        self,
        uri: str,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
        *,
        connection_timeout: float = 5.0,
        max_retry_time: float = 15.0,
    ):
        import logging

        import neo4j

        # The driver logs connection failures itself; kg reports them once, as one line.
        logging.getLogger("neo4j").addHandler(logging.NullHandler())
        try:
            parts = urlsplit(uri)
        except ValueError:
            raise StoreConfigError("bad Neo4j URI; expected bolt://host:7687 or neo4j://host:7687") from None
        if parts.scheme not in BOLT_SCHEMES:
            raise StoreConfigError(
                f"bad Neo4j URI {safe_uri(uri)}: scheme must be one of {', '.join(BOLT_SCHEMES)}"
            )
        try:
            _ = parts.port  # urllib parses the port lazily: a non-numeric one raises here
        except ValueError:
            raise StoreConfigError(
                f"bad Neo4j URI {safe_uri(uri)}: the port must be a number, e.g. bolt://localhost:7687"
            ) from None
        if "@" in parts.netloc:  # credentials in the URI: use them, never send or show them as part of it
            user = user if user is not None else parts.username
            password = password if password is not None else parts.password
            uri = safe_uri(uri)
        self.uri = safe_uri(uri)
        self.url = self.uri
        self.user = user
        self.database = database
        self.executed: list[tuple[str, dict]] = []
        self._max_retry_time = max_retry_time
        self._neo4j = neo4j
        # the driver's stubs want str; a missing half is passed on as None, as before, and the
        # server's refusal becomes StoreAuthError below
        auth = cast("tuple[str, str]", (user, password)) if user is not None or password is not None else None
        try:
            self.driver = neo4j.GraphDatabase.driver(
                uri,
                auth=auth,
                connection_timeout=connection_timeout,
                connection_acquisition_timeout=connection_timeout * 2,
                max_transaction_retry_time=max_retry_time,
                notifications_min_severity="OFF",
            )
        except (ValueError, neo4j.exceptions.ConfigurationError) as exc:
            raise StoreConfigError(f"bad Neo4j URI {self.uri}: {_first_line(exc)}") from None
        try:
            with self.translate_errors():
                self.driver.verify_connectivity()
                self._check_version()
                self._check_database()
                self._create_schema()
        except BaseException:
            self.driver.close()
            raise

    # -- connection and errors -----------------------------------------------------------------

    @contextmanager
    def translate_errors(self):
        """Driver exceptions a user can act on, as KgErrors with one actionable line."""
        exc_mod = self._neo4j.exceptions
        try:
            yield
        except KgError:
            raise
        except exc_mod.AuthError:
            if self.user is None:
                raise StoreAuthError(
                    "Neo4j wants credentials and none were given; set NEO4J_USERNAME / NEO4J_PASSWORD"
                ) from None
            raise StoreAuthError(
                f"Neo4j rejected the credentials for user {self.user}; check NEO4J_USERNAME / NEO4J_PASSWORD"
            ) from None
        except (exc_mod.ServiceUnavailable, exc_mod.SessionExpired, exc_mod.ConnectionAcquisitionTimeoutError,
                ConnectionError, OSError) as exc:
            raise StoreUnavailable(
                f"cannot reach Neo4j at {self.uri}: {_connection_reason(exc)}; is it running? (make neo4j-up)"
            ) from None
        except exc_mod.Neo4jError as exc:
            code = getattr(exc, "code", "") or ""
            if code.endswith("DatabaseNotFound"):
                raise StoreConfigError(
                    f"Neo4j at {self.uri} has no database {self.database!r}; fix NEO4J_DATABASE "
                    "(or unset it for the server's default)"
                ) from None
            if code.endswith("DatabaseUnavailable") or code.startswith("Neo.TransientError"):
                raise StoreUnavailable(
                    f"Neo4j at {self.uri} cannot serve the database now: {_first_line(exc)}"
                ) from exc
            raise

    def _session(self, read: bool = False):
        mode = self._neo4j.READ_ACCESS if read else self._neo4j.WRITE_ACCESS
        return self.driver.session(database=self.database, default_access_mode=mode)

    def _check_version(self) -> None:
        agent = self.driver.get_server_info().agent or ""
        match = re.search(r"/(\d+)\.(\d+)", agent)
        if not match or int(match.group(1)) < MIN_MAJOR_VERSION:
            raise StoreVersionError(
                f"Neo4j at {self.uri} reports {agent or 'an unknown version'}; kg needs Neo4j "
                f"{MIN_MAJOR_VERSION}.x or later"
            )
        self.server_version = agent

    def _check_database(self) -> None:
        with self._session(read=True) as session:
            session.run("RETURN 1").consume()

    def _upgrade_provenance(self) -> None:
        """A graph written by an earlier kg keeps each article's readings in a `contributions` JSON
        on the relationship: move them to `readings` (and `first_date`, `last_date`) and to each
        article's `contribution`, once, in one transaction. A no-op on a current graph."""

        def work(tx) -> int:
            keys = {row["propertyKey"] for row in tx.run("CALL db.propertyKeys()")}
            if "contributions" not in keys:  # never written by an earlier kg: nothing to scan
                return 0
            rows = list(tx.run(
                "MATCH (s:Entity)-[r]->(o:Entity) WHERE r.contributions IS NOT NULL "
                "RETURN elementId(r) AS rid, type(r) AS relation, r.fact_id AS fact_id, r.modality AS modality, "
                "r.title AS title, r.contributions AS contributions, s.id AS s, o.id AS o"))
            if not rows:
                return 0
            per_article: dict[str, list[dict]] = defaultdict(list)
            updates = []
            for row in rows:
                readings = []
                for article_id, contribution in json.loads(row["contributions"]).items():
                    instances = contribution.get("instances") or []
                    per_article[article_id].append({
                        "fact_id": row["fact_id"], "relation": row["relation"], "s": row["s"], "o": row["o"],
                        "modality": row["modality"], "title": row["title"], "instances": instances})
                    readings += [Reading(article_id=article_id, sentence=i["sentence"], start=i["start"],
                                         end=i["end"], confidence=float(i["confidence"]), date=i.get("date"),
                                         cameo=i.get("cameo"), source=contribution.get("source"))
                                 for i in instances]
                updates.append({"rid": row["rid"], "props": fact_properties(
                    row["fact_id"], row["modality"], row["title"], readings)})
            tx.run("UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.rid SET r = row.props",
                   rows=updates).consume()
            tx.run("UNWIND $rows AS row MATCH (a:Article {id: row.id}) SET a.contribution = row.c",
                   rows=[{"id": aid, "c": json.dumps(sorted(entries, key=lambda e: e["fact_id"]),
                                                      ensure_ascii=False, sort_keys=True)}
                         for aid, entries in sorted(per_article.items())]).consume()
            return len(rows)

        with self._session() as session:
            session.execute_write(work)

    def _create_schema(self) -> None:
        statements = [
            "CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
            "CREATE CONSTRAINT kg_article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
            "CREATE INDEX kg_entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
            # also marks a graph whose provenance is in the current shape (see _upgrade_provenance)
            f"CREATE INDEX {UPGRADED_MARK} IF NOT EXISTS FOR (a:Article) ON (a.published)",
            f"CREATE FULLTEXT INDEX {NAME_INDEX} IF NOT EXISTS FOR (e:Entity) ON EACH [e.search_keys] "
            "OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}",
        ]
        for rel in fact_relations():
            statements.append(
                f"CREATE INDEX kg_fact_id_{rel.lower()} IF NOT EXISTS FOR ()-[r:{rel}]-() ON (r.fact_id)"
            )
            # the facts of one relation in date order (`first_seen` is the earliest date as written,
            # what answers are ordered by): a much-named entity's first N facts are read off this
            # index in order instead of expanding all its relationships (see ordered_scan_query)
            statements.append(
                f"CREATE INDEX {FIRST_SEEN_INDEX}{rel.lower()} IF NOT EXISTS FOR ()-[r:{rel}]-() ON (r.first_seen)"
            )
        with self._session() as session:
            existing = {row["name"] for row in session.run("SHOW INDEXES YIELD name")}
            existing |= {row["name"] for row in session.run("SHOW CONSTRAINTS YIELD name")}
            created = False
            if UPGRADED_MARK not in existing:  # the mark is created below, after the upgrade
                self._upgrade_provenance()
            for statement in statements:
                found = re.search(r"(kg_\w+) IF NOT EXISTS", statement)
                name = found.group(1) if found else statement
                if name not in existing:  # skip: even a no-op schema command takes the schema lock
                    created = self._create_schema_rule(session, statement) or created
            if created:  # an index built over an existing graph must be online before it is queried
                session.run("CALL db.awaitIndexes(600)").consume()

    def _create_schema_rule(self, session, statement: str, attempts: int = 6) -> bool:
        """Run one `CREATE ... IF NOT EXISTS`; whether this call created it. A schema command
        waits for the label locks of running writes, so while another process writes (`kg query`
        opened during a `kg ingest` that is still making the schema) it can be chosen as a
        deadlock victim: a transient error, and the statement is safe to run again."""
        for attempt in range(attempts):
            try:
                session.run(statement).consume()
                return True
            except self._neo4j.exceptions.TransientError:
                if attempt == attempts - 1:
                    raise
                time.sleep(0.05 * 2 ** attempt)
            except self._neo4j.exceptions.ClientError as exc:
                # Another process created it between SHOW and CREATE: `IF NOT EXISTS` does not
                # cover two concurrent schema transactions.
                if not (exc.code or "").endswith(_ALREADY_EXISTS):
                    raise
                return False
        return False

    def close(self) -> None:
        self.driver.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- reads ----------------------------------------------------------------------------------

    def _read(self, query: str, record: bool = True, **params) -> list[dict]:
        """One read, as an auto-commit transaction: a single round trip (RUN and PULL sent
        together), where a managed transaction adds a BEGIN and a COMMIT exchange to each of the
        several statements a question makes. A transient failure (a retryable Neo4j error, as the
        driver's managed transactions retry) is run again, for up to max_retry_time seconds."""
        if record:
            self.executed.append((query.strip(), dict(params)))
        deadline = time.monotonic() + self._max_retry_time
        delay = 0.2
        with self.translate_errors():
            while True:
                try:
                    with self._session(read=True) as session:
                        return [dict(row) for row in session.run(query, params)]
                except self._neo4j.exceptions.Neo4jError as exc:
                    if not exc.is_retryable() or time.monotonic() + delay > deadline:
                        raise
                time.sleep(delay)
                delay = min(delay * 2, 2.0)

    def _read_collected(self, query: str, **params) -> list[dict]:
        """`_read` for a query returning many rows, received as one record (see `collected`)."""
        text, names = collected(query)
        rows = self._read(text, **params)
        return [dict(zip(names, values, strict=True)) for values in (rows[0]["rows"] if rows else [])]

    def query_plan(self, query: str, params: dict) -> list[str]:
        def work(tx):
            return tx.run("EXPLAIN " + query, params).consume().plan

        with self.translate_errors(), self._session(read=True) as session:
            plan = session.execute_read(work)
        lines: list[str] = []

        def walk(op: dict, depth: int) -> None:
            details = (op.get("args") or {}).get("Details") or ""
            name = str(op.get("operatorType", "?")).split("@")[0]
            lines.append("  " * depth + (f"{name} {details}" if details else name))
            for child in op.get("children") or []:
                walk(child, depth + 1)

        if plan:
            walk(plan, 0)
        return lines

    def article_fingerprint(self, article_id: str) -> str | None:
        rows = self._read("MATCH (a:Article {id: $id}) RETURN a.fingerprint AS fp", record=False, id=article_id)
        return rows[0]["fp"] if rows else None

    def _entities(self, where: str, articles: bool = True, **params) -> list[StoredEntity]:
        return self._entities_matching(f"MATCH (e:Entity) {where}", articles, **params)

    def _entities_matching(self, match: str, articles: bool = True, **params) -> list[StoredEntity]:
        query = (
            f"{match} "
            "OPTIONAL MATCH (a:Article)-[:MENTIONS]->(e) "
            "WITH e, a.id AS article_id ORDER BY article_id "
            "RETURN properties(e) AS props, labels(e) AS labels, collect(article_id) AS article_ids"
        ) if articles else (
            f"{match} RETURN properties(e) AS props, labels(e) AS labels, [] AS article_ids"
        )
        out = []
        for row in (self._read(query, **params) if articles else self._read_collected(query, **params)):
            props = row["props"]
            out.append(StoredEntity(
                id=props["id"],
                name=props.get("name") or props["id"],
                type=_entity_type(row["labels"]),
                aliases=list(props.get("aliases") or []),
                attributes=node_attributes(props),
                article_ids=sorted(row["article_ids"]),
            ))
        return sorted(out, key=lambda e: e.id)

    def find_entities(self, name: str, articles: bool = True) -> list[StoredEntity]:
        key = fold_name(name)
        if not key:
            return []
        # an exact lookup in the keyword full-text index on search_keys (a range index cannot hold
        # list elements), checked again exactly; no scan of every entity
        phrase = '"' + key.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return self._entities_matching(
            "CALL db.index.fulltext.queryNodes($index, $phrase) YIELD node AS e WITH e WHERE $key IN e.search_keys",
            articles, index=NAME_INDEX, phrase=phrase, key=key)

    def article_counts(self, entity_ids: list[str]) -> dict[str, int]:
        """How many articles name each entity: its MENTIONS degree (the degree store of a
        much-named node, no relationship read), where article_ids would list them all."""
        rows = self._read("MATCH (e:Entity) USING INDEX e:Entity(id) WHERE e.id IN $ids "
                          "RETURN e.id AS id, COUNT { (e)<-[:MENTIONS]-() } AS n", ids=sorted(entity_ids))
        return {row["id"]: row["n"] for row in rows}

    def entity_names(self) -> list[tuple[str, str]]:
        """(entity id, surface form) for every name and alias: what a question may call an entity."""
        rows = self._read_collected("MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.aliases AS aliases")
        pairs = set()
        for row in rows:
            pairs.add((row["id"], row["name"]))
            for alias in row["aliases"] or []:
                pairs.add((row["id"], alias))
        return sorted(pairs)

    def get_entity(self, entity_id: str) -> StoredEntity | None:
        found = self._entities("WHERE e.id = $id", id=entity_id)
        return found[0] if found else None

    def get_entities(self, entity_ids: list[str], articles: bool = True) -> list[StoredEntity]:
        return self._entities("WHERE e.id IN $ids", articles=articles, ids=sorted(entity_ids))

    def all_entities(self) -> list[StoredEntity]:
        return self._entities("")

    def attributes_by_type(self, types: list[str]) -> dict[str, dict]:
        labels = [entity_label(t) for t in types]
        if not labels:
            return {}
        # one row of [id, attribute keys, their values]: the driver builds a record and a map per row,
        # which for a thousand cities costs more than the query (the places a state holds, per question)
        rows = self._read(
            f"MATCH (e:{'|'.join(labels)}) WITH e ORDER BY e.id "
            "RETURN collect([e.id, e.attribute_keys, [k IN coalesce(e.attribute_keys, []) | "
            "e[CASE WHEN k IN $reserved OR k STARTS WITH 'attr_' THEN 'attr_' + k ELSE k END]]]) AS entities",
            reserved=sorted(RESERVED_ENTITY_PROPS))
        return {eid: {k: v for k, v in zip(keys or [], values, strict=True) if v is not None}
                for eid, keys, values in rows[0]["entities"]}

    def _fact_from_row(self, row: dict) -> StoredFact:
        if "readings" not in row:  # _FACT_RETURN_BARE: the relationship's aggregates, no evidence
            dates = list(row["dates"] or [])
            return StoredFact.model_construct(
                id=row["fact_id"], subject_id=row["subject_id"], subject=row["subject"],
                subject_type=_entity_type(row["subject_labels"]), relation=row["relation"],
                object_id=row["object_id"], object=row["object"], object_type=_entity_type(row["object_labels"]),
                modality=row["modality"], title=row.get("title"), cameo=row["cameo"],
                confidence=float(row["confidence"] or 0.0), dates=dates, article_ids=list(row["article_ids"] or []),
                evidence=[], first_seen=dates[0] if dates else None, last_seen=dates[-1] if dates else None)
        readings = stored_readings(row["evidence"], row["evidence_articles"], row["readings"])
        return StoredFact.model_construct(  # read back from the store: no re-validation
            id=row["fact_id"],
            subject_id=row["subject_id"],
            subject=row["subject"],
            subject_type=_entity_type(row["subject_labels"]),
            relation=row["relation"],
            object_id=row["object_id"],
            object=row["object"],
            object_type=_entity_type(row["object_labels"]),
            modality=row["modality"],
            title=row.get("title"),
            **aggregate_fact(readings),
        )

    @staticmethod
    def _relations(where: FactFilter) -> list[str]:
        if where.relations is None:
            return fact_relations()
        return [r for r in where.relations if r in RELATIONS]

    @staticmethod
    def _filter_params(where: FactFilter) -> dict[str, Any]:
        params: dict[str, Any] = {"modalities": where.modalities}
        for name in ("subject_ids", "object_ids", "either_ids"):
            if getattr(where, name) is not None:
                params[name] = getattr(where, name)
        if where.date_from is not None:
            params["day_from"] = day_lo(where.date_from)
        if where.date_to is not None:
            params["day_to"] = day_hi(where.date_to)
        return params

    def count_facts(self, where: FactFilter) -> int:
        """How many facts `facts(where)` would return without a limit, counted in the server."""
        relations = self._relations(where)
        if not relations:
            return 0
        params = self._filter_params(where)
        if where.date_from is not None:
            params["text_from"] = day_lo(where.date_from).isoformat()
        if where.date_to is not None:
            params["text_to"] = day_hi(where.date_to).isoformat()
        rows = self._read(count_query(where, relations), **params)
        return int(rows[0]["n"]) if rows else 0

    def fact_ends(self, where: FactFilter) -> list[tuple[str, str, str, str]]:
        """(subject id, object id, object name, object type) of the facts matching `where`, each
        pair once: what the states an official serves need, four values a fact where a fact read
        without its evidence still brings its whole article list. No date range (ValueError)."""
        if where.date_from is not None or where.date_to is not None or where.limit is not None:
            raise ValueError("fact_ends takes no date range and no limit")
        relations = self._relations(where)
        if not relations:
            return []
        query = (_match_where(where, relations)
                 + "\nWITH DISTINCT s, o\nRETURN s.id AS s, o.id AS o, o.name AS name, labels(o) AS labels")
        return [(row["s"], row["o"], row["name"], _entity_type(row["labels"]))
                for row in self._read_collected(query, **self._filter_params(where))]

    def facts(self, where: FactFilter) -> list[StoredFact]:
        relations = self._relations(where)
        if not relations:
            return []
        params = self._filter_params(where)
        if where.limit is not None:
            params["limit"] = int(where.limit)
            if where.date_from is not None:
                params["text_from"] = day_lo(where.date_from).isoformat()
            if where.date_to is not None:
                params["text_to"] = day_hi(where.date_to).isoformat()
            if where.show_ids is not None:
                params["show_ids"] = sorted(where.show_ids)
                params["symmetric"] = symmetric_relations()
        if where.limit is not None:
            rows = self._views(where, relations, params)
        elif where.subject_ids is None and where.object_ids is None and where.either_ids is None:
            rows = self._read(facts_query(where, relations), **params)  # the whole graph: streamed
        else:
            rows = self._read_collected(facts_query(where, relations), **params)
        if where.limit is not None:  # in view order, each fact once (a symmetric one may show twice)
            rids = list(dict.fromkeys(r["rid"] for r in rows))
            found = {r["rid"]: self._fact_from_row(r) for r in self._read_collected(
                _FACTS_BY_ID if where.evidence else _FACTS_BY_ID_BARE, rids=rids)} if rids else {}
            return [found[rid] for rid in rids if rid in found]
        facts = (self._fact_from_row(r) for r in rows)
        if where.date_from is not None or where.date_to is not None:
            facts = (f for f in facts if any(overlaps(d, where.date_from, where.date_to) for d in f.dates))
        return sorted(facts, key=_fact_sort_key)

    def _views(self, where: FactFilter, relations: list[str], params: dict) -> list[dict]:
        """The relationship ids of the first $limit views (FactFilter.limit), in view order.

        From the named entities, every relationship of theirs is read to find the first N: fine
        for most entities, thousands of reads for one most articles name. So first the degree and
        count stores say, per relation, how many facts the entities have and how many there are;
        where the expected number of index entries to walk before N of theirs come up (N x all /
        theirs) is well under the number of their facts, that relation's facts are read off its
        first_seen index in date order instead (ordered_scan_query). The index holds dated facts
        only, and undated views sort last: when the views found are not all dated, the facts are
        read from the named entities after all."""
        scanned: list[str] = []
        nodes: list[str] = []
        named = where.subject_ids if where.subject_ids is not None else (
            where.object_ids if where.object_ids is not None else where.either_ids)
        # both ends named (did X meet Y?): expanding the smaller side is cheap already
        both_named = where.subject_ids is not None and where.object_ids is not None
        if (named and not both_named and where.date_from is None and where.date_to is None):
            found = self._read(degrees_query(where, relations), **params)
            if found and not any(found[0]["degrees"]):  # none of theirs: nothing to read
                return []
            if found:
                nodes = found[0]["nodes"]
                limit = int(where.limit or 1)
                for rel, degree, total in zip(relations, found[0]["degrees"], found[0]["totals"], strict=True):
                    if degree >= SCAN_MIN_DEGREE and limit * total * SCAN_ADVANTAGE < degree * degree:
                        scanned.append(rel)
        if not scanned:
            return self._read_collected(facts_query(where, relations), **params)
        expanded = [r for r in relations if r not in scanned]
        rows = self._read_collected(views_query(where, scanned, expanded), scan_nodes=nodes, **params)
        if len(rows) == where.limit and all(r["d"] is not None for r in rows):
            return rows
        return self._read_collected(facts_query(where, relations), **params)

    def all_facts(self) -> list[StoredFact]:
        return self.facts(FactFilter())

    def shortest_paths(self, source_id: str, target_id: str, max_hops: int = 4,
                       modalities: list[str] | None = None) -> list[list[StoredFact]]:
        """Every shortest chain of facts (either direction) linking two entities, at most max_hops long,
        through facts of `modalities` only when given (the predicate is part of the path search).

        Ordered by their fact ids and capped at MAX_PATHS, like the SQLite store.
        """
        hops = int(max_hops)
        if source_id == target_id or hops < 1:
            return []
        types = "|".join(fact_relations())
        query = (
            "MATCH (a:Entity {id: $source}), (b:Entity {id: $target}) "
            f"MATCH p = allShortestPaths((a)-[:{types}*..{hops}]-(b)) "
            + ("" if modalities is None else "WHERE all(r IN relationships(p) WHERE r.modality IN $modalities) ")
            # which facts only: a hub between the two can make hundreds of paths, of which the
            # first MAX_PATHS are kept; their facts are then read once each, by relationship id
            + "RETURN [r IN relationships(p) | r.fact_id] AS fact_ids, [r IN relationships(p) | elementId(r)] AS rids"
        )
        rows = self._read_collected(query, source=source_id, target=target_id, modalities=list(modalities or []))
        unique = dict(sorted(((tuple(row["fact_ids"]), row["rids"]) for row in rows), key=lambda item: item[0]))
        chosen = list(unique.values())[:MAX_PATHS]
        rids = sorted({rid for path in chosen for rid in path})
        found = {r["rid"]: self._fact_from_row(r) for r in self._read_collected(_FACTS_BY_ID, rids=rids)} if rids else {}
        return [[found[rid] for rid in path] for path in chosen if all(rid in found for rid in path)]

    def stats(self) -> dict[str, dict[str, int]]:
        entity_rows = self._read(
            "MATCH (e:Entity) UNWIND [l IN labels(e) WHERE l IN $types] AS type "
            "RETURN type, count(*) AS n",
            types=list(ENTITY_TYPES),
        )
        fact_rows = self._read(
            "MATCH ()-[r]->() WHERE type(r) IN $relations "
            "RETURN type(r) AS relation, r.modality AS modality, count(*) AS n",
            relations=fact_relations(),
        )
        article_rows = self._read("MATCH (a:Article) RETURN count(a) AS n")
        return {
            "articles": {"total": article_rows[0]["n"]},
            "entities": {r["type"]: r["n"] for r in sorted(entity_rows, key=lambda r: r["type"])},
            **fact_counts([(r["relation"], r["modality"], r["n"]) for r in fact_rows]),
        }

    def articles(self) -> list[StoredArticle]:
        rows = self._read(
            "MATCH (a:Article) RETURN a.id AS id, a.title AS title, a.url AS url, a.published AS published, "
            "a.source AS source, a.fingerprint AS fingerprint ORDER BY a.id"
        )
        return [StoredArticle(**row) for row in rows]

    def article_results(self) -> Iterator[ExtractionResult]:
        """Each stored article as the ExtractionResult that was written, in article-id order."""
        ids = [r["id"] for r in self._read("MATCH (a:Article) RETURN a.id AS id ORDER BY id", record=False)]
        for article_id in ids:
            result = self._article_result(article_id)
            if result is not None:
                yield result

    def _article_result(self, article_id: str) -> ExtractionResult | None:
        rows = self._read(
            "MATCH (a:Article {id: $id}) RETURN properties(a) AS a", record=False, id=article_id
        )
        if not rows:
            return None
        props = rows[0]["a"]
        article = Article(
            id=props["id"],
            text=props.get("text", ""),
            source=props.get("source") or "",
            title=props.get("title"),
            url=props.get("url"),
            published=dt.date.fromisoformat(props["published"]) if props.get("published") else None,
            outlet=props.get("outlet"),
        )
        mention_rows = self._read(
            "MATCH (:Article {id: $id})-[m:MENTIONS]->(e:Entity) "
            "RETURN e.id AS id, labels(e) AS labels, m.name AS name, m.aliases AS aliases, "
            "m.attributes AS attributes, m.listed AS listed, m.position AS position",
            record=False,
            id=article_id,
        )
        entities = []
        for row in sorted(mention_rows, key=lambda r: (r["position"] if r["position"] is not None else 1 << 30, r["id"])):
            if row["listed"] is False:
                continue
            entities.append(
                Entity(
                    id=row["id"],
                    name=row["name"],
                    type=_entity_type(row["labels"]),
                    aliases=list(row["aliases"] or []),
                    attributes=json.loads(row["attributes"]) if row["attributes"] else {},
                )
            )
        facts = []
        for entry in json.loads(props.get("contribution") or "[]"):
            for inst in entry["instances"]:
                subject_id, object_id = (entry["o"], entry["s"]) if inst.get("swapped") else (entry["s"], entry["o"])
                facts.append((inst.get("position", 0), Fact(
                    subject_id=subject_id, subject=inst["subject"], subject_type=inst["subject_type"],
                    relation=entry["relation"], object_id=object_id, object=inst["object"],
                    object_type=inst["object_type"], date=inst.get("date"), modality=entry["modality"],
                    confidence=inst["confidence"], title=entry["title"], cameo=inst.get("cameo"),
                    evidence=Evidence(article_id=article_id, sentence=inst["sentence"], start=inst["start"],
                                      end=inst["end"]),
                )))
        facts.sort(key=lambda pf: (pf[0], pf[1].evidence.start, pf[1].key()))
        return ExtractionResult(article=article, entities=entities, facts=[f for _, f in facts])

    # -- writes ---------------------------------------------------------------------------------

    def write(self, result: ExtractionResult) -> WriteOutcome:
        """Merge one article in one transaction: all of it or none of it."""
        return self.merge_many([result])[0]

    def merge_many(self, results: Iterable[ExtractionResult], batch_size: int = BATCH_ARTICLES) -> list[WriteOutcome]:
        """Merge many articles, `batch_size` to a transaction, each statement one `UNWIND $rows`
        over the batch: a few round trips a batch whatever it holds. A batch is all or nothing;
        the outcome of each article is returned in order. The graph is the same as writing the
        articles one at a time, in any order."""
        from concurrent.futures import Future, ThreadPoolExecutor

        outcomes: list[WriteOutcome] = []
        pending: list[Future] = []  # the batch read last: its payloads, being built

        def write(futures: list[Future]) -> None:
            payloads = [f.result() for f in futures]
            with self.translate_errors(), self._session() as session:
                outcomes.extend(session.execute_write(_write_batch, payloads))

        # Each batch's payloads are built in a worker thread while the batch before it is written
        # (the main thread then mostly waits on the server); the articles themselves are read
        # here, in the caller's thread.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-payloads") as pool:
            batches = _result_batches(results, batch_size)
            while True:
                try:
                    batch = next(batches)
                except StopIteration:
                    break
                except Exception:  # a bad article: the batches before it are written, then it is raised
                    if pending:
                        write(pending)
                    raise
                futures = [pool.submit(_article_payload, result) for result in batch]
                if pending:
                    write(pending)
                pending = futures
            if pending:
                write(pending)
        return outcomes


def _result_batches(results: Iterable[ExtractionResult], batch_size: int) -> Iterator[list[ExtractionResult]]:
    """The articles in batches of distinct articles, `batch_size` at most (the same article twice:
    in order, one batch each). An unknown relation name raises before its batch is complete."""
    batch: list[ExtractionResult] = []
    ids: set[str] = set()
    for result in results:
        for fact in result.facts:
            relation_type(fact.relation)  # refuse unknown relation names before touching the graph
        if result.article.id in ids:
            yield batch
            batch, ids = [], set()
        batch.append(result)
        ids.add(result.article.id)
        if len(batch) >= batch_size:
            yield batch
            batch, ids = [], set()
    if batch:
        yield batch


def _article_payload(result: ExtractionResult) -> dict:
    """What one article contributes, in the shapes the write transaction needs."""
    article = result.article
    facts = article_fact_readings(result)
    article_props = {
        "id": article.id,
        "fingerprint": article.fingerprint,
        "text": article.text,
        "source": article.source,
        "title": article.title,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "outlet": article.outlet,
        # the article's own facts, as it stated them: what `kg sync` replays and what is taken out
        # of the graph when the article is replaced (provenance kept off the relationships)
        "contribution": json.dumps(
            [{"fact_id": f.fact_id, "relation": f.relation, "s": f.subject_id, "o": f.object_id,
              "modality": f.modality, "title": f.title, "instances": f.instances} for f in facts],
            ensure_ascii=False, sort_keys=True),
    }
    mentions = article_mentions(result)
    for mention in mentions.values():
        entity_label(mention.type)
    return {
        "article": {k: v for k, v in article_props.items() if v is not None},
        "mentions": mentions,
        "facts": facts,
    }


def _mention_row(article_id: str, m: Mention) -> dict:
    return {"a": article_id, "e": m.entity_id, "props": {
        "name": m.name, "aliases": m.aliases, "other_names": m.other_names, "listed": m.listed,
        "position": m.position, "attributes": json.dumps(m.attributes, sort_keys=True, ensure_ascii=False)}}


# Takes each node's write lock (held until the transaction ends) by writing a property and taking
# it off again: a read does not lock in Neo4j, a write does. MERGE makes a node not there yet (a bare
# :Entity {id}, filled in later in the same transaction) under the id constraint, so a second writer
# of the same new id waits for the first to commit and then finds its node.
_LOCK_ENTITIES = "UNWIND $ids AS id MERGE (e:Entity {id: id}) SET e._kg_lock = true REMOVE e._kg_lock"
_LOCK_ARTICLES = "UNWIND $ids AS id MERGE (a:Article {id: id}) SET a._kg_lock = true REMOVE a._kg_lock"
# The articles locked and, under the lock, what is stored of them, in one statement (a node MERGE
# had to create has no fingerprint yet: the article is new).
_LOCK_READ_ARTICLES = (_LOCK_ARTICLES + " WITH id, a WHERE a.fingerprint IS NOT NULL "
                       "RETURN id, a.fingerprint AS fp, a.contribution AS c")
# The entities a batch mentions as stored (null: gone, see _write_batch): properties and labels.
_READ_ENTITIES = ("UNWIND $ids AS id OPTIONAL MATCH (e:Entity {id: id}) "
                  "RETURN id, properties(e) AS props, labels(e) AS labels")


def _stored_facts_query() -> str:
    """One statement reading the stored readings of the facts a batch changes, every relation in
    one `UNION ALL` (parameter ids_<relation>; an empty list reads nothing): one round trip and
    one query text, so one cached plan, whatever relations a batch holds."""
    parts = [f"UNWIND $ids_{rel.lower()} AS id MATCH ()-[r:{rel} {{fact_id: id}}]->() "
             f"RETURN '{rel}' AS rel, id, r.evidence AS evidence, r.evidence_articles AS articles, "
             "r.readings AS readings" for rel in fact_relations()]
    return "CALL {\n" + "\nUNION ALL\n".join(parts) + "\n}\nRETURN rel, id, evidence, articles, readings"


def _write_batch(tx, payloads: list[dict]) -> list[WriteOutcome]:
    """The transaction function for a batch of distinct articles: replace each one's contribution
    and fold it into the aggregates. It depends only on the stored state and the payloads, so the
    driver may retry it freely.

    Concurrent writers (two `kg ingest` on one database) give the graph one writer gives: every node
    whose state is read to compute a new one is write-locked first, in this transaction, before it
    is read. The articles are locked first, then every entity the batch touches (the ones its
    articles mention, the ones their old versions mentioned, the ends of every fact it changes), in
    id order so two writers take them in the same order. A fact relationship is only ever written
    by a transaction holding the locks on both its ends, so the entity locks serialise the
    read-merge-write of its readings too. Without them two writers read the same readings, each
    added its own and the later write dropped the earlier's (found by tests/test_soak.py)."""
    ids = sorted(p["article"]["id"] for p in payloads)
    found = {row["id"]: row for row in tx.run(_LOCK_READ_ARTICLES, ids=ids)}
    outcomes: list[WriteOutcome] = []
    todo: list[dict] = []
    for p in payloads:
        old = found.get(p["article"]["id"])
        if old is not None and old["fp"] == p["article"]["fingerprint"]:
            outcomes.append(WriteOutcome.UNCHANGED)
            continue
        outcomes.append(WriteOutcome.NEW if old is None else WriteOutcome.UPDATED)
        todo.append(p)
    if not todo:
        return outcomes
    replaced = [p["article"]["id"] for p in todo if p["article"]["id"] in found]

    # facts this batch changes: (relation, fact_id) -> endpoints, key and the new readings
    touched: dict[tuple[str, str], dict] = {}
    for article_id in replaced:  # a corrected article: its old facts lose its readings
        for entry in json.loads(found[article_id]["c"] or "[]"):
            touched.setdefault((entry["relation"], entry["fact_id"]), {
                "s": entry["s"], "o": entry["o"], "modality": entry["modality"], "title": entry["title"],
                "readings": []})
    for p in todo:
        for f in p["facts"]:
            touched.setdefault((f.relation, f.fact_id), {
                "s": f.subject_id, "o": f.object_id, "modality": f.modality, "title": f.title,
                "readings": []})["readings"].extend(f.readings)

    mentions: dict[str, list[Mention]] = defaultdict(list)
    for p in todo:
        for m in p["mentions"].values():
            mentions[m.entity_id].append(m)
    # entities a corrected article's old version mentioned (its article node is locked: stable)
    old_mentioned: set[str] = set()
    if replaced:
        old_mentioned = {row["id"] for row in tx.run(
            "UNWIND $ids AS id MATCH (:Article {id: id})-[:MENTIONS]->(e:Entity) RETURN DISTINCT e.id AS id",
            ids=replaced)}
    locked = set(mentions) | old_mentioned | {e["s"] for e in touched.values()} | {e["o"] for e in touched.values()}
    tx.run(_LOCK_ENTITIES, ids=sorted(locked)).consume()
    # The mentioned entities as stored (locked: stable), to fold the batch's mentions into; a node
    # the lock made is bare (no name yet): the entity is new. A node MERGE found may have been
    # deleted (a corrected article dropped the last mention of it) by the transaction whose lock it
    # waited for: the write to it would then do nothing. Make those again (mentioned ones only: the
    # others are not this batch's to create) and read them again.
    stored: dict[str, dict] = {}
    unread = sorted(mentions)
    for _ in range(6):
        gone_ids = []
        for row in tx.run(_READ_ENTITIES, ids=unread):
            if row["props"] is None:
                gone_ids.append(row["id"])
            elif "name" in row["props"]:
                stored[row["id"]] = row
        if not gone_ids:
            break
        tx.run(_LOCK_ENTITIES, ids=gone_ids).consume()
        unread = gone_ids

    # entities whose mentions go away must be recomputed from all that remain
    recompute: set[str] = set()
    if replaced:
        removed = tx.run(
            "UNWIND $ids AS id MATCH (:Article {id: id})-[m:MENTIONS]->(e:Entity) DELETE m RETURN e.id AS id",
            ids=replaced)
        recompute = {row["id"] for row in removed}
    tx.run("UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a = row",
           rows=[p["article"] for p in todo]).consume()

    # the stored readings of the facts this batch changes (the ends are locked: stable)
    by_relation: dict[str, list[str]] = defaultdict(list)
    for rel, fid in touched:
        by_relation[rel].append(fid)
    existing: dict[str, dict[str, Any]] = {relation_type(rel): {} for rel in by_relation}
    if by_relation:
        fact_ids: dict[str, list[str]] = {f"ids_{rel.lower()}": [] for rel in fact_relations()}
        for rel, fids in by_relation.items():
            fact_ids[f"ids_{relation_type(rel).lower()}"] = sorted(fids)
        for row in tx.run(_stored_facts_query(), fact_ids):
            existing[row["rel"]][row["id"]] = row

    # entities: fold the batch's mentions into the stored aggregates
    by_label: dict[str, list[dict]] = defaultdict(list)
    changed: list[dict] = []
    for eid in sorted(mentions):
        row = stored.get(eid)
        label = _entity_type(row["labels"]) if row is not None else min(m.type for m in mentions[eid])
        agg = node_aggregate(row["props"], label) if row is not None else None
        for m in sorted(mentions[eid], key=lambda m: (m.name, m.type)):
            agg = merge_entity(agg, m)
        assert agg is not None
        props = entity_properties(agg)
        if row is None:
            by_label[entity_label(label)].append({"id": eid, "props": props})
        elif props != row["props"]:  # most mentions of a known entity change nothing: no write
            changed.append({"id": eid, "props": props})
    # The writes below are sent without waiting for each to finish: the server runs them while
    # the fact aggregates are computed here (the driver waits for a statement's result only when
    # the next one is sent, or at commit).
    for label, rows in sorted(by_label.items()):
        tx.run(f"UNWIND $rows AS row MATCH (e:Entity {{id: row.id}}) SET e:{label} SET e = row.props", rows=rows)
    if changed:
        tx.run("UNWIND $rows AS row MATCH (e:Entity {id: row.id}) SET e = row.props", rows=changed)
    tx.run(
        "UNWIND $rows AS row MATCH (a:Article {id: row.a}) MATCH (e:Entity {id: row.e}) "
        "CREATE (a)-[m:MENTIONS]->(e) SET m = row.props",
        rows=[_mention_row(p["article"]["id"], m) for p in todo for m in p["mentions"].values()],
    )

    # facts: the stored readings (minus replaced articles') plus the new ones, aggregated again
    gone = set(replaced)
    creates: dict[str, list[dict]] = defaultdict(list)
    updates: dict[str, list[dict]] = defaultdict(list)
    deletions: dict[str, list[str]] = defaultdict(list)
    for rel, fids in sorted(by_relation.items()):
        for fid in sorted(fids):
            entry = touched[(rel, fid)]
            old = existing[rel].get(fid)
            readings = [] if old is None else [
                r for r in stored_readings(old["evidence"], old["articles"], old["readings"])
                if r.article_id not in gone]
            readings += entry["readings"]
            if not readings:
                if old is not None:
                    deletions[rel].append(fid)
                continue
            props = fact_properties(fid, entry["modality"], entry["title"], readings)
            row = {"s": entry["s"], "o": entry["o"], "fact_id": fid, "props": props}
            (updates if old is not None else creates)[rel].append(row)
    for rel, rows in sorted(creates.items()):
        tx.run(
            f"UNWIND $rows AS row MATCH (s:Entity {{id: row.s}}) MATCH (o:Entity {{id: row.o}}) "
            f"CREATE (s)-[r:{rel}]->(o) SET r = row.props", rows=rows)
    for rel, rows in sorted(updates.items()):
        tx.run(f"UNWIND $rows AS row MATCH ()-[r:{rel} {{fact_id: row.fact_id}}]->() SET r = row.props",
               rows=rows)
    for rel, ids in sorted(deletions.items()):
        tx.run(f"UNWIND $ids AS id MATCH ()-[r:{rel} {{fact_id: id}}]->() DELETE r", ids=ids)

    # a corrected article: recompute entities whose mentions changed; drop those no article mentions
    if recompute:
        rows = tx.run(
            "MATCH (e:Entity) WHERE e.id IN $ids "
            "OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e) "
            "RETURN e.id AS id, labels(e) AS labels, "
            "collect(CASE WHEN a IS NULL THEN null ELSE {name: m.name, aliases: m.aliases, "
            "attributes: m.attributes, other_names: m.other_names} END) AS mentions",
            ids=sorted(recompute),
        )
        props_rows, orphans = [], []
        for row in rows:
            label = _entity_type(row["labels"])
            agg = aggregate_entity(row["id"], [
                Mention(row["id"], label, m["name"],
                        spellings={m["name"], *(a for a in (m.get("aliases") or []) + (m.get("other_names") or [])
                                                if a and a.strip())},
                        attributes=json.loads(m["attributes"]) if m.get("attributes") else {})
                for m in row["mentions"]])
            if agg is None:
                orphans.append(row["id"])
            else:
                props_rows.append({"id": row["id"], "props": entity_properties(agg)})
        if props_rows:
            tx.run("UNWIND $rows AS row MATCH (e:Entity {id: row.id}) SET e = row.props", rows=props_rows).consume()
        if orphans:
            tx.run("MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e", ids=orphans).consume()
    return outcomes
