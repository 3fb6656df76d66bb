"""Attacks told as "a war of aggression against Y" (audit class ATTACK of stop 36), in phrasings
of our own.

- a bare noun in an attack noun's "of" phrase says what kind of war it is ("a war of
  aggression", "a campaign of terror"): the small parser hangs the target's phrase on that noun,
  and the target is the war's.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_possessed_war_of_aggression_against_a_state(facts_of):
    facts = facts_of("Eritrea's war of aggression against Djibouti entered its third month on Friday, officials said.",
                     published=dt.date(2022, 5, 20))
    one(facts, "Eritrea", "ATTACKED", "Djibouti")


def test_war_of_aggression_as_object_with_pronoun_owner(facts_of):
    facts = facts_of("Armenia said Azerbaijan had pressed on with its war of aggression against Armenia all week.",
                     published=dt.date(2021, 11, 19))
    one(facts, "Azerbaijan", "ATTACKED", "Armenia")

