"""Foreign ministers roles.json did not know (stop 46, the foreign-ministers helper): those of
South-East, South and Central Asia, Africa's larger states, Latin America, the Middle East and the
Gulf and the Pacific from about 2000, so that a titled name gets the post and its state when the
text names no state, and a lone name in an article of their time names them. Guards: a lone
name before the term began is no one; a holder left out because his or her name would take
another leader's lone name leaves that name to the leader. Sentences are our own."""
from __future__ import annotations

import datetime as dt

from tests.facts import find, one


def test_a_titled_foreign_minister_gets_the_state_the_text_does_not_name(facts_of):
    facts = facts_of("Foreign Minister Retno Marsudi arrived in Canberra on Monday for two days of talks.",
                     published=dt.date(2018, 3, 12))
    assert one(facts, "Retno Marsudi", "HOLDS_ROLE", "Indonesia").title == "Foreign Minister"


def test_a_lone_name_of_a_pacific_foreign_minister_in_his_time(facts_of):
    facts = facts_of("Mahuta arrived in Suva on Tuesday for talks on the coming election.",
                     published=dt.date(2022, 6, 7))
    one(facts, "Nanaia Mahuta", "VISITED", "Suva")


def test_a_lone_name_of_an_african_foreign_minister_meets_a_known_one(facts_of):
    facts = facts_of("Bourita met Lavrov in Moscow on Thursday to discuss the Western Sahara.",
                     published=dt.date(2019, 10, 24))
    one(facts, "Nasser Bourita", "MET_WITH", "Sergey Lavrov")


def test_a_thai_foreign_minister_by_his_given_name(facts_of):
    facts = facts_of("Kasit arrived in Phnom Penh on Wednesday to ease the border dispute.",
                     published=dt.date(2010, 2, 17))
    one(facts, "Kasit Piromya", "VISITED", "Phnom Penh")


def test_a_lone_name_of_a_latin_american_foreign_minister(facts_of):
    facts = facts_of("Timerman travelled to London on Monday to press the claim to the islands.",
                     published=dt.date(2013, 2, 4))
    one(facts, "Héctor Timerman", "VISITED", "London")


def test_a_titled_gulf_foreign_minister_gets_his_state(facts_of):
    facts = facts_of("Foreign Minister Badr Albusaidi met the envoy in Muscat on Wednesday to discuss shipping.",
                     published=dt.date(2023, 5, 10))
    assert one(facts, "Badr Albusaidi", "HOLDS_ROLE", "Oman").title == "Foreign Minister"


# ---- guards ------------------------------------------------------------------------------------
def test_a_lone_name_before_the_term_is_no_one(facts_of):
    facts = facts_of("Marsudi arrived in Canberra on Monday for two days of talks.",
                     published=dt.date(2005, 3, 14))
    assert not find(facts, "Retno Marsudi", "VISITED", "Canberra")


def test_a_president_keeps_his_lone_name_in_a_foreign_minister_s_time(facts_of):
    # (Nkosazana Dlamini-Zuma, foreign minister until 2009, is left out: "Zuma" stays the president's)
    facts = facts_of("Zuma arrived in Addis Ababa on Sunday for the summit.", published=dt.date(2010, 1, 31))
    one(facts, "Jacob Zuma", "VISITED", "Addis Ababa")
