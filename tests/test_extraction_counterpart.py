"""'his <demonym> counterpart, Name' (docs/ERRORS.md title/role, issue 10): the counterpart holds
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
