"""Visit and alliance constructions fresh real news showed in stop 26, each in phrasings of our own.

- "for his first official Ruritania visit", "during her Canada trip": a trip noun its possessor
  owns takes the state or city named as its compound for destination;
- "spoke on arrival at a summit of leaders in X": the gathering an arrival noun's
  frame verb is at places the arrival, also when the parser hangs the place on its members;

Sentences are our own; articles are dated as each test says."""
from tests.facts import WIRE_DAY, find, one


# ---- a possessed trip noun with a place compound --------------------------------------------------
def test_a_possessed_visit_noun_with_a_state_compound(facts_of):
    facts = facts_of("Chilean President Ana Rios was on Friday welcomed to the Palace of Government "
                     "for her first official Peru visit since she took office.", published=WIRE_DAY)
    one(facts, "Ana Rios", "VISITED", "Peru")


def test_a_possessed_trip_noun_with_a_state_compound(facts_of):
    facts = facts_of("Interior Minister Karl Huber, who is accompanying Chancellor Otto Weiss during "
                     "his Canada trip, praised the talks.", published=WIRE_DAY)
    assert find(facts, "Otto Weiss", "VISITED", "Canada") or find(facts, "Karl Huber", "VISITED", "Canada")


def test_an_unowned_visit_noun_takes_no_destination_from_its_compound(facts_of):
    facts = facts_of("The Peru visit was cancelled, officials in Lima said.", published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "VISITED"]


# ---- "upon arrival at a gathering in X" ------------------------------------------------------------
def test_arrival_at_a_gathering_the_parser_hung_on_the_verb(facts_of):
    facts = facts_of("German Chancellor Olaf Scholz spoke to reporters on arrival at a summit of NATO "
                     "leaders in Vilnius.", published=WIRE_DAY)
    one(facts, "Olaf Scholz", "VISITED", "Vilnius")


def test_arrival_at_a_meeting_about_a_place_goes_nowhere(facts_of):
    facts = facts_of("German Chancellor Olaf Scholz spoke to reporters on arrival at a meeting on the "
                     "war in Sudan.", published=WIRE_DAY)
    assert not find(facts, "Olaf Scholz", "VISITED", "Sudan")
