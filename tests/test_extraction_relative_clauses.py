"""An event noun whose doers stand in a relative clause of a support verb (docs/ERRORS.md
'participle/apposition/list'; issue 10): "the pact X and Y signed", "a security treaty both
countries signed", "the defence pact that X and Y signed". The small parser hangs such a
clause anywhere (an apposition of the noun, a clause of the main verb), so it is read from the
words: names or a counted group right after the noun, then a support verb with no object of its
own. Sentences are our own; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import find, one


@pytest.mark.parametrize("text,a,b", [
    ("Latvia asked Norway for support under a defence treaty both countries signed in 2019.",
     "Latvia", "Norway"),
    ("Latvia asked Norway for support under a defence treaty that the two countries signed in 2019.",
     "Latvia", "Norway"),
    ("Egypt criticized the defence pact that Israel and the United States signed last year.",
     "Israel", "United States"),
    ("Egypt cited the defence pact which Cairo and Riyadh signed last year.",
     "Egypt", "Saudi Arabia"),
])
def test_pact_signed_in_a_relative_clause(facts_of, text, a, b):
    one(facts_of(text), a, "ALLIED_WITH", b)


def test_the_critic_of_a_pact_is_no_party(facts_of):
    facts = facts_of("Egypt criticized the defence pact that Israel and the United States signed last year.")
    assert not find(facts, "Egypt", "ALLIED_WITH", "Israel") and not find(facts, "Israel", "ALLIED_WITH", "Egypt")


@pytest.mark.parametrize("text", [
    # a counted group with one state named: no pair
    "Egypt welcomed the security agreement both countries signed last year.",
    # a civil deal is no alliance, whoever signed it
    "Egypt cited the trade deal that Israel and Jordan signed last year.",
    # the verb after the names takes its own object: not a relative clause of the pact
    "Under the defence pact, Israel and Jordan signed a water deal last year.",
])
def test_no_alliance_without_the_construction(facts_of, text):
    assert not [f for f in facts_of(text) if f.relation == "ALLIED_WITH"]


@pytest.mark.parametrize("text,a,b,date", [
    ("Latvia asked Norway for support under a defence treaty both countries signed in 2019.", "Latvia", "Norway", "2019"),
    ("Egypt criticized the defence pact that Israel and the United States signed last year.",
     "Israel", "United States", "2023"),
])
def test_the_relative_clause_dates_the_pact(facts_of, text, a, b, date):
    """The pact was signed when its relative clause says, not when the main clause happened."""
    assert one(facts_of(text), a, "ALLIED_WITH", b).date == date
