"""An envoy's posting read from his whole title phrase, in phrasings of our own (stop 38).

An envoy's title may name his own state in an "of" phrase before the posting ("Ambassador of X
to Y Name"), run long ("Ambassador Extraordinary and Plenipotentiary of the Republic of X to Y"),
carry a rank before the name ("High Commissioner of X to Y, Brig. Name"), or follow the name
("Name, the X Ambassador to Y,"). The place after the posting's "to" or "in" is where he lives:
meeting the host's officials there is no visit (MET_WITH stays, no VISITED of the host's city).

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_posting_after_the_sending_states_of_phrase(facts_of):
    facts = facts_of("The Ambassador of Chile to Ghana, Marta Olivares, held talks with Foreign Minister "
                     "Shirley Ayorkor Botchwey in Accra on Tuesday about cocoa exports.",
                     published=dt.date(2021, 6, 10))
    one(facts, "Marta Olivares", "MET_WITH", "Shirley Ayorkor Botchwey")
    assert not find(facts, "Marta Olivares", "VISITED", "Accra")


def test_posting_after_the_of_phrase_with_no_comma(facts_of):
    facts = facts_of("The Ambassador of Norway to Nepal Lars Eriksen discussed hydropower financing with Prime "
                     "Minister KP Sharma Oli in Kathmandu on Monday.",
                     published=dt.date(2019, 9, 3))
    one(facts, "Lars Eriksen", "MET_WITH", "KP Sharma Oli")
    assert not find(facts, "Lars Eriksen", "VISITED", "Kathmandu")


def test_posting_in_a_title_set_off_after_the_name(facts_of):
    facts = facts_of("Interior Minister Fred Matiang'i hosted Hiroshi Tanaka, the Japanese Ambassador to Kenya, "
                     "at his office in Nairobi to review a police training scheme.",
                     published=dt.date(2019, 11, 14))
    assert not find(facts, "Hiroshi Tanaka", "VISITED", "Nairobi")
