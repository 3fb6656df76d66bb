"""Dates on found facts (stop 43): a year of the article's own time in the sentence.

A sentence that names a year was read as background ("the accord signed in 1994"), so the
undated events it tells took no month from the article. A year not before the article's own is
no past: "a statement released on 12 March 2024" in a page of that March, "the summit to be
held in February 2025" in one of January 2025. Those events are then news of the article's
month, as analysts date them. The one day such a date names still dates no undated event of
its sentence (it may be another event's: "ending the trip in Y on 28 July"), and an earlier
year keeps a sentence in the past.

Sentences are our own, in wire style."""
import datetime as dt

from tests.facts import one


def test_an_accusation_told_beside_a_statement_of_this_year(facts_of):
    facts = facts_of("The Chadian government has accused Sudan of arming rebel fighters near the border, "
                     "a statement from the interior ministry released on 12 March 2024 says.",
                     published=dt.date(2024, 3, 14))
    assert one(facts, "Chad", "CONDEMNED", "Sudan").date == "2024-03"


def test_talks_held_ahead_of_a_summit_dated_next_month(facts_of):
    facts = facts_of("Kenyan President William Ruto held discussions with Ghanaian President Nana Akufo-Addo "
                     "on the preparations for the regional summit which will be held on 17-18 February "
                     "2024 in Nairobi.", published=dt.date(2024, 1, 22))
    assert one(facts, "William Ruto", "MET_WITH", "Nana Akufo-Addo").date == "2024-01"


def test_the_day_of_another_event_in_the_sentence_is_not_lent(facts_of):
    facts = facts_of("French President Emmanuel Macron began a tour of three West African states on "
                     "Monday 25 July 2022. He opened the tour with a stop in Cameroon, followed by Benin, "
                     "before closing the tour in Guinea-Bissau on 28 July 2022.",
                     published=dt.date(2022, 7, 28))
    visit = one(facts, "Emmanuel Macron", "VISITED", "Cameroon")
    assert visit.date != "2022-07-28"


def test_an_earlier_year_keeps_the_sentence_in_the_past(facts_of):
    facts = facts_of("Kenyan President William Ruto held discussions with Ghanaian President Nana Akufo-Addo "
                     "on the accord their predecessors signed in 2019 in Nairobi.",
                     published=dt.date(2024, 1, 22))
    assert one(facts, "William Ruto", "MET_WITH", "Nana Akufo-Addo").date is None
