"""A missing or broken knowledge file stops extraction with a coded error (E131) naming it,
instead of a run that silently reads fewer facts."""
from __future__ import annotations

import json
import shutil

import pytest


@pytest.fixture
def data_copy(monkeypatch, tmp_path):
    """A copy of the shipped gazetteer data that Gazetteer.default() loads afresh; restored after."""
    from ingest.gazetteer import DATA_DIR, Gazetteer

    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    monkeypatch.setattr(Gazetteer, "_default", None)
    monkeypatch.setattr(Gazetteer.__init__, "__defaults__", (data,))
    return data


def _edit(path, change) -> None:
    """Rewrite a JSON data file after `change(doc)`."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(json.dumps(doc), encoding="utf-8")


def _load_error():
    """The error loading the gazetteer stops with."""
    from ingest.errors import DataError
    from ingest.pipeline import _default_gazetteer

    with pytest.raises(DataError) as caught:
        _default_gazetteer()
    return caught.value


def test_missing_gazetteer_file_is_E131(data_copy):
    (data_copy / "cities.json").unlink()
    assert str(_load_error()).startswith(f"[E131] the gazetteer cannot be loaded from {data_copy / 'cities.json'}: "
                                         "file not found")


def test_broken_gazetteer_json_is_E131(data_copy):
    (data_copy / "states.json").write_text('{"entries": [', encoding="utf-8")
    error = _load_error()
    assert error.code == "E131"
    assert "not valid JSON" in str(error)


def test_a_gazetteer_count_that_disagrees_with_its_entries_is_E131(data_copy):
    # an entry lost in a merge, the count left as it was
    _edit(data_copy / "organizations.json", lambda doc: doc["entries"].pop())
    error = _load_error()
    assert error.code == "E131"
    assert "organizations.json: _meta.count says" in str(error)


def test_a_mistyped_field_of_a_gazetteer_entry_is_E131(data_copy):
    # read as absent, the person's lone name would stay in
    _edit(data_copy / "roles.json", lambda doc: doc["entries"][0].update(lone_name_wth_post=True))
    error = _load_error()
    assert error.code == "E131"
    assert "roles.json: entry 1 has a field _meta.fields does not name: lone_name_wth_post" in str(error)


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
