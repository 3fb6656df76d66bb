"""Persons and their famous namesakes (stop 42, persons named by surname only): a
name written with another father after its lineage word ("A bin B Al D" beside the known "A bin
C Al D"), or with forebears the known name does not hold in that order ("A bin B bin C" beside
"A bin C Al D"), is another man, and so is a namesake whose offices ended long before the
article; two names of one given name and other fathers stay two persons. Sentences are our
own; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import one


@pytest.mark.parametrize("text,person,other", [
    # a father of another name: another man than the known Faisal bin Farhan Al Saud
    ("Prince Faisal bin Bandar Al Saud received the Pakistani minister in Riyadh on Monday.",
     "Faisal bin Bandar Al Saud", "Faisal bin Farhan Al Saud"),
    # more forebears, in another order: not King Faisal bin Abdulaziz, who died in 1975
    ("Prince Faisal bin Salman bin Abdulaziz received the Pakistani minister in Medina on Monday.",
     "Faisal bin Salman bin Abdulaziz", "Faisal bin Abdulaziz Al Saud"),
])
def test_a_lineage_name_is_not_a_known_namesake(facts_of, text, person, other):
    facts = facts_of(text)
    one(facts, person, "MET_WITH", "Pakistan")
    assert not [f for f in facts if other in (f.subject, f.object)]


def test_two_princes_of_one_given_name_and_other_fathers_stay_two(facts_of):
    facts = facts_of("Prince Mohammad bin Salman bin Abdulaziz Al-Saud and Prince Mohammad bin Abdulrahman bin "
                     "Abdulaziz met Emir Tamim bin Hamad Al Thani in Riyadh on Monday.")
    one(facts, "Mohammed bin Salman", "MET_WITH", "Tamim bin Hamad Al Thani")
    one(facts, "Mohammad bin Abdulrahman bin Abdulaziz", "MET_WITH", "Tamim bin Hamad Al Thani")


# Guards: what must not be read.

def test_a_transliterated_forebear_stays_the_known_person(facts_of):
    one(facts_of("Sheikh Tamim bin Hamed Al Thani arrived in Kuwait on Monday."),
        "Tamim bin Hamad Al Thani", "VISITED", "Kuwait")


def test_a_former_ruler_named_in_full_stays_himself(facts_of):
    # the date check is for other spellings only: the gazetteer's own name is the king's
    facts = facts_of("In 1965 King Faisal bin Abdulaziz Al Saud visited Cairo.")
    one(facts, "Faisal bin Abdulaziz Al Saud", "VISITED", "Cairo")
