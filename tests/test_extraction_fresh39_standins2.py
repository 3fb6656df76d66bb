"""Unnamed officials of named states met by a host, in phrasings of our own (stop 39, second pass).

"X received the envoys of A and B", "X welcomed a delegation from A": the object of a verb of
receiving, welcoming, greeting or hosting that is a state's unnamed envoy, official or
delegation (mentions.json group_nouns, envoy_titles) stands for the state its "of" or "from"
phrase names, as a demonym before it already did ("the Ruritanian diplomat"). An "of" phrase
that names no state ("the Minister of State", "envoys of the agencies") says nothing of whose
they are, and a holder the article or the gazetteer names is the person met, not his state.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_envoys_of_two_named_states_received_by_a_president(facts_of):
    facts = facts_of("On Thursday President Hakainde Hichilema received the envoys of Angola and Namibia at State House.",
                     published=dt.date(2023, 6, 9))
    one(facts, "Hakainde Hichilema", "MET_WITH", "Angola")
    one(facts, "Hakainde Hichilema", "MET_WITH", "Namibia")


def test_a_delegation_from_a_named_state_welcomed_by_a_minister(facts_of):
    facts = facts_of("Foreign Minister Penny Wong welcomed a trade delegation from Vietnam in Canberra on Tuesday.",
                     published=dt.date(2023, 8, 16))
    one(facts, "Penny Wong", "MET_WITH", "Vietnam")


def test_officials_of_a_named_state_greeted_by_a_prime_minister(facts_of):
    facts = facts_of("Prime Minister Fiame Naomi Mata'afa greeted the officials of Tonga at the wharf in Apia.",
                     published=dt.date(2022, 11, 3))
    one(facts, "Fiame Naomi Mata'afa", "MET_WITH", "Tonga")

