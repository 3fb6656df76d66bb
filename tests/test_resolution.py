"""One canonical entity per referent within an article (our own sentences)."""
import datetime as dt

from schemas.models import Article, EntityType
from schemas.names import fold_name


def _extract(extractor, text):
    return extractor.extract(Article(id="r", text=text, source="test", published=dt.date(2023, 5, 2)))


def test_hyphen_variants_and_surname_resolve_to_one_person(extractor):
    result = _extract(extractor, (
        "South Korean officials said Lee Jae-myung met party members in Seoul on Monday. "
        "Lee Jae Myung later told reporters the talks had gone well. Lee did not take questions."))
    lees = [e for e in result.entities if e.type == EntityType.PERSON and fold_name(e.name).startswith("lee")]
    assert len(lees) == 1
    assert fold_name(lees[0].name) == "lee jae myung"


def test_transliteration_variant_merges_by_surname_and_close_given_name(extractor):
    result = _extract(extractor, (
        "Vice Foreign Minister Park Jin-woo visited Tokyo on Monday. "
        "Park Jinwu's visit to Japan was the first in five years."))
    parks = [e for e in result.entities if e.type == EntityType.PERSON and fold_name(e.name).startswith("park")]
    assert len(parks) == 1


def test_different_given_names_stay_apart(extractor):
    result = _extract(extractor, "Kim Young-sam met Kim Dae-jung in Seoul on Monday.")
    kims = {e.name for e in result.entities if e.type == EntityType.PERSON}
    assert len(kims) == 2


def test_the_north_in_a_korean_context_is_north_korea(extractor):
    result = _extract(extractor, (
        "North Korea fired two missiles on Monday. The North has conducted many launches this year, "
        "launches that have been condemned by Japan."))
    assert any(f.relation == "CONDEMNED" and f.subject == "Japan" and fold_name(f.object) == "north korea"
               for f in result.facts)


def test_demonym_modifying_an_actor_noun_is_the_state(extractor):
    result = _extract(extractor, "Japan and Vietnam agreed on a plan. Japanese officials visited Vietnam on Tuesday.")
    assert any(f.relation == "VISITED" and f.subject == "Japan" and f.object == "Vietnam" for f in result.facts)


def test_possessive_endings_are_not_part_of_names(extractor):
    result = _extract(extractor, "Turkey’s invasion of Syria drew criticism from Greece.")
    names = {e.name for e in result.entities}
    assert "Turkey" in names and not any("’s" in n or "'s" in n for n in names)
