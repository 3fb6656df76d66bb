"""Visits whose traveller the small model ran on over his possessive, in phrasings of our own.

The model sometimes types "[Ramaphosa’s Asia] visit" or "[Albanese’s Pacific] tour" as one
person or body: the owner's name and the region his trip is to. Such a name is the owner; the
region is found by itself, and what the sentence says of the trip ("starts with Y, where he
will meet Z") is then his.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_owner_run_into_a_region_makes_the_visit_and_meeting(facts_of):
    facts = facts_of("Ramaphosa’s Asia visit opens on Tuesday in Japan, where he will meet Prime Minister Fumio Kishida.",
                     published=dt.date(2023, 7, 3))
    assert not [f for f in facts if "Asia" in f.subject], [(f.subject, f.relation, f.object) for f in facts]
    one(facts, "Cyril Ramaphosa", "MET_WITH", "Fumio Kishida")
    assert one(facts, "Cyril Ramaphosa", "VISITED", "Japan").modality.value == "planned"


def test_owner_run_into_a_region_typed_a_body(facts_of):
    facts = facts_of("Albanese’s Pacific tour begins on Monday with Fiji, where he will meet Prime Minister Sitiveni Rabuka.",
                     published=dt.date(2023, 7, 3))
    one(facts, "Anthony Albanese", "MET_WITH", "Sitiveni Rabuka")
    assert one(facts, "Anthony Albanese", "VISITED", "Fiji").modality.value == "planned"
