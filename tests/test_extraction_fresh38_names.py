"""A title-case headline's verb is no part of a name (stop 38).

A headline capitalises every word, so the small model runs a name on over the verb after it
("[A B Meets] with C", "[X Delivers] Aid to Y") or takes the verb and its object for a person
after a title ("Envoy [Meets C]"). The name ends before the verb; a span opening on one names
no one. Prose keeps its capitalised names whole.

Sentences are our own; articles are dated as each test says (by default the wire day)."""
from tests.facts import one


def test_headline_verb_ends_a_titled_name(facts_of):
    facts = facts_of("President of Kenya William Ruto Meets with Wang Yi\n\n"
                     "The two sides spoke about rail links.")
    role = one(facts, "William Ruto", "HOLDS_ROLE", "Kenya")
    assert role.title == "President"
    assert not any("Meets" in f.subject or "Meets" in f.object for f in facts)


def test_headline_verb_after_a_state_leaves_the_donor(facts_of):
    facts = facts_of("Canada Delivers Medical Aid to Haiti After Storm\n\n"
                     "The cargo landed on Sunday.")
    one(facts, "Canada", "AIDED", "Haiti")


def test_headline_meeting_read_once_the_verb_is_out_of_the_name(facts_of):
    facts = facts_of("President Ramaphosa Meets UN Special Envoy Hans Grundberg to Discuss Yemen\n\n"
                     "The meeting lasted an hour.")
    one(facts, "Cyril Ramaphosa", "MET_WITH", "Hans Grundberg")


def test_headline_verb_after_a_title_is_no_person(facts_of):
    facts = facts_of("Ghana Envoy Meets Tinubu Over Border Trade\n\n"
                     "The envoy handed over a letter.")
    assert not [f for f in facts if f.relation == "HOLDS_ROLE"], [(f.subject, f.object) for f in facts]

