"""Meetings and receptions fresh real news showed in the second round of stop 29, each in
phrasings of our own.

- "met on the tarmac by Minister of State for Trade and Industry X Y", "Under Secretary
  of State for Political Affairs X Y met ...": a name the model left untagged after a title whose
  portfolio follows "for" is the title holder's, so the one who received or met is read;
- "On landing at X, Y was greeted by Z": a lone word Y the model took for a place or a body the
  gazetteer does not know, right before the passive's auxiliary, is a person (no place is
  greeted); not a word set off by commas the parser took for the subject;
- "A B C ... lunch with B": a lone word that is the first of the two family names of a
  three-word name the article wrote before is that person (the usual short form of a Spanish
  name), not a person of its own that is then dropped.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


# ---- a name after "Title of State for Portfolio" ------------------------------------------------
def test_host_named_after_a_portfolio_with_for_met_the_guest(facts_of):
    facts = facts_of("The Kenyan President landed in Delhi on Sunday for a three-day visit. "
                     "He was met on the tarmac by Minister of State for Trade and Industry "
                     "Harshal Bendre.", published=dt.date(2024, 3, 4))
    one(facts, "Harshal Bendre", "MET_WITH", "William Ruto")


def test_envoy_named_after_a_portfolio_with_for_is_a_person(facts_of):
    facts = facts_of("Under Secretary of State for Political Affairs Marta Ellison met Kenyan "
                     "President William Ruto in Nairobi on Monday.", published=dt.date(2024, 3, 4))
    one(facts, "Marta Ellison", "MET_WITH", "William Ruto")


# ---- a lone surname the model took for a place or a body, greeted -----------------------------------------
def test_lone_surname_tagged_as_a_place_and_greeted_is_a_person(facts_of):
    facts = facts_of("On landing at Gatwick, Lacayo was greeted by Harold James Whitcombe and by "
                     "Peru's Ambassador to Britain, Rosa Quispe Mamani.", published=dt.date(2023, 6, 2))
    assert not any(f.relation == "MET_WITH" and "Lacayo" in (f.subject, f.object) and
                   f.subject != "Lacayo" and f.object != "Lacayo" for f in facts)
    one(facts, "Harold James Whitcombe", "MET_WITH", "Lacayo")


def test_word_set_off_by_commas_before_a_passive_subject_is_no_guest(facts_of):
    facts = facts_of("Wearing his customary robe, Kente, the Ruritanian president was welcomed by "
                     "his Zembian counterpart Ana Kolo.", published=dt.date(2023, 6, 2))
    assert not any(f.relation == "MET_WITH" and "Kente" in (f.subject, f.object) for f in facts)


# ---- the first of two family names alone -------------------------------------------------------
def test_first_family_name_alone_is_the_person_named_in_full_before(facts_of):
    facts = facts_of("The Portuguese premier ended a two-day stay in Lima, where he attended the "
                     "swearing-in of Peru's new leader, Rodrigo Salcedo Ibarra. On Sunday he had "
                     "a working lunch with Salcedo at the palace.", published=dt.date(2023, 6, 2))
    assert any(f.relation == "MET_WITH" and "Rodrigo Salcedo Ibarra" in (f.subject, f.object) for f in facts)
    assert not any("Salcedo" in (f.subject, f.object) for f in facts)
