"""Dates fresh real news showed in stop 29, in phrasings of our own.

- "the first visit by an X leader since 1979", "the first such meeting since 2004": a year a noun
  counts from is the measure of today's news, not its time; "allied since 1951" still tells a
  standing state, undated."""
from tests.facts import one


def test_a_year_counted_from_in_an_aside_leaves_the_visit_dated(facts_of):
    facts = facts_of("At the start of his visit to Cuba - the first by a Japanese leader since 1979 - "
                     "Hatoyama met Raul Castro.", published="2011-03-30")
    assert one(facts, "Yukio Hatoyama", "VISITED", "Cuba").date == "2011-03"
    assert one(facts, "Yukio Hatoyama", "MET_WITH", "Raúl Castro").date == "2011-03"


def test_the_first_meeting_since_a_year(facts_of):
    facts = facts_of("Hatoyama met Raul Castro, the first such meeting since 2004.", published="2011-03-30")
    assert one(facts, "Yukio Hatoyama", "MET_WITH", "Raúl Castro").date == "2011-03"


def test_a_standing_alliance_since_a_year_stays_undated(facts_of):
    facts = facts_of("Japan has been allied with the United States since 1951.", published="2011-03-30")
    assert one(facts, "Japan", "ALLIED_WITH", "United States").date is None
