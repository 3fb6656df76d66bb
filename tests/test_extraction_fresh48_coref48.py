"""Reference across sentences on real news, stop 48: a state's post named by its kind.

- "the Ruritanian head of state", "Ruritania's head of government": a post named by its kind,
  not by its title (mentions.json post_kind_descriptions), reads as "the Ruritanian president"
  already did: the one holder the article names, else the gazetteer's holder on the article's
  date (the title the gazetteer files the phrase under); the fact is his, and so is the post
  when the article names him.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_head_of_state_description_is_the_president_named_before(facts_of):
    facts = facts_of("Emmanuel Macron spent Tuesday at a defence fair outside Paris. On Wednesday the "
                     "French head of state flew to Rabat for a two-day visit.",
                     published=dt.date(2018, 11, 14))
    one(facts, "Emmanuel Macron", "VISITED", "Rabat")
    one(facts, "Emmanuel Macron", "HOLDS_ROLE", "France")
    assert not find(facts, "France", "VISITED", "Rabat")


def test_head_of_state_description_without_a_name_is_the_holder_on_the_date(facts_of):
    facts = facts_of("Officials said the Kenyan head of state will arrive in Accra on Friday for the "
                     "trade fair.", published=dt.date(2019, 5, 2))
    assert one(facts, "Uhuru Kenyatta", "VISITED", "Accra").modality.value == "planned"


def test_head_of_state_followed_by_the_name_stays_a_title(facts_of):
    """Guard: "the Ruritanian head of state, A B" names its holder: a title, read by the role
    reader, not a description standing for someone else."""
    facts = facts_of("The Chilean head of state, Gabriel Boric, flew to Quito on Monday.",
                     published=dt.date(2022, 11, 28))
    one(facts, "Gabriel Boric", "VISITED", "Quito")


def test_indefinite_head_of_state_names_no_one(facts_of):
    """Guard: "a French head of state" (no article "the", no possessive) is no description of the
    holder: nobody's visit is read from it."""
    facts = facts_of("It was the first time a French head of state had visited Rabat in ten years.",
                     published=dt.date(2018, 11, 14))
    assert not find(facts, "Emmanuel Macron", "VISITED", "Rabat")
