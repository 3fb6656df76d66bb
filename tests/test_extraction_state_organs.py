"""A state's organs act for it (docs/ERRORS.md 'actor for its state', issue 10): an organisation
the gazetteer does not know, named by a state or its demonym followed only by words of a state's
organs ("the U.S. Treasury Department", "the Indian Air Force"), is that state in the facts it
takes part in. Sentences are our own; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import find, one


@pytest.mark.parametrize("text,subject,relation,obj,date", [
    ("The U.S. Treasury Department on Monday imposed sanctions on Venezuelan President Nicolas Maduro.",
     "Nicolas Maduro", "SANCTIONED_BY", "United States", "2024-03-04"),
    ("Cilia Flores was sanctioned on Tuesday by the U.S. Treasury Department.",
     "Cilia Flores", "SANCTIONED_BY", "United States", "2024-03-05"),
    ("The Indian Air Force launched an air strike on militant camps in Pakistan on Tuesday.",
     "India", "ATTACKED", "Pakistan", "2024-03-05"),
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
    one(facts_of("The Saudi-led coalition launched air strikes on Sanaa on Sunday."), "Saudi Arabia", "ATTACKED", "Sanaa")
    facts = facts_of("Iranian-backed militias attacked the base in Erbil on Monday.")
    assert not find(facts, "Iran", "ATTACKED", "Erbil")


def test_a_state_opening_a_titled_name_is_split_off(facts_of):
    """'the President of the Republic of Tajikistan Emomali Rahmon': the model's one span is a
    state, then the person; a ministry named after its state stays whole."""
    facts = facts_of("On Monday, President of the Republic of Uzbekistan Shavkat Mirziyoyev held a telephone "
                     "conversation with the President of the Republic of Tajikistan Emomali Rahmon.")
    assert one(facts, "Shavkat Mirziyoyev", "MET_WITH", "Emomali Rahmon").date == "2024-03-04"
    facts = facts_of("Anna Naghdalyan, spokeswoman for Armenia's ministry of foreign affairs, said on Monday "
                     "that the talks had failed.")
    assert not [f for f in facts if f.subject.startswith("’s") or f.object.startswith("'s")]
