"""Attacks whose target the sentence gives only as a place, in phrasings of our own (stop 39).

"fired missiles at a truck in X": the verb's at/on phrase names an unnamed thing (a car, a
house, a truck) that lay in a place; with nobody named as hit, the place is what was struck.

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
