"""Meetings not yet held, and a pair's talks named only as a topic, as probing showed in stop 35.

- "looks forward to meeting X", "I very much look forward to welcoming Y": what a phrase of
  anticipation (modality.json anticipation_phrases) awaits is still to come, a meeting as much
  as a trip;
- "aimed at reviving Ruritanian-Borduvian talks", "worked to renew A-B negotiations", "a
  breakthrough in the A-B talks", "optimism about the A-B summit": a hyphenated pair's event
  noun that is the aim of a verb with no subject of its own, or the object of a topic phrase
  (verbs.json topic_phrase_prepositions), tells no meeting of the pair; named as the object of
  "of" or "for", or as where someone took part, it still does.

Sentences are our own; articles are dated as each test says."""
from tests.facts import find, one


# ---- a phrase of anticipation: the meeting is still to come ----------------------------------------
def test_looking_forward_to_meeting_is_a_planned_meeting(facts_of):
    facts = facts_of("Chancellor Olaf Scholz said on Thursday that he looks forward to meeting "
                     "President Lula in Brasilia.")
    fact = one(facts, "Olaf Scholz", "MET_WITH", "Luiz Inacio Lula da Silva")
    assert fact.modality.value == "planned", fact
    # a meeting told beside an anticipation is no plan
    facts = facts_of("Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday and said he looked "
                     "forward to more contacts.")
    assert one(facts, "Vladimir Putin", "MET_WITH", "Recep Tayyip Erdogan").modality.value == "asserted"


def test_looking_forward_to_a_trip_is_a_planned_visit(facts_of):
    facts = facts_of("Prime Minister Anthony Albanese said he looks forward to visiting Jakarta "
                     "before the end of the year.")
    assert not [f for f in find(facts, "Anthony Albanese", "VISITED", "Jakarta") if f.modality.value == "asserted"], \
        [(f.subject, f.relation, f.object, f.modality.value) for f in facts]


# ---- a pair's talks named as an aim or a topic -------------------------------------------------------
def test_pair_talks_as_the_aim_of_a_gerund_are_no_meeting(facts_of):
    facts = facts_of("Norwegian mediators spent the week in Oslo on a plan aimed at reviving "
                     "India-Pakistan border negotiations.")
    assert not find(facts, "India", "MET_WITH", "Pakistan") and not find(facts, "Pakistan", "MET_WITH", "India")


def test_pair_talks_as_an_infinitive_of_purpose_are_no_meeting(facts_of):
    facts = facts_of("Qatar has made fresh efforts to restart Egypt-Ethiopia negotiations over the dam.")
    assert not find(facts, "Egypt", "MET_WITH", "Ethiopia") and not find(facts, "Ethiopia", "MET_WITH", "Egypt")


def test_pair_talks_in_a_topic_phrase_are_no_meeting(facts_of):
    facts = facts_of("Analysts in Seoul voiced little optimism about the Japan-China summit. "
                     "Diplomats reported no progress in the Serbia-Kosovo talks.")
    assert not find(facts, "Japan", "MET_WITH", "China") and not find(facts, "China", "MET_WITH", "Japan")
    assert not find(facts, "Serbia", "MET_WITH", "Kosovo") and not find(facts, "Kosovo", "MET_WITH", "Serbia")
    # named as the object of "of" or "for", the pair's talks still tell its meeting
    facts = facts_of("Reporters in Ankara discussed the results of the Turkey-Greece talks. "
                     "Premier Li is in Brussels for the China-EU summit.")
    assert one(facts, "Turkey", "MET_WITH", "Greece")
    assert one(facts, "China", "MET_WITH", "European Union")
