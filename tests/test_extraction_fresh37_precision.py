"""Dates from ordinals, in phrasings of our own (stop 37).

An ordinal that counts an event ("the 12th Annual Summit", "the 13th annual summit", "for the
15th year") is no day of the month, even where the model tags "the 12th" a date: the date comes
from the sentence's own time words (a weekday, "today", a full date) or, with none, from the
article's month as for any undated past meeting.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_summit_ordinal_yields_to_the_weekday(facts_of):
    facts = facts_of("Leaders of India and Japan met on Tuesday at the 12th Annual Summit in Tokyo.",
                     published=dt.date(2018, 10, 30))
    assert one(facts, "India", "MET_WITH", "Japan").date == "2018-10-30"


def test_summit_ordinal_is_no_day_without_other_time_words(facts_of):
    facts = facts_of("Ruto and Museveni held the 13th annual summit in Mombasa.", published=dt.date(2024, 3, 28))
    fact = one(facts, "William Ruto", "MET_WITH", "Yoweri Museveni")
    assert fact.date != "2024-03-13"
