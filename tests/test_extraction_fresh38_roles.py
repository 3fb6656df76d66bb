"""Titles fresh real news and other outlets' pages showed in stop 38 (roles pass), each in
phrasings of our own.

- A South Asian foreign secretary is the foreign ministry's senior civil servant, not its
  minister: his title stays "Foreign Secretary" for the states titles.json lists, while a British
  Foreign Secretary is still the Foreign Minister.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_south_asian_foreign_secretary_keeps_his_title(facts_of):
    facts = facts_of("Pakistani Foreign Secretary Tariq Hameed will lead the delegation to the water talks "
                     "in Kabul next week.", published=dt.date(2023, 5, 2))
    assert one(facts, "Tariq Hameed", "HOLDS_ROLE", "Pakistan").title == "Foreign Secretary"
    facts = facts_of("British Foreign Secretary Helen Marsh arrived in Nairobi on Monday for talks on "
                     "the drought.", published=dt.date(2023, 5, 2))
    assert one(facts, "Helen Marsh", "HOLDS_ROLE", "United Kingdom").title == "Foreign Minister"


def test_foreign_secretary_of_a_south_asian_state_in_an_apposition(facts_of):
    facts = facts_of("Rina Gurung, Foreign Secretary of Nepal, opened the border working group in "
                     "Pokhara on Sunday.", published=dt.date(2023, 5, 2))
    assert one(facts, "Rina Gurung", "HOLDS_ROLE", "Nepal").title == "Foreign Secretary"


def test_counterpart_of_a_foreign_secretary_is_one_too(facts_of):
    facts = facts_of("Bangladeshi Foreign Secretary Karim Uddin flew to Colombo to meet his Sri Lankan "
                     "counterpart Nimal Perera on fisheries.", published=dt.date(2023, 5, 2))
    assert one(facts, "Nimal Perera", "HOLDS_ROLE", "Sri Lanka").title == "Foreign Secretary"

