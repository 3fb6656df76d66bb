"""Two constructions of real news criticism (docs/ERRORS.md, issue 10), on sentences we wrote:
a reciprocal object ("accused each other", "blamed one another") gives one fact each way; an
object pronoun ("cut ties with X, accusing it of ...") is the one state named before it that is
no clause's subject. Articles are dated Friday 8 March 2024 (tests/facts.py)."""

import pytest

from tests.facts import find, one


@pytest.mark.parametrize("text,a,b", [
    ("Hungary and Romania blamed each other on Monday for the border clash.", "Hungary", "Romania"),
    ("Chad and Sudan have for years accused one another of harbouring rebels.", "Chad", "Sudan"),
    ("Ethiopia and Eritrea accused each other on Tuesday of shelling villages.", "Ethiopia", "Eritrea"),
    # the parser may hang the "of" phrase on the reciprocal itself
    ("Sudan and Chad accused each other of arming the rebels in the border region.", "Sudan", "Chad"),
])
def test_reciprocal_accusation_each_way(facts_of, text, a, b):
    facts = facts_of(text)
    there, back = one(facts, a, "CONDEMNED", b), one(facts, b, "CONDEMNED", a)
    assert there.modality.value == back.modality.value == "asserted"
    assert there.date == back.date


def test_reciprocal_praise_is_no_condemnation(facts_of):
    facts = facts_of("Hungary and Romania praised each other on Monday.")
    assert not [f for f in facts if f.relation == "CONDEMNED"]


def test_object_pronoun_of_a_participle(facts_of):
    facts = facts_of("Kenya, Uganda and Rwanda cut ties with Burundi on Monday, accusing it of backing militias.")
    for accuser in ("Kenya", "Uganda", "Rwanda"):
        fact = one(facts, accuser, "CONDEMNED", "Burundi")
        assert fact.date == "2024-03-04"
    assert not find(facts, "Burundi", "CONDEMNED", "Kenya")


def test_object_pronoun_with_two_candidates_is_unread(facts_of):
    """'it' after two states that are no subject: either could be meant, so neither is taken."""
    facts = facts_of("Egypt cut ties with Libya and Sudan on Monday, accusing it of backing militias.")
    assert not [f for f in facts if f.relation == "CONDEMNED"]
