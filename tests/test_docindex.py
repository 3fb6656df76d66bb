"""The doc index answers exactly what the spaCy calls it stands in for would, on real parses of
the seed articles and of the public real-news gold (the index exists for speed only: a rule
reading it must see what it would have seen through spaCy)."""

import json
from pathlib import Path

import pytest

from ingest import docindex

NEWS_DEV = Path(__file__).resolve().parents[2] / "shared" / "gold" / "news_dev.jsonl"


@pytest.fixture(scope="module")
def docs(extractor, seeds_dir):
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    if NEWS_DEV.exists():
        texts += [json.loads(line)["text"] for line in NEWS_DEV.open(encoding="utf-8")][:60]
    return list(extractor.nlp.pipe(texts))


def test_text_tokens_and_sentences_are_spacys(docs):
    for doc in docs:
        index = docindex.of(doc)
        assert index.text == doc.text
        assert [t.i for t in index.tokens] == [t.i for t in doc]
        assert [(s.start, s.end) for s in index.sents] == [(s.start, s.end) for s in doc.sents]
        assert all(index.sent(t.i).start == t.sent.start for t in doc)


def test_children_are_spacys_in_order(docs):
    seen = 0
    for doc in docs:
        for tok in doc:
            assert [c.i for c in docindex.children(tok)] == [c.i for c in tok.children]
            seen += len(docindex.children(tok))
    assert seen > 1000  # real parses, with real dependency trees
