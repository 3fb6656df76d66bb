"""Aid fresh real news showed in stop 35, in phrasings of our own.

- people sent to help (a team, crew or staff qualified by a word of rescue, relief or medicine,
  or doctors, medics and nurses counted as a body) who arrive somewhere deliver aid there: the
  state they come from (their "from" phrase, the verb's, or the demonym on them) aided the
  state of the place, and their arrival is no visit;
- an airport placed in a city by its own phrase stands for that city's state;
- teams of the receiving state's own province help at home: no aid between states;
- a team with no such word ("the Ghanaian team") reads no aid.
  These last two guard the change; they pass before it too.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def _rel(facts, relation):
    return [f for f in facts if f.relation == relation]


def test_rescue_team_with_its_home_after_the_verb(facts_of):
    facts = facts_of("Search and rescue teams arrived in Mozambique on Friday from Portugal "
                     "and Brazil.",
                     published=dt.date(2019, 3, 23))
    one(facts, "Portugal", "AIDED", "Mozambique")
    one(facts, "Brazil", "AIDED", "Mozambique")


def test_demonym_medical_team_landing_in_a_capital(facts_of):
    facts = facts_of("A Cuban medical team of forty doctors landed in Lima on Wednesday to "
                     "treat dengue patients.", published=dt.date(2023, 6, 9))
    one(facts, "Cuba", "AIDED", "Peru")
    assert not _rel(facts, "VISITED"), facts


def test_group_of_doctors_at_an_airport_in_a_city(facts_of):
    facts = facts_of("A group of Egyptian doctors arrived at the international airport in "
                     "Khartoum on Sunday with surgical equipment.", published=dt.date(2023, 5, 15))
    one(facts, "Egypt", "AIDED", "Sudan")
    assert not _rel(facts, "VISITED"), facts


def test_provincial_teams_help_at_home(facts_of):
    facts = facts_of("Rescue crews from Indonesia's West Java arrived in Jakarta after the "
                     "floods.", published=dt.date(2020, 1, 4))
    assert not _rel(facts, "AIDED"), facts


def test_a_team_with_no_word_of_help_is_unchanged(facts_of):
    facts = facts_of("The Ghanaian team arrived in Cairo on Monday for talks on the dam.",
                     published=dt.date(2021, 7, 7))
    assert not find(facts, "Ghana", "AIDED", "Egypt"), facts
