"""Heads of international organisations roles.json did not know (stop 46, the organisation heads
helper): the UN's Secretaries-General before 1997 and its envoys, the heads of its agencies and
programmes, of the IMF, the World Bank and the WTO, of the regional bodies, the EU's and NATO's
before 1999, the ICC's, the ICJ's and the ICRC's, so that a lone surname in an article of their
time names them, and their organisation's seat tells where they are at home. Guards: a head is no
one's lone surname before his term; a lone name two heads share at the article's date is neither
of them. Sentences are our own."""
from __future__ import annotations

import datetime as dt

from tests.facts import one


def _named(facts, name: str) -> bool:
    return any(name in (f.subject, f.object) for f in facts)


def test_a_lone_surname_of_an_imf_managing_director_in_her_time(facts_of):
    facts = facts_of("Lagarde held talks with Prime Minister Shinzo Abe in Tokyo on Wednesday.",
                     published=dt.date(2016, 4, 14))
    one(facts, "Christine Lagarde", "MET_WITH", "Shinzo Abe")


def test_a_lone_surname_of_the_unrwa_commissioner_general(facts_of):
    facts = facts_of("Lazzarini travelled to Amman on Sunday to ask donors for more money.",
                     published=dt.date(2024, 2, 5))
    one(facts, "Philippe Lazzarini", "VISITED", "Amman")


def test_a_lone_surname_of_the_un_envoy_for_yemen(facts_of):
    facts = facts_of("Grundberg arrived in Aden on Monday for talks with the government.",
                     published=dt.date(2022, 6, 20))
    one(facts, "Hans Grundberg", "VISITED", "Aden")


def test_a_head_away_from_his_organisations_seat_is_on_a_visit(facts_of):
    # (the WTO sits in Geneva: a meeting of its head in Nairobi is a trip there)
    facts = facts_of("Ngozi Okonjo-Iweala met President William Ruto on Tuesday in Nairobi to talk about "
                     "fisheries subsidies.", published=dt.date(2023, 3, 7))
    one(facts, "Ngozi Okonjo-Iweala", "VISITED", "Nairobi")


# ---- guards ------------------------------------------------------------------------------------
def test_a_head_is_no_lone_surname_before_her_term(facts_of):
    facts = facts_of("Lagarde held talks with the mayor in Lyon on Wednesday.",
                     published=dt.date(1998, 4, 14))
    assert not _named(facts, "Christine Lagarde")


def test_a_lone_name_two_heads_share_in_their_time_is_neither(facts_of):
    # (in 1997 "Javier" is the first word of a former UN Secretary-General's name, who left
    # office in 1991, and of NATO's Secretary General's)
    facts = facts_of("Javier flew to Madrid on Friday for talks with the government.",
                     published=dt.date(1997, 8, 1))
    assert not _named(facts, "Javier Solana") and not _named(facts, "Javier Pérez de Cuéllar")
