"""Defence ministers and vice presidents roles.json did not know (stop 47, the defence-ministers
helper): defence ministers of Asia, Africa's larger states, Latin America, the Middle East and
the Pacific from about 2000, and vice presidents (deputy presidents, first vice presidents) of
some large states from 2000, so that a titled name gets the post and its state when the text
names no state, and a lone name in an article of their time names them. Guards: a lone name
before the term began is no one; a holder left out because his name would take another
leader's lone name leaves that name to the leader. Sentences are our own."""
from __future__ import annotations

import datetime as dt

from tests.facts import find, one


def test_a_titled_asian_defence_minister_gets_the_state_the_text_does_not_name(facts_of):
    facts = facts_of("Defence Minister Ng Eng Hen opened the new air base on Friday.",
                     published=dt.date(2016, 6, 3))
    assert one(facts, "Ng Eng Hen", "HOLDS_ROLE", "Singapore").title == "Defense Minister"


def test_a_lone_name_of_a_thai_defence_minister_in_his_time(facts_of):
    facts = facts_of("Prawit flew to Beijing on Sunday for talks on submarines.",
                     published=dt.date(2016, 8, 14))
    one(facts, "Prawit Wongsuwan", "VISITED", "Beijing")


def test_a_lone_name_of_an_african_defence_minister_meets_a_known_one(facts_of):
    facts = facts_of("Kabarebe met Mattis in Washington on Tuesday to discuss peacekeeping.",
                     published=dt.date(2017, 5, 9))
    one(facts, "James Kabarebe", "MET_WITH", "Jim Mattis")


def test_a_titled_latin_american_defence_minister_gets_his_state(facts_of):
    facts = facts_of("Defense Minister Diego Molano travelled to Quito on Monday to discuss the border.",
                     published=dt.date(2021, 9, 13))
    assert one(facts, "Diego Molano", "HOLDS_ROLE", "Colombia").title == "Defense Minister"


def test_a_deputy_president_gets_the_state_the_text_does_not_name(facts_of):
    facts = facts_of("Deputy President Paul Mashatile arrived in Harare on Thursday for the funeral.",
                     published=dt.date(2023, 11, 2))
    assert one(facts, "Paul Mashatile", "HOLDS_ROLE", "South Africa").title == "Deputy President"


def test_a_first_vice_president_gets_the_state_the_text_does_not_name(facts_of):
    facts = facts_of("First Vice President Eshaq Jahangiri received the visiting minister on Sunday.",
                     published=dt.date(2018, 1, 14))
    assert one(facts, "Eshaq Jahangiri", "HOLDS_ROLE", "Iran").title == "First Vice President"


def test_a_lone_name_of_a_vice_president_in_his_time(facts_of):
    facts = facts_of("Osinbajo arrived in Accra on Tuesday for the summit of the regional bloc.",
                     published=dt.date(2019, 6, 18))
    one(facts, "Yemi Osinbajo", "VISITED", "Accra")


# ---- guards ------------------------------------------------------------------------------------
def test_a_lone_name_before_the_term_is_no_one(facts_of):
    facts = facts_of("Kabarebe met Rumsfeld in Washington on Tuesday to discuss peacekeeping.",
                     published=dt.date(2002, 5, 7))
    assert not find(facts, "James Kabarebe", "MET_WITH", "Donald Rumsfeld")


def test_a_president_keeps_his_lone_name_in_a_defence_minister_s_time(facts_of):
    # (Raúl Castro's term as defence minister, to 2008, is left out: "Castro" stays Fidel's)
    facts = facts_of("Castro arrived in Caracas on Sunday for talks on oil.", published=dt.date(2005, 4, 24))
    one(facts, "Fidel Castro", "VISITED", "Caracas")
