"""Attacks told with the weapon or the strike as the clause's subject (stop 43, ATTACKED), read
as one construction over the verbs of impact verbs.json `verb_frames.weapon_impact` lists:

- the owner of a weapon or strike noun (themes `impact_subjects`) that is the subject of a verb
  of impact attacked what that verb hit: its object, its into/on/at phrase, or the place the
  unnamed thing hit lies in ("a Ruritanian shell smashed into a clinic in X");
- a verb of impact whose with-phrase holds a weapon (themes `impact_weapons`) is an attack by
  its subject ("destroyed a bridge in X with artillery");
- a conjoined verb of impact shares the weapon subject of the verb before it;
- the place an object's "of" phrase lies in ("hit the roof of a school in X"), and what an edge
  noun's "of" phrase names ("struck the edge of the town of X"), is where the strike fell.

Sentences are our own; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import find, one


def _attacks(facts):
    return [(f.subject, f.object) for f in facts if f.relation == "ATTACKED"]


@pytest.mark.parametrize("text,attacker,target", [
    ("A Russian artillery shell smashed into a clinic in Kharkiv on Tuesday, wounding two nurses.", "Russia", "Kharkiv"),
    ("Overnight, Houthi missiles crashed into a warehouse in Jeddah.", "Houthis", "Jeddah"),
    ("Iranian rockets rained down on Haifa for a second night.", "Iran", "Haifa"),
    ("A Syrian artillery round tore through a bakery in Gaziantep, local officials said.", "Syria", "Gaziantep"),
    ("Israeli tank shells flattened two apartment blocks in Khan Younis.", "Israel", "Khan Younis"),
])
def test_a_weapon_subject_of_a_verb_of_impact(facts_of, text, attacker, target):
    one(facts_of(text), attacker, "ATTACKED", target)


@pytest.mark.parametrize("text,attacker,target", [
    ("Israeli airstrikes targeted a car on the coastal road in Tyre.", "Israel", "Tyre"),
    ("Russian drones damaged a power plant in the Odesa region, the governor said.", "Russia", "Odesa region"),  # regions.json: the oblast, no longer its city
])
def test_the_place_of_what_a_strike_hit(facts_of, text, attacker, target):
    one(facts_of(text), attacker, "ATTACKED", target)


def test_a_weapon_in_the_with_phrase(facts_of):
    one(facts_of("Russian troops destroyed a bridge in Kharkiv with artillery on Thursday."), "Russia", "ATTACKED", "Kharkiv")


def test_a_conjoined_verb_of_impact_shares_the_weapon_subject(facts_of):
    facts = facts_of("A North Korean rocket flew over the sea and slammed into a fishing pier in Incheon.")
    one(facts, "North Korea", "ATTACKED", "Incheon")


@pytest.mark.parametrize("text,attacker,target", [
    ("Russian artillery hit the roof of a school in Kherson.", "Russia", "Kherson"),
    ("Israeli drones struck the edge of the town of Tyre.", "Israel", "Tyre"),
])
def test_the_place_an_objects_of_phrase_names(facts_of, text, attacker, target):
    one(facts_of(text), attacker, "ATTACKED", target)


@pytest.mark.parametrize("text", [
    "A barrage of tariffs from Canada slammed into Chinese steel exports.",
    "Ruritanian sanctions hit Iran's oil exports hard.",
    "A nationwide strike hit Paris on Monday.",
    "Canada hit China with a barrage of tariffs on Monday.",
    "Debris from the stage collapse crashed into the crowd in Lagos.",
])
def test_no_attack_without_a_weapon(facts_of, text):
    assert _attacks(facts_of(text)) == []


def test_a_named_subject_beside_the_weapon_is_not_its_owner(facts_of):
    """A dateline the parser made a second subject of the clause is not the weapon's owner."""
    facts = facts_of("Story Posted: March 7 SEOUL, South Korea — A North Korean missile broke through "
                     "the defences and slammed into a village in Paju last night.")
    assert not find(facts, "South Korea", "ATTACKED", "Paju")
