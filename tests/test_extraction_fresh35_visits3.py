"""Tours begun, ended or wrapped up in a place, in phrasings of our own (stop 35, a gap the
maintainer found probing with his own sentences).

- "began a regional tour in X", "wrapped up a three-nation tour in Y", "kicked off an African
  tour in Z": a tour with no possessor takes its traveller from the support verb that carries it
  (verbs.json light_verbs, "kick off" as a phrasal lemma), its place from the "in" phrase on the
  verb or on the noun; any other verb does not carry the traveller's trip ("served two tours in
  X" is a posting), nor does a tour of duty;
- "ended a two-day visit to X": ending a trip says it happened, with a possessor or without.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from schemas.models import Modality
from tests.facts import one


def test_a_regional_tour_begun_in_a_city(facts_of):
    facts = facts_of("Jacinda Ardern began a regional tour in Suva on Wednesday.",
                     published=dt.date(2019, 4, 26))
    fact = one(facts, "Jacinda Ardern", "VISITED", "Suva")
    assert fact.modality == Modality.ASSERTED


def test_a_multi_nation_tour_wrapped_up_in_a_city(facts_of):
    facts = facts_of("Olaf Scholz wrapped up a three-nation tour in Hanoi on Friday.",
                     published=dt.date(2023, 2, 13))
    fact = one(facts, "Olaf Scholz", "VISITED", "Hanoi")
    assert fact.modality == Modality.ASSERTED


def test_a_tour_kicked_off_in_a_capital(facts_of):
    facts = facts_of("Luiz Inacio Lula da Silva kicked off an African tour in Luanda on Thursday.",
                     published=dt.date(2023, 8, 28))
    one(facts, "Luiz Inacio Lula da Silva", "VISITED", "Luanda")


def test_a_visit_ended_without_a_possessor_happened(facts_of):
    facts = facts_of("Emmanuel Macron ended a two-day visit to Nigeria on Saturday.",
                     published=dt.date(2018, 7, 5))
    fact = one(facts, "Emmanuel Macron", "VISITED", "Nigeria")
    assert fact.modality == Modality.ASSERTED


def test_tours_served_are_no_visit(facts_of):
    facts = facts_of("Sergeant Paul Mercer served two tours in Afghanistan before he retired.",
                     published=dt.date(2015, 1, 9))
    assert not [f for f in facts if f.relation == "VISITED"], facts


def test_a_tour_of_duty_is_no_visit(facts_of):
    facts = facts_of("Sergeant Paul Mercer began a tour of duty in Iraq last spring.",
                     published=dt.date(2008, 2, 4))
    assert not [f for f in facts if f.relation == "VISITED"], facts
