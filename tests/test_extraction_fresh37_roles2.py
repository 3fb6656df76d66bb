"""Titles fresh real news showed in stop 37 (second roles pass), each in phrasings of our own.

- An envoy's posting followed by a ruler's title borne as a style ("X's ambassador to Z Prince
  A"): the title is the envoy's rank by birth, not an office the posting's state gives him, so he
  holds his post for the state that sends him and none for the one he is posted to.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_princely_ambassador_serves_the_sending_state(facts_of):
    facts = facts_of("Saudi Arabia's ambassador to Egypt Prince Mansour bin Turki opened the trade fair "
                     "in Cairo on Tuesday.", published=dt.date(2021, 3, 9))
    one(facts, "Mansour bin Turki", "HOLDS_ROLE", "Saudi Arabia")
    assert not find(facts, "Mansour bin Turki", "HOLDS_ROLE", "Egypt")


def test_princely_ambassador_after_a_demonym(facts_of):
    facts = facts_of("The Jordanian ambassador to France Prince Rashid bin Zeid laid a wreath at the "
                     "memorial on Sunday.", published=dt.date(2021, 3, 9))
    one(facts, "Rashid bin Zeid", "HOLDS_ROLE", "Jordan")
    assert not find(facts, "Rashid bin Zeid", "HOLDS_ROLE", "France")


def test_princely_envoy_is_no_prince_of_his_posting(facts_of):
    facts = facts_of("Saudi envoy to Morocco Prince Fahd bin Nawaf handed over the aid in Rabat.",
                     published=dt.date(2021, 3, 9))
    one(facts, "Fahd bin Nawaf", "HOLDS_ROLE", "Saudi Arabia")
    assert not find(facts, "Fahd bin Nawaf", "HOLDS_ROLE", "Morocco")
