"""Dates a fact takes from the clause it is told in, not from a clause it is told after:
"at the weekend", "a day after X" (X dated by the other clause's day and the count), and an
event noun told after another event ("their first meeting after their talks in July"). Sentences
we wrote in the style of wire copy; articles are dated Friday 8 March 2024 unless a test says
otherwise, and expected values were read from each sentence by hand."""
import datetime as dt

from ingest.temporal import resolve
from tests.facts import WIRE_DAY, one

TUESDAY_APRIL_2 = dt.date(2024, 4, 2)


def test_weekend_before_a_tuesday_is_the_previous_month(facts_of):
    facts = facts_of("Kenyan President William Ruto was in Ethiopia at the weekend and held talks with Abiy Ahmed.",
                     published=TUESDAY_APRIL_2)
    assert one(facts, "William Ruto", "VISITED", "Ethiopia").date == "2024-03"
    assert one(facts, "William Ruto", "MET_WITH", "Abiy Ahmed").date == "2024-03"


def test_weekend_ahead_and_behind():
    assert resolve("at the weekend", TUESDAY_APRIL_2) == "2024-03"
    assert resolve("next weekend", dt.date(2024, 3, 26)) == "2024-03"
    assert resolve("at the weekend", dt.date(2024, 3, 26), prefer_future=True) == "2024-03"
    assert resolve("over the weekend", dt.date(2024, 3, 31)) == "2024-03"  # a Sunday closes its own weekend
    assert resolve("at the weekend", dt.date(2024, 9, 2)) is None  # Saturday 31 August, Sunday 1 September


def test_a_day_after_a_trip_is_the_day_before_the_meeting(facts_of):
    facts = facts_of("Olaf Scholz met Emmanuel Macron in Paris on Thursday, a day after his visit to Warsaw.")
    assert one(facts, "Olaf Scholz", "VISITED", "Warsaw").date == "2024-03-06"
    assert one(facts, "Olaf Scholz", "MET_WITH", "Emmanuel Macron").date == "2024-03-07"


def test_two_days_after_a_clause_counts_back_from_its_day(facts_of):
    facts = facts_of("Canada imposed sanctions on Iran on Friday, two days after Iran attacked Israel.")
    assert one(facts, "Iran", "ATTACKED", "Israel").date == "2024-03-06"
    assert one(facts, "Iran", "SANCTIONED_BY", "Canada").date == "2024-03-08"


def test_the_day_before_counts_forward(facts_of):
    facts = facts_of("Olaf Scholz flew to Rome on Tuesday, the day before Giorgia Meloni visited Madrid.")
    assert one(facts, "Giorgia Meloni", "VISITED", "Madrid").date == "2024-03-06"


def test_after_without_a_count_takes_no_day_of_the_other_clause(facts_of):
    facts = facts_of("Olaf Scholz met Emmanuel Macron in Paris on Thursday, after his visit to Warsaw.")
    assert one(facts, "Olaf Scholz", "VISITED", "Warsaw").date == "2024-03"


def test_date_of_the_event_a_meeting_came_after_is_not_the_meetings(facts_of):
    facts = facts_of("Olaf Scholz and Emmanuel Macron met in Lisbon on the fringes of a forum, their first "
                     "meeting after their quarrel over farm subsidies in October.")
    assert one(facts, "Olaf Scholz", "MET_WITH", "Emmanuel Macron").date == "2024-03"
    assert one(facts, "Olaf Scholz", "VISITED", "Lisbon").date == "2024-03"


def test_month_and_year_with_a_comma_between():
    assert resolve("in May, 1990", WIRE_DAY) == "1990-05"


def test_undated_news_after_a_lead_day_in_the_previous_month_is_of_that_month(facts_of):
    facts = facts_of("Cyril Ramaphosa received the prime ministers of Lesotho and Eswatini in Pretoria on Thursday. "
                     "Ramaphosa held separate talks with Sam Matekane, who flew in for the regional security meeting.",
                     published=dt.date(2024, 3, 4))
    assert one(facts, "Cyril Ramaphosa", "MET_WITH", "Sam Matekane").date == "2024-02"
