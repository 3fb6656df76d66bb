"""Alliances and aid fresh real news showed in stop 33, each in phrasings of our own.

- "joined the X military alliance", "joined the military alliance X": an object that is a kind
  noun (alliance, bloc, organisation) stands for the organisation whose name modifies it or
  stands beside it; "the North Atlantic alliance" is NATO's other name in lower case;

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


# ---- joining an alliance named beside its kind noun --------------------------------------------------
def test_joined_the_named_military_alliance(facts_of):
    facts = facts_of("Montenegro at last joined the NATO military alliance on Monday after years of debate.",
                     published=dt.date(2017, 6, 6))
    one(facts, "Montenegro", "ALLIED_WITH", "NATO")


def test_listed_states_joined_the_named_alliance(facts_of):
    facts = facts_of("After a long wait, Estonia, Latvia and Lithuania joined the NATO alliance in a single "
                     "ceremony.", published=dt.date(2004, 3, 30))
    for state in ("Estonia", "Latvia", "Lithuania"):
        one(facts, state, "ALLIED_WITH", "NATO")


def test_joined_the_alliance_named_after_its_kind(facts_of):
    facts = facts_of("Tajikistan quietly joined the military alliance CSTO in the spring.",
                     published=dt.date(2003, 6, 1))
    one(facts, "Tajikistan", "ALLIED_WITH", "Collective Security Treaty Organization")


def test_the_north_atlantic_alliance_in_lower_case(facts_of):
    facts = facts_of("Sweden finally joins the North Atlantic alliance this week, officials in Stockholm said.",
                     published=dt.date(2024, 3, 5))
    one(facts, "Sweden", "ALLIED_WITH", "NATO")


def test_joining_a_named_group_that_is_no_alliance_is_no_alliance(facts_of):
    facts = facts_of("Indonesia joined the BRICS group of emerging economies in January.",
                     published=dt.date(2025, 2, 1))
    assert not [f for f in facts if f.relation == "ALLIED_WITH"], facts
