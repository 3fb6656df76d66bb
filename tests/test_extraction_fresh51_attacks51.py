"""A construction of stop 51, in phrasings of our own.

A verb of releasing munitions from the air ("drop", "rain") whose object is a weapon
(themes fired_weapons) attacks what its on/onto/upon phrase names, or the place the thing
struck lies in: "Ruritanian jets dropped two bombs on X", "warplanes rained shells on depots in
Y". At base neither verb was a trigger, so such strikes were read as nothing. Without a weapon
in the object ("dropped leaflets on", "dropped its charges against") nothing is read, and a
weapon as the subject ("bombs rained on X") is left to the weapon_impact frame as before.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one, pairs

_DAY = dt.date(2024, 6, 1)


def test_dropped_bombs_on_a_city(facts_of):
    facts = facts_of("Sudanese army planes dropped several barrel bombs on Nyala late on Sunday, residents "
                     "told reporters.", published=_DAY)
    one(facts, "Sudan", "ATTACKED", "Nyala")


def test_dropped_a_glide_bomb_on_the_named_town(facts_of):
    facts = facts_of("Overnight the Russian air force dropped a heavy glide bomb on the frontline town of "
                     "Kostiantynivka, officials in the region reported.", published=_DAY)
    assert ("Russia", "Kostiantynivka") in pairs(facts, "ATTACKED") or ("Russia", "Ukraine") in pairs(facts, "ATTACKED")


def test_rained_bombs_on_sites_in_a_place(facts_of):
    facts = facts_of("For a third night Israeli aircraft rained dozens of bombs on weapons depots in "
                     "southern Lebanon, the army said.", published=_DAY)
    one(facts, "Israel", "ATTACKED", "Lebanon")


def test_no_weapon_dropped_reads_no_attack(facts_of):
    facts = facts_of("Russian planes dropped thousands of leaflets on Kharkiv, and Washington later "
                     "dropped its objections to the plan.", published=_DAY)
    assert not pairs(facts, "ATTACKED")
