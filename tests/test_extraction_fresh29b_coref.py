"""How news refers back (stop 29, second round, the coreference helper): a plural "they" whose
clause hangs on, or follows, a clause whose subject is one person and his own party ("X and his
delegation arrived in Y, where they were greeted by Z"; "... . They were met at the airport by
Z") is that person, the party's leader; two persons, or a sentence between that brings in others,
leave it unread. Sentences are our own; articles are dated Friday 8 March 2024 unless said
otherwise."""

from tests.facts import find


def test_they_in_a_where_clause_after_a_person_and_his_party_is_that_person(facts_of):
    facts = facts_of("Chilean President Gabriel Boric and his delegation landed in Lima on Monday, where they "
                     "were greeted by Peruvian Foreign Minister Elena Quispe.")
    assert find(facts, "Elena Quispe", "MET_WITH", "Gabriel Boric") \
        or find(facts, "Gabriel Boric", "MET_WITH", "Elena Quispe")


def test_they_opening_the_next_sentence_after_a_person_and_his_entourage(facts_of):
    facts = facts_of("President Tomas Varga and his entourage touched down in Riga on Friday. They were met "
                     "on the tarmac by Latvian Foreign Minister Ilze Berzina.")
    assert find(facts, "Ilze Berzina", "MET_WITH", "Tomas Varga") \
        or find(facts, "Tomas Varga", "MET_WITH", "Ilze Berzina")


def test_they_after_a_sentence_bringing_in_others_stays_unread(facts_of):
    facts = facts_of("President Tomas Varga and his delegation touched down in Riga on Friday. Hundreds of "
                     "protesters gathered outside the terminal. They were dispersed by police chief Anna Lauga.")
    assert not find(facts, "Anna Lauga", "MET_WITH", "Tomas Varga")
    assert not find(facts, "Tomas Varga", "MET_WITH", "Anna Lauga")
