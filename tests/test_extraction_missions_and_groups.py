"""Peace operations and armed groups the gazetteer knows (stop 20: UN peacekeeping missions, AU and
NATO-led operations, and armed groups news names by acronym), and a relative pronoun the parser
gives a verb as a second object. Every sentence here is our own; expected facts were read from
each sentence; articles are dated Friday 8 March 2024 (tests/facts.py)."""

import pytest

from tests.facts import find, one

FOUND = [
    ("MONUSCO condemned the attacks by the March 23 Movement on Monday.", "MONUSCO", "CONDEMNED", "M23"),
    ("M23 rebels shelled a UNIFIL position on Tuesday.", "M23", "ATTACKED", "UNIFIL"),
    ("Uganda sent 500 more troops to AMISOM last year.", "Uganda", "AIDED", "African Union Mission in Somalia"),
    ("The Indian Air Force struck Jaish-e-Mohammed camps on Tuesday.", "India", "ATTACKED", "Jaish-e-Mohammed"),
    ("Kenya condemned the attack by the Tamil Tigers.", "Kenya", "CONDEMNED", "Liberation Tigers of Tamil Eelam"),
]


@pytest.mark.parametrize("text,subject,relation,obj", FOUND)
def test_known_operations_and_groups(facts_of, text, subject, relation, obj):
    one(facts_of(text), subject, relation, obj)


def test_a_relative_pronoun_is_not_the_accused(facts_of):
    facts = facts_of("Armed groups roam the east, among them the M23 rebels, which Burundi has long "
                     "accused Rwanda of arming.")
    one(facts, "Burundi", "CONDEMNED", "Rwanda")
    assert not find(facts, "Burundi", "CONDEMNED", "M23")
