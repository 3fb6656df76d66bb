"""Constructions of titles, names and roles fresh real news showed in stop 26, each in phrasings
of our own.

- a demonym of several words before a title, which the model took with the title for a person
  ("[Sri Lankan Foreign] Minister X"), and the short demonym "Lankan";
- a capitalised common word for a body the gazetteer does not know ("Union Minister X") employs
  no one;
- two titles of one person joined by "cum" ("Vice Premier cum Trade Minister Name"):
  one title phrase, its state before it, and no person named "Cum Minister".

Sentences are our own; articles are dated as each test says."""

from tests.facts import find, one


# ---- demonyms of several words --------------------------------------------------------------
def test_demonym_of_two_words_before_a_title(facts_of):
    facts = facts_of("Sri Lankan Trade Minister Nalin Perera flew to Singapore on Tuesday for talks on tariffs.")
    one(facts, "Nalin Perera", "HOLDS_ROLE", "Sri Lanka")


def test_short_demonym_lankan(facts_of):
    facts = facts_of("The rice was received at the port by Lankan Agriculture Minister Mahinda Amaraweera.")
    one(facts, "Mahinda Amaraweera", "HOLDS_ROLE", "Sri Lanka")


# ---- a generic body word is no employer -----------------------------------------------------
def test_generic_body_word_before_a_title_employs_no_one(facts_of):
    facts = facts_of("On landing he was greeted by Union Minister Ravi Shankar Patel and local officials.")
    assert not [f for f in facts if f.relation == "HOLDS_ROLE" and f.object == "Union"]


# ---- two titles joined by "cum" -------------------------------------------------------------
def test_two_titles_joined_by_cum(facts_of):
    facts = facts_of("The memorandum was initialled by Trade Minister Lars Berg and Danish Vice Prime Minister "
                     "cum Economy Minister Mette Holm in Aarhus.")
    one(facts, "Mette Holm", "HOLDS_ROLE", "Denmark")
    assert not [f for f in facts if "Cum" in f.subject]
