"""Names no gazetteer knows that the model typed as places, as fresh real news showed them in
stop 35, in phrasings of our own.

- "X, who landed in Y on Monday, held talks with Z": a lone surname the model took for a place
  or a body, set off before a "who" clause, is a person (places and bodies take "which"); so he
  met Z, and no State "X" did;
- "called on Y at the Istana": a name the gazetteer does not know that takes "the" is a site,
  not a state (the states whose names take "the" are all known), so neither the host nor the
  guest "visited" a State of that name.

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


def test_a_site_taking_the_is_no_state_visited(facts_of):
    facts = facts_of("Thai Prime Minister Srettha Thavisin called on Singapore's President Tharman Shanmugaratnam "
                     "at the Istana on Friday.", published=dt.date(2024, 3, 15))
    one(facts, "Srettha Thavisin", "MET_WITH", "Tharman Shanmugaratnam")
    assert not [f for f in facts if f.object == "Istana" and f.object_type == "State"], facts
    assert not [f for f in facts if f.relation == "VISITED" and f.subject == "Tharman Shanmugaratnam"], facts
