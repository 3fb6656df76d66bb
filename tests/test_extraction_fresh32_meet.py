"""Meetings and talks fresh real news showed in stop 32, each in phrasings of our own.

- "held talks with A, and with B", "separate meetings with A and with B": a second phrase of the
  same preposition, coordinated with the meeting noun's own, names a second partner, wherever the
  parser hung it (on the support verb, or as a conjunct of the first phrase);
- "plans for a summit between A and B", "preparations for a meeting between ...": a gathering a
  plan's phrase names is still to come (talks held "on plans for" a crossing did take place).

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from schemas.models import Modality
from tests.facts import one


# ---- a second "with" phrase coordinated with the first --------------------------------------------
def test_talks_with_one_and_with_another(facts_of):
    facts = facts_of("Chilean Foreign Minister Ana Ruiz held talks with her Peruvian counterpart, Jose "
                     "Vera, and with Bolivian President Luis Arce.", published=dt.date(2024, 3, 8))
    one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")
    one(facts, "Ana Ruiz", "MET_WITH", "Luis Arce")


def test_talks_both_with_one_and_with_another(facts_of):
    facts = facts_of("The Ruritanian foreign minister Oskar Lind held talks both with his Bordurian "
                     "counterpart, Petar Vukic, and with Bordurian Prime Minister Ivo Maric.",
                     published=dt.date(2024, 3, 8))
    one(facts, "Oskar Lind", "MET_WITH", "Petar Vukic")
    one(facts, "Oskar Lind", "MET_WITH", "Ivo Maric")


def test_separate_meetings_with_one_and_with_another(facts_of):
    facts = facts_of("Chilean Foreign Minister Ana Ruiz held separate meetings with Peruvian President "
                     "Jose Vera and with Bolivian President Luis Arce on Monday.", published=dt.date(2024, 3, 8))
    one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")
    one(facts, "Ana Ruiz", "MET_WITH", "Luis Arce")


def test_a_with_phrase_of_another_noun_is_no_partner(facts_of):
    facts = facts_of("Chilean Foreign Minister Ana Ruiz held talks with Peruvian President Jose Vera "
                     "and signed a memorandum with the Andean Development Bank.", published=dt.date(2024, 3, 8))
    one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")
    assert not [f for f in facts if f.relation == "MET_WITH" and "Bank" in (f.subject + f.object)], facts


# ---- a plan's gathering is still to come ------------------------------------------------------------
def test_plans_for_a_summit_between_two_is_planned(facts_of):
    facts = facts_of("The envoy flew to Zenda on Tuesday for talks on plans for a summit next spring "
                     "between Ruritanian President Oskar Lind and Bordurian President Petar Vukic.",
                     published=dt.date(2024, 3, 8))
    assert one(facts, "Oskar Lind", "MET_WITH", "Petar Vukic").modality == Modality.PLANNED


def test_preparations_for_a_meeting_are_planned(facts_of):
    facts = facts_of("Officials said preparations for a meeting between Chilean President Ana Ruiz and "
                     "Peruvian President Jose Vera were well advanced.", published=dt.date(2024, 3, 8))
    assert one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera").modality == Modality.PLANNED


def test_talks_held_on_plans_took_place(facts_of):
    facts = facts_of("Chilean President Ana Ruiz held talks with Peruvian President Jose Vera on plans "
                     "for a new border crossing.", published=dt.date(2024, 3, 8))
    assert one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera").modality == Modality.ASSERTED


# ---- a name set off after a relative clause restates the clause's object ------------------------------
def test_name_after_relative_clause_is_not_the_host(facts_of):
    facts = facts_of("Chilean President Ana Ruiz landed in Zenda on Monday. She was met at the airport by "
                     "President Oskar Lind, who in 1990 also received the only other Chilean president to "
                     "come to the island, Jose Vera.", published=dt.date(2024, 3, 8))
    one(facts, "Oskar Lind", "MET_WITH", "Ana Ruiz")
    assert not [f for f in facts if f.relation == "MET_WITH" and "Jose Vera" in (f.subject, f.object)
                and "Ana Ruiz" in (f.subject, f.object)], facts


def test_name_in_apposition_after_a_title_is_still_read(facts_of):
    facts = facts_of("Chilean President Ana Ruiz met Oskar Lind, the president of Ruritania, on Monday.",
                     published=dt.date(2024, 3, 8))
    one(facts, "Ana Ruiz", "MET_WITH", "Oskar Lind")


def test_name_after_relative_clause_on_a_built_parse():
    # Ana Ruiz was greeted by Oskar Lind , who hosted the other president , Jose Vera .
    # (the small parser hangs the last name on Lind as his apposition)
    from tests.syntax import facts_from, parsed

    doc = parsed([
        ("Ana", 1, "compound", "PROPN", "NNP", "Ana", "B-PERSON"),
        ("Ruiz", 3, "nsubjpass", "PROPN", "NNP", "Ruiz", "I-PERSON"),
        ("was", 3, "auxpass", "AUX", "VBD", "be", "O"),
        ("greeted", 3, "ROOT", "VERB", "VBN", "greet", "O"),
        ("by", 3, "agent", "ADP", "IN", "by", "O"),
        ("Oskar", 6, "compound", "PROPN", "NNP", "Oskar", "B-PERSON"),
        ("Lind", 4, "pobj", "PROPN", "NNP", "Lind", "I-PERSON"),
        (",", 6, "punct", "PUNCT", ",", ",", "O"),
        ("who", 9, "nsubj", "PRON", "WP", "who", "O"),
        ("hosted", 6, "relcl", "VERB", "VBD", "host", "O"),
        ("the", 12, "det", "DET", "DT", "the", "O"),
        ("other", 12, "amod", "ADJ", "JJ", "other", "O"),
        ("president", 9, "dobj", "NOUN", "NN", "president", "O"),
        (",", 6, "punct", "PUNCT", ",", ",", "O"),
        ("Jose", 15, "compound", "PROPN", "NNP", "Jose", "B-PERSON"),
        ("Vera", 6, "appos", "PROPN", "NNP", "Vera", "I-PERSON"),
        (".", 3, "punct", "PUNCT", ".", ".", "O"),
    ])
    met = {frozenset((f.subject, f.object)) for f in facts_from(doc) if f.relation == "MET_WITH"}
    assert frozenset(("Oskar Lind", "Ana Ruiz")) in met, met
    assert frozenset(("Jose Vera", "Ana Ruiz")) not in met, met


# ---- a lone surname before a curly possessive, tagged a common noun ------------------------------
def test_surname_before_curly_possessive_tagged_a_noun_is_the_person():
    # Ana Ruiz arrived . Ruiz ’s plane landed and she was received by Jose Vera .
    # (the small model tags the surname before "’s" a common noun and calls it an organisation)
    from tests.syntax import facts_from, parsed

    doc = parsed([
        ("Ana", 1, "compound", "PROPN", "NNP", "Ana", "B-PERSON"),
        ("Ruiz", 2, "nsubj", "PROPN", "NNP", "Ruiz", "I-PERSON"),
        ("arrived", 2, "ROOT", "VERB", "VBD", "arrive", "O"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
        ("Ruiz", 6, "poss", "NOUN", "NN", "ruiz", "B-ORG"),
        ("’s", 4, "case", "PART", "POS", "’s", "O"),
        ("plane", 7, "nsubj", "NOUN", "NN", "plane", "O"),
        ("landed", 7, "ROOT", "VERB", "VBD", "land", "O"),
        ("and", 7, "cc", "CCONJ", "CC", "and", "O"),
        ("she", 11, "nsubjpass", "PRON", "PRP", "she", "O"),
        ("was", 11, "auxpass", "AUX", "VBD", "be", "O"),
        ("received", 7, "conj", "VERB", "VBN", "receive", "O"),
        ("by", 11, "agent", "ADP", "IN", "by", "O"),
        ("Jose", 14, "compound", "PROPN", "NNP", "Jose", "B-PERSON"),
        ("Vera", 12, "pobj", "PROPN", "NNP", "Vera", "I-PERSON"),
        (".", 7, "punct", "PUNCT", ".", ".", "O"),
    ])
    met = {frozenset((f.subject, f.object)) for f in facts_from(doc) if f.relation == "MET_WITH"}
    assert frozenset(("Jose Vera", "Ana Ruiz")) in met, met


def test_common_noun_before_a_possessive_is_no_person(facts_of):
    facts = facts_of("Chilean President Ana Ruiz arrived on Monday and was received by Peruvian President "
                     "Jose Vera. The Navy’s band played both anthems.", published=dt.date(2024, 3, 8))
    one(facts, "Jose Vera", "MET_WITH", "Ana Ruiz")
    assert not [f for f in facts if f.subject == "Navy" or f.object == "Navy"], facts


# ---- "Don" after a title is a given name ---------------------------------------------------------
def test_don_before_one_surname_is_a_given_name(facts_of):
    facts = facts_of("Ruritanian Trade Minister Don Harlow held talks with his Bordurian counterpart "
                     "Petar Vukic on Monday.", published=dt.date(2024, 3, 8))
    one(facts, "Don Harlow", "MET_WITH", "Petar Vukic")


def test_in_a_meeting_with_a_minister_named_don(facts_of):
    facts = facts_of("Ruritanian Foreign Minister Oskar Lind, in a meeting with Bordurian Foreign Minister "
                     "Don Vukic, said the new ferry line would open in May.", published=dt.date(2024, 3, 8))
    one(facts, "Oskar Lind", "MET_WITH", "Don Vukic")


# ---- a message conveyed to someone during a call -------------------------------------------------
def test_message_delivered_to_a_person_during_a_phone_call(facts_of):
    facts = facts_of("Chilean President Ana Ruiz said she handed on the warning herself, delivering the "
                     "message to Peruvian President Jose Vera during a phone call on Tuesday.",
                     published=dt.date(2024, 3, 8))
    one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")


def test_condolences_conveyed_in_a_telephone_call(facts_of):
    facts = facts_of("Ruritanian Prime Minister Oskar Lind conveyed his condolences to Bordurian President "
                     "Petar Vukic in a telephone call on Monday.", published=dt.date(2024, 3, 8))
    one(facts, "Oskar Lind", "MET_WITH", "Petar Vukic")


def test_message_delivered_to_a_body_during_a_call_is_no_meeting(facts_of):
    facts = facts_of("Ruritanian Prime Minister Oskar Lind delivered a message to the Bordurian parliament "
                     "during a video call on Monday.", published=dt.date(2024, 3, 8))
    assert not [f for f in facts if f.relation == "MET_WITH"], facts


# ---- spellings of the form of address Sayyid ------------------------------------------------------
def test_seyed_before_a_name_is_no_part_of_it(facts_of):
    facts = facts_of("Ruritanian Foreign Minister Seyed Oskar Lindqvist met Bordurian Foreign Minister "
                     "Petar Vukic in Zenda on Monday.", published=dt.date(2024, 3, 8))
    one(facts, "Oskar Lindqvist", "MET_WITH", "Petar Vukic")


def test_sayyed_before_a_name_is_no_part_of_it(facts_of):
    facts = facts_of("Movement leader Sayyed Karim Haddad held talks with Bordurian Foreign Minister "
                     "Petar Vukic on Monday.", published=dt.date(2024, 3, 8))
    one(facts, "Karim Haddad", "MET_WITH", "Petar Vukic")
