"""Titles fresh real news showed in stop 37 (roles pass), each in phrasings of our own.

- A plural title over coordinated states, then as many names in the same order, pairs each name
  with its state also when nothing marks where the states end and the names begin ("the foreign
  ministers of X and Y A and B") and when dashes set the names off ("the presidents of X, Y and
  Z -- A, B and C --").

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_states_then_names_with_no_mark_between(facts_of):
    facts = facts_of("The foreign ministers of Peru and Chile Ana Torres and Luis Vidal signed a fisheries "
                     "accord in Lima on Monday.", published=dt.date(2022, 3, 4))
    one(facts, "Ana Torres", "HOLDS_ROLE", "Peru")
    one(facts, "Luis Vidal", "HOLDS_ROLE", "Chile")
    assert not find(facts, "Ana Torres", "HOLDS_ROLE", "Chile")


def test_names_set_off_by_dashes(facts_of):
    facts = facts_of("The prime ministers of Norway, Denmark and Sweden -- Anna Berg, Ole Lund and Karl Strom -- "
                     "opened the Nordic energy fair in Oslo on Tuesday.", published=dt.date(2022, 3, 4))
    one(facts, "Anna Berg", "HOLDS_ROLE", "Norway")
    one(facts, "Ole Lund", "HOLDS_ROLE", "Denmark")
    one(facts, "Karl Strom", "HOLDS_ROLE", "Sweden")


def test_names_after_a_single_dash(facts_of):
    facts = facts_of("The talks were chaired by the defence ministers of Ghana and Togo - Kofi Mensah and "
                     "Yawo Agbeko.", published=dt.date(2022, 3, 4))
    one(facts, "Kofi Mensah", "HOLDS_ROLE", "Ghana")
    one(facts, "Yawo Agbeko", "HOLDS_ROLE", "Togo")
