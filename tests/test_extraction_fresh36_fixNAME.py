"""Titles and forms of address fused with a name, from the recall audit of stop 36, in phrasings
of our own.

- "Emperor" is a ruler's title like "King": the gazetteer's one-name emperor matched with his
  title ("[Emperor Akihito]") holds the post in the state named before him;
- a form of address the model took alone for an organisation ("by [H.E.] President X",
  "..., [H.E.] Ambassador Y,") is no body: it employs no one, and an apposition before it
  still gives the titled person's post.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_states_emperor_holds_the_post(facts_of):
    facts = facts_of("Japan's Emperor Akihito opened an exhibition of Dutch paintings in Tokyo on Thursday.",
                     published=dt.date(2010, 4, 9))
    fact = one(facts, "Akihito", "HOLDS_ROLE", "Japan")
    assert fact.title == "Emperor"


def test_demonym_emperor_holds_the_post(facts_of):
    facts = facts_of("The Peruvian delegation was received by the Japanese Emperor Naruhito at noon.",
                     published=dt.date(2021, 11, 3))
    one(facts, "Naruhito", "HOLDS_ROLE", "Japan")


def test_form_of_address_before_a_rank_after_an_apposition(facts_of):
    facts = facts_of("The spokesman of the Ministry of Foreign Affairs of Kenya, H.E. Ambassador Otieno Wekesa, "
                     "told reporters in Nairobi that the talks would resume.",
                     published=dt.date(2021, 3, 5))
    one(facts, "Otieno Wekesa", "HOLDS_ROLE", "Kenya")
    assert not [f for f in facts if f.object in ("H.E.", "H.E")]


def test_form_of_address_before_a_title_employs_no_one(facts_of):
    facts = facts_of("Crowds lined the avenue for the motorcade of H.E. President Otieno Wekesa on Sunday.",
                     published=dt.date(2021, 3, 5))
    assert not [f for f in facts if f.object in ("H.E.", "H.E")]
    assert not find(facts, "Otieno Wekesa", "HOLDS_ROLE", "H.E.")


# Guard: a headline of two ruler's titles and a verb in title case names no person (it passes
# before the change as after; it fails if "Emperor" as a title head makes the words after the
# comma a titled name).
def test_headline_of_two_titles_names_no_person(facts_of):
    facts = facts_of("Japan Emperor, Empress Open Flower Show with Dutch King\n"
                     "The Emperor and the Empress opened a flower show in central Amsterdam on Tuesday.",
                     published=dt.date(2022, 4, 12))
    assert not [f for f in facts if f.subject_type == "Person" and "Open" in f.subject]
