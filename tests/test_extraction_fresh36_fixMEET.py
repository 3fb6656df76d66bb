"""Meetings told as an interaction, from the recall audit of stop 36 (class MEET), in phrasings of our own.

- "X interacted with Y (and Z)", "X had a brief interaction with Y": protocol news, above all
  from South Asia, tells a leader's encounter on a summit's sidelines with the verb "interact"
  or the noun "interaction" (verbs.json verbs/nouns); each person the "with" phrase lists met
  the subject.
- Only persons on both sides: "interacted with ordinary citizens", "interacts with the media",
  "the interaction between Russia and Pakistan at the UN" (a state's cooperation, not an
  encounter) tell no meeting.

Sentences are our own; articles are dated as each test says."""
from tests.facts import find, one


# ---- the verb: each person the "with" phrase lists ------------------------------------------------
def test_interacted_with_listed_leaders_is_a_meeting_with_each(facts_of):
    facts = facts_of("On the margins of the Commonwealth summit, Prime Minister Narendra Modi also "
                     "interacted with Kenyan President William Ruto and Canadian Prime Minister "
                     "Justin Trudeau.")
    assert one(facts, "Narendra Modi", "MET_WITH", "William Ruto").modality.value == "asserted"
    assert one(facts, "Narendra Modi", "MET_WITH", "Justin Trudeau").modality.value == "asserted"
    # no person on the other side: no meeting
    facts = facts_of("During his stay in Lagos, German Chancellor Olaf Scholz interacted with local "
                     "traders and students from Nigeria at a market.")
    assert not [f for f in facts if f.relation == "MET_WITH"], facts


# ---- the noun under a support verb ---------------------------------------------------------------
def test_a_brief_interaction_with_a_leader_is_a_meeting(facts_of):
    facts = facts_of("Indonesian President Joko Widodo had a brief interaction with Japanese Prime "
                     "Minister Fumio Kishida before the gala dinner on Saturday.")
    assert one(facts, "Joko Widodo", "MET_WITH", "Fumio Kishida").modality.value == "asserted"
    # states' "interaction" is their cooperation, not an encounter
    facts = facts_of("Foreign Minister Sergei Lavrov praised the interaction between Russia and "
                     "Pakistan at the United Nations.")
    assert not find(facts, "Russia", "MET_WITH", "Pakistan") and not find(facts, "Pakistan", "MET_WITH", "Russia")

