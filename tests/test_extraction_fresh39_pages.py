"""Whole pages: a list item, caption or signature printed on a line of its own with no full
stop, in phrasings of our own (stop 39).

"– Name, Ambassador of X" in a list of envoys, "Name, Foreign Minister of X" under a photo: the
line ends where a full stop would stand, and the post after the comma is the person's as it is
in a sentence that ends with one. Guards: an envoy's "for X" phrase is his posting, not his
employer ("Personal Envoy of the Secretary-General for X"), and a title the model read
as a name ("National Security Adviser") employs no one.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_a_list_of_envoys_one_a_line_without_full_stops(facts_of):
    facts = facts_of("Three new envoys handed their letters of credence to the president on Tuesday:\n\n"
                     "– Ms. Ingrid Valcourt, Ambassador of the Republic of Haiti\n\n"
                     "– Mr. Tomasz Wierzbicki, Ambassador of the Republic of Poland\n\n"
                     "– Mr. Kofi Mensah Boateng, High Commissioner of Ghana\n",
                     published=dt.date(2022, 11, 15))
    one(facts, "Ingrid Valcourt", "HOLDS_ROLE", "Haiti")
    one(facts, "Tomasz Wierzbicki", "HOLDS_ROLE", "Poland")


def test_a_caption_line_naming_a_person_and_his_post(facts_of):
    facts = facts_of("Regional ministers gather in the port city for a two-day security forum\n\n"
                     "Rashid Al-Nuaimi, Minister of Interior of the Kingdom of Bahrain\n\n"
                     "The forum closed with a pledge to share maritime intelligence.",
                     published=dt.date(2019, 10, 21))
    one(facts, "Rashid Al-Nuaimi", "HOLDS_ROLE", "Bahrain")


def test_an_envoys_for_phrase_is_his_posting_not_his_employer(facts_of):
    facts = facts_of("Shelling near the border town condemned by UN official\n\n"
                     "The appeal was issued by Margit Lindqvist, Personal Envoy of the Secretary-General for Somalia.\n\n"
                     "The official urged all sides to respect the truce.",
                     published=dt.date(2016, 5, 9))
    assert not find(facts, "Margit Lindqvist", "HOLDS_ROLE", "Somalia"), \
        [(f.subject, f.relation, f.object) for f in facts]


def test_a_title_read_as_a_name_employs_no_one(facts_of):
    facts = facts_of("The talks were attended by Gareth Holloway, National Security Adviser to the Prime Minister.",
                     published=dt.date(2018, 2, 2))
    assert not [f for f in facts if f.relation == "HOLDS_ROLE" and f.subject == "Gareth Holloway"
                and "Adviser" in f.object], [(f.subject, f.relation, f.object) for f in facts]
