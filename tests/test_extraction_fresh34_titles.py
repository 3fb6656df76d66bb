"""Titles and names fresh real news showed in stop 34, each in phrasings of our own.

- "Indian External Affairs Minister (EAM) X": agency copy spells a post out once and puts its
  initials in brackets before the name; the bracketed letters are no body, and the title before
  them is the name's;
- a gazetteer name that abbreviates a given name to its initial ("S. Jaishankar") gives way to the
  full name ("Subrahmanyam Jaishankar"), the form analysts and most news write; the initialled
  forms stay aliases;
- the Factbook's transliteration of a ruler's name ("al-Jabir") gives way to the spelling the
  state's own agency and English news use ("al-Jaber").

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


# ---- canonical names: the full given name, the usual spelling ---------------------------------------
def test_initialled_gazetteer_name_takes_the_full_given_name(facts_of):
    facts = facts_of("S. Jaishankar arrived in Canberra on Monday for talks on trade.",
                     published=dt.date(2024, 11, 4))
    one(facts, "Subrahmanyam Jaishankar", "VISITED", "Canberra")
    assert not find(facts, "S. Jaishankar", "VISITED", "Canberra")


def test_ruler_named_as_his_own_agency_spells_him(facts_of):
    facts = facts_of("Kuwait's Emir, Sheikh Mishal al-Ahmad al-Jaber al-Sabah, flew to Amman on "
                     "Wednesday for a one-day visit.", published=dt.date(2024, 5, 8))
    one(facts, "Mishal al-Ahmad al-Jaber al-Sabah", "HOLDS_ROLE", "Kuwait")
