"""Visits told by the guest's participle where the small parser reads it as a clause (stop 40).

"talks with visiting President X", "in the presence of visiting President X", "a ceremony for
visiting President X": right after a preposition the parser makes "visiting" a clause whose
object is the guest; "A and visiting President X are holding talks": conjoined to the host. The
guest still travelled: to the place the clause names, else to the state of the host beside him.
A gerund on a verb or a name ("accused A of visiting President X", "charged with visiting
President X") is no guest.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_a_guest_in_a_with_phrase_visited_the_place_of_the_clause(facts_of):
    facts = facts_of("Turkish President Recep Tayyip Erdogan met with visiting Hungarian Prime Minister "
                     "Viktor Orban in Ankara on Tuesday.",
                     published=dt.date(2023, 10, 20))
    one(facts, "Viktor Orbán", "VISITED", "Ankara")
    assert not find(facts, "Recep Tayyip Erdoğan", "VISITED", "Ankara")


def test_a_guest_of_a_noun_phrase_visited_the_state_of_the_host(facts_of):
    facts = facts_of("Both ministers initialled the trade accords in the presence of visiting Ghanaian President "
                     "Nana Akufo-Addo and his Kenyan counterpart William Ruto.",
                     published=dt.date(2023, 3, 2))
    one(facts, "Nana Akufo-Addo", "VISITED", "Kenya")
    assert not find(facts, "William Ruto", "VISITED", "Kenya")


def test_a_guest_conjoined_to_the_host_visited_the_state_of_the_host(facts_of):
    facts = facts_of("Sheikh Hasina, the Bangladeshi premier, and visiting Indian Prime Minister Narendra "
                     "Modi are expected to sign a river treaty, officials said.",
                     published=dt.date(2015, 6, 5))
    one(facts, "Narendra Modi", "VISITED", "Bangladesh")
    # a gerund on a name or a passive participle is no guest: the one visited stays at home
    facts = facts_of("Opposition deputies accused Lebanese Prime Minister Najib Mikati of visiting "
                     "President Bashar al-Assad.",
                     published=dt.date(2023, 3, 2))
    assert not [f for f in facts if f.relation == "VISITED" and f.subject == "Bashar al-Assad"]
    facts = facts_of("The former ambassador was charged with visiting President Bashar al-Assad without "
                     "permission.",
                     published=dt.date(2023, 3, 2))
    assert not [f for f in facts if f.relation == "VISITED" and f.subject == "Bashar al-Assad"]
