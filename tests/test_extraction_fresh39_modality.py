"""A meeting told as still being prepared or arranged is planned, in phrasings of our own (stop 39).

An audit of the stop's changes on other pages found "the meeting of A's and B's ministers is still
being prepared" read as a meeting that took place; the passive of preparing or arranging, in the
present, puts its subject ahead. Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_a_meeting_still_being_prepared_is_planned(facts_of):
    facts = facts_of("A meeting of the Russian and Italian defence ministers is still being prepared, "
                     "a deputy minister told reporters on Tuesday.", published=dt.date(2020, 1, 21))
    assert one(facts, "Russia", "MET_WITH", "Italy").modality == "planned"


def test_a_summit_being_arranged_is_planned(facts_of):
    facts = facts_of("A summit between Vladimir Putin and Giuseppe Conte is being arranged for the autumn, "
                     "officials said.", published=dt.date(2019, 6, 3))
    assert one(facts, "Vladimir Putin", "MET_WITH", "Giuseppe Conte").modality == "planned"
