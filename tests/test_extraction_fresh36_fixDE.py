"""Wire credits the dateline cutter used to miss, so the agency was read as an actor.

A precision audit of stop 36 found news agencies made parties to meetings, attacks and visits
because their credit stayed in the sentence: two agencies in one parenthesis ("(REUTERS, AFP)"),
an agency opening the paragraph bare before a dash ("AFP - "), a credit whose closing parenthesis
the page lost ("(AP -- "), and a dateline printed twice ("PLACE — PLACE (AP) — "), of which only
the first was cut. Each is the filing credit, never a party to the story.

Sentences are our own, in wire style; each is cleaned as the loaders clean a page, then read;
articles are dated as each test says."""
import datetime as dt

from ingest.cleaning import clean_article
from tests.facts import find, one


def test_two_agencies_in_one_credit_are_cut(facts_of):
    text = ("HANOI (REUTERS, AFP) - Vietnamese Prime Minister Pham Minh Chinh met Thai Prime Minister "
            "Srettha Thavisin on Friday to discuss rice exports.")
    assert clean_article(text).text.startswith("Vietnamese Prime Minister")
    facts = facts_of(clean_article(text).text, published=dt.date(2024, 3, 8))
    one(facts, "Pham Minh Chinh", "MET_WITH", "Srettha Thavisin")
    assert not find(facts, "Reuters", "MET_WITH", "Pham Minh Chinh")
    assert not find(facts, "Pham Minh Chinh", "MET_WITH", "Reuters")


def test_a_bare_agency_before_a_dash_is_cut(facts_of):
    text = ("AFP - The Colombian army said Tuesday its troops had attacked a camp of the National "
            "Liberation Army near the Venezuelan border.")
    assert clean_article(text).text.startswith("The Colombian army said")
    facts = facts_of(clean_article(text).text, published=dt.date(2019, 8, 13))
    assert not [f for f in facts if "Agence France-Presse" in (f.subject, f.object)]


def test_a_credit_that_lost_its_parenthesis_is_cut(facts_of):
    text = ("TBILISI, Georgia (AP -- Georgian President Salome Zourabichvili met French President "
            "Emmanuel Macron on Monday, her office said.")
    assert clean_article(text).text.startswith("Georgian President")
    facts = facts_of(clean_article(text).text, published=dt.date(2023, 2, 6))
    one(facts, "Salome Zourabichvili", "MET_WITH", "Emmanuel Macron")
    assert not [f for f in facts if "Associated Press" in (f.subject, f.object)]


def test_a_dateline_printed_twice_is_cut_twice(facts_of):
    text = ("OTTAWA — OTTAWA (AP) — Indian External Affairs Minister S. Jaishankar arrived in Ottawa "
            "on Wednesday for two days of talks on trade.")
    assert clean_article(text).text.startswith("Indian External Affairs Minister")
    facts = facts_of(clean_article(text).text, published=dt.date(2023, 5, 10))
    assert not [f for f in facts if "Associated Press" in (f.subject, f.object)]


def test_an_agency_named_as_a_word_still_opens_a_sentence():
    """Only a known agency before a spaced dash is a credit; a sentence naming one runs on."""
    text = "Reuters reported on Monday that the two leaders met in Geneva for talks."
    assert clean_article(text).text == text
