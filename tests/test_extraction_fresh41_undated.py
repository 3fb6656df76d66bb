"""A bare title in an undated article takes its state from the gazetteer's record of the person
at any time (stop 41).

"Prime Minister X spoke ..." with no date on the page: the gazetteer's offices on the article's
day cannot be looked up, so main gave the name no post at all. Any office the gazetteer records
for him, when the title the text gives matches offices of one state only, names his state; a
title matching no office, or offices of several states, still gives none. The state so found is
his alone: it is not lent to the other names of a list of titles.

Sentences are our own; the articles carry no date."""
from tests.facts import find, one


def test_undated_prime_minister_takes_the_state_of_his_recorded_office(facts_of):
    facts = facts_of("Prime Minister David Cameron spoke by telephone with the German chancellor about "
                     "the eurozone on Sunday evening.", published=None)
    one(facts, "David Cameron", "HOLDS_ROLE", "United Kingdom")


def test_undated_king_takes_the_state_of_his_recorded_office(facts_of):
    facts = facts_of("King Felipe VI received the new Argentine ambassador at the palace on Monday.",
                     published=None)
    one(facts, "Felipe VI", "HOLDS_ROLE", "Spain")


def test_a_title_he_never_held_gives_no_state(facts_of):
    facts = facts_of("Defence Minister David Cameron spoke by telephone with the German chancellor about "
                     "the eurozone on Sunday evening.", published=None)
    assert not find(facts, "David Cameron", "HOLDS_ROLE", "United Kingdom")
