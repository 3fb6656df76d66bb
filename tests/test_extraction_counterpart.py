"""Titles of real news (docs/ERRORS.md title/role, issue 10): "his <demonym> counterpart, Name" holds
the post of the one named before him in the sentence, for the state of the demonym. Our own
sentences; articles dated Friday 8 March 2024."""

import pytest

from tests.facts import one


@pytest.mark.parametrize("text,person,state,title", [
    ("The deal was signed by French President Emmanuel Macron and his Kenyan counterpart William Ruto.",
     "William Ruto", "Kenya", "President"),
    ("Chilean President Gabriel Boric met his Peruvian counterpart, Dina Boluarte, in Lima on Monday.",
     "Dina Boluarte", "Peru", "President"),
    ("Japanese Prime Minister Fumio Kishida thanked his Indian counterpart Narendra Modi on Tuesday.",
     "Narendra Modi", "India", "Prime Minister"),
])
def test_counterpart_holds_the_same_post_for_its_state(facts_of, text, person, state, title):
    assert one(facts_of(text), person, "HOLDS_ROLE", state).title == title


@pytest.mark.parametrize("text,person,state,title", [
    # a title before the name and the state after it
    ("President Bola Tinubu of Nigeria arrived in Accra on Monday.", "Bola Tinubu", "Nigeria", "President"),
    # the state's government named in full is the state
    ("Dr. Hamza Barre, Prime Minister of the Federal Government of Somalia, arrived in Nairobi today.",
     "Hamza Barre", "Somalia", "Prime Minister"),
])
def test_title_with_the_state_after_the_name(facts_of, text, person, state, title):
    assert one(facts_of(text), person, "HOLDS_ROLE", state).title == title


def test_of_an_institution_is_no_state_post(facts_of):
    facts = facts_of("Professor John Smith of Oxford University said the talks had failed.")
    assert not [f for f in facts if f.relation == "HOLDS_ROLE" and f.object_type.value == "State"]
