"""Memory that does not grow with the corpus (issue 12): a long extraction run keeps no trace of
the words it has read, and the store's writer does not map its growing file into memory.

The benchmark (bench/ingest_memory.py) measures the peak of a real 10,000-article ingest; these
tests pin the causes it found, on the real model and a real SQLite file.
"""
from __future__ import annotations

import datetime as dt
import sys

import pytest

from schemas.models import Article


def _word(i: int) -> str:
    """A made-up lower-case word, different for every i (no model has it in its vocabulary)."""
    out = ""
    i += 26 * 27
    while i:
        i, r = divmod(i, 26)
        out = chr(97 + r) + out
    return out


def _articles(first: int, n: int) -> list[Article]:
    """Articles each with words no other article has (as every day's news has new names)."""
    return [Article(id=f"mem{i}", source="test", published=dt.date(2024, 3, 8),
                    text=f"German Chancellor Olaf Scholz visited Warsaw on Tuesday to sign the Zq{_word(i)} "
                         f"accord. The accord covers Vr{_word(i)} exports, officials said.")
            for i in range(first, first + n)]


def _vocabulary(nlp) -> tuple[int, int]:
    """(strings, lexemes) the shared model holds now (len(vocab) only ever counts up)."""
    return len(nlp.vocab.strings), sum(1 for _ in nlp.vocab)


def test_a_long_run_does_not_grow_the_shared_vocabulary(extractor, monkeypatch):
    from ingest import pipeline

    monkeypatch.setattr(pipeline, "ZONE_ARTICLES", 16)  # a memory zone ends every 16 articles
    list(extractor.extract_each(_articles(0, 2)))  # the first use builds what is kept for good
    extractor.release()
    before = _vocabulary(extractor.nlp)
    outcomes = list(extractor.extract_each(_articles(2, 24), batch_size=8))
    assert _vocabulary(extractor.nlp) != before  # the third zone is open: its 8 articles' words are held
    outcomes += list(extractor.extract_each(_articles(26, 24), batch_size=8))
    assert _vocabulary(extractor.nlp) == before  # 96 new words read over three zones, none kept
    # and the results, made inside the memory zones, are whole after them: the new words are in them
    for (article, result, error), i in zip(outcomes, range(2, 50), strict=True):
        assert error is None
        visits = [f for f in result.facts if f.relation == "VISITED"]
        assert [(f.subject, f.object) for f in visits] == [("Olaf Scholz", "Warsaw")]
        assert visits[0].evidence.sentence == (f"German Chancellor Olaf Scholz visited Warsaw on Tuesday "
                                               f"to sign the Zq{_word(i)} accord.")
        assert article.id == f"mem{i}"


def test_one_article_at_a_time_does_not_grow_it_either(extractor, monkeypatch):
    from ingest import pipeline

    monkeypatch.setattr(pipeline, "ZONE_ARTICLES", 4)
    extractor.extract(_articles(100, 1)[0])
    extractor.release()
    before = _vocabulary(extractor.nlp)
    for article in _articles(101, 8):
        facts = extractor.extract(article).facts
        assert any(f.relation == "VISITED" and f.object == "Warsaw" for f in facts)
    assert _vocabulary(extractor.nlp) == before


def _mapped_kib(path) -> int:
    """Resident KiB of this process's memory maps of the file at `path` (Linux /proc/self/smaps)."""
    total, inside = 0, False
    with open("/proc/self/smaps", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            head = line.split()
            if head and "-" in head[0] and len(head) >= 5:  # a mapping's first line
                inside = line.rstrip().endswith(str(path))
            elif inside and line.startswith("Rss:"):
                total += int(head[1])
    return total


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/smaps")
def test_the_sqlite_writer_does_not_hold_its_growing_file_in_memory(tmp_path):
    from kg.store.sqlite import SqliteStore
    from schemas import Entity, EntityType, ExtractionResult
    from tests.builders import article, fact

    path = tmp_path / "kg.db"

    def result(i: int) -> ExtractionResult:
        a, b = (Entity(id=f"person:p{i}-{k}", name=f"Person {i} {k}", type=EntityType.PERSON) for k in (0, 1))
        sentence = f"Person {i} 0 met Person {i} 1 to talk about item {i}."
        art = article(f"a{i}", sentence + " " + "Other words follow here. " * 40, published="2024-03-08")
        return ExtractionResult(article=art, entities=[a, b], facts=[fact(art, a, "MET_WITH", b, sentence)])

    with SqliteStore(path) as first_run:
        for i in range(300):
            first_run.write(result(i))
    assert path.stat().st_size > 1 << 19  # half a MiB at least (a closed store has no write-ahead log)
    # a second run on the same store (its cache starts empty): it checks, writes, then sums up
    store = SqliteStore(path)
    try:
        assert store.article_fingerprint("a0") is not None
        store.write(result(300))
        store.stats()  # the end-of-run summary reads every fact
        # the pages it read are in SQLite's bounded cache, not mapped from the file
        assert _mapped_kib(path) == 0
    finally:
        store.close()


def test_the_sqlite_writer_cache_follows_its_file_not_the_run(tmp_path, monkeypatch):
    """A writer's page cache budget is a share of the store file (kept between a floor and a cap),
    re-read as the file grows during a long run: a small store's writer stays at the floor however
    many articles it writes, a big one keeps the inner pages merges reach at random."""
    import kg.store.sqlite as sqlite_store
    from schemas import Entity, EntityType, ExtractionResult
    from tests.builders import article, fact

    share = sqlite_store.WRITER_CACHE_SHARE
    low, high = 512 // share, 1024 // share  # small bounds, so a test-sized file crosses them (512 KiB to 1 MiB)
    monkeypatch.setattr(sqlite_store, "WRITER_CACHE_MIN_KIB", low)
    monkeypatch.setattr(sqlite_store, "WRITER_CACHE_MAX_KIB", high)
    monkeypatch.setattr(sqlite_store, "WRITER_CACHE_EVERY", 50)

    def result(i: int) -> ExtractionResult:
        a, b = (Entity(id=f"person:p{i}-{k}", name=f"Person {i} {k}", type=EntityType.PERSON) for k in (0, 1))
        sentence = f"Person {i} 0 met Person {i} 1 to talk about item {i}."
        art = article(f"a{i}", sentence + " " + f"Other words follow here {i}. " * 40, published="2024-03-08")
        return ExtractionResult(article=art, entities=[a, b], facts=[fact(art, a, "MET_WITH", b, sentence)])

    def budget_kib(store) -> int:
        return -store._db.execute("PRAGMA cache_size").fetchone()[0]

    def file_kib(store) -> int:
        pages, size = (store._db.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "page_size"))
        return pages * size // 1024

    def bound(kib: int) -> int:
        return min(high, max(low, kib // share))

    with sqlite_store.SqliteStore(tmp_path / "kg.db") as store:
        store.write(result(0))
        assert budget_kib(store) == low  # a new file: the floor
        sizes: list[int] = []  # the file before each write
        seen = []
        for i in range(1, 1000):
            sizes.append(file_kib(store))
            store.write(result(i))
            seen.append(budget_kib(store))
            # its share of the file as it was at most 50 writes ago, within the bounds
            assert seen[-1] in {bound(kib) for kib in sizes[-51:]}
        assert file_kib(store) > share * high  # the file outgrew the cap: the budget stopped there
        assert seen[0] == low and seen[-1] == high and seen == sorted(seen) and len(set(seen)) > 5
