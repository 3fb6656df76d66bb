"""Provinces and regions on real news, stop 44: the first-level subdivisions of states
(ingest/data/regions.json, generated from ISO 3166-2 by scripts/build_knowledge.py).

- A province the gazetteer knows is a place inside its state: shelling or an air strike on it
  reads the region as the target ("the Kharkiv region", "Russia's Rostov region", "Sagaing
  region"), where an unknown name was read as the city it shares a word with, as a state of its
  own or not at all.
- A meeting at a resort in a province abroad is a visit to the province's state.
- An official's rally in a province of his own state is no visit.
- "the Boko Haram jihadist group": a known armed group's name the model ran on over the word
  describing it (mentions.json armed_group_modifiers) is the group.
- Guards: a name two states' provinces share (Punjab), a common word (Delta) and a state's own
  name (Georgia) are not read as one state's province.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from ingest.gazetteer import Gazetteer
from tests.facts import find, one


def test_shelling_a_region_named_after_its_city_reads_the_region(facts_of):
    facts = facts_of("Russian forces shelled eleven settlements in Kharkiv region on Monday, the governor "
                     "said.", published=dt.date(2024, 3, 8))
    one(facts, "Russia", "ATTACKED", "Kharkiv region")
    assert not find(facts, "Russia", "ATTACKED", "Kharkiv")


def test_region_owned_by_its_state_is_the_target(facts_of):
    facts = facts_of("Ukrainian drones hit a fuel depot in Russia's Rostov region on Wednesday.",
                     published=dt.date(2024, 3, 8))
    fact = one(facts, "Ukraine", "ATTACKED", "Rostov region")
    assert fact.object_type == "Place"


def test_air_strike_on_a_village_in_a_region(facts_of):
    facts = facts_of("Myanmar's junta bombed a farming hamlet in the northwestern "
                     "Sagaing region, residents said.", published=dt.date(2024, 3, 8))
    one(facts, "Myanmar", "ATTACKED", "Sagaing")


def test_meeting_at_a_resort_in_a_province_abroad_is_a_visit_to_its_state(facts_of):
    facts = facts_of("Pakistan's foreign minister Ishaq Dar held talks with Russia's Sergei Lavrov at a "
                     "seaside hotel in Goa on Thursday.", published=dt.date(2024, 3, 8))
    one(facts, "Ishaq Dar", "VISITED", "India")


def test_rally_in_a_province_of_ones_own_state_is_no_visit(facts_of):
    facts = facts_of("Indian Home Minister Amit Shah addressed "
                     "a campaign rally in Bihar on Sunday.", published=dt.date(2024, 3, 8))
    assert not [f for f in facts if f.relation == "VISITED"]


def test_known_group_named_with_a_describing_word_is_the_group(facts_of):
    facts = facts_of("The Boko Haram jihadist group raided a cattle market in Adamawa State on Friday.",
                     published=dt.date(2024, 3, 8))
    one(facts, "Boko Haram", "ATTACKED", "Adamawa")


def test_guard_shared_common_and_state_names_are_no_province():
    g = Gazetteer.default()
    assert not [e for e in g.lookup("Punjab") if e.type == "Place"]  # Pakistan's and India's
    assert not g.lookup("Delta")  # a common word: only "Delta State" names Nigeria's
    assert [e.country for e in g.lookup("Delta State")] == ["state:nigeria"]
    assert [e.type for e in g.lookup("Georgia")] == ["State"]
    assert [e.country for e in g.lookup("Sumy Oblast")] == ["state:ukraine"]
    assert [e.type for e in g.lookup("Sumy")] == ["City"]


def test_guard_company_named_like_a_province_is_no_place(facts_of):
    facts = facts_of("Delta Air Lines resumed its flights to Lagos on Monday.", published=dt.date(2024, 3, 8))
    assert not [f for f in facts if "Delta" in f.subject or "Delta" in f.object]
