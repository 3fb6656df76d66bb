"""Constructions of attacks and sanctions fresh real news showed in stop 29, each in phrasings of
our own.

- "a Ruritanian soldier was killed in a Bordurian attack / in Borduria's cross-border fire",
  "wounded by Bordurian shelling": those killed or wounded by an attack (one soldier as much as
  five; the attack in a phrase of place or as the passive's agent) were its target;
- "Borduria's onslaught against Ruritania" is an attack.

Sentences are our own."""
from tests.facts import one


def of_relation(facts, relation, subject=None, obj=None):
    return [f for f in facts if f.relation == relation and subject in (None, f.subject) and obj in (None, f.object)]


# ---- those an attack killed or wounded were its target -------------------------------------------
def test_one_soldier_killed_in_an_attack_names_the_target(facts_of):
    facts = facts_of("A Georgian border guard was killed in a Russian attack near the village on Monday.",
                     published="2021-06-10")
    assert one(facts, "Russia", "ATTACKED", "Georgia")


def test_killed_in_a_states_cross_border_fire(facts_of):
    facts = facts_of("An Indian soldier was killed in Pakistan's cross-border fire in Poonch district on Tuesday.",
                     published="2019-03-07")
    fact = one(facts, "Pakistan", "ATTACKED", "India")
    assert fact.date == "2019-03-05"


def test_wounded_by_shelling_as_the_passive_agent(facts_of):
    facts = facts_of("Three Syrian soldiers were wounded by Turkish shelling near the border.")
    assert one(facts, "Turkey", "ATTACKED", "Syria")


def test_soldiers_who_died_in_fire(facts_of):
    facts = facts_of("Two Lebanese soldiers died in Israeli fire overnight, the army said.")
    assert one(facts, "Israel", "ATTACKED", "Lebanon")


def test_fire_that_names_no_victim_attacks_no_one(facts_of):
    facts = facts_of("A fire broke out at the Russian embassy in Oslo on Sunday. "
                     "The government came under fire from Polish critics over the plan.")
    assert not of_relation(facts, "ATTACKED")


# ---- onslaught -----------------------------------------------------------------------------------
def test_onslaught_against_a_state(facts_of):
    facts = facts_of("Kenya condemned Ethiopia's military onslaught against Eritrea.")
    assert one(facts, "Ethiopia", "ATTACKED", "Eritrea")
