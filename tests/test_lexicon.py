"""The lexicons of ingest/data load through their schemas; a wrong file is a load error with a
code and a message naming the file and the entry."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest import lexicon
from ingest.gazetteer import Gazetteer

DATA = Path(lexicon.__file__).parent / "data"
GAZETTEER_FILES = {"states.json", "cities.json", "organizations.json", "places.json", "regions.json", "roles.json",
                   "titles.json", "airports.json"}


def test_every_data_file_is_read_through_a_schema_or_the_gazetteer():
    files = {p.name for p in DATA.glob("*.json")}
    lexicons = {f"{name}.json" for name in lexicon.SCHEMAS}
    assert files <= lexicons | GAZETTEER_FILES, f"data files no loader validates: {files - lexicons - GAZETTEER_FILES}"
    for name in lexicon.SCHEMAS:
        lexicon.load_file(name, DATA / f"{name}.json")
    g = Gazetteer(DATA)
    assert g.lookup("France") is not None
    assert g.airport_state("Kotoka International Airport") is not None  # airports.json: read on first use


def _broken(tmp_path: Path, name: str, change) -> Path:
    raw = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    change(raw)
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def _error(name: str, path: Path) -> lexicon.LexiconError:
    with pytest.raises(lexicon.LexiconError) as info:
        lexicon.load_file(name, path)
    return info.value


def test_a_key_written_twice_is_an_error_not_a_silent_replacement(tmp_path):
    text = (DATA / "verbs.json").read_text(encoding="utf-8")
    path = tmp_path / "verbs.json"
    # a second entry for a verb the file already has, as a hand edit would add it
    path.write_text(text.replace('\n  "visit": ', '\n  "visit": [],\n  "visit": ', 1), encoding="utf-8")
    err = _error("verbs", path)
    assert err.code == "E302" and str(path) in str(err) and "visit" in str(err) and "twice" in str(err)


def test_a_misspelt_relation_names_the_entry(tmp_path):
    path = _broken(tmp_path, "verbs", lambda raw: raw["verbs"]["visit"][0].update(relation="VISITTED"))
    err = _error("verbs", path)
    assert err.code == "E303"
    assert str(path) in str(err) and "verbs.visit[0]" in str(err) and "VISITTED" in str(err)


def test_a_cameo_code_the_relation_does_not_list_is_an_error(tmp_path):
    path = _broken(tmp_path, "verbs", lambda raw: raw["verbs"]["visit"][0].update(cameo="190"))
    err = _error("verbs", path)
    assert err.code == "E304" and "verbs.visit[0]" in str(err)


def test_an_unknown_key_in_a_pattern_is_an_error(tmp_path):
    path = _broken(tmp_path, "verbs", lambda raw: raw["verbs"]["visit"][0].update(objcet=["dobj"]))
    err = _error("verbs", path)
    assert err.code == "E302" and "verbs.visit.0.objcet" in str(err) and "unknown key" in str(err)


def test_an_unknown_top_level_list_is_an_error(tmp_path):
    path = _broken(tmp_path, "mentions", lambda raw: raw.update(titel_heads=["minister"]))
    err = _error("mentions", path)
    assert err.code == "E302" and "titel_heads" in str(err)


def test_a_number_where_words_belong_is_an_error(tmp_path):
    path = _broken(tmp_path, "modality", lambda raw: raw.update(negation_words="not"))
    assert _error("modality", path).code == "E302"


def test_a_broken_regular_expression_is_an_error(tmp_path):
    path = _broken(tmp_path, "boilerplate", lambda raw: raw["header_labels"]["patterns"].append("(world"))
    err = _error("boilerplate", path)
    assert err.code == "E302" and "header_labels.patterns" in str(err)


def test_a_file_that_is_not_json_is_an_error(tmp_path):
    path = tmp_path / "temporal.json"
    path.write_text("{not json", encoding="utf-8")
    assert _error("temporal", path).code == "E301"


def test_met_with_lists_the_telephone_code_its_patterns_use():
    from schemas.ontology import relation

    assert "041" in relation("MET_WITH").cameo  # CAMEO 041: discuss by telephone
    phone = [p for lemma, ps in lexicon.load("verbs").verbs.items() for p in ps if p.cameo == "041"]
    assert phone and all(p.relation == "MET_WITH" for p in phone)


def test_an_unknown_argument_path_is_a_load_error(tmp_path):
    from ingest.relations import lexicon_data

    path = _broken(tmp_path, "verbs", lambda raw: raw["verbs"]["visit"][0].update(object=["dobj", "prep:to>objc"]))
    with pytest.raises(lexicon.LexiconError) as info:
        lexicon_data.load_file(path)
    err = info.value
    assert err.code == "E305" and "verbs.visit[0]" in str(err) and "'objc'" in str(err)


@pytest.mark.parametrize("spec, wrong", [
    ("prep", "needs prepositions"),          # "prep" without the prepositions it follows
    ("subj:to", "takes no prepositions"),
    ("poss>dobj", "is no hop"),              # only head / dobj / prep move to other tokens
    ("pairs:beetween", "no pair path"),
])
def test_malformed_paths_are_load_errors(tmp_path, spec, wrong):
    from ingest.relations import lexicon_data

    def change(raw):
        pattern = raw["noun_frames"]["meeting"][0]  # the frame "talk" and "meeting" share
        if spec.startswith("pairs:"):
            pattern["pairs"] = [spec]
        else:
            pattern["subject"] = [spec]

    with pytest.raises(lexicon.LexiconError) as info:
        lexicon_data.load_file(_broken(tmp_path, "verbs", change))
    assert info.value.code == "E305" and wrong in str(info.value) and "noun_frames.meeting[0]" in str(info.value)


@pytest.mark.parametrize("kind, lemma, spec, wrong", [
    # "pairs:subj" finds the verb that carries an event noun: on a verb it would never find a pair
    ("verbs", "hug", "pairs:subj", "not a verb"),
    # "pairs:reciprocal" reads a verb's coordinated subjects: a noun has none
    ("noun_frames", "meeting", "pairs:reciprocal", "not a noun"),
])
def test_a_pair_path_on_the_wrong_kind_of_trigger_is_a_load_error(tmp_path, kind, lemma, spec, wrong):
    from ingest.relations import lexicon_data

    def change(raw):
        raw[kind][lemma][0]["pairs"] = [spec]

    with pytest.raises(lexicon.LexiconError) as info:
        lexicon_data.load_file(_broken(tmp_path, "verbs", change))
    assert info.value.code == "E305" and wrong in str(info.value) and f"{kind}.{lemma}[0]" in str(info.value)


def test_the_shipped_lexicon_names_only_registered_paths():
    from ingest.relations import lexicon_data, paths

    lex = lexicon_data.load_file(DATA / "verbs.json")
    used = {s.name for ps in [*lex.verbs.values(), *lex.nouns.values()] for p in ps
            for spec in (*p.subject, *p.object) for s in paths.compile_path(spec).steps}
    assert used <= set(paths.PATHS.get_all()) | set(paths.HOPS.get_all())
    assert "prep" in used and "head" in used


def test_every_argument_path_is_described_in_the_verb_data():
    """A contributor adding a verb reads verbs.json's own description to learn which argument paths
    exist: a path registered in code but missing there is one they cannot find."""
    import re

    from ingest.relations import paths

    about = json.loads((lexicon.DATA_DIR / "verbs.json").read_text(encoding="utf-8"))["_meta"]["about"]
    named = [*paths.PATHS.get_all(), *paths.HOPS.get_all()]
    missing = [name for name in named if not re.search(rf"\b{re.escape(name)}\b", about)]
    missing += ["pairs:" + name for name in paths.PAIRS.get_all() if f"pairs:{name}" not in about]
    assert not missing, f"argument paths not described in verbs.json _meta.about: {missing}"


def test_every_non_state_kind_is_a_kind_the_organisations_have():
    """mentions.json non_state_kinds names organizations.json kinds: a typo would silently match
    no group."""
    from ingest.mentions import words

    data = json.loads((Path(__file__).resolve().parent.parent / "ingest" / "data" / "organizations.json")
                      .read_text(encoding="utf-8"))
    entries = data["entries"] if isinstance(data, dict) else data
    kinds = {e.get("kind") for e in entries}
    assert set(words()["non_state_kinds"]) <= kinds
