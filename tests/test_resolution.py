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


def _facts_on(extractor, text, published=dt.date(2023, 5, 2)):
    return extractor.extract(Article(id="r", text=text, source="test", published=published))


def test_korea_in_a_hyphenated_list_of_states_is_south_korea(extractor):
    result = _facts_on(extractor, "Officials said the Korea-Japan-China summit would be held in Seoul next spring.")
    names = {e.name for e in result.entities}
    assert "South Korea" in names and "Korean Peninsula" not in names


def test_hermit_kingdom_is_north_korea(extractor):
    result = _facts_on(extractor, "The Hermit Kingdom fired a ballistic missile toward Japan on Monday.")
    states = {e.name for e in result.entities if e.type == EntityType.STATE}
    assert "North Korea" in states and "Hermit Kingdom" not in states


def test_transliterated_given_name_resolves_to_the_known_leader(extractor):
    result = _facts_on(extractor, "Palestinian President Mahmud Abbas met Jordan's King Abdullah in Amman "
                       "on Sunday.")
    assert "Mahmoud Abbas" in {e.name for e in result.entities if e.type == EntityType.PERSON}


def test_surname_of_a_former_leader_resolves_in_the_articles_time(extractor):
    result = _facts_on(extractor, "Former U.S. President Trump said on Tuesday he would speak at the rally.",
                       dt.date(2023, 6, 13))
    roles = [f for f in result.facts if f.relation == "HOLDS_ROLE" and f.subject == "Donald Trump"]
    assert roles and roles[0].object == "United States" and roles[0].title == "Former President"


def test_ambiguous_surname_stays_unresolved(extractor):
    # Many Kims held office in 2023: a bare "Kim" names none of them.
    result = _facts_on(extractor, "Kim said on Tuesday that the talks had failed.", dt.date(2023, 6, 13))
    assert not [e for e in result.entities if e.type == EntityType.PERSON]


def test_definite_role_description_is_the_role_holder_on_the_article_date(extractor):
    result = _facts_on(extractor, "The Russian president visited Tehran on Tuesday for talks on Syria.",
                       dt.date(2022, 7, 21))
    assert any(f.relation == "VISITED" and f.subject == "Vladimir Putin" and f.object == "Tehran"
               for f in result.facts)


def test_role_description_prefers_the_holder_the_article_names(extractor):
    result = _facts_on(extractor, "Chinese Foreign Minister Qin Gang arrived in Moscow on Monday. "
                       "China's foreign minister met Sergei Lavrov on Tuesday.", dt.date(2023, 4, 12))
    assert any(f.relation == "MET_WITH" and {f.subject, f.object} == {"Qin Gang", "Sergey Lavrov"}
               for f in result.facts)


def test_indefinite_description_names_nobody(extractor):
    result = _facts_on(extractor, "A Russian minister visited Tehran on Tuesday.", dt.date(2022, 7, 21))
    assert not [f for f in result.facts if f.relation == "VISITED" and f.subject_type == EntityType.PERSON]


def test_three_part_name_with_lower_case_last_syllable_is_one_person(extractor):
    result = _facts_on(extractor, "“The talks went nowhere,” Ahn Ho young, a former South Korean ambassador "
                       "to the United States, said.")
    persons = [e for e in result.entities if e.type == EntityType.PERSON]
    assert [fold_name(p.name) for p in persons] == ["ahn ho young"]


def _events(result):
    return {e.name: e.attributes for e in result.entities if e.type == EntityType.EVENT}


def test_a_hosted_event_is_named_by_its_host_thing_and_month(extractor):
    result = _facts_on(extractor, "Vietnam hosted a regional security forum in Hanoi last month.",
                       dt.date(2023, 9, 14))
    events = _events(result)
    assert events == {"Vietnam regional security forum (2023-08)":
                      {"kind": "forum", "date": "2023-08", "host": "state:vietnam"}}


def test_a_summit_between_leaders_is_named_by_their_states(extractor):
    result = _facts_on(extractor, "A summit between Joe Biden and Xi Jinping took place near San Francisco "
                       "on Wednesday.", dt.date(2023, 11, 16))
    assert "China–United States summit (2023-11)" in _events(result)
    # the summit is still read as the leaders' meeting
    assert any(f.relation == "MET_WITH" and {f.subject, f.object} == {"Joe Biden", "Xi Jinping"}
               for f in result.facts)


def test_cities_carry_their_country(extractor):
    result = _facts_on(extractor, "Brazilian President Luiz Inacio Lula da Silva arrived in Shanghai on Wednesday.",
                       dt.date(2023, 4, 13))
    city = next(e for e in result.entities if e.name == "Shanghai")
    assert city.attributes.get("country") == "state:china"
    assert any(f.relation == "LOCATED_IN" and f.subject == "Shanghai" and f.object == "China" for f in result.facts)
    assert "China" in {e.name for e in result.entities}


def test_one_event_whether_named_by_its_leaders_or_their_states(extractor):
    """Participants resolved to the states they act for (the demonym before the title), sorted,
    with the event noun and month: one node for one summit, however the article words it."""
    result = _facts_on(extractor, "Chilean President Ana Sepulveda and Peruvian President Luis Quispe "
                       "met in Lima on Monday. The summit between Sepulveda and Quispe lasted four hours. "
                       "Officials called the Peru-Chile summit a success.", dt.date(2024, 3, 8))
    summits = {name: attrs for name, attrs in _events(result).items() if attrs.get("kind") == "summit"}
    assert summits == {"Chile–Peru summit (2024-03)": {"kind": "summit", "date": "2024-03"}}


def test_a_month_word_in_front_of_the_summit_is_its_date_not_its_name(extractor):
    result = _facts_on(extractor, "Diplomats prepared the October summit between Chile and Peru.",
                       dt.date(2024, 9, 20))
    summits = [name for name, attrs in _events(result).items() if attrs.get("kind") == "summit"]
    assert summits == ["Chile–Peru summit (2024-10)"]


def test_a_planned_event_with_no_date_of_its_own_takes_none_from_the_article(extractor):
    """Reported in September and again in October, a summit still being arranged is one event."""
    names = []
    for day in (dt.date(2024, 9, 20), dt.date(2024, 10, 20)):
        result = _facts_on(extractor, "Peru is making efforts to arrange a Peru-Chile-Bolivia summit.", day)
        names.append([n for n, a in _events(result).items() if a.get("kind") == "summit"])
    assert names == [["Bolivia–Chile–Peru summit"], ["Bolivia–Chile–Peru summit"]]
