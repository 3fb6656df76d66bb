"""A missing or broken knowledge file stops extraction with a coded error (E131) naming it,
instead of a run that silently reads fewer facts."""
from __future__ import annotations

import shutil

import pytest


@pytest.fixture
def fresh_gazetteer(monkeypatch):
    """Gazetteer.default() loads again (from wherever the test points it), and is restored."""
    from ingest.gazetteer import Gazetteer

    monkeypatch.setattr(Gazetteer, "_default", None)
    return Gazetteer


def test_missing_gazetteer_file_is_E131(fresh_gazetteer, monkeypatch, tmp_path):
    from ingest.errors import DataError
    from ingest.gazetteer import DATA_DIR
    from ingest.pipeline import _default_gazetteer

    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    (data / "cities.json").unlink()
    monkeypatch.setattr(fresh_gazetteer.__init__, "__defaults__", (data,))
    with pytest.raises(DataError) as caught:
        _default_gazetteer()
    assert str(caught.value).startswith(f"[E131] the gazetteer cannot be loaded from {data / 'cities.json'}: "
                                        "file not found")


def test_broken_gazetteer_json_is_E131(fresh_gazetteer, monkeypatch, tmp_path):
    from ingest.errors import DataError
    from ingest.gazetteer import DATA_DIR
    from ingest.pipeline import _default_gazetteer

    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    (data / "states.json").write_text('{"entries": [', encoding="utf-8")
    monkeypatch.setattr(fresh_gazetteer.__init__, "__defaults__", (data,))
    with pytest.raises(DataError) as caught:
        _default_gazetteer()
    assert caught.value.code == "E131"
    assert "not valid JSON" in str(caught.value)


def test_a_gazetteer_count_that_disagrees_with_its_entries_is_E131(fresh_gazetteer, monkeypatch, tmp_path):
    import json

    from ingest.errors import DataError
    from ingest.gazetteer import DATA_DIR
    from ingest.pipeline import _default_gazetteer

    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    doc = json.loads((data / "organizations.json").read_text(encoding="utf-8"))
    doc["entries"].pop()  # an entry lost in a merge, the count left as it was
    (data / "organizations.json").write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setattr(fresh_gazetteer.__init__, "__defaults__", (data,))
    with pytest.raises(DataError) as caught:
        _default_gazetteer()
    assert caught.value.code == "E131"
    assert "organizations.json: _meta.count says" in str(caught.value)


def test_a_mistyped_field_of_a_gazetteer_entry_is_E131(fresh_gazetteer, monkeypatch, tmp_path):
    import json

    from ingest.errors import DataError
    from ingest.gazetteer import DATA_DIR
    from ingest.pipeline import _default_gazetteer

    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    doc = json.loads((data / "roles.json").read_text(encoding="utf-8"))
    doc["entries"][0]["lone_name_wth_post"] = True  # read as absent, the person's lone name would stay in
    (data / "roles.json").write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setattr(fresh_gazetteer.__init__, "__defaults__", (data,))
    with pytest.raises(DataError) as caught:
        _default_gazetteer()
    assert caught.value.code == "E131"
    assert "roles.json: entry 1 has a field _meta.fields does not name: lone_name_wth_post" in str(caught.value)


@pytest.fixture
def broken_lexicon(monkeypatch, tmp_path):
    from ingest import mentions

    path = tmp_path / "mentions.json"
    path.write_text('{"title_heads": ["president"]}', encoding="utf-8")
    monkeypatch.setattr(mentions, "_DATA", path)
    mentions.words.cache_clear()
    yield path
    monkeypatch.undo()
    mentions.words.cache_clear()


def test_lexicon_without_its_word_lists_is_E131(broken_lexicon):
    from ingest import mentions
    from ingest.errors import DataError

    with pytest.raises(DataError) as caught:
        mentions.words()
    message = str(caught.value)
    assert message.startswith(f"[E131] the mention lexicon cannot be loaded from {broken_lexicon}: "
                              "missing word lists: title_words, org_words")


def test_extract_with_a_broken_lexicon_exits_2_with_one_line(broken_lexicon, monkeypatch, seeds_dir):
    from typer.testing import CliRunner

    import kg.parallel
    from kg.cli import app

    monkeypatch.setattr(kg.parallel, "_EXTRACTOR", None)
    result = CliRunner().invoke(app, ["extract", str(seeds_dir), "--workers", "1", "--quiet"])
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error [E131] the mention lexicon"), result.output


def test_a_mistyped_state_in_a_state_title_is_an_error_naming_it(tmp_path):
    """titles.json state_titles: a state id no gazetteer entry has would leave that state's
    officials with the common reading of the title, silently; loading says where it is."""
    import json

    from ingest.gazetteer import DATA_DIR, Gazetteer
    from ingest.lexicon import LexiconError

    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    titles = json.loads((data / "titles.json").read_text(encoding="utf-8"))
    titles["state_titles"][0]["states"].append("state:indai")
    (data / "titles.json").write_text(json.dumps(titles), encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        Gazetteer(data, leaders=False)
    assert "state_titles.0.states" in str(caught.value) and "'state:indai'" in str(caught.value)
