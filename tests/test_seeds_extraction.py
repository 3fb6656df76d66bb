"""The extractor on the seed articles as they are: facts checked by reading the articles."""
from pathlib import Path

import pytest

from schemas.names import fold_name


@pytest.fixture(scope="module")
def by_seed(seed_results):
    return {Path(r.article.source).name[:3]: r for r in seed_results}


def has(result, subject, relation, obj, modality="asserted"):
    s, o = fold_name(subject), fold_name(obj)
    return [f for f in result.facts if f.relation == relation and f.modality.value == modality and (
        (fold_name(f.subject), fold_name(f.object)) in ((s, o), (o, s) if relation in ("MET_WITH", "ALLIED_WITH") else (s, o)))]


def test_visit_with_parenthesised_date(by_seed):
    found = has(by_seed["002"], "Sun Weidong", "VISITED", "Pyongyang")
    assert found and found[0].date == "2024-01-26"


def test_consultations_and_transliterated_counterpart(by_seed):
    result = by_seed["002"]
    assert has(result, "Sun Weidong", "MET_WITH", "Park Myung-ho")
    persons = [fold_name(e.name) for e in result.entities if e.type.value == "Person"]
    assert "park minghao" not in persons  # the same deputy minister, spelled from Chinese
    role = has(result, "Park Myung-ho", "HOLDS_ROLE", "North Korea")
    assert role and role[0].title == "Deputy Foreign Minister"


def test_state_level_visit_and_roles(by_seed):
    result = by_seed["000"]
    assert has(result, "Russia", "VISITED", "North Korea")
    assert has(result, "China", "VISITED", "North Korea")
    wang = has(result, "Wang Yi", "HOLDS_ROLE", "China")
    assert wang and wang[0].title == "Foreign Minister" and wang[0].date == "2023-07-25"
    assert has(result, "Mao Ning", "HOLDS_ROLE", "China")
    assert has(result, "Sergei Shoigu", "HOLDS_ROLE", "Russia")


def test_planned_visit_in_seed_is_not_asserted(by_seed):
    result = by_seed["003"]
    assert not has(result, "Mikhail Mishustin", "VISITED", "Beijing")
    assert not has(result, "Mikhail Mishustin", "VISITED", "China")


def test_attack_inside_negated_clause_still_happened(by_seed):
    # "...abstain from condemning Russia's attack of Ukraine": the attack is asserted.
    assert has(by_seed["001"], "Russia", "ATTACKED", "Ukraine")


def test_evidence_offsets_point_into_the_cleaned_text(seed_results):
    for result in seed_results:
        for fact in result.facts:
            ev = fact.evidence
            assert result.article.text[ev.start:ev.end] == ev.sentence
            assert 0.0 <= fact.confidence <= 1.0


def test_extraction_is_deterministic(extractor, seed_articles, seed_results):
    again = [extractor.extract(a).contract_rows() for a in seed_articles]
    assert again == [r.contract_rows() for r in seed_results]
