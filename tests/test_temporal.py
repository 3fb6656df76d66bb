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


# ---- facts dated in context (our own wire-style sentences) ------------------------------------
from schemas.models import Article  # noqa: E402
from schemas.names import fold_name  # noqa: E402
from ingest.temporal import resolve_in_frame  # noqa: E402


def _facts(extractor, text, published):
    art = Article(id="t", text=text, source="test", published=published)
    return extractor.extract(art).facts


def _fact(facts, subject, relation, obj):
    found = [f for f in facts if f.relation == relation and {fold_name(f.subject), fold_name(f.object)} ==
             {fold_name(subject), fold_name(obj)}]
    assert found, [(f.subject, f.relation, f.object) for f in facts]
    return found[0]


def test_reported_visit_without_time_expression_is_dated_to_the_article_month(extractor):
    facts = _facts(extractor, "Senior trade officials from Vietnam and Laos visited Cambodia as the "
                   "three countries prepare for a regional summit.", dt.date(2024, 3, 12))
    assert _fact(facts, "Vietnam", "VISITED", "Cambodia").date == "2024-03"


def test_background_sentence_is_not_dated_to_the_article(extractor):
    facts = _facts(extractor, "During the Cold War, Soviet officials visited Hanoi to discuss military "
                   "supplies.", dt.date(2024, 3, 12))
    assert _fact(facts, "Soviet Union", "VISITED", "Hanoi").date is None


def test_planned_visit_gets_no_article_month(extractor):
    facts = _facts(extractor, "Japanese Foreign Minister Yoko Kamikawa will visit Manila to discuss "
                   "maritime security.", dt.date(2024, 3, 12))
    assert all(f.date is None for f in facts if f.relation == "VISITED")


def test_coordinated_verbs_share_the_date_of_the_first(extractor):
    facts = _facts(extractor, "Indonesian Foreign Minister Retno Marsudi arrived in Canberra on Monday, "
                   "met Australian Foreign Minister Penny Wong and signed a maritime agreement.",
                   dt.date(2023, 2, 9))
    assert _fact(facts, "Retno Marsudi", "MET_WITH", "Penny Wong").date == "2023-02-06"


def test_the_one_day_a_lead_names_dates_both_accusations(extractor):
    facts = _facts(extractor, "Vietnam accused China of ramming a fishing boat near the Paracel Islands "
                   "on Sunday, while Beijing blamed the Vietnamese crew for the collision.",
                   dt.date(2024, 3, 12))
    assert _fact(facts, "Vietnam", "CONDEMNED", "China").date == "2024-03-10"


def test_next_sentence_of_the_same_visit_inherits_its_day(extractor):
    facts = _facts(extractor, "Turkish President Recep Tayyip Erdogan arrived in Budapest on Monday. "
                   "Erdogan met Hungarian Prime Minister Viktor Orban at the Carmelite Monastery.",
                   dt.date(2024, 12, 18))
    assert _fact(facts, "Recep Tayyip Erdogan", "MET_WITH", "Viktor Orban").date == "2024-12-16"


def test_undated_article_takes_its_time_frame_from_an_anniversary(extractor):
    facts = _facts(extractor, "Last week, U.S. President Joe Biden met British Prime Minister Rishi Sunak "
                   "in Belfast to mark the 25th anniversary of the Good Friday Agreement. The agreement "
                   "was signed on April 10, 1998, ending three decades of violence.", None)
    assert _fact(facts, "Joe Biden", "MET_WITH", "Rishi Sunak").date == "2023-04"


def test_a_range_of_publication_days_keeps_what_all_agree_on():
    frame = (dt.date(2023, 4, 10), dt.date(2023, 4, 17))
    assert resolve_in_frame("last week", None, frame) == "2023-04"
    assert resolve_in_frame("on Tuesday", None, frame) == "2023-04"
    assert resolve_in_frame("on Tuesday", None, (dt.date(2023, 4, 28), dt.date(2023, 5, 5))) is None
