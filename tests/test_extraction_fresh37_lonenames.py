"""One name word after a ruler's or leader's title, with the state written next to it, in
phrasings of our own (stop 37).

- "King A of X", "X's King A": when the gazetteer knows no holder of that name with that
  title (or one of its kind) in that state at any time, the word is the person's name as news
  writes it, and he holds the title in that state (a namesake who never served the state, such
  as a defence minister elsewhere whose name holds the word, is no reading of him);
- "King A of X" in a dated article is the holder of that title in X at that date, the state
  after the name telling which of several namesakes it is.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def _persons(facts):
    return {f.subject for f in facts if f.subject_type.value == "Person"} | \
        {f.object for f in facts if f.object_type.value == "Person"}


def test_king_of_a_state_with_no_known_holder_of_the_name(facts_of):
    # (roles.json knows Jordan's King Hussein now; Lesotho's king of the time it does not know)
    facts = facts_of("King Moshoeshoe of Lesotho flew to Washington on Monday for talks on the border dispute.",
                     published=dt.date(1994, 7, 20))
    assert one(facts, "Moshoeshoe", "HOLDS_ROLE", "Lesotho").title == "King"


def test_state_possessive_before_the_king(facts_of):
    facts = facts_of("Jordan's King Hussein flew home from London on Sunday after a week of medical checks.",
                     published=dt.date(1992, 9, 6))
    assert one(facts, "Hussein bin Talal", "HOLDS_ROLE", "Jordan").title == "King"  # (roles.json's name)
    assert "Mohamed Hussein Tantawi" not in _persons(facts), _persons(facts)


def test_the_kings_meeting_is_read_with_him(facts_of):
    facts = facts_of("The Palestinian leader held two hours of talks in Amman with Jordan's King Hussein, aides said.",
                     published=dt.date(1985, 2, 11))
    assert one(facts, "Hussein bin Talal", "HOLDS_ROLE", "Jordan").title == "King"  # (roles.json's name)


def test_state_after_the_name_picks_the_dated_holder(facts_of):
    facts = facts_of("King Abdullah of Jordan arrived in Baghdad on Sunday for a one-day visit.",
                     published=dt.date(2008, 8, 11))
    assert one(facts, "Abdullah II", "HOLDS_ROLE", "Jordan").title == "King"

