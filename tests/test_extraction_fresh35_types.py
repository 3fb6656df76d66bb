"""Names no gazetteer knows that the model typed as places, as fresh real news showed them in
stop 35, in phrasings of our own.

- "X, who landed in Y on Monday, held talks with Z": a lone surname the model took for a place
  or a body, set off before a "who" clause, is a person (places and bodies take "which"); so he
  met Z, and no State "X" did.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_lone_surname_before_a_who_clause_is_a_person(facts_of):
    facts = facts_of("Bhandarkar, who landed in Kathmandu on Monday, held talks with Foreign Minister Narayan Khadka.",
                     published=dt.date(2022, 3, 8))
    fact = one(facts, "Bhandarkar", "MET_WITH", "Narayan Khadka")
    assert "Person" in (fact.subject_type, fact.object_type), fact
    assert not [f for f in facts if "State" in (f.subject_type, f.object_type) and "Bhandarkar" in (f.subject, f.object)]


def test_who_clause_after_arrival_then_talks(facts_of):
    facts = facts_of("Mehra, who arrived in Male on Saturday, held talks with Maldivian President Mohamed Muizzu.",
                     published=dt.date(2024, 3, 8))
    one(facts, "Mehra", "MET_WITH", "Mohamed Muizzu")

