"""Meetings urged on someone or still to be engaged in, as probing showed in stop 35.

- "is expected to engage in discussions with X", "will participate in talks with Y": a support
  verb that takes its event noun through "in" (verbs.json light_verbs: engage, participate,
  partake) carries that event, so a plan, a future or a refusal above the verb reaches the
  meeting as it does over "hold talks"; told in the past ("engaged in talks with X on Monday")
  the meeting happened;
- "implored X to resume talks with Y", "pressed X to ...", "encouraged X to ...": a verb of urging
  with an object and an infinitive (modality.json planned_heads, verbs.json object_control) makes
  the urged act at most planned, and its doer is the one urged, not the one urging.

Sentences are our own; articles are dated as each test says."""
from tests.facts import find, one


def _asserted(facts, s, rel, o):
    return [f for f in find(facts, s, rel, o) + find(facts, o, rel, s) if f.modality.value == "asserted"]


# ---- a support verb through "in" under a plan ---------------------------------------------------------
def test_scheduled_to_engage_in_discussions_is_a_planned_meeting(facts_of):
    facts = facts_of("Kenyan President William Ruto is scheduled to engage in discussions with his "
                     "Tanzanian counterpart Samia Suluhu Hassan at State House on Friday.")
    assert not _asserted(facts, "William Ruto", "MET_WITH", "Samia Suluhu Hassan"), \
        [(f.subject, f.relation, f.object, f.modality.value) for f in facts]
    assert one(facts, "William Ruto", "MET_WITH", "Samia Suluhu Hassan").modality.value == "planned"


def test_plans_to_participate_in_talks_is_a_planned_meeting(facts_of):
    facts = facts_of("Foreign Minister Penny Wong plans to participate in talks with Indonesian Foreign "
                     "Minister Retno Marsudi in Jakarta.")
    assert not _asserted(facts, "Penny Wong", "MET_WITH", "Retno Marsudi"), \
        [(f.subject, f.relation, f.object, f.modality.value) for f in facts]
    assert one(facts, "Penny Wong", "MET_WITH", "Retno Marsudi").modality.value == "planned"
    # told in the past, the support verb's meeting happened
    facts = facts_of("Foreign Minister Penny Wong engaged in lengthy talks with her Indonesian "
                     "counterpart Retno Marsudi in Jakarta on Monday.")
    assert _asserted(facts, "Penny Wong", "MET_WITH", "Retno Marsudi")


# ---- a verb of urging: the act urged is not done ------------------------------------------------------
def test_implored_to_resume_talks_is_no_meeting_of_the_one_imploring(facts_of):
    facts = facts_of("Chancellor Olaf Scholz on Sunday implored President Aleksandar Vucic to resume "
                     "EU-brokered dialogue talks with Kosovo.")
    assert not _asserted(facts, "Olaf Scholz", "MET_WITH", "Kosovo"), \
        [(f.subject, f.relation, f.object, f.modality.value) for f in facts]
    assert not _asserted(facts, "Aleksandar Vucic", "MET_WITH", "Kosovo")


def test_pressed_and_encouraged_to_meet_are_planned(facts_of):
    facts = facts_of("Emir Tamim bin Hamad Al Thani on Tuesday pressed General Abdel Fattah al-Burhan to hold "
                     "talks with the Rapid Support Forces. Ethiopian Prime Minister Abiy Ahmed encouraged "
                     "President Isaias Afwerki to meet the Sudanese envoy Malik Agar.")
    assert not _asserted(facts, "Tamim bin Hamad Al Thani", "MET_WITH", "Rapid Support Forces"), \
        [(f.subject, f.relation, f.object, f.modality.value) for f in facts]
    assert not _asserted(facts, "Abdel Fattah al-Burhan", "MET_WITH", "Rapid Support Forces"), \
        [(f.subject, f.relation, f.object, f.modality.value) for f in facts]
    assert not _asserted(facts, "Isaias Afwerki", "MET_WITH", "Malik Agar"), \
        [(f.subject, f.relation, f.object, f.modality.value) for f in facts]
