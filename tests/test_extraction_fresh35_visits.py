"""Visits fresh real news showed in stop 35, in phrasings of our own.

- a tour report names its sport once and then says "the Kenyan team" or "the Nepal squad": a
  team noun with a sport or a sporting event named within three sentences of it is a sports side,
  which travels for no state (before, only a sport word in the team's own phrase, or a sporting
  event in its own sentence, said so); "ODI", "T20I" and "Twenty20" name cricket's matches;
- a team with a phrase of its own making it another kind ("a team of inspectors") still acts for
  its state, and a delegation is no team at all: both keep their visits in a sports article
  (these two guard the change; they pass before it too).

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def _visits(facts):
    return [f for f in facts if f.relation == "VISITED"]


def test_team_after_a_lead_naming_the_sport(facts_of):
    facts = facts_of("Kenya's rugby sevens side began its preparations on Monday. "
                     "The Kenyan team landed in Suva late on Tuesday.",
                     published=dt.date(2023, 4, 12))
    assert not _visits(facts), facts


def test_team_before_the_matches_are_named(facts_of):
    facts = facts_of("The Nepalese team arrived in Dhaka on Sunday night. "
                     "They will play three ODIs at Mirpur next week.",
                     published=dt.date(2022, 2, 14))
    assert not _visits(facts), facts


def test_team_arriving_for_a_series_of_twenty20_games(facts_of):
    facts = facts_of("Officials confirmed the fixtures of the Twenty20 series. "
                     "The Omani team arrived in Windhoek on Thursday.",
                     published=dt.date(2021, 9, 20))
    assert not _visits(facts), facts


def test_a_team_of_inspectors_in_a_sports_story_still_travels(facts_of):
    facts = facts_of("The football championship was postponed after the floods. "
                     "A Dutch team of inspectors arrived in Jakarta on Friday.",
                     published=dt.date(2021, 2, 8))
    one(facts, "Netherlands", "VISITED", "Jakarta")


def test_a_delegation_in_a_sports_story_still_travels(facts_of):
    facts = facts_of("The cricket board held its annual meeting on Monday. "
                     "A Chinese delegation arrived in Colombo on Tuesday for trade talks.",
                     published=dt.date(2019, 6, 5))
    one(facts, "China", "VISITED", "Colombo")
