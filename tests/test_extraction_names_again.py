"""A person named again by one part of the full name given earlier (issue 10, mentions and
resolution): the model often sees no name in a lone given name or surname, but the article has
named the person in full before. And a verb in the simple past is a done event even when
"later in the day" follows it. Invented persons; our own sentences."""

import pytest

from tests.facts import find, one


@pytest.mark.parametrize("text,person,other", [
    ("Ruritanian Prime Minister Somkiat Wongsawat arrived in Hanoi on Monday. Crowds lined the road "
     "to greet Somkiat, who met with President Tran Van Long later in the day.",
     "Somkiat Wongsawat", "Tran Van Long"),
    ("Foreign Minister Amara Okonjo landed in Accra on Monday. Officials waited at the airport to "
     "welcome Okonjo, who met with President Kwesi Mensah later in the day.",
     "Amara Okonjo", "Kwesi Mensah"),
])
def test_a_part_of_a_name_given_before_is_that_person(facts_of, text, person, other):
    facts = facts_of(text, published="2024-03-04")
    fact = one(facts, person, "MET_WITH", other)
    assert fact.modality.value == "asserted"


def test_a_part_of_a_name_not_given_before_is_no_one(facts_of):
    facts = facts_of("Crowds lined the road to greet Somkiat, who met with President Tran Van Long "
                     "later in the day.", published="2024-03-04")
    assert not find(facts, "Somkiat Wongsawat", "MET_WITH", "Tran Van Long")


@pytest.mark.parametrize("text,modality", [
    ("Foreign Minister Amara Okonjo met President Kwesi Mensah later in the day.", "asserted"),
    ("Foreign Minister Amara Okonjo will meet President Kwesi Mensah later in the day.", "planned"),
])
def test_later_in_the_day_after_a_past_verb_is_past(facts_of, text, modality):
    fact = one(facts_of(text, published="2024-03-04"), "Amara Okonjo", "MET_WITH", "Kwesi Mensah")
    assert fact.modality.value == modality
