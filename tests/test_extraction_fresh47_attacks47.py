"""Weapons aimed by a participle, read from the pooled real-news passages of stop 47 (ATTACKED),
in phrasings of our own:

- a participle of aiming ("targeting") on a weapon (verbs.json themes fired_weapons) that a verb
  of launching (verbs.json launch_words) has for object, or on a noun of launching whose "of"
  phrase holds the weapon, is said of who launched it: the subject of that verb, the by-phrase
  or the owner of that noun ("X launched missiles targeting Y", "the launching of missiles by X
  targeting Y": X attacked Y);
- a weapon no one is said to launch (intercepted, deployed, tested, or fired by no one named)
  names no attacker.

Sentences are our own; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import one, pairs


@pytest.mark.parametrize("text,attacker,target", [
    ("Iran launched a dozen ballistic missiles targeting two air bases in Iraq on Wednesday night.", "Iran", "Iraq"),
    ("The Houthis fired three drones targeting the port city of Jeddah on Thursday.", "Houthis", "Jeddah"),
    ("The summit denounced the launching of two cruise missiles by Russia targeting the city of Odesa.",
     "Russia", "Odesa"),
    ("Hezbollah's firing of rockets targeting Haifa drew a swift Israeli response.", "Hezbollah", "Haifa"),
])
def test_who_launched_a_weapon_aimed_at_a_place_attacked_it(facts_of, text, attacker, target):
    fact = one(facts_of(text), attacker, "ATTACKED", target)
    assert fact.modality.value == "asserted"


def test_the_launch_is_dated_by_its_clause(facts_of):
    fact = one(facts_of("Iran launched a dozen ballistic missiles targeting two air bases in Iraq on Wednesday night."),
               "Iran", "ATTACKED", "Iraq")
    assert fact.date == "2024-03-06"


@pytest.mark.parametrize("text", [
    # the weapon is intercepted by the defender: the interceptor attacked no one
    "Saudi air defences intercepted a missile targeting the city of Jazan.",
    # a weapon deployed or tested is no launch at a target
    "Russia has deployed missiles targeting European capitals.",
    "North Korea tested missiles targeting Japan, officials in Tokyo said.",
    # fired by no one the sentence names
    "Six mortar rounds were launched from the hills overnight, aiming at northern Israel.",
])
def test_a_weapon_no_one_is_said_to_launch_names_no_attacker(facts_of, text):
    assert not pairs(facts_of(text), "ATTACKED")
