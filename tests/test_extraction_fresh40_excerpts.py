"""Whole pages: a name written with its initial glued on ("Kh.Battulga", "D.Tsogtbaatar"), as
Mongolian wire copy prints it, and that copy's dateline with the agency between slashes, in
phrasings of our own (stop 40).

The initial and its full stop are part of the name: no sentence ends there, and the name is a
person's as "D. Tsogtbaatar" would be. The dateline "Ulaanbaatar /ABC/ " is the filing place and
the agency, not an actor of the sentence. Guard: a state after a title's "of" in the sentence
before ("X, the Prime Minister of Ruritania") is that titled person's, not the state of a bare
title in the next sentence.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from ingest.cleaning import clean_article_text
from tests.facts import find, one


def test_a_two_letter_initial_glued_to_the_name_ends_no_sentence(facts_of):
    facts = facts_of("Mongolian President Ch.Gantulga held talks with Kazakh President Dariga Ospanova "
                     "in the capital on Monday.", published=dt.date(2019, 4, 8))
    one(facts, "Ch.Gantulga", "MET_WITH", "Dariga Ospanova")


def test_a_one_letter_initial_glued_to_the_name_is_a_persons_name(facts_of):
    facts = facts_of("During a three-day trip to Germany, Foreign Minister B.Ganzorig met with "
                     "German lawmaker Helga Brandtner on Wednesday.", published=dt.date(2019, 6, 12))
    one(facts, "B.Ganzorig", "VISITED", "Germany")
    one(facts, "B.Ganzorig", "MET_WITH", "Helga Brandtner")


def test_a_slashed_agency_credit_is_a_dateline_not_an_actor(facts_of):
    facts = facts_of(clean_article_text("Ulaanbaatar, Mongolia /ABCNEWS/ On Monday, the chairman of parliament Bold "
                                        "Erdene received newly appointed Prime Minister Dorj Naran and wished him "
                                        "success in the post."), published=dt.date(2020, 2, 4))
    one(facts, "Bold Erdene", "MET_WITH", "Dorj Naran")
    assert not find(facts, "Mongolia", "MET_WITH", "Dorj Naran"), [(f.subject, f.relation, f.object) for f in facts]
    assert not find(facts, "Dorj Naran", "VISITED", "Mongolia"), [(f.subject, f.relation, f.object) for f in facts]


def test_a_state_after_a_titles_of_is_not_the_next_bare_titles_state(facts_of):
    facts = facts_of("On May 2, President Bataa Oyunbileg welcomed Andrei Moraru, the Prime Minister of the "
                     "Republic of Moldova.\n\nPresident Bataa Oyunbileg said he valued the visit.",
                     published=dt.date(2016, 5, 3))
    one(facts, "Andrei Moraru", "HOLDS_ROLE", "Moldova")
    assert not find(facts, "Bataa Oyunbileg", "HOLDS_ROLE", "Moldova"), [(f.subject, f.relation, f.object) for f in facts]
