"""Presence told without a travel verb, from the recall audit of stop 36 (class VIS), in
phrasings of our own.

- a meeting or reception held at a building whose city is set off after a comma ("at the State
  House, Y", "at the Presidential Villa, Y") took place in that city: the guest from another
  state visited it, as with "at the Villa in Y";
- the host at home there made no visit, and a city named in another phrase of the sentence
  does not stand in for the building's.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_hosted_at_a_building_set_off_with_its_city(facts_of):
    facts = facts_of("President Bola Tinubu on Monday hosted the President of Senegal, Macky Sall, "
                     "at the State House, Abuja.", published=dt.date(2023, 7, 3))
    one(facts, "Macky Sall", "VISITED", "Abuja")
    assert not find(facts, "Bola Tinubu", "VISITED", "Abuja")


def test_meeting_held_at_a_villa_set_off_with_its_city(facts_of):
    facts = facts_of("Kenyan President William Ruto held a closed-door meeting with President Yoweri Museveni "
                     "of Uganda on Friday at the State House, Nairobi.", published=dt.date(2023, 3, 10))
    one(facts, "Yoweri Museveni", "VISITED", "Nairobi")
    assert not find(facts, "William Ruto", "VISITED", "Nairobi")


def test_talks_at_a_palace_set_off_with_its_city(facts_of):
    facts = facts_of("Indonesian President Joko Widodo held talks with Australian Prime Minister Anthony Albanese "
                     "on Monday at the Merdeka Palace, Jakarta.", published=dt.date(2022, 6, 6))
    one(facts, "Anthony Albanese", "VISITED", "Jakarta")
    assert not find(facts, "Joko Widodo", "VISITED", "Jakarta")


def test_a_city_in_another_phrase_is_not_the_buildings(facts_of):
    facts = facts_of("President Bola Tinubu, back from Paris, met Senegal's Macky Sall on Monday at the Villa.",
                     published=dt.date(2023, 7, 3))
    assert not find(facts, "Macky Sall", "VISITED", "Paris")
