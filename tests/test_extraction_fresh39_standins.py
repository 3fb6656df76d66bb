"""An unnamed holder of a state's top office met by a host, in phrasings of our own (stop 39).

"X received the Ruritanian President", "the Ruritanian Deputy FM was greeted by X": the object
of a verb of receiving, welcoming, greeting or hosting (or the subject of its passive) that
holds one of a state's top offices (mentions.json role_descriptions) with no name of its own,
and no holder the article or the gazetteer gives, stands for that state, as an unnamed envoy or
counterpart already did. A holder the article names is the person met, not the state (the
person paths of the verb read him first).

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_an_unnamed_deputy_fm_received_by_a_host(facts_of):
    facts = facts_of("In Canberra on Monday the Zambian Deputy FM was received by Prime Minister Anthony Albanese.")
    one(facts, "Anthony Albanese", "MET_WITH", "Zambia")


def test_an_unnamed_president_received_by_a_host(facts_of):
    facts = facts_of("On Tuesday morning, Chancellor Olaf Scholz received the Mongolian Vice President at the chancellery.",
                     published=dt.date(2023, 5, 12))
    one(facts, "Olaf Scholz", "MET_WITH", "Mongolia")


def test_an_unnamed_minister_greeted_at_the_airport(facts_of):
    facts = facts_of("The Gambian foreign minister, on landing in Abuja, was greeted by President Bola Tinubu on Sunday.")
    one(facts, "Bola Tinubu", "MET_WITH", "Gambia")


def test_an_unnamed_leader_welcomed_by_a_host(facts_of):
    facts = facts_of("President Emmanuel Macron will welcome the Fijian premier at the Elysee next week.")
    fact = one(facts, "Emmanuel Macron", "MET_WITH", "Fiji")
    assert fact.modality == "planned"

