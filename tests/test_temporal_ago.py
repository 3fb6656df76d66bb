"""A span counted back from the writing ("ten days ago") is a date of its own: before, the resolver
gave such a sentence the article's month, wrong as soon as the span leaves that month."""
import datetime as dt

import pytest

from ingest.temporal import resolve

# A Friday.
PUB = dt.date(2025, 8, 8)


@pytest.mark.parametrize("text,expected", [
    ("ten days ago", "2025-07-29"),  # across the month's end: the day, not August
    ("3 days ago", "2025-08-05"),
    ("two weeks ago", "2025-07"),  # a week's day is not exact: the month it falls in
    ("three months ago", "2025-05"),
    ("a year ago", "2024"),
    ("exactly 17 years ago", "2008"),
])
def test_counted_span_back_from_the_writing(text, expected):
    assert resolve(text, PUB) == expected


def test_a_week_either_side_of_a_month_gives_no_month():
    # 2025-08-10 minus one week is 2025-08-03: three days either side run back into July
    assert resolve("a week ago", dt.date(2025, 8, 10)) == "2025"
    assert resolve("a week ago", dt.date(2025, 8, 20)) == "2025-08"


def test_uncounted_spans_and_missing_writing_day_keep_their_old_reading():
    assert resolve("a few days ago", PUB) == resolve("a few days", PUB)
    assert resolve("ten days ago", None) is None


def test_page_age_after_a_time_stamp_is_no_date():
    # a saved page's header: its age when saved, not when the event happened
    assert resolve("June 3, 2014 / 9:40 AM / 6 years ago", dt.date(2014, 6, 3)) == "2014-06-03"


def test_a_fact_told_days_ago_takes_that_day(extractor):
    from schemas.models import Article

    art = Article(id="t", text="Twelve days ago, Sudanese paramilitary forces shelled El Fasher, "
                  "the army said.", source="test", published=dt.date(2024, 6, 5))
    facts = [f for f in extractor.extract(art).facts if f.relation == "ATTACKED"]
    assert facts and all(f.date == "2024-05-24" for f in facts), [(f.subject, f.object, f.date) for f in facts]
