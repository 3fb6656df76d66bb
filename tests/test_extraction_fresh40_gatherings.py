"""A meeting verb whose joined subjects act for many sides tells a gathering, not a web of
bilateral meetings (stop 40).

"The presidents of A, B, C, D and E met in X": each side attended and visited X; no two of them
are told to have met each other, as the analysts' sets read such gatherings (none of them lists
a pair among four or more parties; each lists the visits). Three or four sides who met still
pair. Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_the_heads_of_five_states_meeting_in_a_capital_visit_it_and_pair_no_two(facts_of):
    facts = facts_of("The presidents of Ghana, Senegal, Liberia, Sierra Leone and Guinea-Bissau met in "
                     "Abuja on Tuesday to discuss the crisis in the region.",
                     published=dt.date(2021, 3, 11))
    assert not [f for f in facts if f.relation == "MET_WITH"]
    one(facts, "Ghana", "VISITED", "Abuja")
    one(facts, "Guinea-Bissau", "VISITED", "Abuja")


def test_three_sides_that_met_still_pair(facts_of):
    facts = facts_of("The presidents of Ghana, Senegal and Liberia met in Abuja on Tuesday to discuss "
                     "the crisis in the region.",
                     published=dt.date(2021, 3, 11))
    one(facts, "Ghana", "MET_WITH", "Senegal")
    one(facts, "Senegal", "MET_WITH", "Liberia")
