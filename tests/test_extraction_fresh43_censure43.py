"""Censure read from the pooled real-news passages of stop 43 (CONDEMNED), in phrasings of our own:

- opposing someone's act or words "firmly", "strongly", "resolutely" (verbs.json themes
  firm_stance, the pattern key `manner`), or expressing "firm" or "strong" opposition to them, is
  censure of whoever owns the act: the diplomatic formula of a protest;
- a bare "opposed" is no censure (a vote, a stance), and opposing a proposal, a bid, a resolution
  or a territory's independence (themes proposals) censures no one, however firmly.

Sentences are our own; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import one


def _censures(facts):
    return [(f.subject, f.object) for f in facts if f.relation == "CONDEMNED"]


@pytest.mark.parametrize("text,speaker,target", [
    ("Beijing firmly opposes the latest remarks of Philippine President Ferdinand Marcos Jr.",
     "China", "Ferdinand Marcos Jr."),
    ("Russia on Tuesday strongly opposed Estonia's expulsion of two Russian diplomats.", "Russia", "Estonia"),
    ("Vietnam resolutely opposes the acts of the Chinese navy near its coast.", "Vietnam", "China"),
])
def test_firmly_opposing_an_owned_act_censures_its_owner(facts_of, text, speaker, target):
    one(facts_of(text), speaker, "CONDEMNED", target)


@pytest.mark.parametrize("text,speaker,target", [
    ("Seoul expressed strong opposition to Japan's new textbook claims on Tuesday.", "South Korea", "Japan"),
    ("China voiced firm opposition to the statements of Lithuanian Foreign Minister Gabrielius Landsbergis.",
     "China", "Gabrielius Landsbergis"),
])
def test_strong_opposition_to_an_owned_act_censures_its_owner(facts_of, text, speaker, target):
    one(facts_of(text), speaker, "CONDEMNED", target)


@pytest.mark.parametrize("text", [
    "Norway opposed the British plan at the meeting on Monday.",
    "India strongly opposed Pakistan's bid for a seat on the committee.",
    "Spain firmly opposes Catalan independence.",
    "The ruling party said the opposition in Kenya had strongly backed the reform.",
])
def test_opposing_a_proposal_or_without_force_is_no_censure(facts_of, text):
    assert not _censures(facts_of(text))
