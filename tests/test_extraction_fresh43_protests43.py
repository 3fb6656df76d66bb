"""Protests addressed to an envoy or a state (stop 43): a protest to a protecting power's envoy
goes through him to the state he represents there (ingest/data/protecting_powers.json), and a
complaint lodged with or made to a state, or to its envoy, censures that state. Sentences and
persons are our own; articles are dated Friday 8 March 2024 unless given."""
import datetime as dt

import pytest

from tests.facts import find, one


def condemned(facts):
    return {(f.subject, f.object) for f in facts if f.relation == "CONDEMNED"}


@pytest.mark.parametrize("text,subject,obj", [
    ("Iran protested on Monday to the Swiss envoy in Tehran over threats voiced by American generals.",
     "Iran", "United States"),
    ("Iran's sharp protest at the remarks of US President Joe Biden was passed to the Swiss ambassador on Monday.",
     "Iran", "Joe Biden"),
])
def test_protest_to_a_protecting_powers_envoy_goes_to_the_state_he_represents(facts_of, text, subject, obj):
    facts = facts_of(text)
    one(facts, subject, "CONDEMNED", obj)
    assert not find(facts, subject, "CONDEMNED", "Switzerland")


@pytest.mark.parametrize("text", [
    "Iran summoned the Swiss charge d'affaires on Monday to give him a reply for Washington.",
    "The Swiss ambassador in Tehran was called to the foreign ministry on Monday to hear a complaint over the words"
    " of US President Joe Biden.",
])
def test_a_protecting_powers_envoy_is_neither_censured_nor_censuring(facts_of, text):
    assert not any("Switzerland" in pair for pair in condemned(facts_of(text)))


def test_the_mandate_is_dated(facts_of):
    # before 1980 Switzerland represented no one in Iran: its envoy stands for his own state
    facts = facts_of("Iran summoned the Swiss ambassador on Monday over the bank's decision.",
                     published=dt.date(1975, 5, 9))
    one(facts, "Iran", "CONDEMNED", "Switzerland")


def test_any_other_envoy_summoned_is_still_censured(facts_of):
    one(facts_of("Iran summoned the Danish ambassador on Monday over the cartoons."), "Iran", "CONDEMNED", "Denmark")


@pytest.mark.parametrize("text,subject,obj", [
    ("Peru lodged a complaint with the Chilean ambassador on Monday over the fishing boats.", "Peru", "Chile"),
    ("Kenya filed a formal complaint with Uganda on Monday over the cattle raid.", "Kenya", "Uganda"),
    ("Vietnam lodged a complaint to China on Monday over the survey ship.", "Vietnam", "China"),
    ("Egypt complained to the Ethiopian ambassador on Monday about the dam.", "Egypt", "Ethiopia"),
    ("Ghana complained to the Nigerian envoy on Monday about the closure of its traders' shops.", "Ghana", "Nigeria"),
])
def test_a_complaint_addressed_to_a_state_or_its_envoy_censures_that_state(facts_of, text, subject, obj):
    one(facts_of(text), subject, "CONDEMNED", obj)


@pytest.mark.parametrize("text", [
    "Thailand filed a complaint with the United Nations on Monday over the shelling.",
    "The minister complained to reporters on Monday about the heat in the hall.",
    "Mexico lodged a complaint with the police on Monday.",
])
def test_a_complaint_to_a_body_or_to_no_state_censures_no_one(facts_of, text):
    assert not condemned(facts_of(text))
