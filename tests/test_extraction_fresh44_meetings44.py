"""Meetings fresh real news showed in stop 44, each in phrasings of our own.

- "the A-B meeting", "the A B - C D talks": one person span the small model made of two names
  joined by a dash before a common noun is those two persons, when each part is known on its own
  (a family name of the gazetteer's office holders, or another person the article names), so the
  meeting noun pairs them; a double-barrelled family name nobody is known by in parts stays one
  person;
- "had a brief conversation with X", "a conversation between A and B was held": a conversation
  (a counted one, with a determiner) is a meeting between persons or states, whatever its channel;
  one with a news outlet is an interview, no meeting.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def _met(facts):
    return [f for f in facts if f.relation == "MET_WITH"]


# ---- two names joined by a dash before a meeting noun --------------------------------------------
def test_dashed_family_names_of_two_leaders_before_a_meeting(facts_of):
    facts = facts_of("The Koizumi-Roh meeting ended late on Tuesday without a deal.",
                     published=dt.date(2003, 3, 4))
    one(facts, "Junichiro Koizumi", "MET_WITH", "Roh Moo-hyun")


def test_dashed_full_names_heading_a_release(facts_of):
    facts = facts_of("Oskar Lind - Petar Vukic meeting, 3 March. Ruritanian Deputy Minister Oskar Lind "
                     "and Bordurian Deputy Minister Petar Vukic held a third round of talks. Minister "
                     "Lind also met Energy Secretary Maria Holm.", published=dt.date(2021, 3, 4))
    one(facts, "Oskar Lind", "MET_WITH", "Petar Vukic")
    one(facts, "Oskar Lind", "MET_WITH", "Maria Holm")
    assert not [f for f in facts if " - " in f.subject or " - " in f.object], facts


def test_a_double_barrelled_family_name_stays_one_person(facts_of):
    facts = facts_of("Bordurian Foreign Minister Ana Rocha-Vidal met Ruritanian envoy Oskar Lind on "
                     "Monday. The Rocha-Vidal visit ended a day later.", published=dt.date(2022, 9, 6))
    one(facts, "Ana Rocha-Vidal", "MET_WITH", "Oskar Lind")
    assert not [f for f in facts if f.subject in ("Rocha", "Vidal") or f.object in ("Rocha", "Vidal")], facts


# ---- a conversation, whatever its channel --------------------------------------------------------
def test_had_a_brief_conversation_with(facts_of):
    facts = facts_of("Ruritanian President Oskar Lind had a brief conversation with Bordurian "
                     "President Petar Vukic on the sidelines of the regional summit.",
                     published=dt.date(2022, 11, 18))
    one(facts, "Oskar Lind", "MET_WITH", "Petar Vukic")


def test_a_conversation_between_two_was_held(facts_of):
    facts = facts_of("A short conversation between Ruritanian Prime Minister Oskar Lind and Bordurian "
                     "Prime Minister Petar Vukic was held in Geneva, an aide said.",
                     published=dt.date(2020, 2, 14))
    one(facts, "Oskar Lind", "MET_WITH", "Petar Vukic")


def test_a_conversation_with_a_news_outlet_is_no_meeting(facts_of):
    facts = facts_of("In a conversation with Reuters on Friday, Ruritanian President Oskar Lind said "
                     "the border would stay open.", published=dt.date(2022, 11, 18))
    assert not _met(facts), facts
