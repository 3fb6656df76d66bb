"""Places read from fresh news (stop 23: VISITED, MET_WITH). Constructions the extractor
missed or misread on real news, each in phrasings of our own:

- wire datelines carrying an agency ("CITY. AGENCY – ", "City, AGENCY – ", "CITY, (Agency) – ",
  "CITY, Region, Mon 3 (AGENCY) Sentence", "CITY (Credit / Agency - date) Sentence") are cut, so
  the agency is no actor and the filing place no visit by itself;
- "here" under a dateline is the filing place ("arrived here", "held talks here");
- "the Ruritanian capital" with no name after it is that state's capital city as a destination;
- a name modifying a venue noun ("X airport") is where a visit happened, not where it went;
- "who" after a person, hung by the parser on an event noun, is that person;
- a meeting "in the Ruritanian capital, Y" took place in Y.

Sentences are our own; persons are invented; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import find, named, one


# ---- datelines with an agency ----------------------------------------------------------------------
@pytest.mark.parametrize("dateline", [
    "MINSK. BELTA – ",
    "Minsk, BELTA – ",
    "MINSK, (Reuters) – ",
    "MINSK, Belarus, Aug 3 (BTA) ",
    "MINSK (Rubric Wire / Sputnik - 3rd August, 2021) ",
])
def test_an_agency_dateline_is_cut_and_no_actor(wire_facts, dateline):
    facts = wire_facts(dateline + "Belarusian President Tomas Varga held talks with Estonian President "
                                  "Ana Ruiz on the border crossings.")
    one(facts, "Tomas Varga", "MET_WITH", "Ana Ruiz")
    assert not {"BELTA", "Reuters", "BTA", "Sputnik", "Minsk"} & named(facts)


def test_the_dateline_city_is_no_visit_by_itself(wire_facts):
    facts = wire_facts("LIMA, Peru, Aug 3 (ABN) Chilean President Tomas Varga met Ana Ruiz, the mayor of "
                       "Santiago, at the town hall in Valparaiso.")
    assert not [f for f in facts if f.relation == "VISITED" and f.object in ("Lima", "Peru")]


# ---- "here" under a dateline -------------------------------------------------------------------------
def test_arrived_here_is_a_visit_of_the_filing_place(wire_facts, facts_of):
    sentence = "Malaysian Prime Minister Tomas Varga arrived here on Monday for two days of border talks."
    one(wire_facts("BANGKOK (Reuter): " + sentence), "Tomas Varga", "VISITED", "Bangkok")
    assert not [f for f in facts_of(sentence) if f.relation == "VISITED"]  # no dateline: "here" is nowhere


def test_talks_held_here_are_a_visit_of_the_foreign_side(wire_facts):
    facts = wire_facts("BANGKOK (Reuter): The prime ministers of Cambodia and Thailand held talks here on Monday "
                       "about the disputed temple.")
    one(facts, "Cambodia", "VISITED", "Bangkok")
    assert not find(facts, "Thailand", "VISITED", "Bangkok")


# ---- a venue's name --------------------------------------------------------------------------------
def test_a_name_modifying_an_airport_is_no_destination(wire_facts):
    facts = wire_facts("BANGKOK (Reuter): Malaysian Prime Minister Tomas Varga touched down at Suvan Mira "
                       "airport here on Monday for two days of border talks.")
    assert not [f for f in facts if "Suvan" in f.object]
    one(facts, "Tomas Varga", "VISITED", "Bangkok")


# ---- the capital described --------------------------------------------------------------------------
@pytest.mark.parametrize("text,person,city", [
    ("Uzbek President Tomas Varga arrived on Monday in the Kazakh capital, his first stop.", "Tomas Varga", "Astana"),
    ("Peruvian Foreign Minister Ana Ruiz landed in Chile's capital late on Sunday.", "Ana Ruiz", "Santiago"),
])
def test_a_described_capital_is_the_states_capital_city(facts_of, text, person, city):
    one(facts_of(text), person, "VISITED", city)


def test_who_after_a_person_hung_on_the_talks_is_that_person(facts_of):
    facts = facts_of("Kazakh President Tomas Varga held talks with Uzbek President Ana Ruiz who came to the "
                     "Kazakh capital on a three-day trip, the presidency said.")
    one(facts, "Ana Ruiz", "VISITED", "Astana")
    one(facts, "Tomas Varga", "MET_WITH", "Ana Ruiz")


def test_talks_in_a_described_capital_with_its_name_after_it(wire_facts):
    facts = wire_facts("Cairo, MINA – Egyptian President Tomas Varga held talks late on Tuesday in the Saudi capital, "
                       "Riyadh, with Saudi Crown Prince Ana Ruiz, the agency said.")
    one(facts, "Tomas Varga", "VISITED", "Riyadh")
    assert not find(facts, "Tomas Varga", "VISITED", "Cairo")
