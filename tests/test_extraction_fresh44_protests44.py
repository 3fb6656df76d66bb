"""A protest addressed to a state (or its envoy) over an act whose author the "over" phrase names,
read from the pooled real-news passages of stop 44 (CONDEMNED), in phrasings of our own:

- the protest noun ("lodged a protest with X over ..."), "representations" under a modifier of
  firmness, a demarche, or the verb ("protested to X over ...") censures the one addressed and,
  by a second pattern of its own in verbs.json, also the named author of the act protested
  ("over remarks by Y", "over Y's speech"): both are facts;
- an act owned by the addressee ("over its decision") or by no one named adds nothing, and a state
  never protests itself.

Sentences are our own; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import one


def _censures(facts):
    return sorted((f.subject, f.object) for f in facts if f.relation == "CONDEMNED")


@pytest.mark.parametrize("text,speaker,addressee,author", [
    ("Ghana lodged a formal protest with Togo over recent comments by President Faure Gnassingbe.",
     "Ghana", "Togo", "Faure Gnassingbe"),
    ("Chile made stern representations to Peru over a radio speech by Dina Boluarte on the maritime border.",
     "Chile", "Peru", "Dina Boluarte"),
    ("Estonia protested to Russia over threats made by Dmitry Medvedev against the Baltic states.",
     "Estonia", "Russia", "Dmitry Medvedev"),
])
def test_a_protest_to_a_state_over_a_named_authors_act_censures_both(facts_of, text, speaker, addressee, author):
    facts = facts_of(text)
    one(facts, speaker, "CONDEMNED", addressee)
    one(facts, speaker, "CONDEMNED", author)


@pytest.mark.parametrize("text,expected", [
    ("Vietnam filed a formal protest with Cambodia over its decision to dredge the shared river.",
     [("Vietnam", "Cambodia")]),
    ("Kenya lodged a protest with Somalia over the detention of two lorry drivers at the border.",
     [("Kenya", "Somalia")]),
    ("Poland lodged a protest with Belarus over anti-Polish remarks on state television.",
     [("Poland", "Belarus")]),
])
def test_an_act_of_the_addressee_or_of_no_one_named_adds_no_second_censure(facts_of, text, expected):
    assert _censures(facts_of(text)) == expected
