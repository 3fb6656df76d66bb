"""A state's organs act for it (docs/ERRORS.md 'actor for its state', issue 10): an organisation
the gazetteer does not know, named by a state or its demonym followed only by words of a state's
organs ("the U.S. Treasury Department", "the Indian Air Force"), is that state in the facts it
takes part in. Sentences are our own; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import find, one


@pytest.mark.parametrize("text,subject,relation,obj,date", [
    ("The British Foreign Office imposed sanctions on Nicaraguan President Daniel Ortega on Monday.",
     "Daniel Ortega", "SANCTIONED_BY", "United Kingdom", "2024-03-04"),
    ("Rosario Murillo was sanctioned on Tuesday by the French Foreign Ministry.",
     "Rosario Murillo", "SANCTIONED_BY", "France", "2024-03-05"),
    ("The Turkish Air Force launched air strikes on militant camps in Iraq on Tuesday.",
     "Turkey", "ATTACKED", "Iraq", "2024-03-05"),
    ("The U.S. State Department accused Iran on Monday of arming the Houthis.",
     "United States", "CONDEMNED", "Iran", "2024-03-04"),
])
def test_state_organ_acts_for_its_state(facts_of, text, subject, relation, obj, date):
    fact = one(facts_of(text), subject, relation, obj)
    assert fact.date == date and fact.modality.value == "asserted"


def test_an_institution_with_its_own_name_stays_itself(facts_of):
    """A fund is no organ word: the sanctioned is the fund, not Russia."""
    facts = facts_of("The EU imposed sanctions on the Russian Direct Investment Fund on Monday.")
    one(facts, "Russian Direct Investment Fund", "SANCTIONED_BY", "European Union")
    assert not find(facts, "Russia", "SANCTIONED_BY", "European Union")


def test_a_led_coalition_acts_for_its_leader(facts_of):
    """'the Saudi-led coalition': the leader acts; a state that only backs a force does not."""
    one(facts_of("The Saudi-led coalition launched air strikes on Hodeidah on Sunday."), "Saudi Arabia", "ATTACKED", "Hodeidah")
    facts = facts_of("Iranian-backed militias attacked the base in Erbil on Monday.")
    assert not find(facts, "Iran", "ATTACKED", "Erbil")


def test_a_state_opening_a_titled_name_is_split_off(facts_of):
    """'the President of the Republic of Azerbaijan Ilham Aliyev': the model's one span is a
    state, then the person; a ministry named after its state stays whole."""
    facts = facts_of("On Monday, Turkmen leader Serdar Berdimuhamedov phoned the President of the Republic of "
                     "Azerbaijan Ilham Aliyev.")
    assert one(facts, "Serdar Berdimuhamedov", "MET_WITH", "Ilham Aliyev").date == "2024-03-04"
    assert one(facts, "Ilham Aliyev", "HOLDS_ROLE", "Azerbaijan").title == "President"
    facts = facts_of("Maria Zakharova, spokeswoman for Russia's ministry of foreign affairs, told reporters "
                     "the talks had failed.")
    assert not [f for f in facts if f.subject.startswith(("’s", "'s")) or f.object.startswith(("’s", "'s"))]
    assert not find(facts, "Russia", "HOLDS_ROLE", "Russia")
