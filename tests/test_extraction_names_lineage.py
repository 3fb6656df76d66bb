"""Names of many traditions (issue 10, mentions and resolution): a name that adds forebears to a
known one ("A bin B bin C Al D") is that person, not the known father whose name it contains; a
person span the model cut in two is one name; forms of address of Khmer, Bruneian, Burmese and
other traditions are no part of a name. Invented names throughout; the gazetteer's persons are
added to a copy of the data for the test."""
from __future__ import annotations

import json
import shutil

import pytest

from ingest.gazetteer import DATA_DIR, Gazetteer
from schemas.names import fold_name
from tests.facts import one


@pytest.fixture(scope="module")
def family_gazetteer(tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    shutil.copytree(DATA_DIR, data, dirs_exist_ok=True)
    roles = json.loads((data / "roles.json").read_text(encoding="utf-8"))
    for person, start, end in (("Hamdan bin Khalifa Al Qasimi", "1990-01-01", "2010-05-01"),
                               ("Faris bin Hamdan Al Qasimi", "2010-05-01", None),
                               ("Mahmoud Karimov", "2001-01-01", None)):
        roles["entries"].append({"aliases": [], "end": end, "person": person, "start": start,
                                 "state": "state:qatar", "title": "Emir" if "Qasimi" in person else "Prime Minister"})
    roles["_meta"]["count"] = len(roles["entries"])  # the count a data file states must match its entries
    (data / "roles.json").write_text(json.dumps(roles), encoding="utf-8")
    return Gazetteer(data)


@pytest.mark.parametrize("surface,person", [
    ("Faris bin Hamdan bin Khalifa Al Qasimi", "Faris bin Hamdan Al Qasimi"),   # son, grandfather named too
    ("Faris Bin Hamdan Bin Khalifa Al Qasimi", "Faris bin Hamdan Al Qasimi"),
    ("Hamdan bin Khalifa Al Qasimi", "Hamdan bin Khalifa Al Qasimi"),             # the father himself
    ("Mahmud Karimov", "Mahmoud Karimov"),                                     # a transliteration
])
def test_a_longer_lineage_is_the_son_not_the_father(family_gazetteer, surface, person):
    found = family_gazetteer.person_variant(surface)
    assert found is not None and fold_name(found.name) == fold_name(person)


@pytest.mark.parametrize("surface", [
    "Zayed bin Hamdan Al Qasimi",      # another first name: no one the gazetteer knows
    "Karim bin Faris bin Hamdan Al Qasimi",
])
def test_a_name_with_another_first_name_is_not_a_known_relative(family_gazetteer, surface):
    assert family_gazetteer.person_variant(surface) is None


@pytest.mark.parametrize("text,person,state,title", [
    ("Cambodian Senate President Samdech Techo Vannak Sothea met reporters in Phnom Penh on Monday.",
     "Vannak Sothea", "Cambodia", "Senate President"),
    ("Cambodian Deputy Prime Minister Samdech Chea Borey arrived in Hanoi on Tuesday.",
     "Chea Borey", "Cambodia", "Deputy Prime Minister"),
    ("Myanmar Foreign Minister Daw Khin Thida Aye arrived in Dhaka on Monday.",
     "Khin Thida Aye", "Myanmar", "Foreign Minister"),
    ("Bruneian Foreign Minister Pengiran Anak Hamzah Bolkiyah arrived in Manila on Monday.",
     "Hamzah Bolkiyah", "Brunei", "Foreign Minister"),
])
def test_forms_of_address_of_more_traditions(facts_of, text, person, state, title):
    facts = facts_of(text)
    assert one(facts, person, "HOLDS_ROLE", state).title == title
    assert all(fold_name(f.subject) == fold_name(person) for f in facts if f.relation == "HOLDS_ROLE")


@pytest.mark.parametrize("text,person,state", [
    ("The coalition sought to restore the government of Sudanese President Abd Rabbuh Salim Qadri",
     "Abd Rabbuh Salim Qadri", "Sudan"),
    ("Troops loyal to Yemeni President Abd al-Karim Mansur Harbi entered the port on Monday.",
     "Abd al-Karim Mansur Harbi", "Yemen"),
])
def test_a_long_name_stays_whole(facts_of, text, person, state):
    facts = facts_of(text)
    one(facts, person, "HOLDS_ROLE", state)
