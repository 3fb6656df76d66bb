"""Meeting precision on the real news of stop 46, each in phrasings of our own.

- a gathering noun (modality.json prospective_gatherings) that a clause still ahead names as its
  object or attribute ("There will be a working lunch and a meeting between A and B"), or sets
  at, during or for (occasion_prepositions: "X will come up during A's talks with B"), is as far
  ahead as that clause: planned, not held; a phrase of topic ("will brief parliament about his
  talks with B") and a past clause ("There were talks and a meeting") leave it as told.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from schemas.models import Modality


def _met(facts):
    return [f for f in facts if f.relation == "MET_WITH"]


def _pair(facts, a, b):
    return [f for f in _met(facts) if {f.subject, f.object} == {a, b}]


def _modalities(facts, a, b):
    return {getattr(f.modality, "value", f.modality) for f in _pair(facts, a, b)}


# ---- a gathering a clause still ahead names or is set at ---------------------------------------
def test_a_meeting_joined_to_what_there_will_be_is_planned(facts_of):
    facts = facts_of("There will be a working lunch and a meeting between the New Zealand leader, "
                     "Jacinda Ardern, and Scott Morrison of Australia in Queenstown.",
                     published=dt.date(2022, 5, 10))
    assert _modalities(facts, "Jacinda Ardern", "Scott Morrison") == {Modality.PLANNED.value}, _met(facts)


def test_talks_a_future_clause_is_set_during_are_planned(facts_of):
    facts = facts_of("Security cooperation will also come up during Prime Minister Fumio Kishida's "
                     "talks with China's President Xi Jinping, his spokesman said.",
                     published=dt.date(2023, 5, 10))
    assert _modalities(facts, "Fumio Kishida", "Xi Jinping") == {Modality.PLANNED.value}, _met(facts)


def test_a_meeting_a_future_clause_is_set_during_is_planned(facts_of):
    facts = facts_of("Energy prices will dominate during Chancellor Olaf Scholz's meeting with French "
                     "President Emmanuel Macron, an aide said.", published=dt.date(2022, 5, 10))
    assert _modalities(facts, "Olaf Scholz", "Emmanuel Macron") == {Modality.PLANNED.value}, _met(facts)


# ---- guards: a topic phrase and a past clause ---------------------------------------------------
def test_talks_a_future_briefing_is_about_stay_held(facts_of):
    facts = facts_of("German Chancellor Olaf Scholz will brief parliament on Friday about his talks "
                     "with French President Emmanuel Macron.", published=dt.date(2022, 5, 10))
    assert _modalities(facts, "Olaf Scholz", "Emmanuel Macron") == {Modality.ASSERTED.value}, _met(facts)


def test_a_meeting_joined_to_what_there_was_is_held(facts_of):
    facts = facts_of("There was a working lunch and a meeting between the New Zealand leader, Jacinda Ardern, "
                     "and Scott Morrison of Australia in Queenstown.",
                     published=dt.date(2022, 5, 10))
    assert _modalities(facts, "Jacinda Ardern", "Scott Morrison") == {Modality.ASSERTED.value}, _met(facts)
