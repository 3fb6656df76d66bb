"""Visits on real news, stop 48: an arrival or a reception at an airport named for a person or a
place the gazetteer lacks.

- "arrived at X International Airport", "landed at X airport", "touched down at X Airport",
  "received Y at X Airport": an airport no phrase of its own places is visited as the state
  ingest/data/airports.json (generated from the airportsdata package by scripts/build_airports.py)
  puts its name in, or as the city or state the gazetteer knows its name to be ("Doha airport").
  The airport is no destination of its own: "X" is never visited. (A meeting told at such an
  airport, "At the X airport, he was met by Y", is still placed at "X": one pool page, below the
  four a removal needs.)
- The file is read on the first airport a visit is told at, not when the gazetteer loads.

Sentences are our own; articles are dated as each test says."""
import datetime as dt
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.facts import find, one

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import build_airports  # noqa: E402


def test_arrival_at_an_airport_named_for_a_person_is_a_visit_to_its_state(facts_of):
    facts = facts_of("Senegalese President Macky Sall arrived at Kotoka International Airport on Friday "
                     "for two days of talks on the regional rail line.", published=dt.date(2022, 3, 4))
    one(facts, "Macky Sall", "VISITED", "Ghana")


def test_landing_at_an_airport_whose_town_the_gazetteer_lacks(facts_of):
    facts = facts_of("Chris Hipkins, the New Zealand Prime Minister, landed at Nausori airport on Tuesday "
                     "evening ahead of a fisheries conference.", published=dt.date(2023, 5, 16))
    one(facts, "Chris Hipkins", "VISITED", "Fiji")
    assert not find(facts, "Chris Hipkins", "VISITED", "Nausori")


def test_plane_touching_down_at_a_named_airport(facts_of):
    facts = facts_of("The plane carrying Indonesian Foreign Minister Retno Marsudi touched down at Mehrabad "
                     "International Airport shortly after noon.", published=dt.date(2022, 11, 8))
    one(facts, "Retno Marsudi", "VISITED", "Iran")


def test_host_receiving_a_guest_at_an_airport(facts_of):
    facts = facts_of("Tanzanian President Samia Suluhu Hassan received Rwandan President Paul Kagame at "
                     "Julius Nyerere International Airport on Monday.", published=dt.date(2023, 7, 10))
    one(facts, "Paul Kagame", "VISITED", "Tanzania")


def test_airport_named_for_a_known_city_is_a_visit_to_the_city(facts_of):
    facts = facts_of("Turkish President Recep Tayyip Erdogan landed at Doha airport late on Sunday.",
                     published=dt.date(2022, 11, 20))
    one(facts, "Recep Tayyip Erdogan", "VISITED", "Doha")


def test_guest_welcomed_at_a_named_airport_in_the_active(facts_of):
    facts = facts_of("On Wednesday the Qatari Emir, Tamim bin Hamad Al Thani, personally welcomed Narendra Modi, "
                     "India's Prime Minister, at Hamad International Airport.", published=dt.date(2024, 2, 14))
    one(facts, "Narendra Modi", "VISITED", "Qatar")


# ---- guards: what must not be read

def test_a_leader_landing_at_his_own_countrys_airport_is_no_visit(facts_of):
    facts = facts_of("Kenyan President William Ruto arrived at Jomo Kenyatta International Airport on "
                     "Sunday after four days of meetings abroad.", published=dt.date(2023, 10, 1))
    assert not find(facts, "William Ruto", "VISITED", "Kenya")


def test_an_airport_its_phrase_places_keeps_that_place(facts_of):
    facts = facts_of("Abiy Ahmed, the Ethiopian prime minister, landed on Thursday at Jomo Kenyatta "
                     "International Airport in Nairobi.", published=dt.date(2023, 6, 1))
    one(facts, "Abiy Ahmed", "VISITED", "Nairobi")


def test_an_airport_the_data_does_not_hold_names_no_destination(facts_of):
    facts = facts_of("Argentine President Javier Milei arrived at Qwertyville International Airport on "
                     "Friday.", published=dt.date(2024, 5, 3))
    assert not [f for f in facts if f.relation == "VISITED"]


# ---- the data file

@pytest.mark.skipif(importlib.util.find_spec("airportsdata") is None,
                    reason="airportsdata (the `test` extra) is not installed")
def test_the_committed_file_equals_a_fresh_build():
    assert build_airports.main(["--check"]) == 0, "run: .venv/bin/python scripts/build_airports.py"


def test_every_key_names_a_known_state_and_the_count_is_checked():
    doc = json.loads((ROOT / "ingest" / "data" / "airports.json").read_text(encoding="utf-8"))
    states = {e["id"] for e in json.loads((ROOT / "ingest" / "data" / "states.json").read_text(
        encoding="utf-8"))["entries"]}
    assert doc["_meta"]["count"] == len(doc["entries"])
    assert set(doc["entries"].values()) <= states


def test_keys_of_one_name():
    keys = build_airports.name_keys("Licenciado Benito Juarez International Airport",
                                    {"international", "airport"}, {"de"})
    assert {"licenciado benito juarez", "benito juarez", "juarez"} <= keys
    assert "julius nyerere" in build_airports.name_keys("Mwalimu Julius K. Nyerere International Airport",
                                                        {"international", "airport"}, set())


def test_the_file_is_read_on_the_first_airport_not_at_load():
    from ingest.gazetteer import Gazetteer

    g = Gazetteer()
    assert g._airports is None
    assert g.airport_state("the Kotoka International Airport").name == "Ghana"
    assert g._airports is not None
    assert g.airport_state("Qwertyville Airport") is None


def test_the_cli_help_and_query_do_not_read_the_airports():
    code = ("import sys\n"
            "from kg.cli import main\n"
            "for argv in (['kg', '--help'], ['kg', 'query', '--help']):\n"
            "    sys.argv = argv\n"
            "    try:\n        main()\n    except SystemExit:\n        pass\n"
            "g = sys.modules.get('ingest.gazetteer')\n"
            "assert g is None or g.Gazetteer._default is None or g.Gazetteer._default._airports is None\n"
            "print('ok')\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip().endswith("ok"), done.stderr[-2000:]
