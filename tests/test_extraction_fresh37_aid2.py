"""Aid told by handing over or sending ambulances, in phrasings of our own (stop 37).

An ambulance is a good given as aid like any vehicle, so the verbs that need an aid good in
their object phrase (hand over, send, give, provide) read a state handing ambulances to another
as aid: "X handed over ambulances to Y", "X sent ambulances to Y", also when the ambulances are
counted by a batch noun ("the second batch of 20 ambulances").

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_handed_over_ambulances(facts_of):
    facts = facts_of("Japan on Tuesday handed over eight new ambulances to Laos at a ceremony in the capital.",
                     published=dt.date(2022, 6, 14))
    one(facts, "Japan", "AIDED", "Laos")


def test_sent_a_batch_of_ambulances(facts_of):
    facts = facts_of("Turkey has sent the second batch of 20 ambulances to Albania, the embassy said.",
                     published=dt.date(2020, 5, 2))
    one(facts, "Turkey", "AIDED", "Albania")


def test_gave_ambulances(facts_of):
    facts = facts_of("Qatar gave 15 ambulances to Tunisia last week to help its rural clinics.",
                     published=dt.date(2021, 9, 20))
    one(facts, "Qatar", "AIDED", "Tunisia")
