"""Titles in a run of names that opens on a bare name, in phrasings of our own (stop 40).

"attended by A, the T of X, B, the T of Y, and C, ...": each title follows its own name, so
the phrase between A and B is A's apposition, not a title set before B. A run that opens on a
title ("included its deputy leader, A, Minister of Z, B") keeps each title before its name.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import pairs


def test_each_title_in_a_name_first_run_is_its_own_names(facts_of):
    facts = facts_of("The forum was opened by Marta Lindqvist, the Foreign Minister of Sweden, Jonas "
                     "Petraitis, the Defence Minister of Lithuania, and Ivo Kask, the Interior Minister of "
                     "Estonia.", published=dt.date(2024, 2, 10))
    roles = pairs(facts, "HOLDS_ROLE")
    assert ("Jonas Petraitis", "Lithuania") in roles, roles
    assert ("Jonas Petraitis", "Sweden") not in roles, roles
    assert ("Marta Lindqvist", "Sweden") in roles, roles


def test_the_title_before_a_ranked_name_is_the_previous_names(facts_of):
    facts = facts_of("The sailors were welcomed at the quay by Pedro Alvarez, the Ambassador of Chile to "
                     "Peru, Colonel Rosa Quispe, commander of the coastal garrison, and local officials.",
                     published=dt.date(2024, 2, 10))
    roles = pairs(facts, "HOLDS_ROLE")
    assert ("Pedro Alvarez", "Chile") in roles, roles
    assert not any(s == "Rosa Quispe" for s, _ in roles), roles


def test_a_run_opening_on_a_title_keeps_the_title_before_the_name(facts_of):
    facts = facts_of("The visiting team included its deputy leader, Tomas Berzins, Minister of Economy of "
                     "Latvia, Karlis Ozols, and two advisers.", published=dt.date(2024, 2, 10))
    assert ("Karlis Ozols", "Latvia") in pairs(facts, "HOLDS_ROLE"), pairs(facts, "HOLDS_ROLE")
