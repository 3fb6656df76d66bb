"""Censure told as a reported charge of violation, in phrasings of our own (stop 40).

A government or its spokesman that says another side violated a ceasefire, its airspace or a
treaty accuses that side, as "accused Y of violating the truce" already reads: the speaker of
the verb of saying condemns the one the reported clause says did the violating (the owner of a
force or craft named by demonym: "Ruritanian jets" are the state's). A violation said of an act
with no named doer ("the elections violated the accord"), or denied ("had not violated"), blames
nobody; words of what may be violated live in verbs.json themes violated_norms.

Sentences are our own."""
from schemas.models import Modality
from tests.facts import one


def test_a_state_saying_another_violated_the_truce_condemns_it(facts_of):
    facts = facts_of("Georgia said on Thursday that Russia had violated the truce near the Roki tunnel twice "
                     "in a single night.")
    assert one(facts, "Georgia", "CONDEMNED", "Russia").modality == Modality.ASSERTED


def test_demonym_owned_craft_violating_airspace_is_the_state_censured(facts_of):
    facts = facts_of("Finland's defence ministry said two Russian helicopters violated Finnish airspace "
                     "off the southern coast late on Wednesday.")
    one(facts, "Finland", "CONDEMNED", "Russia")


def test_speaker_after_the_reported_clause(facts_of):
    facts = facts_of("Indian troops had violated the truce across the Line of Control three times this week, "
                     "Pakistan's Foreign Ministry said on Friday.")
    one(facts, "Pakistan", "CONDEMNED", "India")



# A crime named as the verdict: "called the raid a war crime", "said the strike was a crime
# against humanity" accuse the raid's owner, as "a violation" or "a massacre" already do
# (verbs.json censure_nouns).

def test_calling_an_owned_strike_a_war_crime_condemns_its_owner(facts_of):
    facts = facts_of("Jordan on Tuesday called the Israeli raid on the refugee camp a war crime.")
    one(facts, "Jordan", "CONDEMNED", "Israel")


def test_saying_a_bombing_was_a_crime_against_humanity(facts_of):
    facts = facts_of("Poland's foreign minister Radoslaw Sikorski said the Russian bombing of the maternity "
                     "ward was a crime against humanity.")
    one(facts, "Radoslaw Sikorski", "CONDEMNED", "Russia")


def test_a_ministry_of_no_named_state_is_no_party_to_a_censure(facts_of):
    facts = facts_of("The drone barrage launched by Hezbollah overnight is unacceptable, the Foreign Ministry "
                     "said in a short statement.")
    assert not [f for f in facts if f.relation == "CONDEMNED" and f.subject == "Foreign Ministry"]
