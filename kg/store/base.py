"""The one interface both stores implement, and the records it returns.

The query engine (kg.query) and the exporters talk only to this interface, which is how the
embedded SQLite store and Neo4j answer every question the same way. Records are aggregated,
order-independent views: a fact's dates, articles and evidence are sorted sets, its confidence
the max, first_seen/last_seen the min/max of its dates, so the order in which articles arrive
never changes what a store returns.
"""
from __future__ import annotations

import enum
import hashlib
from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

from pydantic import BaseModel, Field

from schemas import ExtractionResult, Modality


class WriteOutcome(str, enum.Enum):
    NEW = "new"
    UNCHANGED = "unchanged"
    UPDATED = "updated"  # same article id, different text: its contribution was replaced


def fact_key_id(subject_id: str, relation: str, object_id: str, modality: str, title: str) -> str:
    """Stable id of an aggregated fact (Fact.key() hashed), shared by both stores."""
    raw = "\x1f".join((subject_id, relation, object_id, modality, title or ""))
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:20]


def fact_counts(rows: Iterable[tuple[str, str, int]]) -> dict[str, dict[str, int]]:
    """`stats()`'s fact sections from (relation, modality, number of facts) rows: "facts" by
    relation, "modalities" by modality (asserted, planned, negated), each in a fixed order. A fact
    here is what a store keeps as one: one per subject, relation, object, modality and role title
    (what `kg stats` and the `kg ingest` summary count; `kg export` draws fewer edges, see README)."""
    by_relation: dict[str, int] = {}
    by_modality: dict[str, int] = {}
    for relation, modality, n in rows:
        by_relation[relation] = by_relation.get(relation, 0) + n
        by_modality[modality] = by_modality.get(modality, 0) + n
    order = {m.value: i for i, m in enumerate(Modality)}
    return {"facts": dict(sorted(by_relation.items())),
            "modalities": dict(sorted(by_modality.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))}


class StoredEvidence(BaseModel):
    article_id: str
    sentence: str
    date: str | None = None
    source: str | None = None
    start: int = 0
    end: int = 0


class StoredFact(BaseModel):
    id: str
    subject_id: str
    subject: str
    subject_type: str
    relation: str
    object_id: str
    object: str
    object_type: str
    modality: str
    title: str | None = None
    cameo: str | None = None
    confidence: float
    dates: list[str] = Field(default_factory=list)
    article_ids: list[str] = Field(default_factory=list)
    evidence: list[StoredEvidence] = Field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None


class StoredEntity(BaseModel):
    id: str
    name: str
    type: str
    aliases: list[str] = Field(default_factory=list)
    attributes: dict = Field(default_factory=dict)
    article_ids: list[str] = Field(default_factory=list)


class StoredArticle(BaseModel):
    id: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    fingerprint: str


class FactFilter(BaseModel):
    """Conjunction of constraints; None means unconstrained."""

    subject_ids: list[str] | None = None
    object_ids: list[str] | None = None
    either_ids: list[str] | None = Field(default=None, description="entity at either end")
    relations: list[str] | None = None
    modalities: list[str] | None = None
    date_from: str | None = Field(default=None, description="inclusive, YYYY[-MM[-DD]]")
    date_to: str | None = Field(default=None, description="inclusive, YYYY[-MM[-DD]]")


@runtime_checkable
class Store(Protocol):
    url: str
    executed: list[tuple[str, dict]]  # every query run with its parameters, for --explain

    def write(self, result: ExtractionResult) -> WriteOutcome: ...
    # Many articles, as the store writes them fastest (SQLite: one transaction each; Neo4j: batches
    # of UNWIND statements); the outcome of each, in order; the same graph as write() one by one.
    def merge_many(self, results: Iterable[ExtractionResult]) -> list[WriteOutcome]: ...
    def article_fingerprint(self, article_id: str) -> str | None: ...
    def find_entities(self, name: str) -> list[StoredEntity]: ...
    def entity_names(self) -> list[tuple[str, str]]: ...
    def get_entity(self, entity_id: str) -> StoredEntity | None: ...
    # those that exist, by id; `articles=False` leaves article_ids empty (cheap for much-named ones)
    def get_entities(self, entity_ids: list[str], articles: bool = True) -> list[StoredEntity]: ...
    def facts(self, where: FactFilter) -> list[StoredFact]: ...
    # every shortest chain of facts either way; `modalities` keeps the chain to facts of those
    # modalities ("how is X connected to Y" walks asserted facts first)
    def shortest_paths(self, source_id: str, target_id: str, max_hops: int = 4,
                       modalities: list[str] | None = None) -> list[list[StoredFact]]: ...
    # "articles" {"total"}, "entities" by type, "facts" by relation, "modalities" (facts by
    # modality): see fact_counts
    def stats(self) -> dict[str, dict[str, int]]: ...
    def articles(self) -> list[StoredArticle]: ...
    def all_entities(self) -> list[StoredEntity]: ...
    # id -> attributes of every entity of these types (e.g. where each City lies): the few fields
    # a question needs about many entities, without their article lists.
    def attributes_by_type(self, types: list[str]) -> dict[str, dict]: ...
    def all_facts(self) -> list[StoredFact]: ...
    # Each stored article as the ExtractionResult that was written (article text included), in
    # article-id order: what kg.sync replays into another store.
    def article_results(self) -> Iterator[ExtractionResult]: ...
    # How the store would run one of the queries in `executed` (SQLite: EXPLAIN QUERY PLAN; Neo4j:
    # the EXPLAIN plan), one line per step, indexes named: what `kg query --explain` prints.
    def query_plan(self, query: str, params: dict) -> list[str]: ...
    def close(self) -> None: ...
