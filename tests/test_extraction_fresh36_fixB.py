"""Meetings and visits still to come that a noun names, as the stop 36 precision audit found.

- "It will be X's first meeting with Y", "..., marking the first visit by X to Y" after a clause
  still ahead: an event a copula or "mark" (modality.json equating_verbs) equates its subject
  with is as far ahead as that verb; told in the past or present it stays asserted;
- "said she looked forward to the talks with A and B": what a phrase of anticipation
  (modality.json anticipation_phrases) awaits is still to come, a noun as much as a gerund;
- "to pave the way for a summit between X and Y", "their hopes for a summit", "the prospects
  for a summit", "as officials prepare for a meeting between X and Y": a gathering a phrase of
  preparing or hoping (modality.json prospective_phrases) names is still to come.

Sentences are our own; articles are dated as each test says."""
from tests.facts import find


def _modalities(facts, subject, relation, obj):
    return {f.modality.value for f in find(facts, subject, relation, obj)} \
        | {f.modality.value for f in find(facts, obj, relation, subject) if relation == "MET_WITH"}


# ---- a copula or "mark" ahead: the event it equates is ahead ------------------------------------
def test_future_copula_makes_the_meeting_planned(facts_of):
    facts = facts_of("It will be Olaf Scholz's first meeting with Joe Biden since the budget crisis "
                     "began in Berlin.")
    assert _modalities(facts, "Olaf Scholz", "MET_WITH", "Joe Biden") == {"planned"}, facts


def test_future_copula_between_two_states_is_planned(facts_of):
    facts = facts_of("It would be the first meeting between Greek and Turkish leaders since the "
                     "earthquake diplomacy of last winter.")
    assert _modalities(facts, "Greece", "MET_WITH", "Turkey") == {"planned"}, facts


def test_marking_a_visit_after_a_planned_clause_is_planned(facts_of):
    facts = facts_of("Kenyan Foreign Minister Musalia Mudavadi is set to travel to Lusaka next week, "
                     "marking the first visit by a Kenyan foreign minister to Zambia in nine years.")
    assert not [f for f in find(facts, "Musalia Mudavadi", "VISITED", "Zambia") + find(facts, "Kenya", "VISITED", "Zambia")
                if f.modality.value == "asserted"], facts


def test_past_copula_and_marking_stay_asserted(facts_of):
    facts = facts_of("Musalia Mudavadi arrived in Lusaka on Monday, marking the first visit by a "
                     "Kenyan foreign minister to Zambia in nine years.")
    assert "asserted" in {f.modality.value for f in find(facts, "Musalia Mudavadi", "VISITED", "Lusaka")}, facts
    assert not [f for f in facts if f.relation == "VISITED" and f.modality.value == "planned"], facts


# ---- a phrase of anticipation on a noun -----------------------------------------------------------
def test_looking_forward_to_meetings_with_a_list_is_planned(facts_of):
    facts = facts_of("Chancellor Olaf Scholz said he was looking forward to his talks with Spanish Prime "
                     "Minister Pedro Sanchez and Italian Prime Minister Giorgia Meloni on Saturday.")
    assert _modalities(facts, "Olaf Scholz", "MET_WITH", "Pedro Sanchez") == {"planned"}, facts
    assert _modalities(facts, "Olaf Scholz", "MET_WITH", "Giorgia Meloni") == {"planned"}, facts


def test_looking_forward_to_someone_elses_visit_is_planned(facts_of):
    facts = facts_of("Georgian Prime Minister Irakli Kobakhidze said he was looking forward to Annalena "
                     "Baerbock's visit to Tbilisi.")
    assert _modalities(facts, "Annalena Baerbock", "VISITED", "Tbilisi") == {"planned"}, facts


# ---- a phrase of preparing or hoping on a gathering ------------------------------------------------
def test_paving_the_way_for_a_summit_is_planned(facts_of):
    facts = facts_of("The two envoys met in Geneva on Tuesday to pave the way for a summit between "
                     "Armenia and Azerbaijan, a spokesman said.")
    assert _modalities(facts, "Armenia", "MET_WITH", "Azerbaijan") == {"planned"}, facts


def test_hopes_and_prospects_for_a_summit_are_planned(facts_of):
    facts = facts_of("Diplomats in Seoul voiced fresh hopes for a summit between Japan and China. "
                     "The row clouded the prospects for a meeting between Lula and Javier Milei.")
    assert _modalities(facts, "Japan", "MET_WITH", "China") == {"planned"}, facts
    assert _modalities(facts, "Luiz Inacio Lula da Silva", "MET_WITH", "Javier Milei") == {"planned"}, facts


def test_preparing_for_a_meeting_is_planned(facts_of):
    facts = facts_of("Aides in Brasilia are preparing for a meeting between Lula and Emmanuel Macron, "
                     "the foreign ministry said.")
    assert _modalities(facts, "Luiz Inacio Lula da Silva", "MET_WITH", "Emmanuel Macron") == {"planned"}, facts
