"""Constructions of attacks and sanctions fresh real news showed in stop 26, each in phrasings of
our own.

- "designated X" (bare) lists X for sanctions; "X-affiliated firms" are X's; a long list of states
  is read whole; "designated Y as its envoy" is no listing;
- "hit X with sanctions" is a sanction by the subject, no strike; "the sanctions target X" too;
- "decided to impose sanctions" sanctions (the decision is the act); "agreed to impose" stays planned;
- "Ecowas", "Hezballah": spellings of the gazetteer's bodies.

Sentences are our own."""
from schemas.models import Modality
from tests.facts import find, one


# ---- listings ------------------------------------------------------------------------------------
def test_designating_affiliated_firms_sanctions_their_group_by_every_listed_state(facts_of):
    facts = facts_of("Bahrain, Kuwait, Oman, Jordan, Egypt, Morocco and Tunisia also designated twelve "
                     "Hezballah-affiliated financiers and firms on Tuesday.")
    for state in ("Bahrain", "Kuwait", "Oman", "Jordan", "Egypt", "Morocco", "Tunisia"):
        one(facts, "Hezbollah", "SANCTIONED_BY", state)


def test_designating_an_envoy_is_no_listing(facts_of):
    facts = facts_of("The government designated Lena Varga as its new envoy to the talks.")
    assert not [f for f in facts if f.relation == "SANCTIONED_BY"]


def test_an_act_is_no_alternative_to_its_actors(facts_of):
    facts = facts_of("Officials said that the new action, taken with its partners, or the nine members of "
                     "the Arab League, designated the Hamas treasurer Omar Halabi.")
    assert not find(facts, "Omar Halabi", "SANCTIONED_BY", "Arab League")


# ---- penalties are no strikes --------------------------------------------------------------------
def test_hitting_banks_with_sanctions_sanctions_their_state(facts_of):
    facts = facts_of("Canada hit three Iranian banks with sanctions on Monday after a series of missile tests.")
    one(facts, "Iran", "SANCTIONED_BY", "Canada")
    assert not [f for f in facts if f.relation == "ATTACKED"]


def test_sanctions_that_target_a_general_sanction_him(facts_of):
    facts = facts_of("Canadian sanctions were announced on Monday against Myanmar's army. The sanctions, which "
                     "were approved by the cabinet on Sunday, target five generals as well as Min Aung Hlaing.")
    one(facts, "Min Aung Hlaing", "SANCTIONED_BY", "Canada")
    assert not [f for f in facts if f.relation == "ATTACKED"]


# ---- decisions -----------------------------------------------------------------------------------
def test_a_decision_to_impose_sanctions_is_the_sanction(facts_of):
    facts = facts_of("Japan on Tuesday decided to impose sanctions on Niger's junta.")
    assert one(facts, "Niger", "SANCTIONED_BY", "Japan").modality == Modality.ASSERTED


def test_an_agreement_to_impose_sanctions_is_still_to_come(facts_of):
    facts = facts_of("Japan on Tuesday agreed to impose sanctions on Chad.")
    assert one(facts, "Chad", "SANCTIONED_BY", "Japan").modality == Modality.PLANNED


# ---- spellings -----------------------------------------------------------------------------------
def test_the_bloc_spelled_as_a_word(facts_of):
    facts = facts_of("Ecowas had imposed sanctions on Niger in August.")
    one(facts, "Niger", "SANCTIONED_BY", "ECOWAS")
