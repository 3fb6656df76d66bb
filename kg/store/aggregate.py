"""How articles add up: the aggregation rules both stores apply, as plain functions.

A store keeps what each article contributed (its evidence rows, its mentions of entities) and
shows readers aggregates of those contributions. Every rule here is a min, a max or a union, so
the aggregate does not depend on the order the articles arrived in, and folding one more article
into a stored aggregate (`merge_entity`, `merge_fact_summary`) gives exactly what recomputing it
from all contributions gives. The SQLite store and the Neo4j store both call these functions; no
store writes its own version of a rule (tests/test_aggregate.py checks them without a server).
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kg.store.base import StoredEvidence, construct, fact_key_id
from schemas import ExtractionResult
from schemas.dates import day_hi, day_lo

AttributeValue = str | float | int | bool

# ---------------------------------------------------------------------------------------------
# Facts
# ---------------------------------------------------------------------------------------------


@dataclass
class Reading:
    """One fact read from one sentence span of one article (a row of evidence)."""

    article_id: str
    sentence: str
    start: int
    end: int
    confidence: float
    date: str | None = None
    cameo: str | None = None
    source: str | None = None

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.article_id, self.start, self.end, self.sentence)


def _min_present(a: str | None, b: str | None) -> str | None:
    values = [v for v in (a, b) if v]
    return min(values) if values else None


def merge_readings(readings: Iterable[Reading]) -> list[Reading]:
    """One reading per (article, sentence span): the same fact read twice from one sentence keeps
    the strongest reading (max confidence, smallest cameo, earliest date, smallest sentence text).
    Sorted by (article, start, end, sentence)."""
    merged: dict[tuple[str, int, int], Reading] = {}
    copied: set[tuple[str, int, int]] = set()  # a reading merged into is a copy: inputs stay as they are
    for r in readings:
        key = (r.article_id, r.start, r.end)
        prev = merged.get(key)
        if prev is None:
            merged[key] = r
            continue
        if key not in copied:
            prev = merged[key] = Reading(**vars(prev))
            copied.add(key)
        prev.confidence = max(prev.confidence, r.confidence)
        prev.cameo = _min_present(prev.cameo, r.cameo)
        prev.date = _min_present(prev.date, r.date)
        prev.sentence = min(prev.sentence, r.sentence)
    return sorted(merged.values(), key=Reading.sort_key)


def aggregate_fact(readings: Iterable[Reading]) -> dict[str, Any]:
    """The aggregate fields of a StoredFact from all its readings (any order, duplicates merged)."""
    rows = merge_readings(readings)
    dates = sorted({r.date for r in rows if r.date})
    cameos = sorted({r.cameo for r in rows if r.cameo})
    return {
        "dates": dates,
        "confidence": max((r.confidence for r in rows), default=0.0),
        "cameo": cameos[0] if cameos else None,
        "article_ids": sorted({r.article_id for r in rows}),
        # built without validation: every field comes from a validated Fact or from the store
        "evidence": [
            construct(StoredEvidence, {"article_id": r.article_id, "sentence": r.sentence, "date": r.date,
                                       "source": r.source, "start": r.start, "end": r.end})
            for r in rows
        ],
        "first_seen": dates[0] if dates else None,
        "last_seen": dates[-1] if dates else None,
    }


@dataclass
class FactReadings:
    """What one article says about one fact: the fact's key and the article's readings of it."""

    fact_id: str
    subject_id: str
    relation: str
    object_id: str
    modality: str
    title: str | None
    readings: list[Reading] = field(default_factory=list)
    # per reading, for rebuilding the article's own facts: surface names, types, direction, position
    instances: list[dict[str, Any]] = field(default_factory=list)


def article_fact_readings(result: ExtractionResult) -> list[FactReadings]:
    """An article's facts grouped by aggregated fact (Fact.key), readings merged, in fact-id order."""
    facts: dict[str, FactReadings] = {}
    source = result.article.source
    for position, fact in enumerate(result.facts):
        subject_id, relation, object_id, modality, title = fact.key()
        fid = fact_key_id(subject_id, relation, object_id, modality, title)
        entry = facts.get(fid)
        if entry is None:
            entry = facts[fid] = FactReadings(fid, subject_id, relation, object_id, modality, fact.title)
        entry.readings.append(Reading(
            article_id=result.article.id, sentence=fact.evidence.sentence, start=fact.evidence.start,
            end=fact.evidence.end, confidence=float(fact.confidence), date=fact.date, cameo=fact.cameo,
            source=source,
        ))
        entry.instances.append({
            "subject": fact.subject, "subject_type": fact.subject_type.value,
            "object": fact.object, "object_type": fact.object_type.value,
            "swapped": subject_id != fact.subject_id, "date": fact.date,
            "confidence": float(fact.confidence), "cameo": fact.cameo,
            "sentence": fact.evidence.sentence, "start": fact.evidence.start, "end": fact.evidence.end,
            "position": position,
        })
    for entry in facts.values():
        entry.readings = merge_readings(entry.readings)
    return [facts[k] for k in sorted(facts)]


@dataclass
class FactSummary:
    """The scalar aggregates of a fact that a store can keep and fold new readings into."""

    confidence: float = 0.0
    cameo: str | None = None
    dates: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)

    @property
    def first_seen(self) -> str | None:
        return self.dates[0] if self.dates else None

    @property
    def last_seen(self) -> str | None:
        return self.dates[-1] if self.dates else None

    @property
    def first_date(self) -> Any:
        """The earliest day any of the dates allows (datetime.date), or None."""
        return min((day_lo(d) for d in self.dates), default=None)

    @property
    def last_date(self) -> Any:
        """The latest day any of the dates allows (datetime.date), or None."""
        return max((day_hi(d) for d in self.dates), default=None)


def merge_fact_summary(summary: FactSummary, readings: Iterable[Reading]) -> FactSummary:
    """`summary` with more readings folded in (the same result as aggregate_fact on them all)."""
    rows = list(readings)
    cameos = [c for c in [summary.cameo, *(r.cameo for r in rows)] if c]
    return FactSummary(
        confidence=max([summary.confidence, *(r.confidence for r in rows)]),
        cameo=min(cameos) if cameos else None,
        dates=sorted(set(summary.dates) | {r.date for r in rows if r.date}),
        article_ids=sorted(set(summary.article_ids) | {r.article_id for r in rows}),
    )


# ---------------------------------------------------------------------------------------------
# Entities
# ---------------------------------------------------------------------------------------------


def attribute_order(value: Any) -> tuple[str, str]:
    """Attributes take their smallest value across articles, compared as text then as JSON."""
    return (str(value), json.dumps(value, sort_keys=True))


def merge_attributes(into: dict[str, Any], more: Mapping[str, Any]) -> dict[str, Any]:
    """Per key the smallest non-null value of the two (a new dict, keys sorted)."""
    out = dict(into)
    for key, value in more.items():
        if value is None:
            continue
        current = out.get(key)
        if current is None or attribute_order(value) < attribute_order(current):
            out[key] = value
    return dict(sorted(out.items()))


@dataclass
class Mention:
    """What one article says about one entity."""

    entity_id: str
    type: str
    name: str  # the first name the article used for it
    spellings: set[str] = field(default_factory=set)  # every name and alias it used, the name too
    attributes: dict[str, Any] = field(default_factory=dict)
    # for rebuilding the article's own entity list
    listed: bool = True
    position: int = 0
    aliases: list[str] = field(default_factory=list)
    other_names: list[str] = field(default_factory=list)


def article_mentions(result: ExtractionResult) -> dict[str, Mention]:
    """Each entity an article names (listed, or only an end of one of its facts), by id."""
    mentions: dict[str, Mention] = {}
    for position, entity in enumerate(result.entities):
        found = mentions.get(entity.id)
        if found is None:
            found = mentions[entity.id] = Mention(
                entity.id, entity.type.value, entity.name, position=position,
                aliases=list(dict.fromkeys(entity.aliases)),
            )
        else:
            found.aliases = list(dict.fromkeys(found.aliases + list(entity.aliases)))
            if entity.name != found.name:
                found.other_names = sorted(set(found.other_names) | {entity.name})
        found.spellings.add(entity.name)
        found.spellings.update(a for a in entity.aliases if a and a.strip())
        found.attributes = merge_attributes(found.attributes, entity.attributes)
    for fact in result.facts:  # endpoints the entity list forgot still count as mentioned
        for eid, name, etype in ((fact.subject_id, fact.subject, fact.subject_type.value),
                                 (fact.object_id, fact.object, fact.object_type.value)):
            found = mentions.get(eid)
            if found is None:
                found = mentions[eid] = Mention(eid, etype, name, listed=False, position=len(mentions))
            elif name != found.name and name not in found.other_names:
                found.other_names = sorted(set(found.other_names) | {name})
            found.spellings.add(name)
    return mentions


@dataclass
class EntityAggregate:
    id: str
    name: str
    type: str
    aliases: list[str]
    attributes: dict[str, Any]


def aggregate_entity(entity_id: str, mentions: Iterable[Mention]) -> EntityAggregate | None:
    """Name, type, aliases and attributes of an entity from every article's mention of it.

    The name is the smallest name any article used (all fold to the same id anyway), the type the
    smallest type; aliases are every other spelling, sorted; each attribute its smallest value.
    None when no article mentions it any more."""
    items = list(mentions)
    if not items:
        return None
    name = min(m.name for m in items)
    attributes: dict[str, Any] = {}
    spellings: set[str] = set()
    for m in items:
        attributes = merge_attributes(attributes, m.attributes)
        spellings |= m.spellings
    return EntityAggregate(entity_id, name, min(m.type for m in items),
                           sorted(spellings - {name}), attributes)


def merge_entity(current: EntityAggregate | None, mention: Mention) -> EntityAggregate:
    """The aggregate after one more article's mention: the same as aggregate_entity over all."""
    if current is None:
        agg = aggregate_entity(mention.entity_id, [mention])
        assert agg is not None
        return agg
    name = min(current.name, mention.name)
    spellings = set(current.aliases) | {current.name} | mention.spellings
    return EntityAggregate(current.id, name, min(current.type, mention.type), sorted(spellings - {name}),
                           merge_attributes(current.attributes, mention.attributes))
