"""A journey's later legs and a meeting told by its gesture (stop 20): "then proceeded to X",
"travelled by road to X" (the parser hangs the destination on the vehicle noun), and "X and Y
embraced" / "hugged" with no object. Every sentence here is our own, with invented persons;
articles are dated Friday 8 March 2024 (tests/facts.py); expected facts were read from each
sentence."""

import pytest

from schemas.models import Modality
from tests.facts import find, one

FOUND = [
    ("President Paul Ndemo flew to Angola on Monday and then proceeded to Namibia.",
     "Paul Ndemo", "VISITED", "Namibia"),
    ("President Paul Ndemo flew to Angola on Monday and then went on by road over the frontier to Namibia.",
     "Paul Ndemo", "VISITED", "Namibia"),
    ("President Paul Ndemo flew to Angola on Monday and then went on by road over the frontier to Namibia.",
     "Paul Ndemo", "VISITED", "Angola"),
    ("Chancellor Karl Huber travelled by road to Slovenia on Tuesday.", "Karl Huber", "VISITED", "Slovenia"),
    ("Prime Minister Lena Varga flew by helicopter to Tonga.", "Lena Varga", "VISITED", "Tonga"),
    ("Chancellor Karl Huber and Prime Minister Lena Varga embraced on the steps of the chancellery.",
     "Karl Huber", "MET_WITH", "Lena Varga"),
    ("Chancellor Karl Huber and Prime Minister Lena Varga hugged warmly at the airport.",
     "Karl Huber", "MET_WITH", "Lena Varga"),
]


@pytest.mark.parametrize("text,subject,relation,obj", FOUND)
def test_found(facts_of, text, subject, relation, obj):
    assert one(facts_of(text), subject, relation, obj).modality == Modality.ASSERTED


NOT_READ = [
    # "proceeded to" a verb is no journey; an embrace of a plan is no meeting, nor of states
    ("Chancellor Karl Huber proceeded to thank Prime Minister Lena Varga.", "Karl Huber", "VISITED", "Lena Varga"),
    ("Chancellor Karl Huber and Prime Minister Lena Varga embraced the proposal.",
     "Karl Huber", "MET_WITH", "Lena Varga"),
    ("Chancellor Karl Huber and Prime Minister Lena Varga embraced the idea of a ceasefire.",
     "Karl Huber", "MET_WITH", "Lena Varga"),
    ("Austria and Hungary embraced after the vote.", "Austria", "MET_WITH", "Hungary"),
]


@pytest.mark.parametrize("text,subject,relation,obj", NOT_READ)
def test_not_read(facts_of, text, subject, relation, obj):
    assert not find(facts_of(text), subject, relation, obj)
