"""Meetings, receptions and calls fresh real news showed in stop 30, each in phrasings of our own.

- "X and Y exchanged views on ...", "X exchanged opinions with Y": the two who exchange views
  met (the views the verb's own object: fire exchanged "in full view of" someone is no meeting);
- "X bid farewell to Y" (an envoy's farewell call): X met Y (not a farewell to the late Y at
  his funeral, nor to a city);
- "met with X, the special envoy of President Y": the name after the title ending the
  description's phrase is whom the description is about, not one more person met, also where
  the parser made it the description's conjunct.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one
from tests.syntax import facts_from, parsed


# ---- "exchanged views" ---------------------------------------------------------------------------
def test_two_who_exchanged_views_met(facts_of):
    facts = facts_of("Ruritanian President Oskar Lind and the Bordurian envoy Petar Vukic exchanged "
                     "views on the progress of the joint water projects.", published=dt.date(2022, 6, 9))
    one(facts, "Oskar Lind", "MET_WITH", "Petar Vukic")


def test_exchanged_opinions_with_a_counterpart(facts_of):
    facts = facts_of("Chilean Foreign Minister Ana Ruiz exchanged opinions with her Peruvian "
                     "counterpart Jose Vera on fishing rights on Monday.", published=dt.date(2021, 3, 5))
    one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")


def test_fire_exchanged_in_view_of_a_person_is_no_meeting(facts_of):
    facts = facts_of("Chilean troops exchanged fire with Peruvian soldiers in full view of "
                     "General Jose Vera near the frontier.", published=dt.date(2021, 3, 5))
    assert not [f for f in facts if f.relation == "MET_WITH"]


# ---- "the envoy of President Y" --------------------------------------------------------------------
def test_the_sender_of_an_envoy_met_is_not_met(facts_of):
    # (the model parses this one right; the built parse below is the construction's)
    facts = facts_of("Queen Amalia of Ruritania on Monday in the northern town of Kessel met with "
                     "Gen. Tomas Brandt Halvorsen, the personal envoy of Bordurian President Petar "
                     "Ivo Novak Kralj, a palace source said.", published=dt.date(2022, 6, 9))
    one(facts, "Amalia", "MET_WITH", "Tomas Brandt Halvorsen")
    assert not find(facts, "Amalia", "MET_WITH", "Petar Ivo Novak Kralj")
    assert not find(facts, "Petar Ivo Novak Kralj", "MET_WITH", "Amalia")


def test_a_name_after_the_title_in_the_envoys_phrase_parsed_as_a_conjunct_is_not_met():
    # Anna Berg met with Tomas Lind , the envoy of Chilean President Petar Novak .
    # (the parser made the president's name a conjunct of "envoy", as it did in the news)
    doc = parsed([
        ("Anna", 1, "compound", "PROPN", "NNP", "Anna", "B-PERSON"),
        ("Berg", 2, "nsubj", "PROPN", "NNP", "Berg", "I-PERSON"),
        ("met", 2, "ROOT", "VERB", "VBD", "meet", "O"),
        ("with", 2, "prep", "ADP", "IN", "with", "O"),
        ("Tomas", 5, "compound", "PROPN", "NNP", "Tomas", "B-PERSON"),
        ("Lind", 3, "pobj", "PROPN", "NNP", "Lind", "I-PERSON"),
        (",", 5, "punct", "PUNCT", ",", ",", "O"),
        ("the", 8, "det", "DET", "DT", "the", "O"),
        ("envoy", 5, "appos", "NOUN", "NN", "envoy", "O"),
        ("of", 8, "prep", "ADP", "IN", "of", "O"),
        ("Chilean", 11, "amod", "ADJ", "JJ", "chilean", "B-NORP"),
        ("President", 9, "pobj", "PROPN", "NNP", "President", "O"),
        ("Petar", 13, "compound", "PROPN", "NNP", "Petar", "B-PERSON"),
        ("Novak", 8, "conj", "PROPN", "NNP", "Novak", "I-PERSON"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
    ])
    facts = facts_from(doc)
    one(facts, "Anna Berg", "MET_WITH", "Tomas Lind")
    assert not find(facts, "Anna Berg", "MET_WITH", "Petar Novak")
    assert not find(facts, "Petar Novak", "MET_WITH", "Anna Berg")


def test_a_listed_name_after_a_description_is_still_met():
    # Anna Berg met Tomas Lind , her adviser , and Petar Novak .
    # (the list's next name hung on the description as its conjunct: still one more person met)
    doc = parsed([
        ("Anna", 1, "compound", "PROPN", "NNP", "Anna", "B-PERSON"),
        ("Berg", 2, "nsubj", "PROPN", "NNP", "Berg", "I-PERSON"),
        ("met", 2, "ROOT", "VERB", "VBD", "meet", "O"),
        ("Tomas", 4, "compound", "PROPN", "NNP", "Tomas", "B-PERSON"),
        ("Lind", 2, "dobj", "PROPN", "NNP", "Lind", "I-PERSON"),
        (",", 4, "punct", "PUNCT", ",", ",", "O"),
        ("her", 7, "poss", "PRON", "PRP$", "her", "O"),
        ("adviser", 4, "appos", "NOUN", "NN", "adviser", "O"),
        (",", 7, "punct", "PUNCT", ",", ",", "O"),
        ("and", 7, "cc", "CCONJ", "CC", "and", "O"),
        ("Petar", 11, "compound", "PROPN", "NNP", "Petar", "B-PERSON"),
        ("Novak", 7, "conj", "PROPN", "NNP", "Novak", "I-PERSON"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
    ])
    facts = facts_from(doc)
    one(facts, "Anna Berg", "MET_WITH", "Tomas Lind")
    one(facts, "Anna Berg", "MET_WITH", "Petar Novak")


# ---- a list going on from inside a name of several words ----------------------------------------
def test_a_list_going_on_after_a_name_with_an_of_phrase(facts_of):
    facts = facts_of("Kenyan President William Ruto met with the leaders of Nauru, the "
                     "Federated States of Micronesia, Palau, Tuvalu and Kiribati on Monday.",
                     published=dt.date(2023, 5, 10))
    for state in ("Nauru", "Micronesia", "Palau", "Tuvalu", "Kiribati"):
        one(facts, "William Ruto", "MET_WITH", state)


def test_states_listed_after_a_long_state_name_all_impose(facts_of):
    facts = facts_of("Canada, the United Kingdom of Great Britain and Northern Ireland, Norway and "
                     "Japan imposed sanctions on Belarus on Friday.", published=dt.date(2023, 5, 10))
    for state in ("Canada", "United Kingdom", "Norway", "Japan"):
        assert find(facts, "Belarus", "SANCTIONED_BY", state), state


def test_a_ministrys_name_cut_short_is_no_list(facts_of):
    facts = facts_of("Foreign Minister Tomas Lind and officials of the Foreign Ministry for Trade "
                     "and Regional Integration travelled to Suva to join the regional leaders meeting.",
                     published=dt.date(2023, 5, 10))
    # (the rest of the name after its "and" is no body of its own that travelled or met)
    assert not [f for f in facts if "Regional Integration" in (f.subject, f.object)]


# ---- "bid farewell to" ---------------------------------------------------------------------------
def test_an_envoy_bidding_farewell_to_a_president_met_him(facts_of):
    facts = facts_of("Outgoing Chilean Ambassador Ana Ruiz bid farewell to President Jose Vera at "
                     "the palace on Monday after four years in the post.", published=dt.date(2021, 3, 10))
    one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")


def test_a_farewell_to_the_late_leader_is_no_meeting(facts_of):
    facts = facts_of("Chilean President Ana Ruiz bade farewell to the late President Jose Vera at a "
                     "memorial service on Monday.", published=dt.date(2021, 3, 10))
    assert not [f for f in facts if f.relation == "MET_WITH"]
