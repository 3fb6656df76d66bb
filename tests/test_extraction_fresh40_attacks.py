"""Aggression as a nominal attack, in phrasings of our own (stop 40).

News pages and official statements call a strike campaign "aggression": "X's aggression against
Y", "the X-ian aggression on Y". The noun is read as an attack whose agent is its possessor,
demonym or by-phrase and whose target is its on- or against-phrase only: a bare "aggression in
the region" names no target, and "acts of aggression" in a condemnation stays a censure word.

A verb of striking or killing whose subject names a fired weapon ("Ruritanian shells fell on X",
"drones killed ten in X") reads the weapon's owner as the attacker; in the passive the weapon
stands in the by-phrase ("ten were killed in X by Ruritanian drones"), which is read the same way.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_possessor_aggression_against_a_state(facts_of):
    facts = facts_of("The foreign ministry said Azerbaijan's aggression against Armenia had driven thousands "
                     "of villagers from their homes along the frontier.",
                     published=dt.date(2022, 9, 16))
    one(facts, "Azerbaijan", "ATTACKED", "Armenia")


def test_demonym_aggression_on_a_state(facts_of):
    facts = facts_of("Lawmakers in Kabul protested on Sunday against the Pakistani aggression on Afghanistan "
                     "after a night of bombardment in the eastern provinces.",
                     published=dt.date(2022, 4, 17))
    one(facts, "Pakistan", "ATTACKED", "Afghanistan")



def test_passive_killing_by_owned_weapons_in_a_city(facts_of):
    facts = facts_of("Four farm workers were killed in Kherson by Russian drones late on Thursday, regional "
                     "officials said.",
                     published=dt.date(2024, 3, 8))
    one(facts, "Russia", "ATTACKED", "Kherson")
