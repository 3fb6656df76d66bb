"""Sanctions on a relative, in phrasings of our own (stop 39).

"blacklisted a nephew of President X", "sanctions on the daughter of X", "X's son": a relative
(mentions.json kin_nouns) is a person of his own. The penalty falls on the relative, never on
the one the kin noun is said of, who owns no relative the way a state owns its missiles.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find


def test_a_nephew_blacklisted_is_not_his_uncle(facts_of):
    facts = facts_of("The Treasury Department on Tuesday blacklisted a nephew of Belarusian President "
                     "Alexander Lukashenko over election fraud.", published=dt.date(2024, 3, 8))
    assert not find(facts, "Alexander Lukashenko", "SANCTIONED_BY", "United States"), facts


def test_sanctions_on_a_daughter_do_not_fall_on_her_father(facts_of):
    facts = facts_of("Canada imposed sanctions on the daughter of Nicaraguan President Daniel Ortega for "
                     "laundering state money.", published=dt.date(2024, 3, 8))
    assert not find(facts, "Daniel Ortega", "SANCTIONED_BY", "Canada"), facts

