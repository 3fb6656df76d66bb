"""The rules both stores share (schemas.dates, kg.store.aggregate), checked without a server."""
from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest

from kg.store.aggregate import (
    Mention,
    Reading,
    aggregate_entity,
    aggregate_fact,
    merge_entity,
    merge_fact_summary,
    merge_readings,
    FactSummary,
)
from schemas.dates import date_hi, date_lo, day_hi, day_lo, overlaps, span


@pytest.mark.parametrize("value, lo, hi", [
    ("2023", "2023-01-01", "2023-12-31"),
    ("2023-09", "2023-09-01", "2023-09-30"),
    ("2024-02", "2024-02-01", "2024-02-29"),  # leap year
    ("2023-02", "2023-02-01", "2023-02-28"),
    ("2023-09-14", "2023-09-14", "2023-09-14"),
])
def test_a_partial_date_allows_the_days_of_its_year_or_month(value, lo, hi):
    assert (date_lo(value), date_hi(value)) == (lo, hi)
    assert (day_lo(value), day_hi(value)) == (dt.date.fromisoformat(lo), dt.date.fromisoformat(hi))


@pytest.mark.parametrize("date, since, until, expected", [
    ("2023", "2023-06-01", None, True),        # the year reaches into the range
    ("2023-05", "2023-06", None, False),       # the whole month lies before it
    ("2023-06-30", "2023-06", "2023-06", True),
    ("2023-07-01", None, "2023-06", False),
    ("2023", None, "2022", False),
    (None, "2023", None, False),               # a range asked: an undated fact does not pass
    (None, None, None, True),
])
def test_overlap_of_a_partial_date_with_a_partial_range(date, since, until, expected):
    assert overlaps(date, since, until) is expected


def test_the_span_of_mixed_precision_dates_runs_to_the_latest_day_any_allows():
    # "2023" sorts before "2023-05" as text but allows days after it
    assert span(["2023-05", "2023"]) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert span([]) is None


def test_malformed_month_is_clamped_not_fatal():
    assert date_hi("2023-13") == "2023-12-31"
    with pytest.raises(ValueError):
        day_lo("23-01")


def _readings() -> list[Reading]:
    return [
        Reading("b", "B said it.", 10, 20, 0.7, "2024-03", "042", "b.txt"),
        Reading("a", "A said it.", 0, 9, 0.6, None, None, "a.txt"),
        Reading("a", "A said it.", 0, 9, 0.9, "2024-02-01", "043", "a.txt"),  # same span read twice
        Reading("c", "C said it.", 5, 8, 0.5, "2024", None, "c.txt"),
    ]


def test_a_fact_aggregates_the_same_whatever_the_order_of_its_readings():
    results = []
    for order in itertools.permutations(_readings()):
        agg = aggregate_fact(order)
        results.append((agg["dates"], agg["confidence"], agg["cameo"], agg["article_ids"],
                        [e.model_dump() for e in agg["evidence"]], agg["first_seen"], agg["last_seen"]))
    assert all(r == results[0] for r in results)
    dates, confidence, cameo, article_ids, evidence, first, last = results[0]
    assert dates == ["2024", "2024-02-01", "2024-03"]
    assert confidence == 0.9 and cameo == "042" and article_ids == ["a", "b", "c"]
    # the sentence read twice in article a is one evidence row: strongest reading, earliest date
    assert [(e["article_id"], e["date"]) for e in evidence] == [("a", "2024-02-01"), ("b", "2024-03"), ("c", "2024")]
    assert (first, last) == ("2024", "2024-03")


def test_folding_readings_into_a_summary_equals_aggregating_them_all():
    rows = _readings()
    random.Random(4).shuffle(rows)
    summary = FactSummary()
    for row in rows:
        summary = merge_fact_summary(summary, [row])
    full = aggregate_fact(rows)
    assert (summary.dates, summary.confidence, summary.cameo, summary.article_ids) == (
        full["dates"], full["confidence"], full["cameo"], full["article_ids"])
    assert (summary.first_date, summary.last_date) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert len(merge_readings(rows)) == 3


def _mentions() -> list[Mention]:
    return [
        Mention("person:x", "Person", "Kim Jong-un", {"Kim Jong-un", "Kim"}, {"born": 1984}),
        Mention("person:x", "Person", "Kim Jong Un", {"Kim Jong Un", "Marshal Kim"}, {"born": "1983", "title": None}),
        Mention("person:x", "Person", "Kim Jong Un", {"Kim Jong Un"}, {"party": "WPK"}),
    ]


def test_an_entity_folded_one_mention_at_a_time_equals_its_full_aggregate_in_any_order():
    full = aggregate_entity("person:x", _mentions())
    assert full is not None
    assert full.name == "Kim Jong Un"  # the smallest spelling any article used
    assert full.aliases == ["Kim", "Kim Jong-un", "Marshal Kim"]
    assert full.attributes == {"born": "1983", "party": "WPK"}  # "1983" < "1984" as text
    for order in itertools.permutations(_mentions()):
        agg = None
        for m in order:
            agg = merge_entity(agg, m)
        assert agg == full
    assert aggregate_entity("person:x", []) is None
