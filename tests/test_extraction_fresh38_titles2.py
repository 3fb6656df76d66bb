"""Titles fresh real news showed in stop 38 (long and compound titles pass), each in phrasings of
our own.

- An organisation's official told by the field he heads, written in lower case between the body
  and the title's head ("the UN refugee chief A", "WHO vaccine chief B"), holds his post in that
  organisation.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_un_field_before_chief(facts_of):
    facts = facts_of("UN refugee chief Marta Oliveira toured two border camps near Goma on Friday.",
                     published=dt.date(2023, 5, 6))
    fact = one(facts, "Marta Oliveira", "HOLDS_ROLE", "United Nations")
    assert "Chief" in fact.title


def test_two_word_field_with_the_article(facts_of):
    facts = facts_of("The U.N. human rights chief Pedro Alvarenga warned that the new law "
                     "would silence critics.", published=dt.date(2023, 5, 6))
    one(facts, "Pedro Alvarenga", "HOLDS_ROLE", "United Nations")


def test_adjective_field_then_a_trip(facts_of):
    facts = facts_of("UN humanitarian chief Jonas Eklund flew into Port Sudan on Tuesday to press for "
                     "safe corridors.", published=dt.date(2023, 5, 6))
    one(facts, "Jonas Eklund", "HOLDS_ROLE", "United Nations")

