"""Visits fresh real news showed in stop 36, in phrasings of our own.

- a guest the participle "visiting" qualifies, in a clause with no place phrase (or only a site
  no gazetteer places, "at the Government Palace"), visited the state the sentence's other
  persons hold office for: "A and his visiting counterpart B held talks", "Visiting President B
  and President A witnessed the signing" (before, only an in/at phrase naming a city or state
  gave the destination);
- opening the sentence, "Visiting President B met ..." is read as a clause subject whose object
  is the guest: the guest is still the participle's;
- hosts of two states leave the destination unsaid: no visit (this one guards the change; it
  passes before it too).

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def _visits(facts):
    return [f for f in facts if f.relation == "VISITED"]


def test_visiting_counterpart_beside_the_host(facts_of):
    facts = facts_of("Ugandan Foreign Minister Amara Okello on Tuesday held talks with his visiting "
                     "Rwandan counterpart Jean Mugisha on border trade and refugees.",
                     published=dt.date(2023, 6, 14))
    fact = one(facts, "Jean Mugisha", "VISITED", "Uganda")
    assert fact.modality == "asserted"


def test_visiting_president_opening_the_sentence_at_an_unplaced_site(facts_of):
    facts = facts_of("Visiting Chilean President Tomas Verdugo and Peruvian President Rosa Quispe "
                     "witnessed the signing of three accords at the Government Palace on Thursday.",
                     published=dt.date(2022, 11, 5))
    one(facts, "Tomas Verdugo", "VISITED", "Peru")


def test_hosts_of_two_states_name_no_destination(facts_of):
    facts = facts_of("Visiting Chilean President Tomas Verdugo met Peruvian President Rosa Quispe "
                     "and Bolivian President Marco Condori on Thursday.",
                     published=dt.date(2022, 11, 5))
    assert not [f for f in _visits(facts) if f.subject == "Tomas Verdugo"], facts
