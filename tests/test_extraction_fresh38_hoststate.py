"""The state of a bare national title read from the envoy the titled person meets (stop 38).

An envoy posted to a state calls on, meets or is received by that state's officials: "Prime
Minister X", "the Minister of Trade X" with no state in the title is then the posting's
official, whether the envoy is named ("Ruritanian Ambassador to Z A") or stands unnamed for his
state ("the Ruritanian ambassador to Z"). No such reading when the envoy's posting is not in the
sentence, or when the gazetteer has the titled person serving another state.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from schemas.names import fold_name
from tests.facts import one


def test_a_named_envoy_calls_on_a_bare_titled_prime_minister(facts_of):
    facts = facts_of("Belgian Ambassador to Ghana Marc Lenaerts on Tuesday paid a courtesy call on Vice President "
                     "Kwame Osei-Bonsu at the Jubilee House.", published=dt.date(2021, 3, 9))
    one(facts, "Kwame Osei-Bonsu", "HOLDS_ROLE", "Ghana")


def test_a_bare_titled_minister_receives_an_envoy_of_a_state_to_hers(facts_of):
    facts = facts_of("Minister of Trade Amina Wekesa on Monday received the Ambassador of Portugal to Kenya, "
                     "Rui Teixeira, at her office in Nairobi.", published=dt.date(2018, 10, 1))
    one(facts, "Amina Wekesa", "HOLDS_ROLE", "Kenya")


def test_an_unnamed_envoy_stands_for_his_state(facts_of):
    facts = facts_of("Newly arrived Dutch ambassador to Malawi paid a courtesy call to Minister of Finance Grace "
                     "Phiri to introduce herself.", published=dt.date(2017, 6, 16))
    one(facts, "Grace Phiri", "HOLDS_ROLE", "Malawi")


def test_a_host_gives_a_reception_for_a_departing_envoy(facts_of):
    facts = facts_of("President Tomas Varga on Thursday hosted a reception for the Finnish Ambassador to Slovakia, "
                     "who is leaving the country.", published=dt.date(2017, 6, 16))
    one(facts, "Tomas Varga", "HOLDS_ROLE", "Slovakia")


def test_no_posting_no_state(facts_of):
    facts = facts_of("Ambassador Marc Lenaerts paid a courtesy call on Vice President Kwame Osei-Bonsu on Tuesday.",
                     published=dt.date(2021, 3, 9))
    assert not [f for f in facts if f.relation == "HOLDS_ROLE" and fold_name(f.subject) == fold_name("Kwame Osei-Bonsu")]
