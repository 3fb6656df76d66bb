"""Titles fresh real news showed in stop 35, each in phrasings of our own.

- a name with its title after it and no comma between, as lists of envoys write them ("A B
  Ambassador of the Republic of X, C D High Commissioner of Y"): the title is the name's, its
  "of" phrase the state; "High", the first word of an envoy's title of two words, is no part
  of the name before it.
- a rank of two words between an apposition's comma and the name ("a spokesman for the X
  army, Major General A B,"): the phrase before the comma is still the name's title.
- "X's UN-recognised government": a body hyphened to a participle after a state's possessive
  describes the government; the state is whose post it is.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_title_after_the_name_in_a_list_of_envoys(facts_of):
    facts = facts_of("Guests at the reception included Michael Andersson Ambassador of the Kingdom of Sweden "
                     "and Anna Nowak Ambassador of the Republic of Poland.", published=dt.date(2017, 4, 3))
    one(facts, "Michael Andersson", "HOLDS_ROLE", "Sweden")
    one(facts, "Anna Nowak", "HOLDS_ROLE", "Poland")


def test_high_commissioner_after_the_name(facts_of):
    facts = facts_of("The minister later received Daniel Mensah High Commissioner of Ghana to Kenya "
                     "at his office.", published=dt.date(2018, 2, 9))
    one(facts, "Daniel Mensah", "HOLDS_ROLE", "Ghana")
    assert not find(facts, "Daniel Mensah High", "HOLDS_ROLE", "Ghana")


def test_two_word_rank_between_comma_and_name(facts_of):
    facts = facts_of("A spokesman for the Thai army, Major General Somchai Wongsawat, said on Monday that "
                     "two soldiers had been hurt.", published=dt.date(2010, 6, 14))
    one(facts, "Somchai Wongsawat", "HOLDS_ROLE", "Thailand")


def test_hyphened_rank_between_comma_and_name(facts_of):
    facts = facts_of("A spokesman for the Kenyan military, Lieutenant-General Joseph Mwangi, says the "
                     "convoy came under fire near the border.", published=dt.date(2012, 10, 2))
    one(facts, "Joseph Mwangi", "HOLDS_ROLE", "Kenya")


def test_participle_body_after_a_states_possessive(facts_of):
    facts = facts_of("The deputy prime minister of Libya's UN-backed government, General Omar Haddad, "
                     "told reporters the talks would resume.", published=dt.date(2016, 8, 1))
    one(facts, "Omar Haddad", "HOLDS_ROLE", "Libya")
    assert not find(facts, "Omar Haddad", "HOLDS_ROLE", "United Nations")
