"""Titles fresh real news showed in stop 34, each in phrasings of our own.

- an envoy's title owned by his principal: "Ruritanian President A's special envoy B", "A's envoy
  B", "B, President A's special envoy to Z," and "the Ruritanian President's Special Envoy, B":
  the envoy holds his post for the state or body the principal serves (the principal's own
  title in the sentence, else the gazetteer's office holder on the article's date); the
  principal's name is no employer and no obstacle, and his title is no part of the envoy's.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_principal_titled_before_the_possessive(facts_of):
    facts = facts_of("Hungarian President Lajos Bodnar's special envoy Tamas Varga arrived in Zagreb on Tuesday "
                     "for two days of talks.", published=dt.date(2011, 3, 8))
    one(facts, "Tamas Varga", "HOLDS_ROLE", "Hungary")


def test_known_leader_as_principal(facts_of):
    facts = facts_of("Xi Jinping's special envoy Ma Wenbo held talks with officials in Lusaka on Wednesday.",
                     published=dt.date(2019, 5, 15))
    one(facts, "Ma Wenbo", "HOLDS_ROLE", "China")


def test_principal_in_an_apposition_after_the_name(facts_of):
    facts = facts_of("Peter Odhiambo, Kenyan President Joseph Kamau's personal envoy to Juba, flew home "
                     "late on Sunday.", published=dt.date(2001, 9, 2))
    one(facts, "Peter Odhiambo", "HOLDS_ROLE", "Kenya")
    assert not find(facts, "Peter Odhiambo", "HOLDS_ROLE", "South Sudan")


def test_principal_told_by_his_title_only(facts_of):
    facts = facts_of("The foreign minister on Friday received the South African President's special envoy, "
                     "Thabo Nkosi, in Lome.", published=dt.date(2016, 11, 4))
    one(facts, "Thabo Nkosi", "HOLDS_ROLE", "South Africa")


def test_principal_title_is_no_part_of_the_envoys(facts_of):
    facts = facts_of("Officials in Lome met the Ghanaian leader's special envoy, Kwame Boateng, on Friday.",
                     published=dt.date(2016, 11, 4))
    fact = one(facts, "Kwame Boateng", "HOLDS_ROLE", "Ghana")
    assert "leader" not in (fact.title or "").lower()


def test_principal_title_before_the_envoy_and_his_posting(facts_of):
    facts = facts_of("On Monday the minister met Indonesian President's Special Envoy to Myanmar Budi Santoso "
                     "in Naypyidaw.", published=dt.date(2014, 2, 3))
    one(facts, "Budi Santoso", "HOLDS_ROLE", "Indonesia")
    assert not find(facts, "Budi Santoso", "HOLDS_ROLE", "Myanmar")
