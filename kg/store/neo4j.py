"""The Neo4j store: the graph users browse in Neo4j Browser and query with Cypher.

It answers through the same protocol as the embedded SQLite store (kg.store.base) and must return
the same records for the same articles, whatever order they arrived in. So each fact relationship
and each MENTIONS edge keeps what every article contributed (a JSON `contributions` property on
facts, the per-article name/aliases/attributes on MENTIONS), and the aggregate properties users
see (dates, article_ids, confidence, evidence, ...) are recomputed from those contributions inside
the article's write transaction. Removing or replacing an article is then exact, and a write is a
pure function of the stored state, which is what makes the driver's retries safe.

Nothing a user or an article supplies is pasted into query text: relationship types and labels are
checked against the ontology (schemas.RELATIONS, schemas.EntityType) first, everything else is a
parameter.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from contextlib import contextmanager
from typing import Any, Iterator
from urllib.parse import urlsplit, urlunsplit

from kg.errors import (
    KgError,
    StoreAuthError,
    StoreConfigError,
    StoreUnavailable,
    StoreVersionError,
)
from kg.store.base import (
    FactFilter,
    StoredArticle,
    StoredEntity,
    StoredEvidence,
    StoredFact,
    WriteOutcome,
    fact_key_id,
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

ENTITY_TYPES = tuple(t.value for t in EntityType)
MIN_MAJOR_VERSION = 5
MAX_PATHS = 50
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


# ---------------------------------------------------------------------------------------------
# Aggregation: pure functions of the per-article contributions, so order never matters.
# ---------------------------------------------------------------------------------------------


def _evidence_sort_key(item: dict) -> tuple:
    return (item["article_id"], item["start"], item["end"], item["sentence"])


def _merge_instances(instances: list[dict]) -> list[dict]:
    """One evidence row per (article, sentence span): the same fact read twice from one sentence
    keeps the strongest reading (max confidence, smallest cameo, earliest date)."""
    merged: dict[tuple, dict] = {}
    for inst in instances:
        key = (inst["article_id"], inst["start"], inst["end"])
        prev = merged.get(key)
        if prev is None:
            merged[key] = dict(inst)
            continue
        prev["confidence"] = max(float(prev["confidence"]), float(inst["confidence"]))
        for field in ("cameo", "date"):
            values = [v for v in (prev.get(field), inst.get(field)) if v]
            prev[field] = min(values) if values else None
        prev["sentence"] = min(prev["sentence"], inst["sentence"])
    return sorted(merged.values(), key=_evidence_sort_key)


def aggregate_fact(contributions: dict[str, dict]) -> dict:
    """Aggregate properties of one fact from {article_id: {"source", "instances": [...]}}."""
    instances = []
    for article_id, contribution in contributions.items():
        for inst in contribution["instances"]:
            instances.append({**inst, "article_id": article_id, "source": contribution.get("source")})
    rows = _merge_instances(instances)
    dates = sorted({i["date"] for i in rows if i.get("date")})
    cameos = sorted({i["cameo"] for i in rows if i.get("cameo")})
    evidence = [
        StoredEvidence(
            article_id=i["article_id"],
            sentence=i["sentence"],
            date=i.get("date"),
            source=i.get("source"),
            start=i["start"],
            end=i["end"],
        )
        for i in rows
    ]
    return {
        "dates": dates,
        "confidence": max((float(i["confidence"]) for i in rows), default=0.0),
        "cameo": cameos[0] if cameos else None,
        "article_ids": sorted(contributions),
        "evidence": evidence,
        "first_seen": dates[0] if dates else None,
        "last_seen": dates[-1] if dates else None,
    }


def fact_properties(fact_id: str, modality: str, title: str | None, contributions: dict) -> dict:
    """Everything set on a fact relationship (replacing what was there)."""
    agg = aggregate_fact(contributions)
    props: dict[str, Any] = {
        "fact_id": fact_id,
        "modality": modality,
        "confidence": agg["confidence"],
        "dates": agg["dates"],
        "article_ids": agg["article_ids"],
        "evidence": [e.sentence for e in agg["evidence"]],
        "evidence_articles": [e.article_id for e in agg["evidence"]],
        "evidence_dates": [e.date or "" for e in agg["evidence"]],
        "contributions": json.dumps(contributions, sort_keys=True, ensure_ascii=False),
    }
    for optional in ("cameo", "first_seen", "last_seen"):
        if agg[optional] is not None:
            props[optional] = agg[optional]
    if title is not None:
        props["title"] = title
    return props


def aggregate_entity(entity_id: str, type_name: str, mentions: list[dict]) -> dict:
    """Name, aliases and attributes of an entity from its mentions [{article_id, name, aliases, attributes}].

    Order-independent by construction, and the same rules as the SQLite store: the name is the
    smallest spelling any article used (all fold to the same id anyway); aliases are every other
    spelling and alias, sorted; each attribute takes its smallest non-null value.
    """
    names = {m["name"] for m in mentions if m.get("name")}
    name = min(names) if names else entity_id
    spellings = names | {
        a for m in mentions for a in (m.get("aliases") or []) + (m.get("other_names") or []) if a and a.strip()
    }
    attributes: dict = {}
    for m in mentions:
        for key, value in (m.get("attributes") or {}).items():
            if value is None:
                continue
            current = attributes.get(key)
            if current is None or (str(value), json.dumps(value)) < (str(current), json.dumps(current)):
                attributes[key] = value
    return {
        "id": entity_id,
        "name": name,
        "type": type_name,
        "aliases": sorted(spellings - {name}),
        "attributes": dict(sorted(attributes.items())),
        "article_ids": sorted({m["article_id"] for m in mentions}),
    }


def _attr_prop(key: str) -> str:
    return f"attr_{key}" if key in RESERVED_ENTITY_PROPS or key.startswith("attr_") else key


def entity_properties(agg: dict) -> dict:
    """Node properties: the aggregate, attributes flattened (primitive values only), and
    `attribute_keys` so the attributes can be read back exactly."""
    props: dict[str, Any] = {
        "id": agg["id"],
        "name": agg["name"],
        "aliases": agg["aliases"],
        "search_keys": sorted({fold_name(agg["name"])} | {fold_name(a) for a in agg["aliases"]} - {""}),
    }
    keys = []
    for key, value in agg["attributes"].items():
        if value is None or not isinstance(value, (str, int, float, bool)):
            continue
        props[_attr_prop(key)] = value
        keys.append(key)
    props["attribute_keys"] = keys
    return props


def node_attributes(props: dict) -> dict:
    return {key: props[_attr_prop(key)] for key in props.get("attribute_keys") or [] if _attr_prop(key) in props}


def merge_entity(node: dict, type_name: str, mention: dict) -> dict:
    """The aggregate after one more mention, from the node's current aggregate.

    Every rule of aggregate_entity is a min or a union, so folding mentions in one at a time gives
    exactly the full recomputation, in any order."""
    current = {
        "article_id": "", "name": node["name"], "aliases": node.get("aliases") or [],
        "attributes": node_attributes(node),
    }
    agg = aggregate_entity(node["id"], type_name, [current, mention])
    return agg


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
       r.contributions AS contributions,
       s.id AS subject_id, s.name AS subject, labels(s) AS subject_labels,
       o.id AS object_id, o.name AS object, labels(o) AS object_labels
"""

_FACTS_QUERY = (
    """
MATCH (s:Entity)-[r]->(o:Entity)
WHERE type(r) IN $relations
  AND ($modalities IS NULL OR r.modality IN $modalities)
  AND ($either_ids IS NULL OR s.id IN $either_ids OR o.id IN $either_ids)
  AND ($subject_ids IS NULL OR s.id IN $subject_ids)
  AND ($object_ids IS NULL OR o.id IN $object_ids)
  AND (($date_from IS NULL AND $date_to IS NULL) OR any(d IN r.dates WHERE
        ($date_from IS NULL OR left(d, size($date_from)) >= left($date_from, size(d)))
        AND ($date_to IS NULL OR left(d, size($date_to)) <= left($date_to, size(d)))))
"""
    + _FACT_RETURN
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
            parts.port
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
        self._neo4j = neo4j
        auth = (user, password) if user is not None or password is not None else None
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
        except exc_mod.AuthError as exc:
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

    def _create_schema(self) -> None:
        statements = [
            "CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
            "CREATE CONSTRAINT kg_article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
            "CREATE INDEX kg_entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)",
            "CREATE FULLTEXT INDEX kg_entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]",
        ]
        for rel in fact_relations():
            statements.append(
                f"CREATE INDEX kg_fact_id_{rel.lower()} IF NOT EXISTS FOR ()-[r:{rel}]-() ON (r.fact_id)"
            )
        with self._session() as session:
            existing = {row["name"] for row in session.run("SHOW INDEXES YIELD name")}
            existing |= {row["name"] for row in session.run("SHOW CONSTRAINTS YIELD name")}
            for statement in statements:
                name = re.search(r"(kg_\w+) IF NOT EXISTS", statement).group(1)
                if name not in existing:  # skip: even a no-op schema command takes the schema lock
                    try:
                        session.run(statement).consume()
                    except self._neo4j.exceptions.ClientError as exc:
                        # Another process created it between SHOW and CREATE: `IF NOT EXISTS` does
                        # not cover two concurrent schema transactions (seen with `kg query` opening
                        # the store while `kg ingest` made the first one).
                        if not (exc.code or "").endswith(_ALREADY_EXISTS):
                            raise

    def close(self) -> None:
        self.driver.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- reads ----------------------------------------------------------------------------------

    def _read(self, query: str, record: bool = True, **params) -> list[dict]:
        if record:
            self.executed.append((query.strip(), dict(params)))

        def work(tx):
            return [dict(row) for row in tx.run(query, params)]

        with self.translate_errors(), self._session(read=True) as session:
            return session.execute_read(work)

    def article_fingerprint(self, article_id: str) -> str | None:
        rows = self._read("MATCH (a:Article {id: $id}) RETURN a.fingerprint AS fp", record=False, id=article_id)
        return rows[0]["fp"] if rows else None

    def _entities(self, where: str, **params) -> list[StoredEntity]:
        query = (
            f"MATCH (e:Entity) {where} "
            "OPTIONAL MATCH (a:Article)-[:MENTIONS]->(e) "
            "WITH e, a.id AS article_id ORDER BY article_id "
            "RETURN properties(e) AS props, labels(e) AS labels, collect(article_id) AS article_ids"
        )
        out = []
        for row in self._read(query, **params):
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

    def find_entities(self, name: str) -> list[StoredEntity]:
        key = fold_name(name)
        if not key:
            return []
        return self._entities("WHERE $key IN e.search_keys", key=key)

    def entity_names(self) -> list[tuple[str, str]]:
        """(entity id, surface form) for every name and alias: what a question may call an entity."""
        rows = self._read("MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.aliases AS aliases")
        pairs = set()
        for row in rows:
            pairs.add((row["id"], row["name"]))
            for alias in row["aliases"] or []:
                pairs.add((row["id"], alias))
        return sorted(pairs)

    def get_entity(self, entity_id: str) -> StoredEntity | None:
        found = self._entities("WHERE e.id = $id", id=entity_id)
        return found[0] if found else None

    def all_entities(self) -> list[StoredEntity]:
        return self._entities("")

    def _fact_from_row(self, row: dict) -> StoredFact:
        contributions = json.loads(row["contributions"])
        agg = aggregate_fact(contributions)
        return StoredFact(
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
            **agg,
        )

    def facts(self, where: FactFilter) -> list[StoredFact]:
        relations = fact_relations()
        if where.relations is not None:
            relations = [r for r in where.relations if r in RELATIONS]
        params = {
            "relations": relations,
            "subject_ids": where.subject_ids,
            "object_ids": where.object_ids,
            "either_ids": where.either_ids,
            "modalities": where.modalities,
            "date_from": where.date_from,
            "date_to": where.date_to,
        }
        rows = self._read(_FACTS_QUERY, **params)
        return sorted((self._fact_from_row(r) for r in rows), key=_fact_sort_key)

    def all_facts(self) -> list[StoredFact]:
        return self.facts(FactFilter())

    def shortest_paths(self, source_id: str, target_id: str, max_hops: int = 4) -> list[list[StoredFact]]:
        """Every shortest chain of facts (either direction) linking two entities, at most max_hops long.

        Ordered by their fact ids and capped at MAX_PATHS, like the SQLite store.
        """
        hops = int(max_hops)
        if source_id == target_id or hops < 1:
            return []
        types = "|".join(fact_relations())
        query = (
            "MATCH (a:Entity {id: $source}), (b:Entity {id: $target}) "
            f"MATCH p = allShortestPaths((a)-[:{types}*..{hops}]-(b)) "
            "RETURN [n IN nodes(p) | n.id] AS node_ids, [r IN relationships(p) | {"
            "fact_id: r.fact_id, relation: type(r), modality: r.modality, title: r.title, "
            "contributions: r.contributions, subject_id: startNode(r).id, subject: startNode(r).name, "
            "subject_labels: labels(startNode(r)), object_id: endNode(r).id, object: endNode(r).name, "
            "object_labels: labels(endNode(r))}] AS facts"
        )
        rows = self._read(query, source=source_id, target=target_id)
        paths = []
        for row in rows:
            facts = [self._fact_from_row(f) for f in row["facts"]]
            paths.append((tuple(f.id for f in facts), facts))
        unique = dict(sorted(paths, key=lambda item: item[0]))
        return list(unique.values())[:MAX_PATHS]

    def stats(self) -> dict[str, dict[str, int]]:
        entity_rows = self._read(
            "MATCH (e:Entity) UNWIND [l IN labels(e) WHERE l IN $types] AS type "
            "RETURN type, count(*) AS n",
            types=list(ENTITY_TYPES),
        )
        fact_rows = self._read(
            "MATCH ()-[r]->() WHERE type(r) IN $relations RETURN type(r) AS relation, count(*) AS n",
            relations=fact_relations(),
        )
        article_rows = self._read("MATCH (a:Article) RETURN count(a) AS n")
        return {
            "articles": {"total": article_rows[0]["n"]},
            "entities": {r["type"]: r["n"] for r in sorted(entity_rows, key=lambda r: r["type"])},
            "facts": {r["relation"]: r["n"] for r in sorted(fact_rows, key=lambda r: r["relation"])},
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
        fact_rows = self._read(
            "MATCH (:Article {id: $id})-[:MENTIONS]->(s:Entity)-[r]->(o:Entity) "
            "WHERE type(r) IN $relations AND $id IN r.article_ids "
            "RETURN DISTINCT type(r) AS relation, r.modality AS modality, r.title AS title, "
            "r.contributions AS contributions, s.id AS s, o.id AS o",
            record=False,
            id=article_id,
            relations=fact_relations(),
        )
        facts = []
        for row in fact_rows:
            contribution = json.loads(row["contributions"]).get(article_id)
            if not contribution:
                continue
            for inst in contribution["instances"]:
                subject_id, object_id = (row["o"], row["s"]) if inst.get("swapped") else (row["s"], row["o"])
                facts.append(
                    (
                        inst.get("position", 0),
                        Fact(
                            subject_id=subject_id,
                            subject=inst["subject"],
                            subject_type=inst["subject_type"],
                            relation=row["relation"],
                            object_id=object_id,
                            object=inst["object"],
                            object_type=inst["object_type"],
                            date=inst.get("date"),
                            modality=row["modality"],
                            confidence=inst["confidence"],
                            title=row["title"],
                            cameo=inst.get("cameo"),
                            evidence=Evidence(
                                article_id=article_id,
                                sentence=inst["sentence"],
                                start=inst["start"],
                                end=inst["end"],
                            ),
                        ),
                    )
                )
        facts.sort(key=lambda pf: (pf[0], pf[1].evidence.start, pf[1].key()))
        return ExtractionResult(article=article, entities=entities, facts=[f for _, f in facts])

    # -- writes ---------------------------------------------------------------------------------

    def write(self, result: ExtractionResult) -> WriteOutcome:
        """Merge one article in one transaction: all of it or none of it."""
        for fact in result.facts:
            relation_type(fact.relation)  # refuse unknown relation names before touching the graph
        payload = _article_payload(result)
        with self.translate_errors(), self._session() as session:
            return session.execute_write(_write_article, payload)


def _article_payload(result: ExtractionResult) -> dict:
    """What one article contributes, in the shapes the write transaction needs."""
    article = result.article
    article_props = {
        "id": article.id,
        "fingerprint": article.fingerprint,
        "text": article.text,
        "source": article.source,
        "title": article.title,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "outlet": article.outlet,
    }
    article_props = {k: v for k, v in article_props.items() if v is not None}

    mentions: dict[str, dict] = {}
    for position, entity in enumerate(result.entities):
        entity_label(entity.type.value)
        if entity.id in mentions:  # the same entity listed twice: merge its names
            prev = mentions[entity.id]
            prev["aliases"] = list(dict.fromkeys(prev["aliases"] + list(entity.aliases)))
            prev["other_names"] = sorted(set(prev["other_names"]) | {entity.name})
            continue
        mentions[entity.id] = {
            "id": entity.id,
            "type": entity.type.value,
            "name": entity.name,
            "aliases": list(dict.fromkeys(entity.aliases)),
            "attributes": json.dumps(entity.attributes, sort_keys=True, ensure_ascii=False),
            "listed": True,
            "position": position,
            "other_names": [],
        }
    for fact in result.facts:  # endpoints the entity list forgot still get a node and a mention
        for eid, name, etype in ((fact.subject_id, fact.subject, fact.subject_type),
                                 (fact.object_id, fact.object, fact.object_type)):
            if eid not in mentions:
                entity_label(etype.value)
                mentions[eid] = {"id": eid, "type": etype.value, "name": name, "aliases": [],
                                 "attributes": "{}", "listed": False, "position": len(mentions),
                                 "other_names": []}
            elif name != mentions[eid]["name"] and name not in mentions[eid]["other_names"]:
                mentions[eid]["other_names"] = sorted(set(mentions[eid]["other_names"]) | {name})

    facts: dict[str, dict] = {}
    for position, fact in enumerate(result.facts):
        subject_id, rel, object_id, modality, title = fact.key()
        fid = fact_key_id(subject_id, rel, object_id, modality, title)
        entry = facts.setdefault(
            fid,
            {"fact_id": fid, "relation": rel, "s": subject_id, "o": object_id, "modality": modality,
             "title": fact.title, "instances": []},
        )
        entry["instances"].append(
            {
                "subject": fact.subject,
                "subject_type": fact.subject_type.value,
                "object": fact.object,
                "object_type": fact.object_type.value,
                "swapped": subject_id != fact.subject_id,
                "date": fact.date,
                "confidence": fact.confidence,
                "cameo": fact.cameo,
                "sentence": fact.evidence.sentence,
                "start": fact.evidence.start,
                "end": fact.evidence.end,
                "position": position,
            }
        )
    return {
        "article": article_props,
        "mentions": list(mentions.values()),
        "facts": list(facts.values()),
    }


def _write_article(tx, payload: dict) -> WriteOutcome:
    """The transaction function: read what is there, replace this article's contribution, recompute.

    It depends only on the stored state and the payload, so the driver may retry it freely.
    """
    article = payload["article"]
    article_id = article["id"]
    # MERGE, not MATCH: under the Article id constraint it locks the id until this transaction ends,
    # so two processes writing the same article are serialised and the second one sees the first's
    # fingerprint (with MATCH both saw nothing and both reported the article new). A node MERGE had
    # to create has no fingerprint yet: the article is new.
    row = tx.run("MERGE (a:Article {id: $id}) RETURN a.fingerprint AS fp", id=article_id).single()
    found = row if row["fp"] is not None else None
    if found is not None and found["fp"] == article["fingerprint"]:
        return WriteOutcome.UNCHANGED
    outcome = WriteOutcome.NEW if found is None else WriteOutcome.UPDATED
    relations = fact_relations()
    touched_entities: set[str] = set()
    # fact_id -> (relation, modality, title, contributions), for every fact this write changes
    touched_facts: dict[str, dict] = {}

    if found is not None:  # corrected text: take the old contribution out first
        rows = tx.run(
            "MATCH (a:Article {id: $id})-[:MENTIONS]->(:Entity)-[r]-(:Entity) "
            "WHERE type(r) IN $relations AND $id IN r.article_ids "
            "SET r.fact_id = r.fact_id "  # take the write lock before reading the contributions
            "RETURN DISTINCT r.fact_id AS fact_id, type(r) AS relation, r.modality AS modality, "
            "r.title AS title, r.contributions AS contributions, startNode(r).id AS s, endNode(r).id AS o",
            id=article_id,
            relations=relations,
        )
        for row in rows:
            contributions = json.loads(row["contributions"])
            contributions.pop(article_id, None)
            touched_facts[row["fact_id"]] = {
                "fact_id": row["fact_id"], "relation": row["relation"], "modality": row["modality"],
                "title": row["title"], "s": row["s"], "o": row["o"], "contributions": contributions,
            }
        removed = tx.run(
            "MATCH (a:Article {id: $id})-[m:MENTIONS]->(e:Entity) DELETE m RETURN e.id AS id", id=article_id
        )
        touched_entities.update(row["id"] for row in removed)

    tx.run("MERGE (a:Article {id: $id}) SET a = $props", id=article_id, props=article).consume()

    by_type: dict[str, list[dict]] = defaultdict(list)
    for mention in payload["mentions"]:
        by_type[entity_label(mention["type"])].append(mention)
        touched_entities.add(mention["id"])
    incremental: list[dict] = []
    for label, rows in sorted(by_type.items()):
        previous = tx.run(
            "UNWIND $rows AS row "
            "OPTIONAL MATCH (old:Entity {id: row.id}) "
            "WITH row, properties(old) AS before "
            "MERGE (e:Entity {id: row.id}) "
            f"ON CREATE SET e:{label} "
            "WITH e, row, before MATCH (a:Article {id: $article_id}) "
            "MERGE (a)-[m:MENTIONS]->(e) "
            "SET m.name = row.name, m.aliases = row.aliases, m.attributes = row.attributes, "
            "m.listed = row.listed, m.position = row.position, m.other_names = row.other_names "
            "RETURN row.id AS id, before",
            rows=rows,
            article_id=article_id,
        )
        if outcome is WriteOutcome.UPDATED:
            continue  # recomputed from all mentions below
        by_id = {m["id"]: m for m in rows}
        for row in previous:
            mention = by_id[row["id"]]
            mention = {**mention, "article_id": article_id, "attributes": json.loads(mention["attributes"])}
            if row["before"] is None:
                agg = aggregate_entity(row["id"], label, [mention])
            else:
                agg = merge_entity(row["before"], label, mention)
            incremental.append({"id": row["id"], "props": entity_properties(agg)})
    if incremental:
        tx.run("UNWIND $rows AS row MATCH (e:Entity {id: row.id}) SET e = row.props", rows=incremental).consume()

    source = article.get("source")
    by_relation: dict[str, list[dict]] = defaultdict(list)
    for fact in payload["facts"]:
        by_relation[relation_type(fact["relation"])].append(fact)
    for rel, rows in sorted(by_relation.items()):
        existing = tx.run(
            "UNWIND $rows AS row "
            "MATCH (s:Entity {id: row.s}), (o:Entity {id: row.o}) "
            f"MERGE (s)-[r:{rel} {{fact_id: row.fact_id}}]->(o) "
            "SET r.fact_id = row.fact_id "
            "RETURN row.fact_id AS fact_id, r.contributions AS contributions",
            rows=[{"s": f["s"], "o": f["o"], "fact_id": f["fact_id"]} for f in rows],
        )
        stored = {row["fact_id"]: row["contributions"] for row in existing}
        for fact in rows:
            entry = touched_facts.get(fact["fact_id"])
            if entry is None:
                raw = stored.get(fact["fact_id"])
                entry = {
                    "fact_id": fact["fact_id"], "relation": rel, "modality": fact["modality"],
                    "title": fact["title"], "s": fact["s"], "o": fact["o"],
                    "contributions": json.loads(raw) if raw else {},
                }
                touched_facts[fact["fact_id"]] = entry
            entry["contributions"][article_id] = {"source": source, "instances": fact["instances"]}

    # write back every touched fact: aggregates recomputed, or the relationship removed if empty
    updates: dict[str, list[dict]] = defaultdict(list)
    deletions: dict[str, list[str]] = defaultdict(list)
    for entry in touched_facts.values():
        rel = relation_type(entry["relation"])
        if entry["contributions"]:
            props = fact_properties(entry["fact_id"], entry["modality"], entry["title"], entry["contributions"])
            updates[rel].append({"s": entry["s"], "o": entry["o"], "fact_id": entry["fact_id"], "props": props})
        else:
            deletions[rel].append(entry["fact_id"])
    for rel, rows in sorted(updates.items()):
        tx.run(
            "UNWIND $rows AS row "
            f"MATCH (:Entity {{id: row.s}})-[r:{rel} {{fact_id: row.fact_id}}]->(:Entity {{id: row.o}}) "
            "SET r = row.props",
            rows=rows,
        ).consume()
    for rel, ids in sorted(deletions.items()):
        tx.run(f"MATCH ()-[r:{rel}]->() WHERE r.fact_id IN $ids DELETE r", ids=ids).consume()

    # a corrected article: recompute entities whose mentions changed; drop those no article mentions
    if outcome is WriteOutcome.UPDATED and touched_entities:
        rows = tx.run(
            "MATCH (e:Entity) WHERE e.id IN $ids "
            "OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e) "
            "RETURN e.id AS id, labels(e) AS labels, "
            "collect(CASE WHEN a IS NULL THEN null ELSE {article_id: a.id, name: m.name, aliases: m.aliases, "
            "attributes: m.attributes, listed: m.listed, other_names: m.other_names} END) AS mentions",
            ids=sorted(touched_entities),
        )
        props_rows, orphans = [], []
        for row in rows:
            if not row["mentions"]:
                orphans.append(row["id"])
                continue
            mentions = [
                {**m, "attributes": json.loads(m["attributes"]) if m.get("attributes") else {}}
                for m in row["mentions"]
            ]
            agg = aggregate_entity(row["id"], _entity_type(row["labels"]), mentions)
            props_rows.append({"id": row["id"], "props": entity_properties(agg)})
        if props_rows:
            tx.run(
                "UNWIND $rows AS row MATCH (e:Entity {id: row.id}) SET e = row.props", rows=props_rows
            ).consume()
        if orphans:
            tx.run("MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e", ids=orphans).consume()
    return outcome
