"""Meetings, receptions and calls fresh real news showed in stop 27, each in phrasings of our own.

- "The forum brought together A, B and C", "X brought Y together with Z": the ones a verb with a
  particle of gathering brings together meet each other;
- "was to meet X", "is slated to hold talks with X": an arrangement, not a meeting told.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one
from tests.syntax import facts_from, parsed  # noqa: F401


def _met(facts):
    return [(f.subject, f.object, f.modality.value) for f in facts if f.relation == "MET_WITH"]


# ---- brought together ---------------------------------------------------------------------------
def test_a_session_that_brought_together_titled_leaders_is_a_meeting_of_each_pair(facts_of):
    facts = facts_of("On Monday, at the annual session of the Nordic Energy Council in Oslo, that "
                     "brought together Prime Minister of Norway Ola Brekke, Prime Minister of Sweden "
                     "Nils Dahlgren and Prime Minister of Finland Aino Koskinen, the leaders reviewed "
                     "grid links.", published=dt.date(2019, 4, 12))
    one(facts, "Ola Brekke", "MET_WITH", "Nils Dahlgren")
    one(facts, "Ola Brekke", "MET_WITH", "Aino Koskinen")
    one(facts, "Nils Dahlgren", "MET_WITH", "Aino Koskinen")


def test_one_brought_together_with_another_met_him(facts_of):
    facts = facts_of("The mediator brought Chilean President Ana Ruiz together with Peruvian President "
                     "Jose Vera at the border crossing.", published=dt.date(2019, 4, 12))
    one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")
    assert not find(facts, "Ana Ruiz", "MET_WITH", "Peru") and not find(facts, "Jose Vera", "MET_WITH", "Chile")


def test_bringing_goods_gathers_no_one(facts_of):
    facts = facts_of("Chilean President Ana Ruiz brought medicine to Peruvian President Jose Vera.",
                     published=dt.date(2019, 4, 12))
    assert not _met(facts)


# ---- arrangements told in the past and "slated" ------------------------------------------------
def test_was_to_meet_is_an_arrangement(facts_of):
    facts = facts_of("Oskar Brandt landed in Quito on Thursday, where he was to meet with "
                     "Ecuadorian President Luis Mora.", published=dt.date(2022, 6, 10))
    assert one(facts, "Oskar Brandt", "MET_WITH", "Luis Mora").modality.value == "planned"


def test_slated_to_hold_talks_is_planned(facts_of):
    facts = facts_of("Chilean President Ana Ruiz arrived in Lima on Monday for a two-day visit, during "
                     "which she is slated to hold talks with her Peruvian counterpart, Jose Vera.",
                     published=dt.date(2022, 6, 10))
    f = one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")
    assert f.modality.value == "planned"
