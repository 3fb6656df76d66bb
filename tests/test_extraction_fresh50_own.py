"""Maintainer fixes of stop 50, in phrasings of our own.

- A document known by its number ("Resolution 2094", "resolutions 1970 and 1973", "resolution
  No. 2231") names no year: read as one, a sanction under a resolution numbered after the
  article's year came out dated years ahead and planned, and one under an older number dated to
  a year decades before the article.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_resolution_numbers_above_the_articles_year_are_no_future_date(facts_of):
    facts = facts_of("The UN imposed new sanctions on North Korea under resolutions 2094 and 2270.",
                     published=dt.date(2013, 3, 8))
    fact = one(facts, "North Korea", "SANCTIONED_BY", "United Nations")
    assert fact.modality == "asserted"
    assert fact.date == "2013-03"


def test_a_resolution_number_after_a_number_word_is_no_year(facts_of):
    facts = facts_of("The Security Council imposed sanctions on Libya in resolution No. 1970.",
                     published=dt.date(2011, 2, 27))
    fact = one(facts, "Libya", "SANCTIONED_BY", "United Nations Security Council")
    assert fact.date != "1970"


def test_a_year_after_in_still_dates_the_act(facts_of):
    facts = facts_of("The Security Council imposed sanctions on Libya in 2011 under a resolution.",
                     published=dt.date(2015, 6, 1))
    assert one(facts, "Libya", "SANCTIONED_BY", "United Nations Security Council").date == "2011"
