"""Persons under a ruler's title the maintainer's probes of stop 36 showed, in phrasings of our own.

- a ruler's title (mentions.json ruler_titles: "King", "Queen", "Crown Prince", "Sultan" ...)
  before one given name the model leaves unlabelled makes that name a person, who then visits,
  meets and holds the title like any other ("Queen A of X arrived in Z");
- (not a title that opens another name: a ship's, "the Queen X", a place's or a body's, "Sultan
  Y University", or a word the gazetteer knows as a place; those read nothing before and after.)

The names are invented (no office holder of that name is known to the gazetteer), so only the
title reads them; sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_queen_with_one_name_of_a_state_arrives(facts_of):
    facts = facts_of("Queen Aurelind of Norway arrived in Lima on Monday for a three-day visit.",
                     published=dt.date(2021, 3, 8))
    one(facts, "Aurelind", "VISITED", "Lima")
    fact = one(facts, "Aurelind", "HOLDS_ROLE", "Norway")
    assert fact.title == "Queen"


def test_demonym_crown_prince_with_one_name_travels(facts_of):
    facts = facts_of("The Danish Crown Prince Osvald travels to Nairobi next week, the palace said on Friday.",
                     published=dt.date(2019, 5, 3))
    one(facts, "Osvald", "VISITED", "Nairobi")


def test_possessive_state_queen_with_one_name_meets(facts_of):
    facts = facts_of("Norway's Queen Aurelind held talks with Indonesian President Joko Widodo in Jakarta on Tuesday.",
                     published=dt.date(2018, 9, 11))
    one(facts, "Aurelind", "MET_WITH", "Joko Widodo")


# Guards: a title inside a ship or a university name makes no person (they pass before the rule
# too; they fail if the ruler-title reading grows past its guards).
def test_ship_named_for_a_queen_is_no_person(facts_of):
    facts = facts_of("The liner Queen Aurelind docked in Lima on Monday after a stormy crossing.",
                     published=dt.date(2021, 3, 8))
    assert not find(facts, "Aurelind", "VISITED", "Lima")


def test_university_named_for_a_sultan_is_no_person(facts_of):
    facts = facts_of("Students of Sultan Haramsyah University marched to Jakarta on Tuesday.",
                     published=dt.date(2018, 9, 11))
    assert not find(facts, "Haramsyah", "VISITED", "Jakarta")
