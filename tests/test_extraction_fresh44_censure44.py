"""Censure of an act whose doer a participle names, read from the pooled real-news passages of
stop 44 (CONDEMNED), in phrasings of our own:

- an act (an event noun, or a harm noun of the blame frame) followed by a participle of verbs.json
  authorship_participles names its doer in that participle's phrase: "the attack claimed by X",
  "violence attributed to Y", "the bombings blamed on Z", also as a passive relative clause ("the
  raid, which was claimed by X"); whoever censures the act censures that doer;
- a place "claimed by" a state is no act of that state's, and an act no one claimed names no doer.

Sentences are our own; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import one


def _censures(facts):
    return [(f.subject, f.object) for f in facts if f.relation == "CONDEMNED"]


@pytest.mark.parametrize("text,speaker,doer", [
    ("Jordan on Monday denounced a suicide blast claimed by Islamic State militants in Kirkuk.",
     "Jordan", "Islamic State"),
    ("Kenya condemned Tuesday's ambush, claimed by al-Shabaab, on a police convoy in Garissa.", "Kenya", "Al-Shabaab"),
    ("Nigeria deplored the raid, which was claimed by Boko Haram, on a village school.", "Nigeria", "Boko Haram"),
])
def test_censure_of_an_act_claimed_by_a_group_censures_the_group(facts_of, text, speaker, doer):
    one(facts_of(text), speaker, "CONDEMNED", doer)


@pytest.mark.parametrize("text,speaker,doer", [
    ("Ghana condemned the bombings blamed on Boko Haram in the north-east.", "Ghana", "Boko Haram"),
    ("The European Union criticised the surge of violence attributed to the Wagner Group in central Mali.",
     "European Union", "Wagner Group"),
])
def test_censure_of_an_act_blamed_on_or_attributed_to_an_actor_censures_it(facts_of, text, speaker, doer):
    one(facts_of(text), speaker, "CONDEMNED", doer)


@pytest.mark.parametrize("text", [
    "Vietnam protested the presence of survey ships in waters claimed by China.",
    "The Philippines condemned the harassment of its fishermen in an area claimed by China.",
    "Norway condemned the attack, which no group has claimed.",
])
def test_a_claimed_place_or_an_unclaimed_act_names_no_doer(facts_of, text):
    assert not _censures(facts_of(text))
