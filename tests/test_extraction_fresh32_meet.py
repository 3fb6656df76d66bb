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
