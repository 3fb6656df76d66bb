"""Article -> ExtractionResult: parse, find mentions, resolve them, read facts.

Each article is extracted on its own (no state carried between articles), so results are
deterministic and any article can be re-extracted alone.
"""
from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator
from contextlib import ExitStack

from schemas.models import Article, ExtractionResult

# Articles read in one spaCy memory zone. Each zone ends by dropping the strings and lexemes its
# texts added (a long run's memory stays flat): a zone per batch of 16 made every batch re-create
# the lexemes of common words (about 4% of the extraction's time). A few hundred articles add a
# few MB at most.
ZONE_ARTICLES = 256


class _Zone:
    """The memory zone open on one model (zones belong to the model's vocabulary and must not
    nest, so every Extractor sharing a model shares its zone)."""

    def __init__(self) -> None:
        self.stack: ExitStack | None = None
        self.articles = 0
        self.tokenizer_warm = False

    def enter(self, nlp) -> None:
        stack = ExitStack()
        stack.enter_context(nlp.memory_zone())
        self.stack, self.articles = stack, 0

    def count(self, articles: int) -> None:
        self.articles += articles
        if self.articles >= ZONE_ARTICLES:
            self.end()

    def end(self) -> None:
        if self.stack is not None:
            stack, self.stack = self.stack, None
            stack.close()


_ZONES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _warm_tokenizer(nlp, texts: list[str]) -> None:
    """Tokenise the first batch's texts outside any memory zone, once per model. spaCy's
    tokenizer reads its cache of split words inside a zone but writes none there (a cached
    word's lexeme must outlive the zone), so a run that only ever tokenised inside zones split
    every word of every article anew, through the prefix, suffix and infix patterns: about a
    sixth of a second per 200 articles, 3% of the parse. Warmed on the words of the first
    batch (the commonest words of its news: "the", "said", "minister"), the cache serves most
    words of every later zone; what it keeps for good is those few thousand words, once. The
    split of a word is the same from the cache as without it (spaCy caches no special case)."""
    for text in texts:
        nlp.tokenizer(text)


def _default_gazetteer():
    """The shipped gazetteer; a missing or broken data file stops the run with a coded error
    (without it every name the model misses would be lost without a word)."""
    import json

    from ingest.errors import DataError
    from ingest.gazetteer import DATA_DIR, Gazetteer

    try:
        return Gazetteer.default()
    except FileNotFoundError as exc:
        raise DataError("the gazetteer", exc.filename or DATA_DIR, "file not found") from exc
    except json.JSONDecodeError as exc:
        raise DataError("the gazetteer", DATA_DIR, f"a data file is not valid JSON: {exc}") from exc
    except (OSError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DataError("the gazetteer", DATA_DIR,
                        f"a data file does not have the expected shape: {type(exc).__name__}: {exc}") from exc


def _article_date(doc, article) -> str | None:
    """The day (or the month, or the year the input gives) the article speaks from."""
    if article.published is not None:
        return article.published.isoformat()
    frame = _frame(doc, article)
    if frame and frame[0].year == frame[1].year and (frame[0].month, frame[1].month) == (1, 12):
        return str(frame[0].year)
    return frame[0].isoformat()[:7] if frame else None


def _frame(doc, article):
    """The range of days an undated article can be from: the month or year its input gives,
    else what its text tells (`temporal.infer_frame`)."""
    from ingest import temporal

    return article.published_within or temporal.infer_frame(doc)


def _as_told(article):
    """The article as its text speaks: a wire story filed the day before it ran says "today"
    of the filing day, so that day stands for the publication date while facts are read."""
    return article if article.filed is None else article.model_copy(update={"published": article.filed})


def _date_undated(doc, facts, article):
    from ingest import temporal

    frame = _frame(doc, article) if article.published is None else None
    from ingest.relations import trigger_lemmas

    return temporal.date_facts(doc, facts, article.published, frame, trigger_lemmas())


def _plain(error: Exception | None) -> Exception | None:
    """An article's error with no spaCy object left in its arguments (they die with the memory
    zone; a message is made from the arguments when it is printed, after the zone)."""
    if error is not None and not all(isinstance(a, (str, bytes, int, float, type(None))) for a in error.args):
        error.args = tuple(a if isinstance(a, (str, bytes, int, float, type(None))) else repr(a)
                           for a in error.args)
    return error


class Extractor:
    def __init__(self, nlp=None, gazetteer=None):
        from ingest.nlp import load_model

        self.nlp = nlp or load_model()
        self.gazetteer = gazetteer if gazetteer is not None else _default_gazetteer()

    def extract(self, article: Article) -> ExtractionResult:
        return next(self.extract_many([article], batch_size=1))

    def _zone(self, texts: list[str]) -> _Zone:
        """The model's memory zone, opened if none is: the strings and lexemes the texts add to
        the shared vocabulary (every new name, number and word of a news stream) are dropped
        when it ends, every ZONE_ARTICLES articles, so a long run's memory does not grow with
        its corpus. Nothing spaCy made (Doc, Token, Span) may outlive a batch: results are plain
        data (pydantic models of str) before they are handed out. What the extraction keeps for
        good is made before the first zone opens: the gazetteer matchers, and the tokenizer's
        cache, warmed on the first batch's `texts` (`_warm_tokenizer`)."""
        from ingest.mentions import gazetteer_matchers

        zone = _ZONES.setdefault(self.nlp, _Zone())
        if zone.stack is None:
            gazetteer_matchers(self.gazetteer, self.nlp.vocab)
            if not zone.tokenizer_warm:
                _warm_tokenizer(self.nlp, texts)
                zone.tokenizer_warm = True
            zone.enter(self.nlp)
        return zone

    def release(self) -> None:
        """End the model's open memory zone now (the next batch opens a new one)."""
        zone = _ZONES.get(self.nlp)
        if zone is not None:
            zone.end()

    def extract_many(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[ExtractionResult]:
        """Each article's result, in order; the first failure raises."""
        for _article, result, error in self.extract_each(articles, batch_size=batch_size):
            if error is not None:
                raise error
            yield result

    def extract_each(self, articles: Iterable[Article], batch_size: int = 16
                     ) -> Iterator[tuple[Article, ExtractionResult | None, Exception | None]]:
        """(article, result, None) or (article, None, error) for each article, in order.

        Texts go through `nlp.pipe` in batches of `batch_size` (the model's cost per article
        falls with the batch); the input is read lazily, one batch at a time. An error in one
        article's reading is returned with that article (the caller reports it, coded E120,
        and goes on); set-up errors (no model, broken data files) are raised.
        """
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self._batch(batch, batch_size)
                batch = []
        if batch:
            yield from self._batch(batch, batch_size)

    def _batch(self, batch: list[Article], batch_size: int):
        """The batch's outcomes, all made inside the model's memory zone, then handed out."""
        from ingest.cleaning import parse_form

        texts = [parse_form(a.text) for a in batch]  # the texts as the parser reads them
        zone = self._zone(texts)
        try:
            outcomes = [(article, result, _plain(error))
                        for article, result, error in self._batch_outcomes(batch, texts, batch_size)]
        except BaseException:
            zone.end()
            raise
        zone.count(len(batch))
        yield from outcomes

    def _batch_outcomes(self, batch: list[Article], texts: list[str], batch_size: int):
        """Each article's outcome from its text as the parser reads it (`texts`, in order)."""
        from ingest.cleaning import keep_written
        from ingest.errors import ARTICLE_FAILURES, DataError
        from ingest.nlp import ModelNotInstalled

        try:
            docs = list(self.nlp.pipe(texts, batch_size=batch_size))
        except (DataError, ModelNotInstalled):
            raise
        except ARTICLE_FAILURES:
            # One text broke the batch: parse each alone to name it; the rest go on.
            docs = []
            for text in texts:
                try:
                    docs.append(self.nlp(text))
                except (DataError, ModelNotInstalled):
                    raise
                except ARTICLE_FAILURES as exc:  # reported with its article by the caller (E120)
                    docs.append(exc)
        for article, doc in zip(batch, docs, strict=True):
            if isinstance(doc, Exception):
                yield article, None, doc
                continue
            keep_written(doc, article.text)
            try:
                yield article, self._from_doc(article, doc), None
            except (DataError, ModelNotInstalled):
                raise
            except ARTICLE_FAILURES as exc:  # a bug on one article must not cost the batch (E120)
                yield article, None, exc

    def _from_doc(self, article: Article, doc) -> ExtractionResult:
        from ingest import mentions as mentions_mod
        from ingest.relations import read_facts
        from ingest.resolve import GazetteerView, resolve

        found = mentions_mod.find(doc, self.gazetteer)
        told = _as_told(article)
        res = resolve(doc, found, self.gazetteer, on=_article_date(doc, told), dateline=article.dateline)
        facts = read_facts(doc, res, told, GazetteerView(self.gazetteer))
        facts = _date_undated(doc, facts, told)
        if res.written:  # the article's own full spelling of a known person (resolve._written_names)
            facts = [f.model_copy(update={"subject": res.written.get(f.subject_id, f.subject),
                                          "object": res.written.get(f.object_id, f.object)}) for f in facts]
            for eid, name in res.written.items():
                if eid in res.entities:
                    res.entities[eid] = res.entities[eid].model_copy(update={"name": name})
        used = {f.subject_id for f in facts} | {f.object_id for f in facts}
        entities = [e for e in res.entities.values()]
        known = {e.id for e in entities}
        for f in facts:
            for eid, name, etype in ((f.subject_id, f.subject, f.subject_type), (f.object_id, f.object, f.object_type)):
                if eid not in known:
                    from schemas.models import Entity

                    entities.append(Entity(id=eid, name=name, type=etype))
                    known.add(eid)
        del used
        return ExtractionResult(article=article, entities=entities, facts=facts)
