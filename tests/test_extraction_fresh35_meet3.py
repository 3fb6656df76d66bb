"""Gatherings two sides chair together, and a dialogue as a meeting, as probing showed in stop 35.

- "co-chaired", "will co-chair": a word made with a hyphenated prefix (mentions.json
  hyphen_prefixes) stays one word, so the small model reads it as the clause's verb; split, it
  took "co" for the verb and lost the subjects. Its lemma is the prefix and the verb's lemma
  ("co-chair"). Co-chairing carries the gathering it is said of (verbs.json light_verbs): the
  joint subjects, the subject and the gathering's with-phrase, or a passive's agents met, and
  the place of the gathering is a visit as for "held talks in X";
- "held a strategic dialogue with X", "co-chaired the dialogue": a dialogue is a meeting when it
  is one occasion (a count noun: with a determiner, possessor or number, or plural; the pattern
  key `counted`) carried by a support verb or by joint subjects; the bare mass noun names the
  activity ("urged X to engage in dialogue with Y", "through dialogue"): no meeting;
- chairing a body's session with no second party named is no meeting between parties.

Sentences are our own; articles are dated as each test says."""
from tests.facts import find, one


def _met(facts, a, b):
    return find(facts, a, "MET_WITH", b) + find(facts, b, "MET_WITH", a)


def _show(facts):
    return [(f.subject, f.relation, f.object, f.modality.value) for f in facts]


# ---- the word ---------------------------------------------------------------------------------------
def test_a_co_prefixed_verb_is_one_word_with_the_verbs_lemma():
    from ingest.nlp import load_model

    doc = load_model()("The two envoys co-chaired a review panel in Lagos.")
    word = next(t for t in doc if t.lower_.startswith("co"))
    assert word.text == "co-chaired" and word.lemma_ == "co-chair" and word.pos_ == "VERB", \
        [(t.text, t.lemma_, t.pos_) for t in doc]


# ---- co-chairing a gathering ----------------------------------------------------------------------------
def test_joint_subjects_who_co_chaired_a_meeting_met_and_the_guest_visited(facts_of):
    facts = facts_of("Chilean President Gabriel Boric and Argentine President Javier Milei co-chaired the "
                     "meeting in Santiago.")
    met = _met(facts, "Gabriel Boric", "Javier Milei")
    assert met and met[0].modality.value == "asserted", _show(facts)
    assert find(facts, "Javier Milei", "VISITED", "Santiago"), _show(facts)


def test_a_gathering_one_will_co_chair_with_another_is_a_planned_meeting(facts_of):
    facts = facts_of("German Chancellor Olaf Scholz will co-chair the government consultations with "
                     "Premier Li Qiang.")
    met = _met(facts, "Olaf Scholz", "Li Qiang")
    assert met and all(f.modality.value == "planned" for f in met), _show(facts)


def test_the_agents_of_a_co_chaired_meeting_met(facts_of):
    facts = facts_of("The meeting was co-chaired by Turkish Foreign Minister Hakan Fidan and his "
                     "Egyptian counterpart Sameh Shoukry.")
    assert _met(facts, "Hakan Fidan", "Sameh Shoukry"), _show(facts)


def test_chairing_a_cabinet_meeting_is_no_meeting_between_parties(facts_of):
    facts = facts_of("President William Ruto co-chaired the cabinet meeting at State House in Nairobi "
                     "on Tuesday. Prime Minister Keir Starmer chaired the cabinet meeting in London.")
    assert not [f for f in facts if f.relation == "MET_WITH"], _show(facts)


# ---- a dialogue ----------------------------------------------------------------------------------------------
def test_a_strategic_dialogue_held_with_a_counterpart_is_a_meeting(facts_of):
    facts = facts_of("Brazilian Foreign Minister Mauro Vieira held a strategic dialogue with his Chinese "
                     "counterpart Wang Yi in Beijing on Tuesday.")
    met = _met(facts, "Mauro Vieira", "Wang Yi")
    assert met and met[0].modality.value == "asserted", _show(facts)


def test_states_whose_ministers_co_chaired_a_dialogue_met(facts_of):
    facts = facts_of("The foreign ministers of Vietnam and Australia co-chaired the fifth strategic "
                     "dialogue between their ministries in Hanoi.")
    assert _met(facts, "Vietnam", "Australia"), _show(facts)


def test_dialogue_as_an_activity_is_no_meeting(facts_of):
    facts = facts_of("The spokesman urged Pyongyang to engage in sincere dialogue with Seoul. Islamabad "
                     "said it would settle every dispute with New Delhi through dialogue.")
    assert not _met(facts, "North Korea", "South Korea"), _show(facts)
    assert not _met(facts, "Pakistan", "India"), _show(facts)
