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


# Destroying, sinking or downing a craft a state or group owns ("sank a Ruritanian patrol boat",
# "downed two Ruritanian helicopters") strikes that owner, as destroying its tanks or its bases does.

def test_sinking_a_demonym_owned_ship(facts_of):
    facts = facts_of("The Ukrainian navy sank a Russian landing ship near Crimea overnight, military officials "
                     "in Kyiv said.",
                     published=dt.date(2024, 2, 14))
    one(facts, "Ukraine", "ATTACKED", "Russia")


def test_downing_a_demonym_owned_helicopter(facts_of):
    facts = facts_of("Eritrean gunners downed a Sudanese helicopter near the frontier on Tuesday, a regional "
                     "official said.",
                     published=dt.date(2019, 6, 12))
    one(facts, "Eritrea", "ATTACKED", "Sudan")


def test_destroying_demonym_owned_drones(facts_of):
    facts = facts_of("Azerbaijani forces destroyed six Armenian drones over the mountains on Monday, the "
                     "defence ministry in Baku said.",
                     published=dt.date(2020, 10, 7))
    one(facts, "Azerbaijan", "ATTACKED", "Armenia")
