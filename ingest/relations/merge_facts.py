"""Merging the facts an article states more than once."""
from __future__ import annotations

from schemas.models import Fact


def merge(facts: list[Fact]) -> list[Fact]:
    """One fact per key per article: the first evidence, the most precise date any
    occurrence gives, the highest confidence."""
    out: dict[tuple, Fact] = {}
    for f in facts:
        k = f.key()
        if k not in out:
            out[k] = f
            continue
        kept = out[k]
        update = {}
        if f.date and (not kept.date or (len(f.date) > len(kept.date) and f.date.startswith(kept.date))):
            update["date"] = f.date
        if f.confidence > kept.confidence:
            update["confidence"] = f.confidence
        if update:
            out[k] = kept.model_copy(update=update)
    return list(out.values())
