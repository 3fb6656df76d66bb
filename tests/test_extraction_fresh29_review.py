"""Behaviour the stop-29 review checked and kept, in sentences of our own.

- a bare title's state read from the story: a name that ends with a state's name ("Bank Z",
  like "Northern Z") says that Z is in the story too, so a state named last ("the frontier with
  Y") is not taken for the speaker's;
- "each country blamed the other": a singular pair noun of any spelling ("country", "ally") is
  one of a pair, as "each side" is."""
from tests.facts import find


def test_a_body_named_for_a_state_keeps_a_border_state_from_a_bare_title(facts_of):
    facts = facts_of("Eight policemen were killed near a Bank Niger office close to the frontier with Chad, "
                     "President Ousmane Garba Hamani said on Tuesday.")
    assert not find(facts, "Ousmane Garba Hamani", "HOLDS_ROLE", "Chad")


def test_each_country_blaming_the_other_censures_both_ways(facts_of):
    # (the singular of a pair noun ending in -y: "each country", as "each side")
    facts = facts_of("Fighting flared between Armenia and Azerbaijan, with each country blaming the other "
                     "for the deaths.")
    assert find(facts, "Armenia", "CONDEMNED", "Azerbaijan")
    assert find(facts, "Azerbaijan", "CONDEMNED", "Armenia")
