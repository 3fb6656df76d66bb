"""Sanctions named by their target before the noun, in phrasings of our own (stop 40).

"US sanctions" names the one imposing them; but when a verb of imposing (verbs.json
imposing_verbs) carries the penalty noun and its subject is another, the state named before
the noun is the one the penalty falls on: "Canada unveiled new Myanmar sanctions", "London
issued fresh Belarus-related sanctions" (penalty_topic_participles).

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from schemas.models import Modality
from tests.facts import find, one


def test_target_named_before_the_penalty_noun(facts_of):
    facts = facts_of("Canada on Friday unveiled a fresh batch of Myanmar sanctions aimed at the army's "
                     "jet fuel suppliers.", published=dt.date(2024, 3, 8))
    one(facts, "Myanmar", "SANCTIONED_BY", "Canada")


def test_target_named_in_a_headline(facts_of):
    facts = facts_of("Australia imposes new Iran sanctions over drone deliveries", published=dt.date(2024, 3, 8))
    one(facts, "Iran", "SANCTIONED_BY", "Australia")


def test_target_joined_by_a_related_participle(facts_of):
    facts = facts_of("Britain has announced a further round of Belarus-related penalties over the forced "
                     "landing of the airliner.", published=dt.date(2024, 3, 8))
    one(facts, "Belarus", "SANCTIONED_BY", "United Kingdom")


def test_planned_target_before_the_noun(facts_of):
    facts = facts_of("Japan will impose further North Korea sanctions after the latest missile launch, "
                     "the cabinet said.", published=dt.date(2024, 3, 8))
    fact = one(facts, "North Korea", "SANCTIONED_BY", "Japan")
    assert fact.modality == Modality.PLANNED, fact

