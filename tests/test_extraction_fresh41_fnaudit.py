"""A headline's two parties joined by a bare comma, in phrasings of our own (stop 41's recall
audit of other outlets' pages).

Headlines write "and" as a comma: "X, Y hold talks", "A, B sign defence pact", "X, Y to meet in
Z". The small parser then takes the first name for a second subject, a noun adverbial or a
clause of the verb, so only the second party acted; with "to" it may make the first name the
root and the infinitive a clause on it, so the announced meeting read as done. Both parties act,
and the infinitive is the headline's plan.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_comma_pair_holds_talks(facts_of):
    facts = facts_of("Vietnam, Laos hold annual talks on river management\n\n"
                     "Officials of both governments attended.", published=dt.date(2022, 5, 4))
    one(facts, "Vietnam", "MET_WITH", "Laos")


def test_comma_pair_signs_defence_pact(facts_of):
    facts = facts_of("Ghana, Togo sign security pact\n\n"
                     "The accord was agreed after months of negotiation.", published=dt.date(2021, 11, 9))
    one(facts, "Ghana", "ALLIED_WITH", "Togo")


def test_comma_pair_of_named_leaders_meets_in_a_city(facts_of):
    facts = facts_of("Macron, Scholz meet in Rome ahead of budget vote\n\n"
                     "Their aides gave no details.", published=dt.date(2023, 6, 14))
    one(facts, "Emmanuel Macron", "MET_WITH", "Olaf Scholz")


def test_comma_pair_with_a_headline_infinitive_is_planned(facts_of):
    facts = facts_of("Narendra Modi, Anthony Albanese to hold talks during regional summit in Jakarta",
                     published=dt.date(2023, 9, 2))
    met = one(facts, "Narendra Modi", "MET_WITH", "Anthony Albanese")
    assert met.modality.value == "planned"
