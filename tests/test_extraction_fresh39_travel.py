"""Departures told as journeys, in phrasings of our own (stop 39).

"depart for X" is a verb of setting out, read as "leave for X" is: a journey still to be made
when told the day it starts, one made when dated before the article. A departure told in the
perfect ("has left for X"), or in the past with its trip named after it ("departed for X on a
state visit", "... with an official visit"), tells a visit already under way, whatever the
day. After a verb of setting out the small parser may read "for X to attend ..." as a clause
whose subject is X: the "for" phrase is still the journey's goal.

Sentences are our own; articles are dated on the Friday the wire-style tests use."""

from schemas.models import Modality
from tests.facts import WIRE_DAY, one


def test_depart_for_a_city_told_the_same_day_is_a_journey_begun_but_planned(facts_of):
    facts = facts_of("Ghanaian President Nana Akufo-Addo departed for Lusaka on Friday morning.",
                     published=WIRE_DAY)
    fact = one(facts, "Nana Akufo-Addo", "VISITED", "Lusaka")
    assert fact.modality == Modality.PLANNED


def test_depart_for_a_state_on_a_visit_is_a_visit_under_way(facts_of):
    facts = facts_of("Ghanaian President Nana Akufo-Addo departed for Zambia on Friday on an official state visit "
                     "lasting three days.", published=WIRE_DAY)
    fact = one(facts, "Nana Akufo-Addo", "VISITED", "Zambia")
    assert fact.modality == Modality.ASSERTED
    assert fact.date == "2024-03-08"


def test_a_departure_with_a_visit_in_central_asian_wire_style(facts_of):
    facts = facts_of("Kazakh President Kassym-Jomart Tokayev departed for Bishkek with an official visit at the "
                     "invitation of his Kyrgyz colleague.", published=WIRE_DAY)
    fact = one(facts, "Kassym-Jomart Tokayev", "VISITED", "Bishkek")
    assert fact.modality == Modality.ASSERTED


def test_has_left_for_a_state_is_a_visit_under_way(facts_of):
    facts = facts_of("Indonesian Foreign Minister Retno Marsudi has left for Peru to take part in a regional "
                     "ministerial gathering.", published=WIRE_DAY)
    fact = one(facts, "Retno Marsudi", "VISITED", "Peru")
    assert fact.modality == Modality.ASSERTED


def test_had_left_on_a_past_weekday_is_dated_back_not_ahead(facts_of):
    facts = facts_of("Sri Lankan President Ranil Wickremesinghe had left for Tokyo on Tuesday to attend the "
                     "memorial ceremony.", published=WIRE_DAY)
    fact = one(facts, "Ranil Wickremesinghe", "VISITED", "Tokyo")
    assert fact.modality == Modality.ASSERTED
    assert fact.date == "2024-03-05"


def test_for_a_city_to_attend_after_a_departure_is_its_goal(facts_of):
    facts = facts_of("Chilean President Gabriel Boric on Friday departed for Montevideo to attend the inauguration "
                     "of the new Uruguayan leader.", published=WIRE_DAY)
    fact = one(facts, "Gabriel Boric", "VISITED", "Montevideo")
    assert fact.modality == Modality.PLANNED


def test_a_future_departure_on_a_visit_stays_planned(facts_of):
    facts = facts_of("Chilean President Gabriel Boric will depart for Uruguay on Sunday for an official visit.",
                     published=WIRE_DAY)
    fact = one(facts, "Gabriel Boric", "VISITED", "Uruguay")
    assert fact.modality == Modality.PLANNED

