"""Attacks whose target the sentence gives only as a place, in phrasings of our own (stop 39).

"fired missiles at a truck in X": the verb's at/on phrase names an unnamed thing (a car, a
house, a truck) that lay in a place; with nobody named as hit, the place is what was struck.
"recaptured a town from X", "liberated the district from the control of X": a verb of taking
ground back (verbs.json recapture, retake, reclaim, liberate, wrest) attacks whoever its "from"
phrase names, as "captured a base from X" already does.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_fire_at_an_unnamed_vehicle_in_a_city(facts_of):
    facts = facts_of("Russian gunships fired two rockets at a van in Aleppo late on Monday, medics said.",
                     published=dt.date(2019, 5, 7))
    one(facts, "Russia", "ATTACKED", "Aleppo")


def test_fire_on_an_unnamed_house_in_a_region(facts_of):
    facts = facts_of("A Turkish drone fired a missile on a farmhouse in Duhok province, local officials said.",
                     published=dt.date(2022, 6, 2))
    one(facts, "Turkey", "ATTACKED", "Duhok")


def test_recaptured_a_town_from_a_group(facts_of):
    facts = facts_of("Nigerian troops recaptured a border town from Boko Haram fighters on Sunday, the army said.",
                     published=dt.date(2015, 2, 16))
    one(facts, "Nigeria", "ATTACKED", "Boko Haram")


def test_liberated_from_the_control_of_a_group(facts_of):
    facts = facts_of("Iraqi forces liberated the district from the control of the Islamic State on Tuesday.",
                     published=dt.date(2016, 10, 25))
    one(facts, "Iraq", "ATTACKED", "Islamic State")


def test_wrested_control_of_a_village_from_a_group(facts_of):
    facts = facts_of("Kenyan soldiers wrested control of a coastal village from al-Shabaab on Wednesday.",
                     published=dt.date(2012, 9, 27))
    one(facts, "Kenya", "ATTACKED", "al-Shabaab")
