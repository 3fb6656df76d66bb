"""Meetings and calls fresh real news showed in stop 31, each in phrasings of our own.

- "held a telephonic conversation with X" (the adjective of South Asian wire copy), "held a
  video conference with X", "A and B held a video conference": a call at a distance is a
  meeting (a cabinet session chaired "via video conference", a speech "by video conference"
  name nobody met);
- "chaired the XXXV Summit": a Roman ordinal before an event's name is no actor;
- "X congratulated Y over the phone", "thanked Y by telephone": a verb of addressing whose
  channel is the phone is a call with the one addressed (a broadcaster told by phone is no
  person met);
- "Name’ meeting with Y" (a name ending in s, the bare apostrophe the small parser may take for
  a closing quote, the name tagged a common noun or hung on the noun as modifier or subject):
  the name is still the meeting's owner.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


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


# ---- a Roman ordinal is no actor ----------------------------------------------------------------
def test_roman_ordinal_of_a_summit_is_no_actor(facts_of):
    facts = facts_of("The Prime Minister of Ruritania, Oskar Lind, together with the President of "
                     "Borduria, Petar Vukic, opened the XXIV Ruritanian-Bordurian Summit in the port "
                     "city of Zenda.", published=dt.date(2024, 10, 18))
    assert not [f for f in facts if "XXIV" in (f.subject, f.object)], facts


# ---- an address by phone ------------------------------------------------------------------------
def test_congratulated_over_the_phone(facts_of):
    facts = facts_of("Ruritanian President Oskar Lind warmly congratulated Bordurian Prime Minister "
                     "Petar Vukic over the phone on Wednesday.", published=dt.date(2021, 4, 9))
    one(facts, "Oskar Lind", "MET_WITH", "Petar Vukic")


def test_thanked_by_telephone(facts_of):
    facts = facts_of("Chilean President Ana Ruiz thanked Peruvian President Jose Vera by telephone "
                     "for the rescue teams he had sent.", published=dt.date(2021, 4, 9))
    one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")


def test_told_reporters_by_phone_is_no_meeting(facts_of):
    facts = facts_of("Ruritanian President Oskar Lind told the state broadcaster by phone that he "
                     "was safe.", published=dt.date(2021, 4, 9))
    assert not [f for f in facts if f.relation == "MET_WITH"], facts


# ---- a bare apostrophe after a name ending in s ----------------------------------------------
def test_bare_apostrophe_possessor_of_a_meeting(facts_of):
    facts = facts_of("Ruritanian Defence Minister Andreas Kallas arrived in Zenda on Monday. Kallas’ "
                     "meeting with Defence Minister Petar Vukic was held at the ministry.",
                     published=dt.date(2022, 12, 9))
    one(facts, "Andreas Kallas", "MET_WITH", "Petar Vukic")


def test_bare_apostrophe_possessor_of_talks_the_parser_made_a_noun(facts_of):
    facts = facts_of("President Nikos Demetriades landed in Geneva on Friday. Demetriades’ talks with "
                     "Antonio Guterres were described as useful.", published=dt.date(2019, 9, 27))
    one(facts, "Nikos Demetriades", "MET_WITH", "Antonio Guterres")


def test_a_quoted_word_before_a_meeting_is_no_owner(facts_of):
    facts = facts_of("Oskar Lind called it the ‘historic’ meeting with Petar Vukic in Zenda.",
                     published=dt.date(2019, 9, 27))
    assert not [f for f in facts if f.relation == "MET_WITH" and "historic" in (f.subject + f.object).lower()], facts


def test_bare_apostrophe_possessor_parsed_as_the_subject(facts_of):
    facts = facts_of("Ruritanian Defence Minister Andreas Kallas arrived in Zenda on Monday. An aide said "
                     "Kallas’ meeting with Prime Minister Petar Vukic on Friday will focus on ports.",
                     published=dt.date(2022, 12, 6))
    one(facts, "Andreas Kallas", "MET_WITH", "Petar Vukic")
