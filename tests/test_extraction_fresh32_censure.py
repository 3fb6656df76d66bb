"""Censure fresh real news showed in stop 32, each in phrasings of our own.

- "OSLO/HELSINKI (Agency) – ...": a wire dateline naming several filing places joined by
  slashes is cut like one naming one place; the agency it credits is nobody's critic or target;
- "X joins other states in condemning the incursion, including A and B": an act has no
  named members, so the "including" list the parser hangs on the censured event noun names
  fellow critics, never the censured: the members of the group joined, who censure too.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from ingest.cleaning import clean_article
from tests.facts import one


# ---- a dateline of several places ---------------------------------------------------------------
def test_dateline_of_two_places_is_cut():
    cleaned = clean_article("OSLO/HELSINKI (Reuters) – Norway and Finland traded charges over "
                            "the fishing quotas on Sunday.")
    assert cleaned.text.startswith("Norway and Finland"), cleaned.text


def test_dateline_of_two_places_needs_a_credit_or_a_date():
    cleaned = clean_article("EU/UK – Talks on the fishing quotas went on late into the night.")
    assert cleaned.text.startswith("EU/UK"), cleaned.text


def test_agency_of_a_two_place_dateline_is_no_critic(facts_of):
    text = clean_article("LIMA/QUITO (Reuters) – Peru and Ecuador once again accused each other of "
                         "shelling border villages on Sunday, despite a truce agreed last month.").text
    facts = facts_of(text, published=dt.date(2023, 6, 12))
    one(facts, "Peru", "CONDEMNED", "Ecuador")
    one(facts, "Ecuador", "CONDEMNED", "Peru")
    assert not [f for f in facts if "Reuters" in (f.subject, f.object)], facts


# ---- fellow critics listed after the censured act -----------------------------------------------
def test_fellow_critics_after_the_act_are_not_censured(facts_of):
    facts = facts_of("Russian troops launched an offensive on eastern Georgia on Monday. Armenia "
                     "joins several neighbouring states in denouncing the offensive, including Iran "
                     "and Turkey.", published=dt.date(2022, 3, 9))
    assert not [f for f in facts if f.relation == "CONDEMNED" and f.object in ("Iran", "Turkey")], facts
    one(facts, "Armenia", "CONDEMNED", "Russia")
    # the group joined is the one the list names: its members censure too
    one(facts, "Iran", "CONDEMNED", "Russia")
    one(facts, "Turkey", "CONDEMNED", "Russia")


def test_named_members_of_a_censured_group_still_count(facts_of):
    facts = facts_of("Canada condemned several governments, including Iran and Syria, for the "
                     "crackdown on protesters.", published=dt.date(2022, 3, 9))
    one(facts, "Canada", "CONDEMNED", "Iran")
    one(facts, "Canada", "CONDEMNED", "Syria")


# ---- the visit of a titled person ---------------------------------------------------------------
def test_censured_visit_of_a_titled_person_is_not_the_body_of_the_title(facts_of):
    facts = facts_of("Egypt condemned the visit of U.S. Senate Majority Leader Chuck Schumer to "
                     "the disputed hill town on Sunday.", published=dt.date(2024, 5, 13))
    one(facts, "Egypt", "CONDEMNED", "Chuck Schumer")
    assert not [f for f in facts if f.relation == "CONDEMNED" and "Senate" in f.object], facts


def test_censured_trip_of_unnamed_officials_is_their_state(facts_of):
    facts = facts_of("Jordan protested the visit of the Israeli minister to the mosque compound.",
                     published=dt.date(2024, 5, 13))
    one(facts, "Jordan", "CONDEMNED", "Israel")


# ---- a capital's envoy --------------------------------------------------------------------------
def test_summoned_the_envoy_of_a_capital(facts_of):
    facts = facts_of("Vietnam summoned Beijing's ambassador on Tuesday after two of its fishing "
                     "boats were rammed near the islands.", published=dt.date(2024, 5, 10))
    one(facts, "Vietnam", "CONDEMNED", "China")


def test_a_capitals_mayor_is_no_state(facts_of):
    facts = facts_of("Ukraine condemned Kyiv's mayor over the blackout.", published=dt.date(2024, 5, 10))
    assert not [f for f in facts if f.relation == "CONDEMNED" and f.object == "Ukraine"], facts


# ---- "the two countries" after a sentence naming three ------------------------------------------
def test_two_countries_are_the_pair_listed_before(facts_of):
    facts = facts_of("Kenyan President William Ruto ordered the envoys of Uganda and Tanzania to leave "
                     "within two days. He later accused the two countries of stalling the rail project.",
                     published=dt.date(2024, 5, 10))
    one(facts, "William Ruto", "CONDEMNED", "Uganda")
    one(facts, "William Ruto", "CONDEMNED", "Tanzania")


def test_two_countries_stay_unread_without_one_listed_pair(facts_of):
    facts = facts_of("Kenya held talks with Uganda on Monday, and Tanzania sent an observer. The two "
                     "countries later condemned the raid by rebels.", published=dt.date(2024, 5, 10))
    assert not [f for f in facts if f.relation == "CONDEMNED"], facts
