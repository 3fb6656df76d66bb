"""Bare titles whose head comes before an "of" or "for" portfolio, in phrasings of our own (stop 45).

"Secretary of State A arrived", "Minister of Foreign Affairs B spoke", "Minister for Foreign
Affairs C will fly": no state in the phrase, so the bare-title reader gives the person the state
the gazetteer has for that title at the article's date (roles.json). The words right before the
name ("State", "Foreign Affairs") hold no title head; the title is the head with its "of"/"for"
and the portfolio, as the listed-title reading already takes it. A person the gazetteer does not
give that title on the article's day, and a person it does not know, get no state from it.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one, with_relation


def test_secretary_of_state_read_from_the_gazetteer(facts_of):
    facts = facts_of("Secretary of State Rex Tillerson flew into Manila on Sunday for talks with regional "
                     "ministers.", published=dt.date(2017, 8, 6))
    assert one(facts, "Rex Tillerson", "HOLDS_ROLE", "United States").title == "Secretary of State"


def test_minister_of_a_portfolio_read_from_the_gazetteer(facts_of):
    facts = facts_of("Minister of Foreign Affairs Sergey Lavrov spoke by telephone with his Turkish colleague "
                     "on Tuesday.", published=dt.date(2023, 5, 9))
    one(facts, "Sergey Lavrov", "HOLDS_ROLE", "Russia")


def test_minister_for_a_portfolio_read_from_the_gazetteer(facts_of):
    facts = facts_of("On Tuesday, Minister for Foreign Affairs Penny Wong will fly to Suva to open a new "
                     "consulate.", published=dt.date(2023, 3, 14))
    one(facts, "Penny Wong", "HOLDS_ROLE", "Australia")


def test_minister_of_defense_read_from_the_gazetteer(facts_of):
    facts = facts_of("Minister of Defense Hulusi Akar inspected the troops stationed along the border on "
                     "Friday.", published=dt.date(2021, 10, 1))
    one(facts, "Hulusi Akar", "HOLDS_ROLE", "Turkey")


def test_no_state_outside_the_term_or_for_an_unknown_person(facts_of):
    """The gazetteer's post holds only in its term; a person it does not know, with no state
    named near, and a title joined to another by "and" get no state."""
    assert not with_relation(facts_of("Secretary of State Rex Tillerson flew in on Sunday for talks with regional "
                                      "ministers.", published=dt.date(2015, 4, 2)), "HOLDS_ROLE")
    assert not with_relation(facts_of("Minister of State for Trade Amara Lindqvist opened the fair on Tuesday.",
                                      published=dt.date(2023, 3, 14)), "HOLDS_ROLE")
    assert not with_relation(facts_of("The delegation was led by Vice Premier and Minister of Trade Arjun Velasco, "
                                      "who arrived on Tuesday.", published=dt.date(2023, 3, 14)), "HOLDS_ROLE")
