"""Title shapes main missed in stop 35, each in phrasings of our own.

- a word of the moment before a demonym title at a sentence's start ("New Ruritanian President
  X"): the model joins "New" to the demonym as one people's name it cannot resolve; the word
  goes, the demonym names the state, the title holder's fact is read as without it.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_new_before_a_demonym_title(facts_of):
    facts = facts_of("New Peruvian President Carlos Rojas met the visiting delegation on Tuesday.",
                     published=dt.date(2013, 8, 22))
    one(facts, "Carlos Rojas", "HOLDS_ROLE", "Peru")


def test_new_before_another_demonym_title(facts_of):
    facts = facts_of("New Nepalese Prime Minister Ram Thapa met the envoy.", published=dt.date(2019, 4, 29))
    one(facts, "Ram Thapa", "HOLDS_ROLE", "Nepal")


def test_new_zealand_stays_a_state(facts_of):
    facts = facts_of("New Zealand Foreign Minister Anna Price met her Fijian counterpart in Suva on Friday.",
                     published=dt.date(2017, 6, 9))
    one(facts, "Anna Price", "HOLDS_ROLE", "New Zealand")
    assert not find(facts, "Anna Price", "HOLDS_ROLE", "Zealand")
