"""Dates of facts when an ordinal ranks an occasion, in phrasings of our own (stop 37).

The model often labels "the 15th" of "the 15th summit" a date; read as a day of the month it
dated the summit's talks to the 15th of the article's month, beat the clause's own "today"
or even a full date, and set after the article a vote already held (then read as planned).
An ordinal that ranks the noun it modifies ("the 9th summit", "the 21st session", "for the
30th year") is a count of occasions, no day.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_ranked_year_is_no_day_and_no_future(facts_of):
    # read as the 12th of the month, the vote fell after the article and was taken for planned
    facts = facts_of("The General Assembly has voted for the 12th straight year to condemn the American blockade "
                     "of Cuba.", published=dt.date(2024, 3, 8))
    fact = one(facts, "United Nations General Assembly", "CONDEMNED", "United States")
    assert (fact.date, fact.modality.value) == ("2024-03", "asserted")
