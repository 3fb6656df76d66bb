"""A host receiving a visitor, the commonest shape of visit news, as fresh real news showed it
in stop 35, in phrasings of our own.

- "X arrived in Y. Z received him at the airport": an object pronoun is never the subject of its
  own clause; with nobody else named before it in its sentence it stands for the traveller of
  the sentence before, as a subject pronoun does ("Z met him later that day", "Z welcomed him",
  also when the host is named in apposition after a title, or when a verb of saying after the
  clause reports it);
- a host named in the sentence before is not the guest the pronoun stands for ("X invited Y.
  X welcomed her").

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_host_received_him_after_arrival(facts_of):
    facts = facts_of("Malawian Foreign Minister Alinafe Chirwa arrived in Lusaka on Tuesday. "
                     "Zambian Deputy Foreign Minister Bwalya Mwansa received him at the airport.",
                     published=dt.date(2022, 6, 9))
    one(facts, "Bwalya Mwansa", "MET_WITH", "Alinafe Chirwa")


def test_host_met_him_later_that_day(facts_of):
    facts = facts_of("Estonian Defence Minister Kaarel Tamm landed in Vilnius on Monday. "
                     "Lithuanian President Gintaras Valaitis met him later that day.",
                     published=dt.date(2023, 2, 15))
    one(facts, "Gintaras Valaitis", "MET_WITH", "Kaarel Tamm")


def test_host_named_in_apposition_welcomed_her(facts_of):
    facts = facts_of("Chilean Trade Minister Paula Rojas reached Lima on Sunday for a three-day visit. "
                     "The head of protocol at the Peruvian foreign ministry, Mario Quispe, welcomed her on arrival.",
                     published=dt.date(2021, 11, 4))
    one(facts, "Mario Quispe", "MET_WITH", "Paula Rojas")


def test_reported_welcome_of_him(facts_of):
    facts = facts_of("Kenyan Foreign Minister Daniel Otieno flew into Kampala on Friday. "
                     "Ugandan Foreign Minister Moses Okello greeted him at Entebbe, an official said.",
                     published=dt.date(2020, 8, 21))
    one(facts, "Moses Okello", "MET_WITH", "Daniel Otieno")


def test_the_host_of_the_sentence_before_is_not_the_guest(facts_of):
    facts = facts_of("Norwegian Prime Minister Eirik Berg invited Finnish President Aino Laine to Oslo for talks. "
                     "Berg welcomed her at the royal palace on Tuesday.",
                     published=dt.date(2024, 4, 10))
    one(facts, "Eirik Berg", "MET_WITH", "Aino Laine")
