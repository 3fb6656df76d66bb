"""Burmese names after the form of address "U", in phrasings of our own (stop 41).

"U" (Mr) stands before a Burmese man's name as "Daw" before a woman's: a form of address, no
part of the name, so "Foreign Minister U Zaw Min Htet" is Zaw Min Htet, the one the gazetteer
and every other article name. Like "Don" and "Ayatollah" it stays with a name of one word
("U Thant"), for there it is how the man is known. A name found after it is one person of a
list: a phrase with a plural title head after him ("..., senior army officers of Z") names
the next people present, not his post.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_form_of_address_before_a_titled_name(facts_of):
    facts = facts_of("Thai Foreign Minister Somchai Rattanakul met Myanmar Foreign Minister U Zaw Min Htet "
                     "in Bangkok on Monday.", published=dt.date(2019, 6, 12))
    one(facts, "Somchai Rattanakul", "MET_WITH", "Zaw Min Htet")
    one(facts, "Zaw Min Htet", "HOLDS_ROLE", "Myanmar")


def test_form_of_address_before_a_president_the_gazetteer_knows(facts_of):
    facts = facts_of("Myanmar President U Thein Sein received the visiting Japanese trade minister at his "
                     "residence on Friday.", published=dt.date(2013, 5, 24))
    one(facts, "Thein Sein", "HOLDS_ROLE", "Myanmar")
    assert not find(facts, "U Thein Sein", "HOLDS_ROLE", "Myanmar")


def test_form_of_address_in_a_list_of_hosts(facts_of):
    facts = facts_of("The Indian envoy held talks with Myanmar's Commerce Minister U Aung Naing Oo and "
                     "Planning Minister U Kyaw Win Maung in Naypyitaw.", published=dt.date(2018, 2, 7))
    one(facts, "Aung Naing Oo", "HOLDS_ROLE", "Myanmar")


def test_plural_title_after_a_listed_name_is_no_post_of_his(facts_of):
    facts = facts_of("Thai Prime Minister Somchai Rattanakul was greeted on landing by Myanmar's Planning "
                     "Minister U Tin Maung Swe, senior army officers of the defence headquarters, "
                     "and two deputy ministers.", published=dt.date(2022, 8, 3))
    one(facts, "Tin Maung Swe", "HOLDS_ROLE", "Myanmar")
    assert not [f for f in facts if f.relation == "HOLDS_ROLE" and "Officer" in (f.title or "")]
