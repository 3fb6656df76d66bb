"""A post and a state before a lone name decide who it is (stop 47, the lone-context helper).
"Ruritanian Prime Minister A", "Prime Minister A of Ruritania", or "PM A" in an article whose
only state with such a holder is Ruritania: the one holder of that post in that state at the
article's date, also in an undated article when one holder of the post in the state ever had the
name. Holders whose lone name would take another's (Lars Løkke Rasmussen, Ludovic Orban, Heinz
Fischer, Timothy Harris, Fuad Hussein, ...) are in roles.json with `lone_name_with_post`: their
names stay out of the context-free lone-name index. Guards: the lone name without the post is
still the other holder's. Sentences are our own."""
from __future__ import annotations

import datetime as dt

from tests.facts import find, one


def test_a_post_and_the_state_after_the_name(facts_of):
    # (Anders Fogh Rasmussen, who had left the post in 2009, still has the lone name)
    facts = facts_of("Prime Minister Rasmussen of Denmark flew to Oslo on Thursday for a round of fisheries talks.",
                     published=dt.date(2016, 9, 8))
    one(facts, "Lars Løkke Rasmussen", "VISITED", "Oslo")
    assert not find(facts, "Anders Fogh Rasmussen", "VISITED", "Oslo")


def test_a_post_after_the_states_adjective(facts_of):
    facts = facts_of("Romanian Prime Minister Orban arrived in Chisinau on Monday to sign an energy accord.",
                     published=dt.date(2020, 2, 10))
    one(facts, "Ludovic Orban", "VISITED", "Chisinau")


def test_a_post_and_the_one_state_of_the_article(facts_of):
    # (two prime ministers Orban in 2020: the article names one of their states)
    facts = facts_of("PM Orban landed in Sofia on Tuesday. The Romanian premier is to open a new gas link there.",
                     published=dt.date(2020, 6, 9))
    one(facts, "Ludovic Orban", "VISITED", "Sofia")


def test_an_undated_article_with_one_holder_of_the_post_in_the_state(facts_of):
    facts = facts_of("Austrian President Fischer arrived in Ljubljana to open a cross-border rail line.", published=None)
    one(facts, "Heinz Fischer", "VISITED", "Ljubljana")


def test_an_undated_prime_minister_whose_name_a_vice_president_shares(facts_of):
    facts = facts_of("St Kitts and Nevis Prime Minister Harris flew to Havana for talks on medical scholarships.",
                     published=None)
    one(facts, "Timothy Harris", "VISITED", "Havana")


def test_a_foreign_minister_after_his_states_adjective(facts_of):
    facts = facts_of("Iraqi Foreign Minister Hussein arrived in Amman on Sunday to discuss water sharing.",
                     published=dt.date(2022, 5, 15))
    one(facts, "Fuad Hussein", "VISITED", "Amman")


# ---- guards ------------------------------------------------------------------------------------
def test_the_lone_name_without_a_post_stays_the_other_holders(facts_of):
    facts = facts_of("Orban flew to Warsaw on Friday for talks with the Polish president.",
                     published=dt.date(2020, 2, 14))
    one(facts, "Viktor Orbán", "VISITED", "Warsaw")
    assert not find(facts, "Ludovic Orban", "VISITED", "Warsaw")


def test_the_post_of_another_state_keeps_the_other_holder(facts_of):
    facts = facts_of("Hungarian Prime Minister Orban flew to Warsaw on Friday for talks on the EU budget.",
                     published=dt.date(2020, 2, 14))
    one(facts, "Viktor Orbán", "VISITED", "Warsaw")


def test_another_post_keeps_its_holder(facts_of):
    facts = facts_of("Vice President Harris flew to Kingston on Friday for talks on regional security.",
                     published=dt.date(2022, 4, 29))
    one(facts, "Kamala Harris", "VISITED", "Kingston")
    assert not find(facts, "Timothy Harris", "VISITED", "Kingston")


def test_a_lone_name_in_the_other_holders_time(facts_of):
    facts = facts_of("Rasmussen flew to Berlin on Monday for talks on the EU constitution.",
                     published=dt.date(2006, 3, 6))
    one(facts, "Anders Fogh Rasmussen", "VISITED", "Berlin")
