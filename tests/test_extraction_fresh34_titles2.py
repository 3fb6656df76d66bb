"""Titles fresh real news showed in stop 34 (second round), each in phrasings of our own.

- an envoy's title with its posting between it and the name: "Ambassador to the country Name",
  "ambassador to this country Name" (a noun for the state the story is in), "Ambassador of the
  Republic of X to Y Name" (a state's formal name in the title, however long, counts one word),
  "received Ambassador of X to Y, Name" (the posting the parser hung on the verb is the envoy's):
  the envoy's own state, before the posting, employs him.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


# ---- an envoy's posting between his title and his name ----------------------------------------------
def test_ambassador_to_the_country_before_the_name(facts_of):
    facts = facts_of("Georgia's Prime Minister Irakli Kobakhidze on Friday received Swedish Ambassador to the "
                     "country Anna Lindqvist in Tbilisi.", published=dt.date(2024, 4, 12))
    fact = one(facts, "Anna Lindqvist", "HOLDS_ROLE", "Sweden")
    assert fact.title == "Ambassador"
    one(facts, "Irakli Kobakhidze", "MET_WITH", "Anna Lindqvist")
    assert not find(facts, "Irakli Kobakhidze", "MET_WITH", "Sweden")


def test_ambassador_to_this_country_before_the_name(facts_of):
    facts = facts_of("Deputy Foreign Minister Andrei Rudenko has held talks with Kazakhstan's ambassador to this "
                     "country Dauren Abayev on trade.", published=dt.date(2022, 9, 2))
    one(facts, "Dauren Abayev", "HOLDS_ROLE", "Kazakhstan")


def test_long_formal_state_name_in_the_envoy_title(facts_of):
    facts = facts_of("The Speaker hosted the new Ambassador of the United Kingdom of Great Britain and Northern "
                     "Ireland to Armenia John Gallagher at the parliament building.", published=dt.date(2021, 3, 3))
    one(facts, "John Gallagher", "HOLDS_ROLE", "United Kingdom")


def test_envoy_title_with_posting_then_comma_and_name(facts_of):
    facts = facts_of("Foreign Minister Ararat Mirzoyan received Ambassador of the Republic of Lithuania to "
                     "Armenia, Jonas Petraitis, on Tuesday.", published=dt.date(2023, 5, 9))
    one(facts, "Jonas Petraitis", "HOLDS_ROLE", "Lithuania")
    one(facts, "Ararat Mirzoyan", "MET_WITH", "Jonas Petraitis")
