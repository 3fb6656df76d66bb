"""The summoned envoy as a channel (docs/ERRORS.md, stop 42, the envoy focus): a state summons a
third state's envoy (a protecting power's, or one that passes a protest on) over an act the
protest phrase gives to another state or its official; that owner is censured, not the envoy's
state. An envoy summoned over his own state's act stays the one censured. Sentences are our own."""

import pytest

from tests.facts import find, one


def _censured(facts, subject):
    return {f.object for f in facts if f.relation == "CONDEMNED" and f.subject == subject}


@pytest.mark.parametrize("text,subject,owner,channel", [
    ("Cuba summoned the Swiss ambassador in Havana on Monday to protest Washington's new travel restrictions.",
     "Cuba", "United States", "Switzerland"),
    ("Venezuela summoned the Swedish charge d'affaires on Monday over Canada's decision to expel two diplomats.",
     "Venezuela", "Canada", "Sweden"),
    ("Iran summoned the Swiss envoy on Monday to file a complaint against the American government's seizure of a tanker.",
     "Iran", "United States", "Switzerland"),
])
def test_envoy_of_a_third_state_is_only_the_channel(facts_of, text, subject, owner, channel):
    facts = facts_of(text)
    one(facts, subject, "CONDEMNED", owner)
    assert channel not in _censured(facts, subject)


def test_a_named_official_owning_the_act_is_censured(facts_of):
    facts = facts_of("Iran on Monday summoned the Swiss ambassador over hostile remarks by US President Donald Trump about its navy.")
    one(facts, "Iran", "CONDEMNED", "Donald Trump")
    assert "Switzerland" not in _censured(facts, "Iran")


@pytest.mark.parametrize("text,subject,obj", [
    ("Iran on Monday summoned the Swiss ambassador over Switzerland's decision to freeze Iranian assets.",
     "Iran", "Switzerland"),
    ("Egypt summoned the Turkish ambassador on Monday to protest Ankara's statements on Libya.", "Egypt", "Turkey"),
    ("Iraq summoned the Turkish envoy on Monday to protest anti-Iraq remarks by a Turkish minister.", "Iraq", "Turkey"),
    ("Peru summoned the Chilean ambassador on Monday to protest the remarks of its own foreign minister.", "Peru", "Chile"),
])
def test_envoy_summoned_over_his_own_states_act_stays_censured(facts_of, text, subject, obj):
    one(facts_of(text), subject, "CONDEMNED", obj)
