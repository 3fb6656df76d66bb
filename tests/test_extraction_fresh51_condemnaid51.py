"""A shelling, bombing, bombardment, invasion, occupation or annexation "of" a place names the
place it befalls, not whoever did it (stop 51, condemnaid51): "X condemned the shelling of Y-ian
villages" censures no one of Y, as "the killing of X" already named its victim. The act's own
doer still counts: a demonym or possessor before the act, or its "by" phrase.
Sentences are our own; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import find, one


@pytest.mark.parametrize("text,censurer,victim", [
    ("Greece condemned the shelling of Cypriot villages on Tuesday.", "Greece", "Cyprus"),
    ("Norway denounced the bombing of the Danish consulate in Kabul.", "Norway", "Denmark"),
    ("Chile sharply criticized the bombardment of Peruvian fishing ports.", "Chile", "Peru"),
    ("Kenya condemned the annexation of Somali grazing land by armed herders.", "Kenya", "Somalia"),
    ("Egypt condemned the occupation of Sudanese farms by a militia.", "Egypt", "Sudan"),
])
def test_the_place_an_act_befalls_is_not_censured(facts_of, text, censurer, victim):
    assert not find(facts_of(text), censurer, "CONDEMNED", victim)


@pytest.mark.parametrize("text,censurer,doer", [
    ("Greece condemned the Turkish shelling of Cypriot villages.", "Greece", "Turkey"),
    ("Poland condemned the bombing of Ukrainian cities by Russian jets.", "Poland", "Russia"),
    ("Finland condemned Russia's shelling of Ukrainian towns.", "Finland", "Russia"),
])
def test_the_doer_of_the_act_is_still_censured(facts_of, text, censurer, doer):
    one(facts_of(text), censurer, "CONDEMNED", doer)
