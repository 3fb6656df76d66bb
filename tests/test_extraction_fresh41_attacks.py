"""Attacks in phrasings of our own (stop 41).

Ending an event someone owns says it was going on: "to halt its strikes on X" already read the
strikes as told. The owner of an attack is as often a demonym or a name modifying the noun as a
possessor ("to stop the Ruritanian shelling of X", "halting Hezbollah attacks on Y"): calls to end
such attacks tell of attacks under way, not of attacks that did not happen.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from schemas.models import Modality
from tests.facts import one


def test_call_to_stop_a_demonym_owned_attack_keeps_it_told(facts_of):
    facts = facts_of("The envoys urged Washington to press for efforts to stop the Israeli bombardment of "
                     "Lebanon before the holiday season.",
                     published=dt.date(2024, 10, 2))
    assert one(facts, "Israel", "ATTACKED", "Lebanon").modality == Modality.ASSERTED


def test_halting_a_named_group_attacks_keeps_them_told(facts_of):
    facts = facts_of("A year of naval patrols has failed to halt Houthi strikes on Saudi Arabia, the "
                     "monitors wrote in their report.",
                     published=dt.date(2021, 3, 12))
    assert one(facts, "Houthis", "ATTACKED", "Saudi Arabia").modality == Modality.ASSERTED
