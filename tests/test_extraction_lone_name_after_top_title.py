"""A lone name after the title of a state's top post, in phrasings of our own.

"King Hussein of Jordan" in an article of 1993 is Jordan's king, not the one office holder the
gazetteer knows whose name holds the word "Hussein" (an Egyptian defence minister of that
time). After a head of state's or government's title a lone name stands only for a known
person who had held such an office by the article's date.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def _persons(facts):
    return {f.subject for f in facts if f.subject_type.value == "Person"}


def test_a_king_is_no_defence_minister_namesake(facts_of):
    facts = facts_of("King Hussein of Jordan met Egyptian President Hosni Mubarak at his palace in Cairo on Monday.",
                     published=dt.date(1993, 4, 13))
    assert "Mohamed Hussein Tantawi" not in _persons(facts), _persons(facts)
    assert one(facts, "Hussein bin Talal", "HOLDS_ROLE", "Jordan").title == "King"  # (roles.json's name)


def test_a_president_title_still_finds_the_known_president(facts_of):
    facts = facts_of("President Mubarak received the visiting Jordanian foreign minister in Cairo on Monday.",
                     published=dt.date(1993, 4, 13))
    assert "Hosni Mubarak" in _persons(facts), _persons(facts)
