"""Censure fresh real news showed in stop 34, in phrasings of our own.

- "each blamed the other", "with each accusing the other", "both sides blamed the other": a
  subject "each" or "both" standing alone, or "both" before a pair noun, acting on "the other"
  is each of the two states named last, against the other (one fact each way), as "each side
  blamed the other" already was.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_each_alone_blamed_the_other(facts_of):
    facts = facts_of("Peruvian and Ecuadorian patrols traded shots near the river on Tuesday, and each "
                     "blamed the other for the skirmish.", published=dt.date(2024, 3, 8))
    one(facts, "Peru", "CONDEMNED", "Ecuador")
    one(facts, "Ecuador", "CONDEMNED", "Peru")


def test_with_each_accusing_the_other(facts_of):
    facts = facts_of("Talks between Armenia and Azerbaijan broke down on Friday, with each accusing the "
                     "other of moving troops to the frontier.", published=dt.date(2024, 3, 8))
    one(facts, "Armenia", "CONDEMNED", "Azerbaijan")
    one(facts, "Azerbaijan", "CONDEMNED", "Armenia")


def test_both_sides_blamed_the_other(facts_of):
    facts = facts_of("Guards of Kyrgyzstan and Tajikistan exchanged fire at a water point. Both sides "
                     "accused the other of opening fire.", published=dt.date(2024, 3, 8))
    one(facts, "Kyrgyzstan", "CONDEMNED", "Tajikistan")
    one(facts, "Tajikistan", "CONDEMNED", "Kyrgyzstan")

