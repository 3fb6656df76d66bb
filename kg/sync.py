"""`kg sync`: copy one store into another (SQLite -> Neo4j or back).

It replays each article's own contribution (Store.article_results) through the target's normal
batch write path (Store.merge_many) instead of copying aggregates, so the target computes its aggregates exactly as if it
had ingested the articles itself, and a second run finds every article unchanged.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from kg.store.base import Store, WriteOutcome
from schemas import ExtractionResult


@dataclass
class SyncReport:
    source: str
    target: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    entities: int = 0
    facts: int = 0
    article_ids: dict[str, list[str]] = field(default_factory=dict, repr=False)

    @property
    def articles(self) -> int:
        return self.new + self.updated + self.unchanged

    def __str__(self) -> str:
        return (
            f"synced {self.articles} articles from {self.source} to {self.target}: "
            f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged; "
            f"target now holds {self.entities} entities, {self.facts} facts"
        )


def sync(source: Store, target: Store) -> SyncReport:
    """Write every article of `source` into `target`; articles only in `target` are kept."""
    report = SyncReport(source=source.url, target=target.url)
    outcomes: dict[str, list[str]] = {o.value: [] for o in WriteOutcome}
    ids: list[str] = []

    def replay() -> Iterator[ExtractionResult]:
        for result in source.article_results():  # streamed: one article in memory at a time
            ids.append(result.article.id)
            yield result

    # the target's batch write (Neo4j: UNWIND batches), one outcome per article, in order
    results = target.merge_many(replay())
    for article_id, outcome in zip(ids, results):
        outcomes[outcome.value].append(article_id)
    report.new = len(outcomes[WriteOutcome.NEW.value])
    report.updated = len(outcomes[WriteOutcome.UPDATED.value])
    report.unchanged = len(outcomes[WriteOutcome.UNCHANGED.value])
    report.article_ids = outcomes
    counts = target.stats()
    report.entities = sum(counts.get("entities", {}).values())
    report.facts = sum(counts.get("facts", {}).values())
    return report
