"""An amount counted with a number and no "of" phrase ("up to nearly US$40 million in loan and grant support")
once stopped the whole extraction: the beneficiaries reader asked the preposition-object
generator whether it was empty (a generator is always true) and then took its first item,
raising StopIteration inside a generator, which Python turns into a RuntimeError that ended the
batch (found on a page of the stop-36 reach corpus; the sentence here is our own)."""
import datetime as dt

from schemas.models import Modality
from tests.facts import one


def test_counted_amount_without_of_phrase_reads_the_aid(facts_of):
    facts = facts_of("Japan will provide up to nearly US$40 million in loan and grant support to Laos "
                     "for rural roads, officials said.", published=dt.date(2022, 3, 1))
    assert one(facts, "Japan", "AIDED", "Laos").modality == Modality.PLANNED


def test_a_rule_failing_on_one_article_costs_only_that_article(extractor, monkeypatch):
    """A bug that raises inside one article's reading (here a generator's StopIteration, which
    Python raises as RuntimeError) is returned with that article, to be reported as E120; the
    articles after it are still read."""
    import ingest.relations as relations
    from ingest.loaders import _article_from_record

    real = relations.read_facts

    def failing_on_marker(doc, *args, **kwargs):
        if "Zembla" in doc.text:
            def broken():
                yield next(iter(()))
            return list(broken())
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(relations, "read_facts", failing_on_marker)
    articles = [_article_from_record({"id": "a", "text": "The premier of Zembla flew to Oslo on Monday."}, "t"),
                _article_from_record({"id": "b", "text": "Kenyan President William Ruto arrived in Tokyo on Monday.",
                                      "published": "2024-02-06"}, "t")]
    outcomes = list(extractor.extract_each(articles))
    assert [a.id for a, _, _ in outcomes] == ["a", "b"]
    assert isinstance(outcomes[0][2], RuntimeError) and outcomes[0][1] is None
    assert outcomes[1][2] is None
    assert one(outcomes[1][1].facts, "William Ruto", "VISITED", "Tokyo")
