"""Sanctions on a relative, and sanctions one is subject to, in phrasings of our own (stop 39).

"blacklisted a nephew of President X", "sanctions on the daughter of X", "X's son": a relative
(mentions.json kin_nouns) is a person of his own. The penalty falls on the relative, never on
the one the kin noun is said of, who owns no relative the way a state owns its missiles.

"X is subject to EU sanctions", "X was subjected to a travel ban by Y" (verbs.json
subjection_words): X bears the penalty, as one "under sanctions" does; it is as asserted,
planned or negated as the clause the word of subjection hangs on.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from schemas.models import Modality
from tests.facts import find, one


def test_a_nephew_blacklisted_is_not_his_uncle(facts_of):
    facts = facts_of("The Treasury Department on Tuesday blacklisted a nephew of Belarusian President "
                     "Alexander Lukashenko over election fraud.", published=dt.date(2024, 3, 8))
    assert not find(facts, "Alexander Lukashenko", "SANCTIONED_BY", "United States"), facts


def test_sanctions_on_a_daughter_do_not_fall_on_her_father(facts_of):
    facts = facts_of("Canada imposed sanctions on the daughter of Nicaraguan President Daniel Ortega for "
                     "laundering state money.", published=dt.date(2024, 3, 8))
    assert not find(facts, "Daniel Ortega", "SANCTIONED_BY", "Canada"), facts



def test_subject_to_a_blocs_sanctions(facts_of):
    facts = facts_of("Rosneft chief Igor Sechin has been subject to European Union sanctions for two years, "
                     "officials said.", published=dt.date(2024, 3, 8))
    one(facts, "Igor Sechin", "SANCTIONED_BY", "European Union")


def test_subjected_to_a_travel_ban_by_a_bloc(facts_of):
    facts = facts_of("Syrian businessman Samer Foz was subjected to a travel ban and an asset freeze by the "
                     "European Union in January.", published=dt.date(2024, 3, 8))
    one(facts, "Samer Foz", "SANCTIONED_BY", "European Union")


def test_not_subject_to_sanctions_is_negated(facts_of):
    facts = facts_of("Igor Sechin is not subject to Japanese sanctions, Tokyo said on Monday.",
                     published=dt.date(2024, 3, 8))
    assert one(facts, "Igor Sechin", "SANCTIONED_BY", "Japan").modality == Modality.NEGATED
