"""Visits on real news, stop 43: a monarch or top diplomat named by description, and regions of
many states as the object of a nominal trip.

- "the Ruritanian emir", "Qatar's emir", "the Saudi king", "the Dutch monarch", "Iran's top
  diplomat": a description by title reads the post's one holder (mentions.json
  role_descriptions), as "the Russian president" already did; the visit or meeting is his.
- "a four-nation West Africa visit", "a week-long trip to Africa", "a tour in West Africa": a
  region of several states (places.json, no `country`) is no destination of a nominal trip
  (verbs.json object_not_regions on the visit and trip nouns, as on the tour noun); the stops
  named are. A verb's own object stays read ("visited Asia").

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_described_emir_is_the_holder_of_the_post(facts_of):
    facts = facts_of("King Abdullah II received the Qatari emir at the Husseiniya Palace in Amman "
                     "on Monday.", published=dt.date(2019, 6, 4))
    one(facts, "Tamim bin Hamad Al Thani", "MET_WITH", "Abdullah II")


def test_possessive_emir_description_travels(facts_of):
    facts = facts_of("Qatar's emir flew to Ankara on Thursday for talks on the gas pipeline.",
                     published=dt.date(2019, 6, 7))
    one(facts, "Tamim bin Hamad Al Thani", "VISITED", "Ankara")


def test_description_followed_by_the_name_stays_a_title(facts_of):
    facts = facts_of("The Qatari emir, Tamim bin Hamad Al Thani, flew to Ankara on Thursday.",
                     published=dt.date(2019, 6, 7))
    one(facts, "Tamim bin Hamad Al Thani", "VISITED", "Ankara")


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
