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


@pytest.mark.parametrize("text,subject,relation,obj", [
    ("The Treasury Department imposed sanctions on Venezuelan President Nicolas Maduro on Monday.",
     "Nicolas Maduro", "SANCTIONED_BY", "United States"),
    ("The State Department condemned the missile launch by North Korea on Tuesday.",
     "United States", "CONDEMNED", "North Korea"),
])
def test_bare_us_department_acts_for_its_state(facts_of, text, subject, relation, obj):
    """"the Treasury Department", "the State Department" alone are the U.S. departments (as "the
    Pentagon" is): the fact is the state's, and no organisation of that name is made."""
    facts = facts_of(text)
    assert find(facts, subject, relation, obj), [(f.subject, f.relation, f.object) for f in facts]
    assert not [f for f in facts if "Department" in f.subject or "Department" in f.object]
