"""Precision on real news (issue 10): constructions that made false facts. Our own sentences;
articles dated Friday 8 March 2024."""

import pytest

from schemas.models import Modality
from tests.facts import find


@pytest.mark.parametrize("text,a,b", [
    ("Chad, an ex-ally of France, expelled the last foreign troops on Monday.", "Chad", "France"),
    ("Niger, a former ally of France, closed its airspace on Monday.", "Niger", "France"),
    ("Senegal's former allies France and Belgium withdrew their troops on Monday.", "Senegal", "France"),
    ("Portugal was a former ally of Angola.", "Portugal", "Angola"),
])
def test_former_ally_is_no_current_alliance(facts_of, text, a, b):
    """"former" / "ex-" on a relation noun: the alliance is over, so no asserted ALLIED_WITH."""
    facts = facts_of(text)
    allied = find(facts, a, "ALLIED_WITH", b) + find(facts, b, "ALLIED_WITH", a)
    assert not [f for f in allied if f.modality == Modality.ASSERTED], allied


def test_current_ally_stays_asserted(facts_of):
    facts = facts_of("Niger, an ally of France, closed its airspace on Monday.")
    allied = find(facts, "Niger", "ALLIED_WITH", "France") + find(facts, "France", "ALLIED_WITH", "Niger")
    assert [f for f in allied if f.modality == Modality.ASSERTED]
