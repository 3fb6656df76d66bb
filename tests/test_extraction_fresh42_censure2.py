"""Censure read from fresh news (stop 42, second censure pass). A construction of ministry copy the
extractor missed: asking or telling another side to stop a censured act censures that side.

- "X urged Y to stop smearing Z", "X called on Y to cease interfering in its affairs", "X pressed Y
  to stop its provocations": the one asking (verbs.json themes asking_verbs) censures the one asked,
  when what is to stop is a censured act (themes ceased_censures);
- "Y should stop meddling in our affairs, X said": with no asking verb, the speaker censures;
- the censure is the asking or the saying: asserted, and dated as that verb, though the stopping
  is still to come (pattern key `voiced`).

What must not be read: stopping an act that is no censure ("stop importing coal"), a stop nobody
asks for or reports, and a censure of the one asking.

Sentences are our own; articles are dated Friday 8 March 2024."""

import pytest

from schemas.models import Modality
from tests.facts import find, one


def _censures(facts):
    return [(f.subject, f.object) for f in facts if f.relation == "CONDEMNED"]


@pytest.mark.parametrize("text,censurer,censured", [
    ("Vietnam urged Beijing on Tuesday to stop slandering its fishermen.", "Vietnam", "China"),
    ("Brazil called on Argentina to cease interfering in its elections.", "Brazil", "Argentina"),
    ("Egypt pressed Ethiopia to stop its provocations along the border.", "Egypt", "Ethiopia"),
    ("Serbia asked Croatia on Monday to stop vilifying Serbian war veterans.", "Serbia", "Croatia"),
])
def test_asking_another_to_stop_a_censured_act_censures_it(facts_of, text, censurer, censured):
    f = one(facts_of(text), censurer, "CONDEMNED", censured)
    assert f.modality == Modality.ASSERTED


def test_the_second_of_two_stops_is_asked_too(facts_of):
    facts = facts_of("Cuba urged Washington to stop its blockade and stop meddling in Cuban affairs.")
    one(facts, "Cuba", "CONDEMNED", "United States")


def test_with_no_asking_verb_the_speaker_censures(facts_of):
    f = one(facts_of("Australia should stop meddling in Pacific affairs, Wang Yi said on Monday."),
            "Wang Yi", "CONDEMNED", "Australia")
    assert f.modality == Modality.ASSERTED


def test_the_censure_is_dated_by_the_asking(facts_of):
    f = one(facts_of("Vietnam urged Beijing on Tuesday to stop slandering its fishermen."),
            "Vietnam", "CONDEMNED", "China")
    assert f.date == "2024-03-05"


# ---- what must not be read -----------------------------------------------------------------------
def test_stopping_an_act_that_is_no_censure_censures_no_one(facts_of):
    assert not _censures(facts_of("Japan urged South Korea to stop importing Russian coal."))


def test_a_stop_nobody_asks_for_is_no_censure(facts_of):
    assert not find(facts_of("Hungary stopped interfering in Serbian affairs last year."),
                    "Serbia", "CONDEMNED", "Hungary")
    assert not _censures(facts_of("Hungary stopped interfering in Serbian affairs last year."))


def test_the_one_asking_is_not_the_one_censured(facts_of):
    facts = facts_of("Vietnam urged Beijing on Tuesday to stop slandering its fishermen.")
    assert not find(facts, "China", "CONDEMNED", "Vietnam") or all(
        f.modality != Modality.ASSERTED for f in find(facts, "China", "CONDEMNED", "Vietnam"))
