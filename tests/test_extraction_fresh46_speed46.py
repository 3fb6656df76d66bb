"""Stop 46, extraction speed: work done once per model or once per article instead of per word.

Every change here keeps the facts as they were (the regression inputs, the pooled passages, the
seeds and the bench corpus extract byte-identically); these tests pin the mechanisms: the
tokenizer's cache warmed outside any memory zone on the first batch, and the per-doc string
columns of the doc index that the article-wide scans read.
"""
from __future__ import annotations

import datetime as dt
import weakref

from schemas.models import Article


def _article(i: int, word: str) -> Article:
    return Article(id=f"speed46-{i}", source="test", published=dt.date(2024, 5, 14),
                   text=f"Kenyan President William Ruto travelled to Accra on Monday for the {word} "
                        f"forum, where he met Ghanaian officials.")


def test_the_first_batch_warms_the_tokenizer_outside_any_zone(extractor, monkeypatch):
    """The first batch a model reads is tokenised once before its memory zone opens: its words
    stay in the vocabulary for good (the tokenizer's cache points at them), the words of later
    zones do not; the facts are those of the same text read inside a zone."""
    from ingest import pipeline

    extractor.release()  # zones must not nest: the shared extractor's zone is ended first
    monkeypatch.setattr(pipeline, "_ZONES", weakref.WeakKeyDictionary())  # a model never read before
    strings = extractor.nlp.vocab.strings
    first, later = "Qzvortelbax", "Qzvortelbix"
    results = list(extractor.extract_many([_article(0, first)]))
    extractor.release()
    assert first in strings  # warmed outside the zone: kept
    results += list(extractor.extract_many([_article(1, later)]))
    extractor.release()
    assert later not in strings  # read inside a zone only: dropped with it
    assert results[0].facts and [(f.subject, f.relation, f.object) for f in results[0].facts] \
        == [(f.subject, f.relation, f.object) for f in results[1].facts]


def test_the_warm_up_happens_once_per_model(extractor, monkeypatch):
    """Guard: only the first batch is read outside a zone; a zone opened again later (every
    ZONE_ARTICLES articles) keeps nothing of its words (a long run's memory stays flat)."""
    from ingest import pipeline

    extractor.release()
    monkeypatch.setattr(pipeline, "_ZONES", weakref.WeakKeyDictionary())
    monkeypatch.setattr(pipeline, "ZONE_ARTICLES", 1)  # a new zone for every article
    strings = extractor.nlp.vocab.strings
    words = ["Qzmarnivoth", "Qzmarnivuth", "Qzmarnivath"]
    list(extractor.extract_many([_article(i, w) for i, w in enumerate(words)], batch_size=1))
    extractor.release()
    assert [w in strings for w in words[1:]] == [False, False]


def test_the_doc_index_keeps_each_tokens_strings(extractor):
    """The index's string columns are what the Token attributes say, token by token (the lemma
    in lower case, as every reader compares it)."""
    from ingest import docindex

    doc = extractor.nlp("The Ugandan Foreign Minister flew to Nairobi, where she held Talks "
                        "with her Kenyan counterpart.")
    index = docindex.of(doc)
    assert index.texts == [t.text for t in doc]
    assert index.lowers == [t.lower_ for t in doc]
    assert index.lemmas == [t.lemma_.lower() for t in doc]
    assert index.poses == [t.pos_ for t in doc]
    assert index.tags == [t.tag_ for t in doc]
    assert index.deps == [t.dep_ for t in doc]


def test_a_blank_line_before_a_sentence_is_read_from_the_index(extractor):
    """Guard: docindex.new_paragraph says what the two tokens' text around the sentence start
    says (cut from the index's text now, no Span made)."""
    from ingest import docindex

    doc = extractor.nlp("Leaders met in Lusaka.\n\nThe talks ended on Friday. Both sides signed a pact.")
    sents = list(doc.sents)
    expected = [s.start > 0 and "\n\n" in doc[s.start - 1:s.start + 1].text_with_ws for s in sents]
    assert [docindex.new_paragraph(doc, s) for s in sents] == expected
    assert True in expected and expected[0] is False
