"""Titles fresh real news showed in stop 36 (second roles pass), each in phrasings of our own.

- Israel's domestic security service, the Shin Bet, is an organisation the gazetteer knows
  (organizations.json, as it knows the Mossad): its head holds a post in it, and the model's
  reading of the two words as a person's name makes no titled person of it ("the director of
  Israel's Shin Bet" holds no post for Israel).

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_shin_bet_chief_holds_a_post_in_the_agency(facts_of):
    facts = facts_of("Shin Bet chief Yaron Dagan flew to Cairo on Sunday for talks on the hostages.",
                     published=dt.date(2019, 5, 12))
    one(facts, "Yaron Dagan", "HOLDS_ROLE", "Shin Bet")


def test_head_of_the_shin_bet_in_apposition(facts_of):
    facts = facts_of("The outgoing head of the Shin Bet, Eitan Sharoni, warned ministers of a new wave "
                     "of attacks.", published=dt.date(2019, 5, 12))
    one(facts, "Eitan Sharoni", "HOLDS_ROLE", "Shin Bet")


def test_shin_bet_is_no_titled_person(facts_of):
    facts = facts_of("On landing, the envoys were briefed by the head of the Shin Bet, Israel's "
                     "domestic intelligence agency, and by senior army officers.", published=dt.date(2019, 5, 12))
    assert not find(facts, "Shin Bet", "HOLDS_ROLE", "Israel")
