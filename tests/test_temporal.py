"""Relative dates in wire copy resolve against the article's publication date."""
import datetime as dt

import pytest

from ingest.temporal import resolve

# A Thursday.
PUB = dt.date(2022, 11, 17)


@pytest.mark.parametrize("text,expected", [
    ("on Tuesday", "2022-11-15"),
    ("Thursday", "2022-11-17"),
    ("on Monday, November 14", "2022-11-14"),
    ("on Friday (November 11)", "2022-11-11"),
    ("on Nov. 9", "2022-11-09"),
    ("on the 3rd and 4th", "2022-11-03"),
    ("in August last year", "2021-08"),
    ("in March of this year", "2022-03"),
    ("in 2018", "2018"),
    ("next year", "2023"),
    ("last week", "2022-11"),
    ("early last week", "2022-11"),
    ("October 3, 1990", "1990-10-03"),
    ("yesterday", "2022-11-16"),
])
def test_relative_expressions(text, expected):
    assert resolve(text, PUB) == expected


def test_last_week_across_two_months_has_no_month():
    # Published Wednesday 2 March 2022: last week ran from 21 to 27 February... (one month)
    assert resolve("last week", dt.date(2022, 3, 2)) == "2022-02"
    # ...but published 3 August 2022, last week ran 25-31 July: still one month; the week of
    # 28 February - 6 March 2022 is two months.
    assert resolve("last week", dt.date(2022, 3, 9)) is None


def test_planned_weekday_is_the_coming_one():
    assert resolve("on Monday", PUB, prefer_future=True) == "2022-11-21"


def test_without_publication_date_only_absolute_dates():
    assert resolve("on Tuesday", None) is None
    assert resolve("last week", None) is None
    assert resolve("in 2019", None) == "2019"
    assert resolve("on June 14, 2008", None) == "2008-06-14"


def test_vague_spans_fix_no_date():
    assert resolve("over the last few years", PUB) is None
    assert resolve("in recent months", PUB) is None
