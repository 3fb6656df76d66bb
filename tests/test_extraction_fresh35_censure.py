"""Censure the maintainer's probes of stop 35 showed, in phrasings of our own.

- rejecting another party's claim, report or remark as a censure word ("rejected Y's charges as
  groundless") censures its owner, as "dismissed ... as baseless" did; "rejected a proposal"
  with no such word is no censure (the gold's convention);
- with the word set before a heavy object ("dismissed as unfounded the claims by Y", "rejected
  as absurd reports by Y") the object still names whose claim it was.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_rejected_owned_claims_as_groundless(facts_of):
    facts = facts_of("Armenia on Tuesday rejected Azerbaijan's charges of border incursions as groundless.",
                     published=dt.date(2022, 6, 9))
    one(facts, "Armenia", "CONDEMNED", "Azerbaijan")


def test_rejected_a_states_report_as_irresponsible(facts_of):
    facts = facts_of("Vietnam's foreign ministry rejected the Chinese report on fishing rights as irresponsible.",
                     published=dt.date(2020, 4, 21))
    one(facts, "Vietnam", "CONDEMNED", "China")


def test_dismissed_as_unfounded_a_heavy_object(facts_of):
    facts = facts_of("Ghana on Monday dismissed as unfounded the allegations by Togo about smuggling on the border.",
                     published=dt.date(2018, 11, 5))
    one(facts, "Ghana", "CONDEMNED", "Togo")


def test_rejected_as_absurd_a_heavy_object(facts_of):
    facts = facts_of("Peru rejected as absurd the latest claims by Bolivia over the lake's waters.",
                     published=dt.date(2017, 2, 14))
    one(facts, "Peru", "CONDEMNED", "Bolivia")


def test_rejecting_a_proposal_is_no_censure(facts_of):
    facts = facts_of("Chile rejected Argentina's proposal for a joint fishing zone on Thursday.",
                     published=dt.date(2019, 9, 13))
    assert not [f for f in facts if f.relation == "CONDEMNED"], facts
