"""Placement on a sanctions list as a sanction (stop 44, SANCTIONED_BY): named persons or bodies
placed, put, included or added on, in or to a list or blacklist of sanctions, or placed under
sanctions, are sanctioned by the list's owner (its possessor or the state named before it: "X's
blacklist", "the Y sanctions list"), the clause's subject or agent, or, in a passive with no
agent, the state or body that reports it ("the Treasury said A was placed under sanctions").
The patterns are data (verbs.json `place`, `put`, `include`, `add`).

Sentences are our own; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import one


def _sanctioned(facts):
    return sorted((f.subject, f.object) for f in facts if f.relation == "SANCTIONED_BY")


@pytest.mark.parametrize("text,imposer,targets", [
    # a passive "included in" an owned list
    ("Belarusian Interior Minister Ivan Kubrakov and Defence Minister Viktor Khrenin were included "
     "in the Canadian sanctions list.", "Canada", ["Ivan Kubrakov", "Viktor Khrenin"]),
    # a passive "added to" an owned blacklist, the names after a colon
    ("Two more Myanmar generals have been added to a British blacklist: Soe Win and Min Aung Hlaing.",
     "United Kingdom", ["Soe Win", "Min Aung Hlaing"]),
    # "placed under sanctions" reported by a state's organ
    ("The State Department said Nicaraguan judge Rosa Velasquez was placed under sanctions "
     "for undermining democracy.", "United States", ["Rosa Velasquez"]),
    # an active "put ... on" with a possessor
    ("Japan put Rosneft on its sanctions list in February.", "Japan", ["Rosneft"]),
])
def test_placement_on_an_owned_sanctions_list_sanctions(facts_of, text, imposer, targets):
    facts = facts_of(text)
    for target in targets:
        one(facts, target, "SANCTIONED_BY", imposer)


# ---- what must not be read ----------------------------------------------------------------------
@pytest.mark.parametrize("text,target", [
    # a list that is no list of sanctions
    ("Kenyan runner Faith Kipyegon was added to the British shortlist for the award.", "Faith Kipyegon"),
    # placed under something that is no penalty
    ("Former president Pedro Castillo was placed under house arrest, the Peruvian government said.",
     "Pedro Castillo"),
    # taken off the list, not put on it
    ("The European Union removed businessman Grigory Berezkin from its sanctions list.", "Grigory Berezkin"),
])
def test_no_sanction_without_placement_on_a_sanctions_list(facts_of, text, target):
    facts = facts_of(text)
    assert not [f for f in facts if f.relation == "SANCTIONED_BY" and f.subject == target], _sanctioned(facts)
