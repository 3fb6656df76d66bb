"""A state's own armed forces attack for their state, read from the pooled real-news passages of
stop 48 (ATTACKED), in phrasings of our own:

- an organisation the gazetteer files as a state's armed forces (organizations.json kinds of
  mentions.json force_kinds, with the state as `country`: the IDF, AFRICOM, the Tatmadaw, the
  Revolutionary Guards) that attacks makes the attack its state's, as "the Israeli army" or
  "Myanmar's military" already does;
- only the attacker is lifted: such a force struck stays the target named, and its other facts
  (a sanction on it) stay its own.

Sentences are our own; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import one, pairs


@pytest.mark.parametrize("text,attacker,target", [
    ("The IDF shelled a Hamas outpost near Khan Younis on Tuesday.", "Israel", "Hamas"),
    ("AFRICOM carried out two airstrikes on al-Shabaab near Kismayo on Tuesday.", "United States", "al-Shabaab"),
    ("The Tatmadaw bombed a monastery in the Sagaing region on Tuesday.", "Myanmar", "Sagaing"),
    ("The Revolutionary Guards struck camps of exiled Kurdish parties in northern Iraq on Tuesday.", "Iran", "Iraq"),
])
def test_a_state_s_armed_forces_attack_for_their_state(facts_of, text, attacker, target):
    facts = facts_of(text)
    fact = one(facts, attacker, "ATTACKED", target)
    assert fact.modality.value == "asserted"
    assert fact.subject_type.value == "State"


def test_the_lifted_attack_keeps_its_date(facts_of):
    fact = one(facts_of("The IDF shelled a Hamas outpost near Khan Younis on Tuesday."), "Israel", "ATTACKED", "Hamas")
    assert fact.date == "2024-03-05"


def test_a_force_struck_stays_the_target_named(facts_of):
    attacks = pairs(facts_of("American jets struck Revolutionary Guards bases in eastern Syria on Tuesday."), "ATTACKED")
    assert ("Iran", "Iran") not in attacks
    assert not any(subject == "Islamic Revolutionary Guard Corps" for subject, _ in attacks)
    assert ("United States", "Islamic Revolutionary Guard Corps") in attacks


def test_a_sanction_on_a_force_stays_on_the_force(facts_of):
    facts = facts_of("The European Union imposed sanctions on the Revolutionary Guards on Tuesday.")
    sanctioned = {f.subject for f in facts if f.relation == "SANCTIONED_BY"}
    assert "Islamic Revolutionary Guard Corps" in sanctioned
    assert "Iran" not in sanctioned
