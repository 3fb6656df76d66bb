"""Sanctions fresh real news showed in stop 34, in phrasings of our own.

- "penalties" announced against, imposed or slapped on a state, its sector or its officials are
  sanctions, as "countermeasures" and "embargoes" are (the word US wire copy often uses for
  Treasury designations).

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from schemas.models import Modality
from tests.facts import one


def test_penalties_slapped_on_a_states_sector(facts_of):
    facts = facts_of("The United States on Tuesday slapped new penalties on Nicaragua's gold sector, "
                     "officials said.", published=dt.date(2024, 6, 14))
    assert one(facts, "Nicaragua", "SANCTIONED_BY", "United States").modality == Modality.ASSERTED


def test_penalties_put_on_named_firms(facts_of):
    facts = facts_of("On Friday the US Treasury put penalties on Rosneft and Gazprombank, two pillars of "
                     "the Kremlin's war economy.", published=dt.date(2024, 6, 14))
    one(facts, "Rosneft", "SANCTIONED_BY", "United States")
    one(facts, "Gazprombank", "SANCTIONED_BY", "United States")


def test_penalties_a_bloc_will_impose_are_planned(facts_of):
    facts = facts_of("The European Union said it would impose penalties on Belarus over the forced landing "
                     "of the airliner.", published=dt.date(2024, 6, 14))
    assert one(facts, "Belarus", "SANCTIONED_BY", "European Union").modality == Modality.PLANNED

