"""The gazetteer against facts a reader can check in any atlas or news archive."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ingest.gazetteer import DATA_DIR, Gazetteer, Role  # noqa: E402
from schemas.names import fold_name  # noqa: E402

# The 193 UN member states (ISO 3166-1 alpha-3), typed from the UN's list of member states.
UN_MEMBERS_ISO3 = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR
BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY
SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN
IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI
MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR
OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP
SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR
ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split()


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.default()


def ids(entries):
    return [e.id for e in entries]


# ---------------------------------------------------------------- states

def test_every_un_member_is_a_state(gz):
    assert len(UN_MEMBERS_ISO3) == 193
    states = gz.entries("State")
    by_iso3 = {e.attributes.get("iso3"): e for e in states}
    missing = [c for c in UN_MEMBERS_ISO3 if c not in by_iso3]
    assert not missing
    assert all(by_iso3[c].attributes["un_status"] == "member" for c in UN_MEMBERS_ISO3)
    members = [e for e in states if e.attributes["un_status"] == "member"]
    assert len(members) == 193


def test_observers_other_and_historical_states(gz):
    status = {e.name: e.attributes["un_status"] for e in gz.entries("State")}
    assert status["Vatican City"] == "observer" and status["Palestine"] == "observer"
    assert status["Taiwan"] == "other" and status["Kosovo"] == "other"
    for name in ("Soviet Union", "East Germany", "West Germany", "Yugoslavia", "Czechoslovakia"):
        assert status[name] == "historical"


@pytest.mark.parametrize("surface, state_id", [
    ("DPRK", "state:north-korea"),
    ("Democratic People's Republic of Korea", "state:north-korea"),
    ("North Korea", "state:north-korea"),
    ("ROK", "state:south-korea"),
    ("Republic of Korea", "state:south-korea"),
    ("U.S.", "state:united-states"),
    ("USA", "state:united-states"),
    ("the United States", "state:united-states"),
    ("America", "state:united-states"),
    ("Britain", "state:united-kingdom"),
    ("UK", "state:united-kingdom"),
    ("PRC", "state:china"),
    ("Russian Federation", "state:russia"),
    ("Burma", "state:myanmar"),
    ("Türkiye", "state:turkey"),
    ("Czechia", "state:czech-republic"),
    ("Côte d'Ivoire", "state:ivory-coast"),
    ("DRC", "state:democratic-republic-of-the-congo"),
    ("UAE", "state:united-arab-emirates"),
    ("USSR", "state:soviet-union"),
    ("Holy See", "state:vatican-city"),
    ("Viet Nam", "state:vietnam"),
])
def test_state_aliases(gz, surface, state_id):
    hits = gz.lookup(surface)
    assert hits and hits[0].id == state_id and hits[0].type == "State"


def test_canonical_state_names_are_wire_copy_names(gz):
    for name in ("North Korea", "South Korea", "United States", "United Kingdom", "Russia", "China", "Iran",
                 "Syria", "Vietnam", "Laos", "Bolivia", "Venezuela", "Tanzania", "Moldova", "Turkey",
                 "Czech Republic", "Ivory Coast", "Myanmar", "Democratic Republic of the Congo",
                 "Republic of the Congo", "Palestine", "Vatican City"):
        assert gz.lookup(name)[0].name == name


@pytest.mark.parametrize("word, state_id", [
    ("Chinese", "state:china"),
    ("North Korean", "state:north-korea"),
    ("North Koreans", "state:north-korea"),
    ("American", "state:united-states"),
    ("British", "state:united-kingdom"),
    ("Russian", "state:russia"),
    ("Soviet", "state:soviet-union"),
    ("Israeli", "state:israel"),
    ("U.S.", "state:united-states"),
    ("Russia's", "state:russia"),
])
def test_demonyms(gz, word, state_id):
    assert gz.state_for_demonym(word).id == state_id


def test_no_demonym_or_alias_points_to_two_states():
    states = json.loads((DATA_DIR / "states.json").read_text(encoding="utf-8"))["entries"]
    owner = {}
    for s in states:
        for form in [s["name"], *s["aliases"], *s["demonyms"], *s.get("metonyms", [])]:
            key = fold_name(form)
            assert owner.setdefault(key, s["id"]) == s["id"], form


def test_context_alias(gz):
    assert gz.context_alias("the North", {"state:south-korea"}).id == "state:north-korea"
    assert gz.context_alias("the South", {"state:north-korea"}).id == "state:south-korea"
    assert gz.context_alias("the North", {"state:china"}) is None


# ---------------------------------------------------------------- cities

def test_kiev_is_kyiv_in_ukraine(gz):
    kyiv = gz.lookup("Kiev")[0]
    assert (kyiv.id, kyiv.type, kyiv.country) == ("city:kyiv", "City", "state:ukraine")
    assert kyiv.attributes["is_capital"]


def test_capitals(gz):
    assert gz.capital_of("state:china").id == "city:beijing"
    assert gz.state_with_capital("city:beijing").id == "state:china"
    assert gz.capital_of("state:north-korea").name == "Pyongyang"
    assert gz.capital_of("state:united-states").id == "city:washington"
    assert gz.capital_of("state:kazakhstan").name == "Astana"
    assert gz.country_of("city:pyongyang") == "state:north-korea"


def test_every_present_day_state_but_city_states_has_a_capital(gz):
    for s in gz.entries("State"):
        if s.attributes["un_status"] == "historical" or s.attributes.get("city_state"):
            continue
        cap = gz.capital_of(s.id)
        assert cap is not None and cap.type == "City" and cap.country == s.id, s.name


def test_big_cities_and_id_collisions(gz):
    hyd = gz.lookup("Hyderabad")
    assert ids(hyd)[:2] == ["city:hyderabad", "city:hyderabad-pk"]
    assert gz.by_id("city:hyderabad-pk").country == "state:pakistan"
    assert gz.lookup("Bombay")[0].id == "city:mumbai"
    assert gz.by_id("city:shanghai").attributes["population"] > 1_000_000


def test_no_city_name_or_alias_equals_a_state_form():
    states = json.loads((DATA_DIR / "states.json").read_text(encoding="utf-8"))["entries"]
    cities = json.loads((DATA_DIR / "cities.json").read_text(encoding="utf-8"))["entries"]
    state_forms = {fold_name(f) for s in states
                   for f in [s["name"], *s["aliases"], *s["demonyms"], *s.get("metonyms", [])]}
    for c in cities:
        for form in [c["name"], *c["aliases"]]:
            assert fold_name(form) not in state_forms, (c["id"], form)
    names = {c["name"] for c in cities}
    assert "Singapore" not in names and "Mexico" not in {a for c in cities for a in c["aliases"]}


def test_city_ids_unique_and_sorted():
    cities = json.loads((DATA_DIR / "cities.json").read_text(encoding="utf-8"))["entries"]
    assert [c["id"] for c in cities] == sorted({c["id"] for c in cities})


# ---------------------------------------------------------------- organizations and places

def test_organizations(gz):
    for surface in ("UNSC", "U.N. Security Council", "UN Security Council", "Security Council"):
        assert gz.lookup(surface)[0].id == "organization:united-nations-security-council"
    assert gz.lookup("Daesh")[0].id == "organization:islamic-state"
    assert gz.lookup("KCNA")[0].country == "state:north-korea"
    nato = gz.by_id("organization:north-atlantic-treaty-organization")
    assert "state:finland" in nato.attributes["members"] and "state:sweden" in nato.attributes["members"]


@pytest.mark.parametrize("acronym,long_form,entry_id", [
    ("NATO", "North Atlantic Treaty Organization", "organization:north-atlantic-treaty-organization"),
    ("ECOWAS", "Economic Community of West African States", "organization:economic-community-of-west-african-states"),
    ("ASEAN", "Association of Southeast Asian Nations", "organization:association-of-southeast-asian-nations"),
])
def test_acronym_read_as_a_word_is_the_canonical_name(gz, acronym, long_form, entry_id):
    """Blocs English news names by an acronym said as a word are named by it (the name users
    type and see on a graph node); the spelled-out form still resolves to the same entity, and
    the id, which stores merge on, is the one it always was."""
    for surface in (acronym, long_form):
        hit = gz.lookup(surface)[0]
        assert (hit.id, hit.name) == (entry_id, acronym)


def test_initialisms_keep_their_spelled_out_names(gz):
    for surface, name in (("UN", "United Nations"), ("EU", "European Union"), ("IMF", "International Monetary Fund")):
        assert gz.lookup(surface)[0].name == name


def test_places(gz):
    assert gz.lookup("Gaza")[0].id == "place:gaza-strip"
    assert gz.country_of("place:crimea") == "state:ukraine"
    assert gz.lookup("East Sea")[0].id == "place:sea-of-japan"
    assert gz.lookup("Korean Peninsula")[0].type == "Place"


# ---------------------------------------------------------------- people and roles

def test_dated_roles(gz):
    sos = gz.holders("state:united-states", "Secretary of State", on="2015-06-01")
    assert [r.person for r in sos] == ["John Kerry"]
    assert gz.roles_of("John Kerry", on="2015-06-01") == [
        Role("John Kerry", "state:united-states", "Secretary of State", "2013-02-01", "2017-01-20")]
    assert [r.person for r in gz.holders("state:china", "Foreign Minister", on="2023-03-01")] == ["Qin Gang"]
    assert [r.person for r in gz.holders("state:russia", "defence minister", on="2020-01-01")] == ["Sergei Shoigu"]
    assert [r.person for r in gz.holders("state:united-states", "President", on="2017-01-20")] == ["Donald Trump"]
    assert gz.roles_of("Rex Tillerson", on="2019-01-01") == []


def test_person_spelling_variants(gz):
    assert gz.person("Kim Jong-un").name == "Kim Jong Un"
    assert gz.person("KIM JONG UN").country == "state:north-korea"
    assert gz.person("Sergei Lavrov").name == gz.person("Sergey Lavrov").name
    assert gz.person("Volodymyr Zelenskyy").name == "Volodymyr Zelensky"
    assert gz.person("Zelensky") is None  # a surname alone is not an alias
    assert any(r.title == "Foreign Minister" for r in gz.roles_of("Choe Son Hui", on="2024-01-26"))


def test_role_dates_are_iso():
    import re
    pat = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
    for r in json.loads((DATA_DIR / "roles.json").read_text(encoding="utf-8"))["entries"]:
        assert pat.match(r["start"]), r
        assert r["end"] is None or pat.match(r["end"]), r
        assert (r.get("state") or r.get("organization")), r


# ---------------------------------------------------------------- titles

@pytest.mark.parametrize("text, title", [
    ("defence minister", "Defense Minister"),
    ("minister of defense", "Defense Minister"),
    ("defense secretary", "Defense Minister"),
    ("foreign minister", "Foreign Minister"),
    ("Minister of Foreign Affairs", "Foreign Minister"),
    ("top diplomat", "Foreign Minister"),
    ("vice foreign minister", "Vice Foreign Minister"),
    ("vice minister of foreign affairs", "Vice Minister of Foreign Affairs"),
    ("deputy foreign minister", "Deputy Foreign Minister"),
    ("North Korean Foreign Minister", "Foreign Minister"),
    ("then prime minister", "Prime Minister"),
    # a word of the moment before the office is no part of it
    ("Visiting Sri Lankan President", "President"),
    ("visiting foreign minister", "Foreign Minister"),
    ("former prime minister", "Former Prime Minister"),
    ("ex-defence minister", "Former Defense Minister"),
    ("spokeswoman", "Spokesperson"),
    ("Secretary-General", "Secretary General"),
])
def test_normalise_title(gz, text, title):
    assert gz.normalise_title(text) == title


def test_official_titles(gz):
    assert gz.normalise_title("plumber") is None
    assert gz.is_official_title("Defense Minister")
    assert gz.is_official_title("Vice Foreign Minister")
    assert gz.is_official_title("ambassador")
    assert not gz.is_official_title("chairman")
    assert gz.title_category("Secretary of State") == gz.title_category("Foreign Minister") == "Foreign Minister"


# ---------------------------------------------------------------- spaCy patterns

def test_entity_ruler_patterns_shape(gz):
    pats = gz.entity_ruler_patterns()
    assert all({"label", "pattern", "id"} <= set(p) for p in pats)
    by_text = {(p["pattern"], p["id"]) for p in pats if isinstance(p["pattern"], str)}
    assert ("DPRK", "state:north-korea") in by_text
    assert ("Chinese", "state:china") in by_text
    assert ("Kiev", "city:kyiv") in by_text
    caps = [p for p in pats if p["id"] == "state:north-korea" and not isinstance(p["pattern"], str)]
    assert {"LOWER": "north", "IS_UPPER": True} in caps[0]["pattern"]
    assert not any(p["pattern"] == "Victoria" for p in pats)  # ambiguous capital name left out


def test_patterns_work_in_spacy(gz):
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    want = {"state:north-korea", "state:united-states", "city:kyiv", "state:china", "person:kim-jong-un",
            "organization:united-nations-security-council"}
    ruler.add_patterns([p for p in gz.entity_ruler_patterns() if p["id"] in want])
    doc = nlp("NORTH KOREA said the U.S. and Chinese envoys met Kim Jong-un in Kiev before the UN Security Council vote.")
    got = {(e.text, e.ent_id_) for e in doc.ents}
    assert ("NORTH KOREA", "state:north-korea") in got
    assert ("U.S.", "state:united-states") in got
    assert ("Chinese", "state:china") in got
    assert ("Kim Jong-un", "person:kim-jong-un") in got
    assert ("Kiev", "city:kyiv") in got
    assert ("UN Security Council", "organization:united-nations-security-council") in got


def test_the_republic_forms_of_georgia_and_macedonia_name_their_states():
    """Every state has its 'Republic of X' form; Georgia's (not its official name, but common in
    news) and the pre-2019 name of North Macedonia were missing, so 'an invasion of the
    Republic of Georgia' was read as an attack on an unknown entity of that name."""
    from ingest.gazetteer import Gazetteer

    gazetteer = Gazetteer.default()
    assert [e.name for e in gazetteer.lookup("Republic of Georgia")] == ["Georgia"]
    assert [e.name for e in gazetteer.lookup("Republic of Macedonia")] == ["North Macedonia"]
