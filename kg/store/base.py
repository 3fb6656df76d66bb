"""The one interface both stores implement, and the records it returns.

The query engine (kg.query) and the exporters talk only to this interface, which is how the
embedded SQLite store and Neo4j answer every question the same way. Records are aggregated,
order-independent views: a fact's dates, articles and evidence are sorted sets, its confidence
the max, first_seen/last_seen the min/max of its dates, so the order in which articles arrive
never changes what a store returns.
"""
from __future__ import annotations

import enum
import functools
import hashlib
from collections.abc import Iterable, Iterator
from typing import Literal, Protocol, TypeVar, runtime_checkable

from pydantic import BaseModel, Field

from schemas import ExtractionResult, Modality

_M = TypeVar("_M", bound=BaseModel)


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


_SET = object.__setattr__


def construct(cls: type[_M], values: dict) -> _M:
    """`cls.model_construct(**values)` for a record read back from a store: every value already
    validated, every field given. Reading a hub's thousand facts builds a few thousand records,
    and this is about three times faster than pydantic's general constructor (same object: same
    fields, fields-set, no extra, no private state)."""
    model = cls.__new__(cls)
    _SET(model, "__dict__", values)
    _SET(model, "__pydantic_fields_set__", set(values))
    _SET(model, "__pydantic_extra__", None)
    _SET(model, "__pydantic_private__", None)
    return model


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
    """Conjunction of constraints; None means unconstrained.

    `limit`: only the facts of the first `limit` views in view order (`fact_views`), each fact
    once, in the order of its first view: what a question that shows N answers needs, chosen and
    cut inside the store (an index range and a bounded sort) instead of after reading every fact.
    `show_ids` / `show_at` say how a symmetric fact is shown (see `fact_views`)."""

    subject_ids: list[str] | None = None
    object_ids: list[str] | None = None
    either_ids: list[str] | None = Field(default=None, description="entity at either end")
    relations: list[str] | None = None
    modalities: list[str] | None = None
    date_from: str | None = Field(default=None, description="inclusive, YYYY[-MM[-DD]]")
    date_to: str | None = Field(default=None, description="inclusive, YYYY[-MM[-DD]]")
    limit: int | None = Field(default=None, ge=1, description="facts of the first N views only")
    show_ids: list[str] | None = Field(default=None, description="a symmetric fact is shown from these ends")
    show_at: Literal["subject", "object"] = Field(default="object", description="where a show_ids end is shown")
    evidence: bool = Field(default=True, description="False: the caller reads no evidence (a store may "
                           "leave `evidence` empty, every other field exact): a much-named entity's "
                           "roles or places without reading thousands of sentences")


def symmetric_relations() -> list[str]:
    """Relations stored once per pair (MET_WITH, ALLIED_WITH): a fact reads the same either way."""
    return list(_symmetric())


@functools.cache
def _symmetric() -> tuple[str, ...]:
    from schemas import RELATIONS

    return tuple(sorted(r.name for r in RELATIONS if r.symmetric))


def view_date(fact: StoredFact, where: FactFilter) -> str | None:
    """The date a fact is shown and ordered by: its earliest date in the filter's range (its
    earliest date when there is no range). The query engine's rows use the same rule."""
    from schemas.dates import overlaps

    if where.date_from is None and where.date_to is None:
        return fact.dates[0] if fact.dates else None
    inside = [d for d in fact.dates if overlaps(d, where.date_from, where.date_to)]
    return inside[0] if inside else (fact.dates[0] if fact.dates else None)


def fact_views(fact: StoredFact, where: FactFilter) -> list[tuple]:
    """The order keys of the ways a fact can be shown, which `FactFilter.limit` counts.

    A fact is shown as stored: (date is None, date, subject name, relation, object name,
    modality, title, fact id), the order of the engine's answer rows. A symmetric fact is instead
    shown once for each of its ends in `show_ids`, that end at `show_at` (the other end shown as
    the subject when show_at is "object": "who met X" lists X's counterparts first). Both stores
    order by exactly these keys (SQL and Cypher `ORDER BY ... LIMIT`)."""
    date = view_date(fact, where)
    head = (date is None, date or "")
    tail = (fact.modality, fact.title or "", fact.id)
    if where.show_ids is None or fact.relation not in _symmetric():
        return [(*head, fact.subject, fact.relation, fact.object, *tail)]
    shown = set(where.show_ids)
    views = []
    at_object = where.show_at == "object"
    if (fact.object_id if at_object else fact.subject_id) in shown:  # as stored
        views.append((*head, fact.subject, fact.relation, fact.object, *tail))
    if (fact.subject_id if at_object else fact.object_id) in shown:  # from its other end
        views.append((*head, fact.object, fact.relation, fact.subject, *tail))
    return views


@runtime_checkable
class Store(Protocol):
    url: str
    executed: list[tuple[str, dict]]  # every query run with its parameters, for --explain

    def write(self, result: ExtractionResult) -> WriteOutcome: ...
    # Many articles, as the store writes them fastest (SQLite: one transaction each; Neo4j: batches
    # of UNWIND statements); the outcome of each, in order; the same graph as write() one by one.
    def merge_many(self, results: Iterable[ExtractionResult]) -> list[WriteOutcome]: ...
    def article_fingerprint(self, article_id: str) -> str | None: ...
    # `articles=False` leaves article_ids empty (a much-named entity is in many articles)
    def find_entities(self, name: str, articles: bool = True) -> list[StoredEntity]: ...
    def entity_names(self) -> list[tuple[str, str]]: ...
    def get_entity(self, entity_id: str) -> StoredEntity | None: ...
    # those that exist, by id; `articles=False` leaves article_ids empty (cheap for much-named ones)
    def get_entities(self, entity_ids: list[str], articles: bool = True) -> list[StoredEntity]: ...
    # every fact matching `where`, by id; with `where.limit`, the facts of the first N views in
    # view order (fact_views), in that order
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
