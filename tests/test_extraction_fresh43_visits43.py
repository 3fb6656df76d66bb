"""Visits on real news, stop 43: regions of many states as the object of a nominal trip.

- "a four-nation West Africa visit", "a week-long trip to Africa", "a tour in West Africa": a
  region of several states (places.json, no `country`) is no destination of a nominal trip
  (verbs.json object_not_regions on the visit and trip nouns, as on the tour noun); the stops
  named are. A verb's own object stays read ("visited Asia").

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_nominal_visit_to_a_region_of_many_states_is_no_destination(facts_of):
    facts = facts_of("Chancellor Olaf Scholz arrived in Dakar on Monday at the start of a four-nation "
                     "West Africa visit.", published=dt.date(2023, 5, 23))
    assert not find(facts, "Olaf Scholz", "VISITED", "West Africa")
    one(facts, "Olaf Scholz", "VISITED", "Dakar")


def test_trip_to_a_continent_is_no_destination(facts_of):
    facts = facts_of("Japanese Prime Minister Fumio Kishida landed in Cairo on Saturday, opening a "
                     "week-long trip to Africa.", published=dt.date(2023, 4, 30))
    assert not find(facts, "Fumio Kishida", "VISITED", "Africa")
    one(facts, "Fumio Kishida", "VISITED", "Cairo")


def test_verb_visiting_a_continent_stays_read(facts_of):
    """Guard: the verb's own object is a destination ("visited Asia"); only nominal trips drop
    a region."""
    facts = facts_of("Australian Prime Minister Anthony Albanese visited Europe last month.",
                     published=dt.date(2023, 7, 20))
    one(facts, "Anthony Albanese", "VISITED", "Europe")


def test_region_inside_one_state_stays_a_destination(facts_of):
    """Guard: a region of one state (places.json `country`) is still visited."""
    facts = facts_of("UN High Commissioner Volker Turk began a visit to Darfur on Sunday.",
                     published=dt.date(2023, 4, 30))
    one(facts, "Volker Turk", "VISITED", "Darfur")
