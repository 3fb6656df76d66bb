"""Officials of international organisations travel, and are at home at its seat (stop 38).

A presence, an attendance or a meeting somewhere is a visit only away from home; an official of
an organisation of states (the UN's Secretary-General, an EU foreign policy chief, the SCO's or
ASEAN's secretary-general, the IMF's managing director) has no state of his own to be away from,
so none of his trips was read. organizations.json now gives such an organisation its seat (the
city of its headquarters, an id of cities.json, checked on load): away from it he visits, at it
(a NATO official at a Brussels meeting) he does not. A place the gazetteer does not know may be
the seat spelled otherwise and makes no visit.

Sentences are our own; articles are dated as each test says."""
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from ingest.gazetteer import Gazetteer
from tests.facts import find, one

DATA = Path(__file__).resolve().parent.parent / "ingest" / "data"


def test_an_organisations_chief_attending_a_summit_abroad_visits_its_city(facts_of):
    facts = facts_of("The EU's top diplomat Josep Borrell attended the regional forum in Ulaanbaatar on Tuesday, "
                     "his office said.", published=dt.date(2022, 6, 10))
    one(facts, "Josep Borrell", "VISITED", "Ulaanbaatar")


def test_a_un_chief_in_a_capital_visits_it(facts_of):
    facts = facts_of("UN Secretary-General Antonio Guterres is in Nairobi this week for a climate gathering, "
                     "aides said.", published=dt.date(2023, 9, 4))
    one(facts, "António Guterres", "VISITED", "Nairobi")


def test_an_imf_head_to_be_in_a_state_plans_a_visit(facts_of):
    facts = facts_of("IMF Managing Director Kristalina Georgieva will be in Egypt from 12 to 14 May, "
                     "the lender announced.", published=dt.date(2023, 5, 2))
    fact = one(facts, "Kristalina Georgieva", "VISITED", "Egypt")
    assert fact.modality == "planned"


def test_a_meeting_away_from_the_seat_is_the_officials_trip(facts_of):
    facts = facts_of("ASEAN Secretary-General Kao Kim Hourn held talks with Thai Foreign Minister Parnpree "
                     "Bahiddha-Nukara in Bangkok on Friday.", published=dt.date(2023, 11, 20))
    one(facts, "Kao Kim Hourn", "VISITED", "Bangkok")


def test_an_official_at_the_seat_of_his_organisation_makes_no_visit(facts_of):
    facts = facts_of("NATO Secretary General Jens Stoltenberg attended the defence ministers' meeting in Brussels "
                     "on Thursday.", published=dt.date(2023, 2, 17))
    assert not find(facts, "Jens Stoltenberg", "VISITED", "Brussels")
    facts = facts_of("NATO Secretary General Jens Stoltenberg attended the defence ministers' meeting in Vilnius "
                     "on Thursday.", published=dt.date(2023, 2, 17))
    one(facts, "Jens Stoltenberg", "VISITED", "Vilnius")


def test_at_the_seat_only_the_guest_travelled(facts_of):
    facts = facts_of("Hungarian Foreign Minister Peter Szijjarto and the EU's foreign affairs envoy "
                     "Josep Borrell met in Brussels on Monday.", published=dt.date(2022, 3, 2))
    one(facts, "Peter Szijjarto", "VISITED", "Brussels")
    assert not find(facts, "Josep Borrell", "VISITED", "Brussels")
    facts = facts_of("Hungarian Foreign Minister Peter Szijjarto and the EU's foreign affairs envoy "
                     "Josep Borrell met in Vienna on Monday.", published=dt.date(2022, 3, 2))
    one(facts, "Josep Borrell", "VISITED", "Vienna")


def test_an_organisations_seat_is_a_city_of_the_gazetteer():
    g = Gazetteer.default()
    for org, city in (("organization:united-nations", "city:new-york"),
                      ("organization:north-atlantic-treaty-organization", "city:brussels"),
                      ("organization:african-union", "city:addis-ababa")):
        assert g.seat_of(org).id == city
    assert g.seat_of("organization:al-qaeda") is None  # an armed group has no seat
    for e in g.entries("Organization"):
        seat = e.attributes.get("seat")
        if seat is not None:
            assert g.by_id(seat).type == "City", e.id


def test_an_unknown_seat_is_a_load_error_naming_file_and_entry(tmp_path):
    from ingest.lexicon import LexiconError

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    doc = json.loads((data / "organizations.json").read_text(encoding="utf-8"))
    k = next(i for i, e in enumerate(doc["entries"]) if e.get("seat"))
    doc["entries"][k]["seat"] = "city:atlantis"
    (data / "organizations.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        Gazetteer(data)
    assert info.value.code == "E302" and f"entries.{k}.seat" in str(info.value) \
        and "organizations.json" in str(info.value)
