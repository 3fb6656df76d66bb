"""Censure told as a reported verdict, read from the pooled real-news passages of stop 44
(CONDEMNED), in phrasings of our own:

- a verb of wrongdoing (verbs.json verb_frames `reported_wrongdoing`: violate, breach, flout,
  interfere, meddle, smear, harass, ...) in the clause a verb of saying reports, with the other
  side as its subject (or the owner of that subject: "Y's sanctions violate ..."), is the
  speaker's censure of that side, dated and asserted as the saying is;
- no speaker, a speaker whose own side is the subject, a wrong the clause denies or only
  foresees, and a passive with no doer censure no one.

Sentences are our own; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import one


def _censures(facts):
    return [(f.subject, f.object) for f in facts if f.relation == "CONDEMNED" and f.modality.value == "asserted"]


@pytest.mark.parametrize("text,speaker,wrongdoer", [
    ("Speaking in Hanoi on Tuesday, a Vietnamese foreign ministry spokeswoman said China had breached "
     "the maritime accord by sending survey ships.", "Vietnam", "China"),
    ("Foreign Minister Ararat Mirzoyan told lawmakers that Azerbaijan had flouted the ceasefire along the border.",
     "Ararat Mirzoyan", "Azerbaijan"),
    ("Iran's foreign ministry said Britain was meddling in its internal affairs through its Persian-language broadcasts.",
     "Iran", "United Kingdom"),
    ("President Nicolas Maduro claimed the United States had interfered in Venezuela's elections.",
     "Nicolas Maduro", "United States"),
    ("Beijing said Washington had harassed Chinese students at American airports.", "China", "United States"),
])
def test_a_wrong_the_speaker_says_the_other_side_did_censures_it(facts_of, text, speaker, wrongdoer):
    fact = one(facts_of(text), speaker, "CONDEMNED", wrongdoer)
    assert fact.modality.value == "asserted"


def test_the_owner_of_the_acting_thing_is_the_one_censured(facts_of):
    facts = facts_of("The Kremlin said Ukrainian officials had smeared Russia in remarks at the United Nations.")
    one(facts, "Russia", "CONDEMNED", "Ukraine")


def test_the_censure_is_dated_by_its_saying(facts_of):
    fact = one(facts_of("On Monday, Ethiopia's foreign ministry said Egypt had violated the spirit of the "
                        "talks over the dam."), "Ethiopia", "CONDEMNED", "Egypt")
    assert fact.date == "2024-03-04"


@pytest.mark.parametrize("text", [
    "China said it had never once interfered in what other nations do at home.",
    "Moscow said Ukraine had not violated the grain deal.",
    "Poland said its airspace had been violated overnight.",
    "India said its own troops had breached the protocol by mistake.",
    "Serbia violated the agreement, according to the report.",
    "Analysts said Serbia had flouted the agreement.",
])
def test_no_speaker_own_side_denial_or_passive_censures_no_one(facts_of, text):
    assert not _censures(facts_of(text))


def test_a_wrong_the_speaker_only_foresees_is_no_asserted_censure(facts_of):
    facts = facts_of("Japan's top spokesman said Russia would breach the treaty if it deployed the missiles.")
    assert not _censures(facts)
