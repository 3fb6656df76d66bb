"""Aid fresh real news showed in stop 34, in phrasings of our own.

- "handed over tonnes of rice to X", "received rice from Y", "sent emergency rations to Z": rice
  and rations are aid goods as grain and wheat were (food aid is often named by its staple);
- a word of a person's name is no aid good: "Envoy Helen Rice handed over a report to X" gives X
  nothing (this one guards the word just added: without the guard it read an aid fact).

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_rice_received_from_a_state(facts_of):
    facts = facts_of("Laos received three thousand tonnes of rice from Thailand last month.",
                     published=dt.date(2019, 8, 2))
    one(facts, "Thailand", "AIDED", "Laos")


def test_rice_sent_to_a_state(facts_of):
    facts = facts_of("Indonesia sent 2,000 tonnes of rice to Timor-Leste on Friday.",
                     published=dt.date(2016, 5, 9))
    one(facts, "Indonesia", "AIDED", "East Timor")


def test_rations_handed_over_by_an_ambassador(facts_of):
    facts = facts_of("The Ghanaian ambassador handed over boxes of emergency rations to Liberia at the port.",
                     published=dt.date(2014, 10, 1))
    one(facts, "Ghana", "AIDED", "Liberia")


def test_a_person_named_rice_hands_over_no_rice(facts_of):
    facts = facts_of("Envoy Helen Rice handed over a report to Chile on Tuesday.",
                     published=dt.date(2021, 3, 3))
    assert not [f for f in facts if f.relation == "AIDED"], facts
