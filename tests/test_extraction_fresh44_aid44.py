"""Aid a recipient is said to have received or obtained, its giver named only before the aid noun of
the amount's "in" phrase (stop 44, aid44): "X has received $N in Ruritanian aid". Sentences and
persons are our own; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import one


@pytest.mark.parametrize("text,subject,obj", [
    ("Morocco receives about $400 million in Spanish development aid every year.", "Spain", "Morocco"),
    ("Last year Bolivia received $90 million in Brazilian emergency aid after the floods.", "Brazil", "Bolivia"),
    ("The Nepali government has obtained millions in Japanese aid for new bridges.", "Japan", "Nepal"),
    ("Since 2015 Jordan has received billions of dollars in Saudi aid.", "Saudi Arabia", "Jordan"),
])
def test_giver_named_before_the_aid_noun_of_the_amount(facts_of, text, subject, obj):
    assert one(facts_of(text), subject, "AIDED", obj).modality.value == "asserted"


@pytest.mark.parametrize("text", [
    "Morocco received a Spanish delegation in Rabat to discuss the aid budget.",
    "Chile received 300 refugees in Peruvian buses, officials said.",
    "Kenya obtained permission in Chinese courts to sell the ships.",
])
def test_no_aid_from_a_modifier_that_names_no_giver(facts_of, text):
    facts = facts_of(text)
    assert not [f for f in facts if f.relation == "AIDED" and f.subject in ("Spain", "Peru", "China")]
