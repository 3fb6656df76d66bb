"""Hand-built articles and facts for store tests: what an extractor would hand a store, without
running spaCy, so store behaviour is tested on exactly the facts the test states."""
from __future__ import annotations

import datetime as dt

from schemas import Article, Entity, Evidence, Fact


def article(article_id: str, text: str, published: str | None = None, title: str | None = None) -> Article:
    return Article(
        id=article_id,
        text=text,
        source=f"wire/{article_id}.txt",
        title=title,
        published=dt.date.fromisoformat(published) if published else None,
    )


def fact(art: Article, subject: Entity, relation: str, obj: Entity, sentence: str, *, date=None,
         modality="asserted", confidence=0.8, title=None, cameo=None) -> Fact:
    """A fact read from `sentence`, which must stand in the article's text (its span is computed)."""
    start = art.text.index(sentence)
    return Fact(
        subject_id=subject.id, subject=subject.name, subject_type=subject.type,
        relation=relation, object_id=obj.id, object=obj.name, object_type=obj.type,
        date=date, modality=modality, confidence=confidence, title=title, cameo=cameo,
        evidence=Evidence(article_id=art.id, sentence=sentence, start=start, end=start + len(sentence)),
    )
