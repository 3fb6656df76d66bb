"""Armed groups named by their members (issue 10, mentions): an insurgent noun acts for the
organisation named with it ("rebels from the X group", "X militants"), and a state named with
insurgents is where they fight, not who acts ("Syrian rebels" are not Syria). A describing word the model took into a
known organisation's name ("the Islamist X") is no part of it. Our own sentences; articles
dated Friday 8 March 2024."""

import pytest

from schemas.names import fold_name
from tests.facts import find, one


@pytest.mark.parametrize("text,group,target", [
    ("Rebels from the Islamist al Qaeda group attacked a police post in northern Niger on Monday.",
     "al-Qaeda", "Niger"),
    ("Fighters of the jihadist al Qaeda movement attacked an army base in central Mali on Tuesday.",
     "al-Qaeda", "Mali"),
    ("Gunmen from the Islamist al Qaeda group raided a village in eastern Burkina Faso on Sunday.",
     "al-Qaeda", "Burkina Faso"),
])
def test_insurgents_act_for_the_group_they_come_from(facts_of, text, group, target):
    facts = facts_of(text)
    one(facts, group, "ATTACKED", target)
    assert all(fold_name(f.subject) == fold_name(group) for f in facts if f.relation == "ATTACKED")


@pytest.mark.parametrize("text,state", [
    ("Syrian rebels shelled a town in Lebanon on Monday.", "Syria"),
    ("Saudi Arabia came under a drone attack from Iran-backed Yemen rebels on Monday.", "Yemen"),
    ("Pakistani militants attacked a checkpoint in Afghanistan on Tuesday.", "Pakistan"),
])
def test_a_state_named_with_insurgents_does_not_act(facts_of, text, state):
    facts = facts_of(text)
    assert not [f for f in facts if f.relation == "ATTACKED" and fold_name(f.subject) == fold_name(state)]
