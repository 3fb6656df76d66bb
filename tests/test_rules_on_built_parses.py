"""Rules about syntax, tested on parses built by hand (tests/syntax.py): each test fixes the
parse its rule is about, so it holds whatever the statistical parser makes of a sentence. The
end-to-end sentence tests (test_extraction_*.py) run the same rules through the real model."""
from __future__ import annotations

from schemas.models import Modality
from tests.syntax import facts_from, parsed


def _keys(facts, relation):
    return {(f.subject, f.object, f.modality) for f in facts if f.relation == relation}


def test_a_prepositional_path_reaches_the_destination():
    # Olaf Scholz travelled to Canberra .   (travel: object path "prep:to")
    doc = parsed([
        ("Olaf", 1, "compound", "PROPN", "NNP", "Olaf", "B-PERSON"),
        ("Scholz", 2, "nsubj", "PROPN", "NNP", "Scholz", "I-PERSON"),
        ("travelled", 2, "ROOT", "VERB", "VBD", "travel", "O"),
        ("to", 2, "prep", "ADP", "IN", "to", "O"),
        ("Canberra", 3, "pobj", "PROPN", "NNP", "Canberra", "B-GPE"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
    ])
    assert _keys(facts_from(doc), "VISITED") == {("Olaf Scholz", "Canberra", Modality.ASSERTED)}


def test_a_passive_takes_its_agent_as_subject_and_every_coordinated_patient():
    # Chile and Peru were criticised by Bolivia .   (subject path "subj" of a passive: the by-agent)
    doc = parsed([
        ("Chile", 4, "nsubjpass", "PROPN", "NNP", "Chile", "B-GPE"),
        ("and", 0, "cc", "CCONJ", "CC", "and", "O"),
        ("Peru", 0, "conj", "PROPN", "NNP", "Peru", "B-GPE"),
        ("were", 4, "auxpass", "AUX", "VBD", "be", "O"),
        ("criticised", 4, "ROOT", "VERB", "VBN", "criticise", "O"),
        ("by", 4, "agent", "ADP", "IN", "by", "O"),
        ("Bolivia", 5, "pobj", "PROPN", "NNP", "Bolivia", "B-GPE"),
        (".", 4, "punct", "PUNCT", ".", ".", "O"),
    ])
    assert _keys(facts_from(doc), "CONDEMNED") == {("Bolivia", "Chile", Modality.ASSERTED),
                                                  ("Bolivia", "Peru", Modality.ASSERTED)}


def test_a_negated_verb_gives_a_negated_fact():
    # Olaf Scholz did not visit Canberra .
    doc = parsed([
        ("Olaf", 1, "compound", "PROPN", "NNP", "Olaf", "B-PERSON"),
        ("Scholz", 4, "nsubj", "PROPN", "NNP", "Scholz", "I-PERSON"),
        ("did", 4, "aux", "AUX", "VBD", "do", "O"),
        ("not", 4, "neg", "PART", "RB", "not", "O"),
        ("visit", 4, "ROOT", "VERB", "VB", "visit", "O"),
        ("Canberra", 4, "dobj", "PROPN", "NNP", "Canberra", "B-GPE"),
        (".", 4, "punct", "PUNCT", ".", ".", "O"),
    ])
    assert _keys(facts_from(doc), "VISITED") == {("Olaf Scholz", "Canberra", Modality.NEGATED)}


def test_a_controlled_verb_takes_the_controller_as_subject_and_is_planned():
    # Olaf Scholz plans to visit Canberra .   (xcomp: the subject of "plans" visits; "plan" is a planned head)
    doc = parsed([
        ("Olaf", 1, "compound", "PROPN", "NNP", "Olaf", "B-PERSON"),
        ("Scholz", 2, "nsubj", "PROPN", "NNP", "Scholz", "I-PERSON"),
        ("plans", 2, "ROOT", "VERB", "VBZ", "plan", "O"),
        ("to", 4, "aux", "PART", "TO", "to", "O"),
        ("visit", 2, "xcomp", "VERB", "VB", "visit", "O"),
        ("Canberra", 4, "dobj", "PROPN", "NNP", "Canberra", "B-GPE"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
    ])
    assert _keys(facts_from(doc), "VISITED") == {("Olaf Scholz", "Canberra", Modality.PLANNED)}


def test_a_noun_trigger_reaches_the_partner_on_its_light_verb():
    # Olaf Scholz held talks with Anthony Albanese .   ("with" hung on "held": path "head>prep:with")
    doc = parsed([
        ("Olaf", 1, "compound", "PROPN", "NNP", "Olaf", "B-PERSON"),
        ("Scholz", 2, "nsubj", "PROPN", "NNP", "Scholz", "I-PERSON"),
        ("held", 2, "ROOT", "VERB", "VBD", "hold", "O"),
        ("talks", 2, "dobj", "NOUN", "NNS", "talk", "O"),
        ("with", 2, "prep", "ADP", "IN", "with", "O"),
        ("Anthony", 6, "compound", "PROPN", "NNP", "Anthony", "B-PERSON"),
        ("Albanese", 4, "pobj", "PROPN", "NNP", "Albanese", "I-PERSON"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
    ])
    met = _keys(facts_from(doc), "MET_WITH")
    assert met in ({("Olaf Scholz", "Anthony Albanese", Modality.ASSERTED)},
                   {("Anthony Albanese", "Olaf Scholz", Modality.ASSERTED)})


def test_a_sports_side_acts_for_no_state():
    # The Chilean team arrived in Lima for the tournament .   ("team" with a sport event: mentions.json team_nouns)
    rows = [
        ("The", 2, "det", "DET", "DT", "the", "O"),
        ("Chilean", 2, "amod", "ADJ", "JJ", "chilean", "B-NORP"),
        ("team", 3, "nsubj", "NOUN", "NN", "team", "O"),
        ("arrived", 3, "ROOT", "VERB", "VBD", "arrive", "O"),
        ("in", 3, "prep", "ADP", "IN", "in", "O"),
        ("Lima", 4, "pobj", "PROPN", "NNP", "Lima", "B-GPE"),
        ("for", 3, "prep", "ADP", "IN", "for", "O"),
        ("the", 8, "det", "DET", "DT", "the", "O"),
        ("tournament", 6, "pobj", "NOUN", "NN", "tournament", "O"),
        (".", 3, "punct", "PUNCT", ".", ".", "O"),
    ]
    assert _keys(facts_from(parsed(rows)), "VISITED") == set()
    # the same parse with officials instead of a team: the officials travel for Chile
    officials = [r if r[0] != "team" else ("officials", 3, "nsubj", "NOUN", "NNS", "official", "O") for r in rows]
    assert _keys(facts_from(parsed(officials)), "VISITED") == {("Chile", "Lima", Modality.ASSERTED)}


def test_a_kind_noun_is_the_name_the_parser_hung_off_it():
    # Upon his arrival in the capital Canberra , Olaf Scholz spoke .   ("Canberra" hung on
    # "arrival" as its apposition, not on "capital": the capital is still Canberra)
    doc = parsed([
        ("Upon", 10, "prep", "SCONJ", "IN", "upon", "O"),
        ("his", 2, "poss", "PRON", "PRP$", "his", "O"),
        ("arrival", 0, "pobj", "NOUN", "NN", "arrival", "O"),
        ("in", 2, "prep", "ADP", "IN", "in", "O"),
        ("the", 5, "det", "DET", "DT", "the", "O"),
        ("capital", 3, "pobj", "NOUN", "NN", "capital", "O"),
        ("Canberra", 2, "appos", "PROPN", "NNP", "Canberra", "B-GPE"),
        (",", 10, "punct", "PUNCT", ",", ",", "O"),
        ("Olaf", 9, "compound", "PROPN", "NNP", "Olaf", "B-PERSON"),
        ("Scholz", 10, "nsubj", "PROPN", "NNP", "Scholz", "I-PERSON"),
        ("spoke", 10, "ROOT", "VERB", "VBD", "speak", "O"),
        (".", 10, "punct", "PUNCT", ".", ".", "O"),
    ])
    assert _keys(facts_from(doc), "VISITED") == {("Olaf Scholz", "Canberra", Modality.ASSERTED)}


def test_a_phrase_set_off_by_commas_restates_the_name_before_it():
    # Japan praised the U.S. , the Philippines ' ally .   ("ally" parsed as a second object of
    # "praised", not as the apposition of "U.S."; the words still say the U.S. is the ally)
    doc = parsed([
        ("Japan", 1, "nsubj", "PROPN", "NNP", "Japan", "B-GPE"),
        ("praised", 1, "ROOT", "VERB", "VBD", "praise", "O"),
        ("the", 3, "det", "DET", "DT", "the", "O"),
        ("U.S.", 1, "dobj", "PROPN", "NNP", "U.S.", "B-GPE"),
        (",", 1, "punct", "PUNCT", ",", ",", "O"),
        ("the", 6, "det", "DET", "DT", "the", "O"),
        ("Philippines", 8, "poss", "PROPN", "NNP", "Philippines", "B-GPE"),
        ("'", 6, "case", "PART", "POS", "'", "O"),
        ("ally", 1, "dobj", "NOUN", "NN", "ally", "O"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
    ])
    assert {(f.subject, f.object) for f in facts_from(doc) if f.relation == "ALLIED_WITH"} \
        in ({("United States", "Philippines")}, {("Philippines", "United States")})
