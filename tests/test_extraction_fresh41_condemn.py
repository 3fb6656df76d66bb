"""A boycott or an embargo whose target stands in its of-phrase, in phrasings of our own (stop 41).

The sanction frame reads a penalty's target from its on- or against-phrase; a boycott and an
embargo also name it in an of-phrase ("a boycott of X", "the Ruritanian embargo of X"), while
"the sanctions of the UN" names the imposer there. Only a state is read as such a target: "a
boycott of the Games" or "an embargo of arms" names no one penalised.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from schemas.models import Modality
from tests.facts import one


def test_boycott_of_a_state_imposed_by_joined_subjects(facts_of):
    facts = facts_of("Kenya and Uganda imposed a trade boycott of Burundi last spring over the border "
                     "closures.", published=dt.date(2024, 3, 8))
    one(facts, "Burundi", "SANCTIONED_BY", "Kenya")
    one(facts, "Burundi", "SANCTIONED_BY", "Uganda")


def test_embargo_of_a_state_owned_by_a_demonym(facts_of):
    facts = facts_of("Delegates again voted to denounce the Canadian fishing embargo of Norway at the "
                     "assembly in Geneva.", published=dt.date(2024, 3, 8))
    one(facts, "Norway", "SANCTIONED_BY", "Canada")


def test_boycott_imposed_on_a_state(facts_of):
    facts = facts_of("Morocco imposed a boycott on Algeria in 2021, halting gas transit through its pipeline.",
                     published=dt.date(2024, 3, 8))
    one(facts, "Algeria", "SANCTIONED_BY", "Morocco")


def test_lifted_boycott_is_negated(facts_of):
    facts = facts_of("Peru lifted its long boycott of Chile on Friday after the accord.",
                     published=dt.date(2024, 3, 8))
    fact = one(facts, "Chile", "SANCTIONED_BY", "Peru")
    assert fact.modality == Modality.NEGATED, fact

