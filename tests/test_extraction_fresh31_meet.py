"""Meetings and calls fresh real news showed in stop 31, each in phrasings of our own.

- "held a telephonic conversation with X" (the adjective of South Asian wire copy), "held a
  video conference with X", "A and B held a video conference": a call at a distance is a
  meeting (a cabinet session chaired "via video conference", a speech "by video conference"
  name nobody met);
- "X met Y in A and later went to B, where he was received by Z": the subject pronoun of a
  clause hanging on the main clause (conjoined, then relative to a place) is the main
  subject, not the one met; a relative clause on the one met ("met Y, who said he ...")
  leaves it to him, an adverbial clause ("before he flew") to nobody;
- "chaired the XXXV Summit": a Roman ordinal before an event's name is no actor.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


# ---- calls at a distance ------------------------------------------------------------------------
def test_telephonic_conversation_is_a_call(facts_of):
    facts = facts_of("Ruritanian Prime Minister Oskar Lind had a long telephonic conversation on Tuesday "
                     "with Bordurian Prime Minister Petar Vukic.", published=dt.date(2023, 5, 12))
    one(facts, "Oskar Lind", "MET_WITH", "Petar Vukic")


def test_video_conference_with_a_partner(facts_of):
    facts = facts_of("Chilean President Ana Ruiz held a video conference with Peruvian President "
                     "Jose Vera on Monday to review the border crossings.", published=dt.date(2021, 3, 5))
    one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")


def test_two_who_held_a_video_conference(facts_of):
    facts = facts_of("Ruritanian President Oskar Lind and Bordurian President Petar Vukic held an "
                     "hour-long video conference on Thursday about river traffic.", published=dt.date(2022, 6, 10))
    one(facts, "Oskar Lind", "MET_WITH", "Petar Vukic")


def test_a_session_chaired_by_video_conference_is_no_meeting(facts_of):
    facts = facts_of("Ruritanian President Oskar Lind chaired a cabinet session via video conference "
                     "on Monday and later addressed a trade fair by video conference.",
                     published=dt.date(2022, 6, 10))
    assert not [f for f in facts if f.relation == "MET_WITH"], facts


# ---- the main subject carries into a clause on a place -----------------------------------------
def test_the_main_subject_is_received_at_the_next_stop(facts_of):
    facts = facts_of("Ruritanian Foreign Minister Oskar Lind met his Bordurian counterpart Petar Vukic "
                     "at the ministry and afterwards drove to the Blue Palace, where he was welcomed by "
                     "the President of Borduria, Daniel Moreau.", published=dt.date(2019, 9, 6))
    one(facts, "Oskar Lind", "MET_WITH", "Petar Vukic")
    one(facts, "Oskar Lind", "MET_WITH", "Daniel Moreau")
    assert not find(facts, "Daniel Moreau", "MET_WITH", "Petar Vukic")
    assert not find(facts, "Petar Vukic", "MET_WITH", "Daniel Moreau")


def test_a_relative_clause_on_the_one_met_keeps_its_pronoun(facts_of):
    facts = facts_of("Oskar Lind met Petar Vukic, who said he would meet Daniel Moreau in May.",
                     published=dt.date(2019, 9, 6))
    assert not find(facts, "Oskar Lind", "MET_WITH", "Daniel Moreau")
    assert not find(facts, "Daniel Moreau", "MET_WITH", "Oskar Lind")


# ---- a Roman ordinal is no actor ----------------------------------------------------------------
def test_roman_ordinal_of_a_summit_is_no_actor(facts_of):
    facts = facts_of("The Prime Minister of Ruritania, Oskar Lind, together with the President of "
                     "Borduria, Petar Vukic, opened the XXIV Ruritanian-Bordurian Summit in the port "
                     "city of Zenda.", published=dt.date(2024, 10, 18))
    assert not [f for f in facts if "XXIV" in (f.subject, f.object)], facts
