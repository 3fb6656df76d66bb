"""Attacks claimed after they are told, read from the pooled real-news passages of stop 45
(ATTACKED), in phrasings of our own:

- a claim ("claimed responsibility", "claimed credit"; verbs.json `claimed_act_frame`) whose act
  is a definite event noun naming no one ("for the attack", "for that raid in a statement") or
  no act at all claims the attack told before it in its sentence or one of the two before, also
  over a paragraph break: the claimant attacked that attack's targets;
- a claim that is denied, hedged or made by no one named, an act whose phrase names a target
  of its own, and an attack the text already gives another attacker read nothing new.

Sentences are our own; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import one


def _attacks(facts):
    return {(f.subject, f.object) for f in facts if f.relation == "ATTACKED" and f.modality.value == "asserted"}


@pytest.mark.parametrize("text,claimant,target", [
    ("Gunmen stormed a police post in Peshawar before dawn on Tuesday. The Pakistani Taliban claimed "
     "responsibility for the attack.", "Tehrik-e-Taliban Pakistan", "Peshawar"),
    ("A car bomb ripped through an army checkpoint in Mogadishu on Wednesday, and al-Shabab later claimed "
     "responsibility for the bombing.", "al-Shabaab", "Mogadishu"),
    ("Masked fighters raided a border garrison in Niger overnight.\n\nThe Islamic State claimed credit for "
     "that raid in a message posted online.", "Islamic State", "Niger"),
    ("Suicide bombers attacked a government compound in Kabul on Monday. Dozens of people were wounded. "
     "The Taliban claimed responsibility.", "Taliban", "Kabul"),
])
def test_the_claimant_of_an_attack_told_before_attacked_its_target(facts_of, text, claimant, target):
    fact = one(facts_of(text), claimant, "ATTACKED", target)
    assert fact.modality.value == "asserted"


def test_the_claimed_attack_keeps_its_own_date(facts_of):
    fact = one(facts_of("Gunmen stormed a police post in Peshawar on Tuesday. The Pakistani Taliban claimed "
                        "responsibility for the attack on Thursday."), "Tehrik-e-Taliban Pakistan", "ATTACKED", "Peshawar")
    assert fact.date == "2024-03-05"


@pytest.mark.parametrize("text", [
    # no claim made, or only a possible one
    "Gunmen stormed a police post in Peshawar on Tuesday. No group had claimed responsibility for the raid by nightfall.",
    "Gunmen stormed a police post in Peshawar on Tuesday. The Pakistani Taliban has not claimed responsibility "
    "for the attack.",
    "Gunmen stormed a police post in Peshawar on Tuesday. The Pakistani Taliban may claim responsibility for the attack.",
    "Gunmen stormed a police post in Peshawar on Tuesday. The Pakistani Taliban denied responsibility for the attack.",
    # the attack already has its attacker: a claim by another is no reading of it
    "Israeli jets struck a camp in Gaza on Monday. Hamas claimed responsibility for the attack.",
    # a common noun the recogniser took for a name is no target
    "A farmer was wounded in a rocket attack on a Kibbutz. Islamic Jihad claimed responsibility for the attacks.",
])
def test_no_claim_or_no_named_target_reads_nothing_new(facts_of, text):
    attacks = _attacks(facts_of(text))
    assert not {a for a in attacks if a[0] in ("Tehrik-e-Taliban Pakistan", "Hamas", "Palestinian Islamic Jihad")}, attacks
