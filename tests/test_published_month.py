"""An input whose `published` gives only a month or a year (ISO 8601 reduced precision).

Archives, wire indexes and analysts often know the month of a page and not its day. Such a record
used to be refused with E107, so `kg extract` (and the analysts' scorer, which hands `kg extract`
each gold record's `date` as `published`) lost every fact of it. Now the month or year is the
range of days the article can be from: relative dates are read against it where every day of the
range agrees, and a fact told in the past tense with no time of its own takes the month.

Sentences are our own."""
from __future__ import annotations

import datetime as dt
import json

from ingest.errors import InputErrorCode, LoadFailure
from ingest.loaders import iter_inputs
from schemas.models import Article
from tests.facts import one


def load(tmp_path, published, text="Kenya's President William Ruto visited Uganda on March 4."):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "m", "text": text, "published": published}) + "\n", encoding="utf-8")
    return list(iter_inputs([str(path)]))


def test_a_month_is_read_as_the_range_of_its_days(tmp_path):
    [article] = load(tmp_path, "2024-02")
    assert isinstance(article, Article)
    assert article.published is None  # no one day is known
    assert article.published_within == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))


def test_a_year_is_read_as_the_range_of_its_days(tmp_path):
    [article] = load(tmp_path, "2019")
    assert article.published_within == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))


def test_a_month_that_does_not_exist_is_still_refused_with_the_forms_it_takes(tmp_path):
    [failure] = load(tmp_path, "2024-13")
    assert isinstance(failure, LoadFailure) and failure.code == InputErrorCode.BAD_FIELD
    assert "'2024-13'" in failure.reason and "YYYY-MM" in failure.reason


def test_a_day_and_month_in_the_text_take_the_year_of_the_month_given(tmp_path, extractor):
    [article] = load(tmp_path, "2024-03")
    facts = extractor.extract(article).facts
    assert one(facts, "William Ruto", "VISITED", "Uganda").date == "2024-03-04"


def test_a_past_event_with_no_time_of_its_own_takes_the_month_given(tmp_path, extractor):
    [article] = load(tmp_path, "2023-11", "Chinese Premier Li Qiang met Vietnamese Prime Minister Pham Minh "
                                          "Chinh in Beijing, state media reported.")
    facts = extractor.extract(article).facts
    assert one(facts, "Li Qiang", "MET_WITH", "Pham Minh Chinh").date == "2023-11"


def test_a_weekday_is_not_guessed_inside_a_month(tmp_path, extractor):
    [article] = load(tmp_path, "2023-11", "Chinese Premier Li Qiang met Vietnamese Prime Minister Pham Minh "
                                          "Chinh in Beijing on Tuesday.")
    assert one(extractor.extract(article).facts, "Li Qiang", "MET_WITH", "Pham Minh Chinh").date \
        in ("2023-11", None)  # four or five Tuesdays: never one day picked of them


def test_eval_reads_a_gold_records_month_as_the_scorer_hands_it_to_extract(tmp_path):
    """`kg eval` and score_facts.py give the extractor the same `published` for a record."""
    from kg import eval as kg_eval

    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({
        "id": "g1", "source": "page:test", "date": "2024-03",
        "text": "Kenya's President William Ruto visited Uganda on March 4.",
        "facts": [{"subject": "William Ruto", "relation": "VISITED", "object": "Uganda",
                   "modality": "asserted", "confidence": "high", "date": "2024-03-04"}],
        "optional_facts": []}) + "\n", encoding="utf-8")
    seen = []

    def extract(articles):
        seen.extend(articles)
        return []

    kg_eval.evaluate([gold], extract)
    assert [a.published_within for a in seen] == [(dt.date(2024, 3, 1), dt.date(2024, 3, 31))]
