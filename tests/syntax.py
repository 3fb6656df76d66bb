"""Docs built by hand, as spaCy's own tests build them: words, heads, dependency labels,
parts of speech, lemmas and entity spans given, no parser run. A rule about syntax can then be
tested on exactly the parse it is about, whatever the statistical parser would make of the
sentence today; the end-to-end sentence tests beside them run the real model."""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

#: One token: (text, head index, dependency, coarse POS, fine tag, lemma, entity IOB tag).
Row = tuple[str, int, str, str, str, str, str]
NO_SPACE_BEFORE = {".", ",", "'s", "’s", ";", ":"}


def make_doc(words: list[str], heads: list[int], deps: list[str], pos: list[str], tags: list[str] | None = None,
             lemmas: list[str] | None = None, ents: list[str] | None = None) -> Doc:
    """A parsed Doc. `heads` are absolute token indices (the root is its own head); `ents` are
    IOB tags ("B-PERSON", "I-PERSON", "O"). Sentences follow from the parse."""
    from ingest.nlp import load_model

    spaces = [i + 1 < len(words) and words[i + 1] not in NO_SPACE_BEFORE for i in range(len(words))]
    return Doc(load_model().vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
               tags=tags or [""] * len(words), lemmas=lemmas or [w.lower() for w in words],
               ents=ents or ["O"] * len(words))


def parsed(rows: list[Row]) -> Doc:
    """make_doc from one row a token, which reads like a CoNLL table."""
    words, heads, deps, pos, tags, lemmas, ents = (list(col) for col in zip(*rows, strict=True))
    return make_doc(words, heads, deps, pos, tags, lemmas, ents)


def facts_from(doc: Doc, published: dt.date | None = dt.date(2024, 3, 8)):
    """The facts the relation readers take from a hand-built parse: the real mention finder,
    resolver, gazetteer and readers, everything after the parser."""
    from ingest import mentions
    from ingest.gazetteer import Gazetteer
    from ingest.relations import read_facts
    from ingest.resolve import GazetteerView, resolve
    from schemas.models import Article

    gazetteer = Gazetteer.default()
    article = Article(id="syntax", text=doc.text, source="test", published=published)
    res = resolve(doc, mentions.find(doc, gazetteer), gazetteer, on=published.isoformat() if published else None)
    return read_facts(doc, res, article, GazetteerView(gazetteer))
