"""The state of a bare title, in phrasings of our own (stop 40).

A title with no state word of its own ("Foreign Minister X", "President Y") whose holder the
gazetteer does not know takes the only state its context names, or the state of a post of
that kind the sentence before describes. That guess stands only when the article does not
speak against it: the same person given another state by a title of his own elsewhere, or
an official he meets holding that state's post by a title of his own (the host, the other
side). Then the nearest state was the host's or the other side's, and no role is read; nor is
it read for him further on.

Sentences are our own; articles are dated as each test says."""
from tests.facts import find, one


def test_same_person_given_his_state_earlier_keeps_it(facts_of):
    facts = facts_of("Kenyan Foreign Minister Wanjiru Otieno reached Lima on Monday ahead of two days of talks. "
                     "She toured a fishing port in Peru on Tuesday. "
                     "Foreign Minister Wanjiru Otieno later planted a tree at the botanical garden.")
    one(facts, "Wanjiru Otieno", "HOLDS_ROLE", "Kenya")
    assert not find(facts, "Wanjiru Otieno", "HOLDS_ROLE", "Peru")


def test_host_official_met_gives_the_visitor_no_state(facts_of):
    facts = facts_of("Defence Minister Halvard Nesse met Oriol Puig, Minister of Defence of Spain, at a naval "
                     "base near Cartagena on Wednesday. Minister Nesse later visited a shipyard.")
    one(facts, "Oriol Puig", "HOLDS_ROLE", "Spain")
    assert not find(facts, "Halvard Nesse", "HOLDS_ROLE", "Spain")


def test_described_post_of_another_person_named_beside_him(facts_of):
    facts = facts_of("Chilean President Gabriel Soto landed in Lima on Thursday afternoon. "
                     "The Chilean President is the only head of government to call since the floods. "
                     "President Soto will hold talks with President Dina Quispe on Friday.")
    one(facts, "Gabriel Soto", "HOLDS_ROLE", "Chile")
    assert not find(facts, "Dina Quispe", "HOLDS_ROLE", "Chile")
