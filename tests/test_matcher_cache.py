"""The gazetteer's phrase matchers come from an on-disk cache (ingest/cache.py): a cache that is
absent, stale, broken or unwritable must never change which names are found."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ingest import mentions
from ingest.gazetteer import DATA_DIR, Gazetteer
from ingest.nlp import load_model

TEXT = ("The foreign minister of Japan met officials of the European Union in Brussels. "
        "HEADLINE: PRESIDENT OF FRANCE ARRIVES IN BERLIN")


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def spans(nlp, gazetteer, text=TEXT):
    mentions._MATCHERS.clear()  # a new process: the matchers are made again (from the cache)
    return mentions.gazetteer_spans(nlp.make_doc(text), gazetteer)


def ids(found):
    return {gid for _s, _e, _label, gid in found}


def test_names_found_alike_with_the_cache_cold_warm_and_off(nlp, tmp_path, monkeypatch):
    gz = Gazetteer.default()
    monkeypatch.setenv("KG_CACHE_DIR", "")
    off = spans(nlp, gz)
    assert {"state:japan", "city:brussels", "state:france", "city:berlin"} <= ids(off)
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    assert spans(nlp, gz) == off            # cold: built and stored
    assert len(list(tmp_path.glob("gazetteer-phrases-*.json"))) == 1
    assert spans(nlp, gz) == off            # warm: read back


def test_unwritable_cache_directory_is_no_error(nlp, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("KG_CACHE_DIR", str(blocker / "cache"))  # cannot be created, even by root
    assert {"state:japan", "state:france"} <= ids(spans(nlp, Gazetteer.default()))


def test_broken_cache_entry_is_rebuilt(nlp, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    gz = Gazetteer.default()
    good = spans(nlp, gz)
    (entry,) = tmp_path.glob("gazetteer-phrases-*.json")
    for broken in ("{not json", json.dumps({"exact": [[1, 2]], "exact_meta": []})):
        entry.write_text(broken)
        assert spans(nlp, gz) == good
    json.loads(entry.read_text())  # written again, whole


def test_a_changed_data_file_is_not_read_from_a_stale_entry(nlp, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    text = "Delegates from Zembla Major arrived in Japan."
    assert "state:japan" in ids(spans(nlp, Gazetteer(data), text))
    states = json.loads((data / "states.json").read_text(encoding="utf-8"))
    japan = next(e for e in states["entries"] if e["id"] == "state:japan")
    japan["aliases"] = [*japan.get("aliases", []), "Zembla Major"]
    (data / "states.json").write_text(json.dumps(states), encoding="utf-8")
    found = spans(nlp, Gazetteer(data), text)
    doc = nlp.make_doc(text)
    assert [doc[s:e].text for s, e, _l, gid in found if gid == "state:japan"] == ["Zembla Major", "Japan"]
    assert len(list((tmp_path / "cache").glob("gazetteer-phrases-*.json"))) == 2


def test_a_name_several_entries_spell_alike_reads_the_same_in_capitals(nlp, monkeypatch):
    """Two cities named Fuzhou: the same one whether the text writes it in capitals or not (the
    first in the gazetteer's order; before, the order of a hash map decided, differently for
    each spelling)."""
    monkeypatch.setenv("KG_CACHE_DIR", "")
    gz = Gazetteer.default()
    assert len([e for e in gz.lookup("Fuzhou") if e.type == "City"]) >= 2
    lower = spans(nlp, gz, "The delegation flew to Fuzhou on Monday.")
    upper = spans(nlp, gz, "THE DELEGATION FLEW TO FUZHOU ON MONDAY.")
    assert [gid for *_x, gid in lower] == [gid for *_x, gid in upper] == \
        [gz.entity_ruler_patterns()[[p["pattern"] for p in gz.entity_ruler_patterns()].index("Fuzhou")]["id"]]


def test_cache_does_not_need_the_home_directory(monkeypatch, tmp_path):
    from ingest import cache

    monkeypatch.delenv("KG_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == Path(tmp_path) / "kg"


def test_entries_of_old_data_versions_are_pruned(nlp, tmp_path, monkeypatch):
    """Each edit of a data file makes a new key; the folder keeps only the last few entries."""
    import os

    from ingest import cache

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    for n in range(7):  # entries of seven earlier data versions, oldest first
        old = tmp_path / f"gazetteer-phrases-{n:032x}.json"
        old.write_text("{}")
        os.utime(old, (1_000_000 + n, 1_000_000 + n))
    unrelated = tmp_path / "something-else-0.json"
    unrelated.write_text("{}")
    good = spans(nlp, Gazetteer.default())
    assert {"state:japan", "state:france"} <= ids(good)
    left = sorted(p.name for p in tmp_path.glob("gazetteer-phrases-*.json"))
    assert len(left) == cache.KEEP_PER_NAME
    # the newest old versions stay beside the entry just written; the oldest are gone
    assert f"gazetteer-phrases-{6:032x}.json" in left and f"gazetteer-phrases-{0:032x}.json" not in left
    assert unrelated.exists()
    assert spans(nlp, Gazetteer.default()) == good  # the kept current entry is read back
