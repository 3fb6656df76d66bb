"""Constructions of titles, names and roles fresh real news showed in stop 30, each in phrasings
of our own.

- "the X-body special envoy for Z Name", "X Special Representative for Z Reconciliation Name":
  the place after "for" is the envoy's posting (as after "to" and "in"), split from the name the
  model may have taken with it; the state or body before the title employs him, and words after
  the posting belong to it, not to a title of the posting's state;
- "X's Z envoy Name", "the X Z envoy Name", "X's Balkan envoy Name": a place (or a capitalised
  regional word) right before an envoy's title, itself after an owner, is the envoy's posting;
  the owner employs him, the posting does not;
- a Khmer form of address of several words ("Samdech Moha Bovor Thipadei", "Samdech Thipadei")
  before a name is no part of it, also when the model cut it in two ("[Samdech Moha] ...") or
  tagged only the name after it;
- "Deputy [Supreme Allied] Commander": capitalised words right before a title's head, after a
  title word, are inside the title; the model's organisation there names no person;
- "Name, a National Assembly deputy,": a body named by common words only before a title in
  lower case says whose body it is no more than before a capitalised one ("National Assembly
  Chairman X"); no post in a body called "National Assembly".

Sentences are our own; articles are dated as each test says."""
from tests.facts import find, one


# ---- "envoy for <posting> Name" ----------------------------------------------------------------
def test_envoy_for_posting_is_not_the_employer(facts_of):
    facts = facts_of("The EU special envoy for Somalia Margit Aalto said on Tuesday that the ceasefire was holding.")
    one(facts, "Margit Aalto", "HOLDS_ROLE", "European Union")
    assert not find(facts, "Margit Aalto", "HOLDS_ROLE", "Somalia")


def test_special_representative_for_posting_with_words_after_it(facts_of):
    facts = facts_of("The Canadian Special Envoy for Haiti Affairs Daniel Whitman told reporters that aid would continue.")
    one(facts, "Daniel Whitman", "HOLDS_ROLE", "Canada")
    assert not find(facts, "Daniel Whitman", "HOLDS_ROLE", "Haiti")


# ---- "<owner>'s <posting> envoy Name" -------------------------------------------------------
def test_possessive_owner_before_posting_envoy(facts_of):
    facts = facts_of("Japan's Myanmar envoy Kenji Morioka held talks in Naypyidaw on Sunday.")
    one(facts, "Kenji Morioka", "HOLDS_ROLE", "Japan")
    assert not find(facts, "Kenji Morioka", "HOLDS_ROLE", "Myanmar")


def test_state_before_posting_envoy(facts_of):
    facts = facts_of("Canadian officials said US Venezuela envoy Dana Whitcombe would arrive in Bogota later.")
    one(facts, "Dana Whitcombe", "HOLDS_ROLE", "United States")
    assert not find(facts, "Dana Whitcombe", "HOLDS_ROLE", "Venezuela")


def test_regional_adjective_before_envoy(facts_of):
    facts = facts_of("Germany's Balkan envoy Lukas Brenner met Serbian officials in Belgrade.")
    one(facts, "Lukas Brenner", "HOLDS_ROLE", "Germany")


# ---- a form of address of several words, cut by the model --------------------------------------
def test_long_khmer_form_of_address_is_no_name(facts_of):
    facts = facts_of("Malaysian Prime Minister Anwar Ibrahim held talks with Cambodian Prime Minister "
                     "Samdech Moha Bovor Thipadei Hun Manet in Putrajaya on Tuesday.")
    one(facts, "Hun Manet", "HOLDS_ROLE", "Cambodia")
    assert not [f for f in facts if "Thipadei" in f.subject or "Thipadei" in f.object]


def test_short_khmer_form_of_address_is_no_name(facts_of):
    facts = facts_of("Cambodian Prime Minister Samdech Thipadei Hun Manet arrived in Tokyo on Saturday.")
    one(facts, "Hun Manet", "HOLDS_ROLE", "Cambodia")
    one(facts, "Hun Manet", "VISITED", "Tokyo")


# ---- words inside a title, before its head ---------------------------------------------------
def test_words_inside_a_title_before_its_head_name_no_one(facts_of):
    facts = facts_of("At the exercise, Vice Admiral Carl Brandt, NATO's Deputy Supreme Allied Commander Europe, "
                     "briefed officers on the drills.")
    one(facts, "Carl Brandt", "HOLDS_ROLE", "NATO")
    assert not [f for f in facts if f.subject == "Supreme Allied"]


# ---- a generic body before a lower-case title ------------------------------------------------
def test_generic_body_before_lower_case_title_is_no_employer(facts_of):
    facts = facts_of("Teodoro Alvarado, a National Assembly deputy, was among those barred from travel.")
    assert not find(facts, "Teodoro Alvarado", "HOLDS_ROLE", "National Assembly")
