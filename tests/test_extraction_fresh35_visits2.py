"""Visits and names fresh real news showed in stop 35, in phrasings of our own.

- a title's suffix hyphened to it and capitalised ("President-Elect", "Minister-Designate") is
  still the title: the model runs it into the name after it, which made a person "Elect X Y";

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_capitalised_elect_is_no_part_of_the_name(facts_of):
    facts = facts_of("Bolivian President-Elect Marco Antonio Quiroga arrived in Lima on Monday for talks.",
                     published=dt.date(2021, 6, 18))
    one(facts, "Marco Antonio Quiroga", "VISITED", "Lima")
    one(facts, "Marco Antonio Quiroga", "HOLDS_ROLE", "Bolivia")
    assert not [f for f in facts if "elect" in f.subject.lower()], facts


def test_capitalised_designate_is_no_part_of_the_name(facts_of):
    facts = facts_of("Prime Minister-Designate Omar Haddad met the Ruritanian envoy Ana Weber in Beirut on Tuesday.",
                     published=dt.date(2020, 9, 3))
    one(facts, "Omar Haddad", "MET_WITH", "Ana Weber")
    assert not [f for f in facts if "designate" in (f.subject + f.object).lower()], facts
