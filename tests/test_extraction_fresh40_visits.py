"""A stay told with its purpose, for a traveller the article gives no home (stop 40).

"X was in Y" is a visit only away from home, and with no state known for X no home can be
tested. A stay told with what it is for, a to-clause of attending or meeting (verbs.json
stay_purpose_verbs) or a for/on phrase naming a trip or a gathering, is a journey's: one at
home is not said to be in his capital "for a two-day visit". A bare stay with no purpose
stays unread.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_stay_with_a_purpose_clause_of_attending(facts_of):
    facts = facts_of("Prime Minister Tavita Leaupepe was in Honiara on Thursday to attend the "
                     "opening of the regional fisheries forum.", published=dt.date(2023, 5, 19))
    one(facts, "Tavita Leaupepe", "VISITED", "Honiara")


def test_stay_in_a_relative_clause_for_a_trip(facts_of):
    facts = facts_of("Foreign Minister Aurelio Cantaro, who was in Lima for a three-day visit, "
                     "signed a fisheries accord before leaving.", published=dt.date(2021, 11, 5))
    one(facts, "Aurelio Cantaro", "VISITED", "Lima")


def test_bare_stay_without_a_home_stays_unread(facts_of):
    facts = facts_of("Prime Minister Tavita Leaupepe was in Honiara on Thursday.",
                     published=dt.date(2023, 5, 19))
    assert not [f for f in facts if f.relation == "VISITED"]
