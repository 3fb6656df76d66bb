"""Attacks told with a count or a band of fighters as the attacker, in phrasings of our own (stop 37).

- "a group of X militants", "hundreds of X troops", "dozens of X fighters", "wave after wave of
  X warplanes": the parser makes the count the head of the subject; the fighters it counts act,
  also for the verbs that read no owner of their subject (storm, invade, occupy);
- the same count as the agent of a passive ("was stormed by a group of X gunmen");
- a count of people who are no fighters ("hundreds of X pilgrims") stays no attacker.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_group_of_insurgents_storms_a_town(facts_of):
    facts = facts_of("A group of armed Taliban insurgents stormed the city of Kunduz before dawn on Tuesday, "
                     "local officials said.", published=dt.date(2018, 8, 14))
    one(facts, "Taliban", "ATTACKED", "Kunduz")


def test_hundreds_of_troops_invade_a_state(facts_of):
    facts = facts_of("Hundreds of Iraqi troops invaded Kuwait in the early hours, the emir's office said.",
                     published=dt.date(1990, 8, 3))
    one(facts, "Iraq", "ATTACKED", "Kuwait")


def test_dozens_of_fighters_occupy_a_city(facts_of):
    facts = facts_of("Dozens of Houthi fighters occupied the port city of Aden on Thursday after a night of "
                     "clashes.", published=dt.date(2015, 4, 2))
    one(facts, "Houthis", "ATTACKED", "Aden")


def test_wave_after_wave_of_warplanes(facts_of):
    facts = facts_of("Wave after wave of Russian warplanes pounded Aleppo through the night, residents said.",
                     published=dt.date(2016, 9, 24))
    one(facts, "Russia", "ATTACKED", "Aleppo")


def test_passive_agent_is_a_group_of_gunmen(facts_of):
    facts = facts_of("The town of Baidoa was stormed by a group of al-Shabaab gunmen late on Monday.",
                     published=dt.date(2019, 3, 5))
    one(facts, "al-Shabaab", "ATTACKED", "Baidoa")


def test_counted_pilgrims_attack_no_one(facts_of):
    facts = facts_of("Hundreds of Iranian pilgrims crowded into Karbala on Friday for the annual rites.",
                     published=dt.date(2019, 10, 18))
    assert not [f for f in facts if f.relation == "ATTACKED"]
