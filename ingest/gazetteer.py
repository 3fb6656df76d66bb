"""The gazetteer: states, cities, organizations, places (regions too), known leaders and position titles.

All knowledge is data under ``ingest/data/`` (see docs/DATA.md); this module only loads and
indexes it. Loading is lazy and cached: ``Gazetteer.default()`` reads the shipped JSON once per
process. Importing this module does not import spaCy.

Every lookup key is ``schemas.names.fold_name`` of the surface form, so case, accents, hyphens
and a leading "the" never matter ("KIM JONG-UN", "Kim Jong Un"; "the United States").
"""
from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from schemas.names import entity_id
from schemas.names import fold_name as _fold_name_uncached

_FOLD_MEMO: dict[str, str] = {}
#: The data files' names are about 4,000; news adds a couple of new names an article, and a
#: long run must not keep them all (memory flat with the corpus): past this, names are folded
#: again each time (a few microseconds).
_FOLD_MEMO_MAX = 32_768


def fold_name(text: str) -> str:
    """schemas.names.fold_name, memoised (the same names recur across the data files and queries)."""
    key = _FOLD_MEMO.get(text)
    if key is None:
        key = _fold_name_uncached(text)
        if len(_FOLD_MEMO) < _FOLD_MEMO_MAX:
            _FOLD_MEMO[text] = key
    return key

DATA_DIR = Path(__file__).resolve().parent / "data"

# Order in which lookup() returns candidates of different types.
TYPE_ORDER = {"State": 0, "Organization": 1, "City": 2, "Place": 3, "Person": 4}
SPACY_LABEL = {"State": "GPE", "City": "GPE", "Place": "LOC", "Organization": "ORG", "Person": "PERSON"}


@dataclass(frozen=True)
class GazetteerEntry:
    id: str
    name: str
    type: str  # "State" | "City" | "Organization" | "Place" | "Person"
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    country: str | None = None  # state id for cities/places/orgs/persons
    attributes: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Role:
    person: str  # canonical name
    state: str   # state id, or organization id for an international office (UN Secretary General)
    title: str   # normalised title
    start: str | None  # ISO date, YYYY-MM or YYYY
    end: str | None    # None: in office


_CORE = {"id", "name", "type", "aliases", "demonyms", "country"}


def _read(name: str, data_dir: Path) -> dict:
    path = data_dir / name
    with path.open(encoding="utf-8") as fh:
        doc = json.load(fh)
    from ingest.lexicon import count_mismatch

    meta = doc.get("_meta") if isinstance(doc.get("_meta"), dict) else {}
    wrong = count_mismatch(meta.get("count"), len(doc.get("entries", ())))
    if wrong:
        raise ValueError(f"{name}: {wrong}")
    fields = meta.get("fields")
    if isinstance(fields, dict):  # a mistyped field would be read as absent: a flag lost without a word
        for i, entry in enumerate(doc.get("entries", ()), 1):
            unknown = sorted(set(entry) - set(fields))
            if unknown:
                raise ValueError(f"{name}: entry {i} has a field _meta.fields does not name: {', '.join(unknown)}")
    return doc


def _entry(raw: dict) -> GazetteerEntry:
    return GazetteerEntry(
        id=raw["id"],
        name=raw["name"],
        type=raw["type"],
        aliases=tuple(raw.get("aliases") or ()),
        demonyms=tuple(raw.get("demonyms") or ()),
        country=raw.get("country"),
        attributes={k: v for k, v in raw.items() if k not in _CORE},
    )


def _date_key(value: str | None, *, end: bool) -> str:
    """Comparable form of a partial ISO date: a start of '2024-12' counts from 2024-12-01, an end of
    '2024-12' up to 2024-12-31 (lexical order of the padded strings)."""
    if not value:
        return "9999-12-31" if end else "0000-01-01"
    parts = value.split("-")
    if len(parts) == 1:
        parts += ["12", "31"] if end else ["01", "01"]
    elif len(parts) == 2:
        parts.append("31" if end else "01")
    return "-".join(parts)


def _active_until(end: str | None, lo: str) -> bool:
    """A role ending on a full date ends that day (its successor takes over); a partial end date
    ('2024-12') is taken to cover the whole period."""
    if end is None:
        return True
    if len(end) == 10:
        return end > lo
    return _date_key(end, end=True) >= lo


def _plural(word: str) -> str | None:
    """'American' -> 'Americans', 'Israeli' -> 'Israelis'; None for 'Chinese', 'British', 'Swiss'."""
    low = word.lower()
    if " " in word or not word[-1:].isalpha():
        last = word.split()[-1] if " " in word else word
        if not last[-1:].isalpha():
            return None
        low = last.lower()
    if low.endswith(("ese", "ish", "ch", "sh", "ss", "s", "x", "z", "y", "e")):
        return None
    if low.endswith("o") and not low.endswith("ino"):  # 'Lao', 'Basotho'; but 'Filipinos'
        return None
    return word + "s"


_SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "to", "at", "de", "del", "al", "la"}


def _capitalise_title(text: str) -> str:
    words = re.split(r"(\s+|-)", text.strip())
    out = []
    first = True
    for w in words:
        if not w or w.isspace() or w == "-":
            out.append(w)
            continue
        low = w.lower()
        if not first and low in _SMALL_WORDS:
            out.append(low)
        elif w.isupper() and len(w) > 1:
            out.append(w)  # acronyms: CMC, SPA
        else:
            out.append(low[:1].upper() + low[1:])
        first = False
    return "".join(out)


class Gazetteer:
    _default: Gazetteer | None = None
    _lock = threading.Lock()

    def __init__(self, data_dir: Path | str = DATA_DIR, *, leaders: bool = True):
        self.data_dir = Path(data_dir)
        self._with_leaders = leaders
        self._by_id: dict[str, GazetteerEntry] = {}
        self._index: dict[str, list[GazetteerEntry]] = {}
        self._demonyms: dict[str, GazetteerEntry] = {}
        self._context: dict[str, list[tuple[GazetteerEntry, frozenset[str]]]] = {}
        self._compound: dict[str, GazetteerEntry] = {}
        self._by_surname: dict[str, list[str]] = {}   # folded family name -> canonical person names
        self._lone_names: dict[str, list[str]] = {}   # folded name a lone mention may use -> canonical person names
        self._lone_given: set[tuple[str, str]] = set()  # (folded lone name, person): the name's first word only
        self._capital_of: dict[str, str] = {}
        self._state_of_seat: dict[str, str] = {}
        self._roles: dict[str, list[Role]] = {}
        self._terms_by_holder: dict[str | None, list[Role]] | None = None  # state or organization id -> terms (`_terms_in`)
        self._name_ends: dict[str, list[str]] | None = None  # folded first or last name word -> persons (`_persons_by_name_end`)
        self._person_key: dict[str, str] = {}      # folded name/alias -> canonical person name
        self._titles: dict[str, dict] = {}         # folded variant -> title record
        self._title_by_name: dict[str, dict] = {}
        self._state_titles: dict[tuple[str, str], str] = {}  # (folded variant, state id) -> that state's title
        self._modifiers: list[str] = []
        self._drop_prefixes: list[str] = []
        self._past_prefixes: list[str] = []
        self._patterns: list[dict] | None = None
        self._shared: dict[str, GazetteerEntry] = {}  # folded shared alias -> its organisation
        self._mandates: dict[str, list] = {}  # power id -> its protecting-power mandates
        self._airports: tuple[dict[str, str], frozenset[str]] | None = None  # `airport_state`, read on first use
        self._load()

    # ------------------------------------------------------------------ construction
    @classmethod
    def default(cls) -> Gazetteer:
        """The shipped data, loaded once per process."""
        if cls._default is None:
            with cls._lock:
                if cls._default is None:
                    cls._default = cls()
        return cls._default

    def _add(self, entry: GazetteerEntry, forms: Iterable[str]) -> None:
        self._by_id[entry.id] = entry
        seen = set()
        for form in forms:
            key = fold_name(form)
            if not key or key in seen:
                continue
            seen.add(key)
            self._index.setdefault(key, []).append(entry)

    def _load(self) -> None:
        d = self.data_dir
        for raw in _read("states.json", d)["entries"]:
            e = _entry(raw)
            self._add(e, [e.name, *e.aliases, *raw.get("metonyms", [])])
            for dem in e.demonyms:
                self._demonyms.setdefault(fold_name(dem), e)
                pl = _plural(dem)
                if pl:
                    self._demonyms.setdefault(fold_name(pl), e)
            for ca in raw.get("context_aliases", []):
                if ca.get("in_compound"):
                    self._compound.setdefault(fold_name(ca["alias"]), e)
                    continue
                self._context.setdefault(fold_name(ca["alias"]), []).append((e, frozenset(ca["context"])))
            if raw.get("capital") and raw["un_status"] != "historical":
                self._capital_of[e.id] = raw["capital"]["id"]
                self._state_of_seat[raw["capital"]["id"]] = e.id
            elif raw.get("capital"):
                self._capital_of[e.id] = raw["capital"]["id"]
            for seat in raw.get("other_seats", []):
                self._state_of_seat.setdefault(seat["id"], e.id)
        organizations = _read("organizations.json", d)
        for doc in (organizations, _read("cities.json", d), _read("places.json", d), _read("regions.json", d)):
            for raw in doc["entries"]:
                e = _entry(raw)
                self._add(e, [e.name, *e.aliases])
                for alias in raw.get("shared_aliases") or ():
                    self._shared[fold_name(alias)] = e
        self._check_seats(d, organizations)
        self._check_shared_aliases(d, organizations)
        titles = _read("titles.json", d)
        self._load_roles(_read("roles.json", d), self._read_leaders(d, titles) if self._with_leaders else None)
        self._load_titles(titles)
        self._load_mandates(d)
        for entries in self._index.values():
            entries.sort(key=lambda x: (TYPE_ORDER.get(x.type, 9), -int(x.attributes.get("population") or 0), x.id))

    def _check_seats(self, d: Path, organizations: dict) -> None:
        """An organisation's seat (the city of its headquarters) decides where its officials are
        at home: a seat naming no city of cities.json would silently make every trip of theirs a
        visit, so it is a load error (E302) naming the file and the entry."""
        from ingest.lexicon import LexiconError, LexiconErrorCode

        path = d / "organizations.json"
        file = f"ingest/data/{path.name}" if path.parent == DATA_DIR else str(path)
        for i, raw in enumerate(organizations["entries"]):
            seat = raw.get("seat")
            if seat is None:
                continue
            city = self._by_id.get(seat) if isinstance(seat, str) else None
            if city is None or city.type != "City":
                raise LexiconError(LexiconErrorCode.SCHEMA, file, f"entries.{i}.seat",
                                   f"{seat!r} is no city of cities.json")

    def _check_shared_aliases(self, d: Path, organizations: dict) -> None:
        """A shared alias (organizations.json `shared_aliases`) is one of the entry's own aliases
        that states' bodies also bear: one that is no alias of the entry would never be read as
        the entry at all, so it is a load error (E302) naming the file and the entry."""
        from ingest.lexicon import LexiconError, LexiconErrorCode

        path = d / "organizations.json"
        file = f"ingest/data/{path.name}" if path.parent == DATA_DIR else str(path)
        for i, raw in enumerate(organizations["entries"]):
            own = {fold_name(a) for a in [raw["name"], *(raw.get("aliases") or ())]}
            for alias in raw.get("shared_aliases") or ():
                if fold_name(alias) not in own:
                    raise LexiconError(LexiconErrorCode.SCHEMA, file, f"entries.{i}.shared_aliases",
                                       f"{alias!r} is no alias of the entry")

    def _load_mandates(self, d: Path) -> None:
        """protecting_powers.json (validated, its count checked), if the data directory has one:
        a mandate naming a state states.json lacks would never be read, so it is a load error
        (E302) naming the file and the entry."""
        from ingest.lexicon import LexiconError, LexiconErrorCode, load_file

        path = d / "protecting_powers.json"
        if not path.exists():
            return
        file = f"ingest/data/{path.name}" if path.parent == DATA_DIR else str(path)
        for i, m in enumerate(load_file("protecting_powers", path).entries):
            for key in ("power", "represented", "host"):
                entry = self._by_id.get(getattr(m, key))
                if entry is None or entry.type != "State":
                    raise LexiconError(LexiconErrorCode.SCHEMA, file, f"entries.{i}.{key}",
                                       f"{getattr(m, key)!r} is no state of states.json")
            self._mandates.setdefault(m.power, []).append(m)

    def represented_by(self, power: str, on: str | None = None, host: str | None = None) -> list[str]:
        """The states whose interests `power` represents as their protecting power (in `host`
        only, if given) on the day `on` (None: the mandates in force now): "the Swiss envoy in
        Tehran" is the United States' channel there."""
        out = []
        for m in self._mandates.get(power, ()):
            if host is not None and m.host != host:
                continue
            if on is None:
                if m.end is not None:
                    continue
            elif not (_date_key(m.start, end=False) <= on[:10] and _active_until(m.end, on[:10])):
                continue
            out.append(m.represented)
        return out

    def shared_alias(self, surface: str) -> GazetteerEntry | None:
        """The organisation whose alias ``surface`` is shared with states' own bodies ("Security
        Council": the UN's, and Russia's, Armenia's, Iran's Supreme National ...): read as that
        organisation only where nothing around it names another owner. None for any other name."""
        return self._shared.get(fold_name(surface))

    def airport_state(self, name: str) -> GazetteerEntry | None:
        """The state an airport's name as news writes it lies in ("Nausori airport", "the Hamad
        International Airport": Fiji, Qatar), from airports.json (generated from the airportsdata
        package by scripts/build_airports.py, its count checked), read on the first question, not
        at start-up; None for a name it does not hold or holds for airports in two states."""
        if self._airports is None:
            path = self.data_dir / "airports.json"
            doc = _read("airports.json", self.data_dir) if path.exists() else {}
            self._airports = (dict(doc.get("entries", {})), frozenset(doc.get("generic_words", ())))
        entries, generic = self._airports
        key = " ".join(w for w in fold_name(name).split() if w not in generic and len(w) > 1)
        state = entries.get(key) if key else None
        return self._by_id.get(state) if state else None

    def seat_of(self, org_id: str) -> GazetteerEntry | None:
        """The city of an international organisation's headquarters, if the gazetteer has one."""
        entry = self._by_id.get(org_id)
        seat = entry.attributes.get("seat") if entry is not None and entry.type == "Organization" else None
        return self._by_id.get(seat) if seat else None

    def _read_leaders(self, d: Path, titles_doc: dict):
        """leaders.json (every state's current chief of state and head of government, generated
        from the CIA World Factbook by scripts/build_leaders.py), validated; None when the data
        directory has none. An entry whose state or title the gazetteer does not know is E302."""
        from ingest.lexicon import LexiconError, LexiconErrorCode, load_file

        path = d / "leaders.json"
        if not path.exists():
            return None
        doc = load_file("leaders", path)
        file = f"ingest/data/{path.name}" if path.parent == DATA_DIR else str(path)
        titles = {rec["title"] for rec in titles_doc["entries"]}
        for i, e in enumerate(doc.entries):
            if e.state not in self._by_id:
                raise LexiconError(LexiconErrorCode.SCHEMA, file, f"entries.{i}.state", f"unknown state {e.state!r}")
            if e.title not in titles:
                raise LexiconError(LexiconErrorCode.SCHEMA, file, f"entries.{i}.title",
                                   f"{e.title!r} is no title of titles.json")
        return doc

    def _load_roles(self, doc: dict, leaders=None) -> None:
        """roles.json's curated terms, then leaders.json's: a Factbook holder the curated file
        lacks gets a term from its start (open: a current holder); one it has already adds
        spellings only; a curated open term of the same office that the Factbook holder took
        over ends on the day the new term starts."""
        raws = [dict(r) for r in doc["entries"]]
        curated = {r["person"] for r in raws}
        surnames: dict[str, list[str]] = {}
        if leaders is not None:
            open_terms = {(r["person"], r.get("state"), r["title"]): r for r in raws if r.get("end") is None}
            for e in leaders.entries:
                for old in e.ends:
                    r = open_terms.get((old, e.state, e.title))
                    if r is not None and _date_key(r.get("start"), end=False) < _date_key(e.start, end=False):
                        r["end"] = e.start
                raws.append({"person": e.person, "aliases": e.aliases, "state": e.state, "title": e.title,
                             "start": e.start, "end": None, "_spellings_only": e.curated})
                surnames.setdefault(e.person, []).extend(e.surnames)
        from ingest.mentions import words

        first_word = _FirstWordRule(self._by_id, words())
        common = {fold_name(w) for w in words().get("common_word_surnames", ())}
        people: dict[str, dict] = {}
        # persons a lone name stands for only after the post and the state the text names
        # ("Romanian Prime Minister A"): their names would take another's lone name, or be a word
        with_post = {r["person"] for r in raws if r.get("lone_name_with_post")}
        for raw in raws:
            name = raw["person"]
            p = people.setdefault(name, {"aliases": [], "roles": [], "last_state": None, "last_start": "", "forms": [name]})
            for a in raw.get("aliases", []):
                if a not in p["aliases"]:
                    p["aliases"].append(a)
                    if "_spellings_only" not in raw:
                        p["forms"].append(a)
            if raw.get("_spellings_only"):
                continue
            holder = raw.get("state") or raw.get("organization")
            role = Role(person=name, state=holder, title=raw["title"], start=raw.get("start"), end=raw.get("end"))
            p["roles"].append(role)
            start = _date_key(role.start, end=False)
            if raw.get("state") and start >= p["last_start"]:
                p["last_state"], p["last_start"] = raw["state"], start
        for name, p in people.items():
            roles = sorted(p["roles"], key=lambda r: (_date_key(r.start, end=False), r.title))
            self._roles[name] = roles
            e = GazetteerEntry(
                id=entity_id("Person", name), name=name, type="Person", aliases=tuple(p["aliases"]),
                country=p["last_state"],
                attributes={"roles": [
                    {"state": r.state, "title": r.title, "start": r.start, "end": r.end} for r in roles]},
            )
            self._add(e, [name, *p["aliases"]])
            for form in [name, *p["aliases"]]:
                self._person_key.setdefault(fold_name(form), name)
            # a lone mention's family names: the curated forms' first and last words; for the
            # Factbook's spellings only the family name it writes in capitals (its 'Given Middle
            # SURNAME' would otherwise make a given name a family name)
            family = {part for form in p["forms"] for part in _family_names(form)} if name in curated else set()
            # (not a syllable of a hyphenated given name some spelling writes after the family
            # name: "Pak Chol-min" shows "Min" is no family name, nor "Son" in "Ri Song-son")
            family -= {s for form in [name, *p["aliases"]] for s in _given_name_syllables(form)}
            family |= {fold_name(s) for s in surnames.get(name, ())}
            for part in sorted(family):
                names = self._by_surname.setdefault(part, [])
                if name not in names:
                    names.append(name)
            # the names a lone mention stands for the person by: the family names above but a first
            # word that is a given name (only a name written family name first, a ruler's, one of a
            # lineage or with a regnal numeral is called by its first word), and but a word that
            # names a state or its people ("Nepal", "English")
            # (a word that ends another of the person's forms, or the Factbook's family name, is one)
            lasts = {parts[-1] for form in [name, *p["aliases"]] for parts in [_name_words(form)] if parts}
            lasts |= {fold_name(s) for s in surnames.get(name, ())}
            firsts = [first_word.first_word(form, roles) for form in p["forms"]]
            lone = {part for part in family if part in lasts or any(f is not None and f[0] == part for f in firsts)}
            if name in with_post:
                lone = set()  # (read by `holders_named` after a title and a state only)
            self._lone_given |= {(part, name) for part in lone - lasts
                                 if not any(f is not None and f == (part, True) for f in firsts)}
            for part in sorted(lone):
                if self._names_state(part, common):
                    continue
                names = self._lone_names.setdefault(part, [])
                if name not in names:
                    names.append(name)

    def _load_titles(self, doc: dict) -> None:
        self._modifiers = sorted((fold_name(m) for m in doc.get("modifiers", [])), key=len, reverse=True)
        self._drop_prefixes = sorted((fold_name(m) for m in doc.get("drop_prefixes", [])), key=len, reverse=True)
        self._past_prefixes = sorted((fold_name(m) for m in doc.get("past_prefixes", [])), key=len, reverse=True)
        for rec in doc["entries"]:
            self._title_by_name[rec["title"]] = rec
            for form in [rec["title"], *rec["variants"]]:
                self._titles.setdefault(fold_name(form), rec)
        for i, rec in enumerate(doc.get("state_titles", [])):
            for j, state in enumerate(rec["states"]):
                if state not in self._by_id:  # a mistyped id would silently keep the common reading
                    from ingest.lexicon import LexiconError, LexiconErrorCode  # as _read_leaders: no cycle
                    raise LexiconError(LexiconErrorCode.SCHEMA, "ingest/data/titles.json",
                                       f"state_titles.{i}.states.{j}", f"unknown state {state!r}")
                for form in rec["variants"]:
                    self._state_titles[(fold_name(form), state)] = rec["title"]

    # ------------------------------------------------------------------ lookups
    def lookup(self, surface: str) -> list[GazetteerEntry]:
        """Entries whose name or alias folds like ``surface``: states first, then organizations,
        cities (most populous first), places, persons."""
        return list(self._index.get(fold_name(surface), ()))

    def by_id(self, entity_id: str) -> GazetteerEntry | None:
        return self._by_id.get(entity_id)

    def entries(self, type_: str | None = None) -> list[GazetteerEntry]:
        """All entries (of one type), sorted by id."""
        return sorted((e for e in self._by_id.values() if type_ is None or e.type == type_), key=lambda e: e.id)

    def state_for_demonym(self, word: str) -> GazetteerEntry | None:
        """'Chinese' -> China, 'North Koreans' -> North Korea, and a state's own name or alias used
        attributively: 'U.S.' -> United States."""
        key = fold_name(word)
        keys = [key]
        if key.endswith(" s"):  # possessive "Russia's" folds to "russia s"
            keys.append(key[:-2])
        for k in keys:
            hit = self._demonyms.get(k)
            if hit is not None:
                return hit
            for e in self._index.get(k, ()):
                if e.type == "State":
                    return e
        return None

    def capital_of(self, state_id: str) -> GazetteerEntry | None:
        cid = self._capital_of.get(state_id)
        return self._by_id.get(cid) if cid else None

    def state_with_capital(self, city_id: str) -> GazetteerEntry | None:
        """The state whose government a capital (or other seat of government) stands for."""
        sid = self._state_of_seat.get(city_id)
        return self._by_id.get(sid) if sid else None

    def country_of(self, entity_id: str) -> str | None:
        e = self._by_id.get(entity_id)
        if e is None:
            return None
        if e.type == "State":
            return e.id
        return e.country

    def context_alias(self, surface: str, mentioned_state_ids: set[str]) -> GazetteerEntry | None:
        """'the North' -> North Korea when South Korea is mentioned too (the context a
        curated context alias requires)."""
        mentioned = set(mentioned_state_ids)
        for entry, context in self._context.get(fold_name(surface), ()):
            if context & mentioned:
                return entry
        return None

    def compound_alias(self, surface: str) -> GazetteerEntry | None:
        """The state a short form names inside a hyphenated list of states ("Korea" in
        "Korea-Japan-China summit" is South Korea), where on its own it names something else."""
        return self._compound.get(fold_name(surface))

    # ------------------------------------------------------------------ persons and roles
    def persons_by_surname(self, surname: str, on: str | None = None, years_before: int = 8) -> list[GazetteerEntry]:
        """Known office holders a lone name stands for ("Trump", "Abbas"; `_lone_names`), restricted
        when ``on`` is given to those in office on that date or who left office in the
        ``years_before`` years before it (the "former President Trump" of an article of that
        time); of several, those in office on that date outrank those who had left (Bashar
        al-Assad's "Assad" in 2005, his father's in 1995)."""
        names = self._lone_names.get(fold_name(surname), [])
        word = fold_name(surname)
        if on is None:
            return [self._by_id[entity_id("Person", n)] for n in names]
        lo, hi = _date_key(on, end=False), _date_key(on, end=True)
        year = int(lo[:4])
        floor = f"{year - years_before:04d}" + lo[4:]
        out, serving = [], []
        for n in names:
            roles = self._roles.get(n, [])
            if any(_date_key(r.start, end=False) <= hi and _active_until(r.end, floor) for r in roles):
                out.append(self._by_id[entity_id("Person", n)])
                if any(_date_key(r.start, end=False) <= hi and _active_until(r.end, lo) for r in roles):
                    serving.append(out[-1])
        # (only between family names: "Abdullah" alone in 2020 is not King Abdullah
        # for being in office when another Abdullah had left, nor is "Kim" one of several Kims)
        if len(out) > 1 and serving and not any((word, e.name) in self._lone_given for e in out):
            return serving
        return out

    def _names_state(self, word: str, common: set[str]) -> bool:
        """Whether a folded word is a state's name, alias or demonym ("nepal"), or one of the
        `common` words (mentions.json common_word_surnames: "english"), rather than a lone name."""
        return word in common or word in self._demonyms or any(e.type == "State" for e in self._index.get(word, ()))

    def person_variant(self, surface: str, min_ratio: int = 80) -> GazetteerEntry | None:
        """A known person whose name differs from ``surface`` only by the transliteration of the
        given name ("Mahmud Abbas" -> Mahmoud Abbas): same family name, close given name (its
        first word close too: "A bin B bin C Al D" is not the father "B bin C Al D"), and one
        such person only. A name that adds forebears to a known one ("A bin B bin C Al D" for
        "A bin B Al D") is that person."""
        from rapidfuzz import fuzz

        exact = self.person(surface)
        if exact is not None:
            return exact
        parts = fold_name(surface).split()
        if len(parts) < 2:
            return None
        found = {}
        for family, given in ((parts[-1], parts[:-1]), (parts[0], parts[1:])):
            for name in self._by_surname.get(family, []):
                for form in [name, *self._by_id[entity_id("Person", name)].aliases]:
                    other = fold_name(form).split()
                    if len(other) < 2 or family not in (other[0], other[-1]):
                        continue
                    rest = other[:-1] if other[-1] == family else other[1:]
                    # (a given name of two or more words may differ in one of them only: "Kim
                    # Yong-sum" is not "Kim Young-sam")
                    if _longer_lineage(given, rest) or (
                            not _other_lineage(given, rest) and not _other_forebear(given, rest)
                            and fuzz.ratio(given[0], rest[0]) >= min_ratio - 10
                            and fuzz.ratio(" ".join(given), " ".join(rest)) >= min_ratio
                            and not (len(given) == len(rest) >= 2 and sum(a != b for a, b in zip(given, rest, strict=True)) > 1)):
                        found[name] = self._by_id[entity_id("Person", name)]
        return next(iter(found.values())) if len(found) == 1 else None

    def persons_by_initials(self, surface: str) -> list[GazetteerEntry]:
        """Known persons a name written with its given names as initials stands for ("Kh.Surname",
        "D. Surname", "KP Given Surname", "M. K. Surname"): the family name, the words after the
        initials, ends one of the person's forms, and each initial opens one of the given names
        before it, in order, the first on the first; no more initials than the form has given names
        ("JP Singh" is not Jaswant Singh). Empty when the surface opens with no initials or has no
        family name after them."""
        words = re.split(r"[\s.]+", surface.strip())
        initials: list[str] = []
        while words and words[0] and (len(words[0]) <= 2 and words[0][:1].isupper()
                                       or len(words[0]) <= 3 and words[0].isupper()):
            # ("Kh", "D": one initial each; "KP", "AK" in capitals: one initial a letter)
            initials += list(words.pop(0)) if words[0].isupper() else [words.pop(0)]
        family = [fold_name(x) for x in words if x]
        if not initials or not family or not all(family):
            return []
        initials = [fold_name(x) for x in initials]
        found: dict[str, GazetteerEntry] = {}
        for name in self._by_surname.get(family[-1], []):
            entry = self._by_id[entity_id("Person", name)]
            for form in [name, *entry.aliases]:
                parts = fold_name(form).split()
                given = parts[:-len(family)]
                if parts[-len(family):] != family or not given or any(len(g) <= 2 for g in given):
                    continue  # (a form itself written with initials matches as an alias, exactly)
                if len(initials) <= len(given) and all(g.startswith(x) for x, g in zip(initials, given, strict=False)):
                    found[name] = entry
        return list(found.values())

    def _person_name(self, surface: str) -> str | None:
        return self._person_key.get(fold_name(surface))

    def person(self, surface: str) -> GazetteerEntry | None:
        """A known leader by full name or spelling variant ("Kim Jong-un" -> Kim Jong Un)."""
        name = self._person_name(surface)
        return self._by_id.get(entity_id("Person", name)) if name else None

    def roles_of(self, person_name: str, on: str | None = None) -> list[Role]:
        """Roles of a known person, all of them or those held on the date ``on`` (ISO, may be partial:
        '2015' matches roles held at any time in 2015)."""
        name = self._person_name(person_name)
        if name is None:
            return []
        roles = self._roles.get(name, [])
        if on is None:
            return list(roles)
        lo, hi = _date_key(on, end=False), _date_key(on, end=True)
        return [r for r in roles if _date_key(r.start, end=False) <= hi and _active_until(r.end, lo)]

    def holders(self, state_id: str, title: str, on: str | None = None) -> list[Role]:
        """Who held ``title`` (normalised or any variant) for a state or organization, optionally on a date."""
        want = self.normalise_title(title) or title
        cat = self.title_category(want)
        out = []
        for r in self._terms_in(state_id):
            if r.title != want and (cat is None or self.title_category(r.title) != cat):
                continue
            if on is not None and r not in self.roles_of(r.person, on):
                continue
            out.append(r)
        return sorted(out, key=lambda r: (_date_key(r.start, end=False), r.person))

    def _terms_in(self, state_id: str) -> list[Role]:
        """The terms held in a state or organization (in the order of `_roles`), for `holders`:
        made on first use, so a question reads that state's terms, not every office's."""
        if self._terms_by_holder is None:
            terms: dict[str | None, list[Role]] = {}
            for roles in self._roles.values():
                for r in roles:
                    terms.setdefault(r.state, []).append(r)
            self._terms_by_holder = terms
        return self._terms_by_holder.get(state_id, [])

    def holders_named(self, name: str, title: str, on: str | None, state_id: str | None = None) -> list[GazetteerEntry]:
        """Who held ``title`` (or a title of its category) on the date ``on`` (at any time when
        None), in ``state_id``
        when given, and has ``name`` (one word) as the first or last word of a name of theirs:
        "King Abdullah" in 2020 is the one king of that name then; a monarch or an emir is known
        by the given name, a president by the family name."""
        want = self.normalise_title(title) or title
        cat = self.title_category(want)
        out: list[GazetteerEntry] = []
        for person in self._persons_by_name_end(fold_name(name)):
            if any((r.title == want or (cat is not None and self.title_category(r.title) == cat))
                   and (state_id is None or r.state == state_id) for r in self.roles_of(person, on)):
                out.append(self._by_id[entity_id("Person", person)])
        return out

    def _persons_by_name_end(self, word: str) -> list[str]:
        """The known persons (in the order of `_roles`) with the folded `word` as the first or
        the last word of their name or of an alias, for `holders_named`: made on first use, so
        a question reads those few persons' terms, not every term of every office."""
        if self._name_ends is None:
            ends: dict[str, list[str]] = {}
            for person in self._roles:
                entry = self._by_id.get(entity_id("Person", person))
                if entry is None:
                    continue
                words = set()
                for form in (person, *entry.aliases):
                    parts = re.split(r"[\s\-]+", fold_name(form))
                    words.update((parts[0], parts[-1]))
                for w in words:
                    ends.setdefault(w, []).append(person)
            self._name_ends = ends
        return self._name_ends.get(word, [])

    # ------------------------------------------------------------------ titles
    def _strip_state_words(self, key: str) -> str:
        """Drop a leading demonym/state name ("north korean foreign minister") and a trailing
        "of <state>" ("foreign minister of china")."""
        words = key.split()
        for n in range(min(4, len(words) - 1), 0, -1):
            head = " ".join(words[:n])
            if head in self._demonyms or any(e.type == "State" for e in self._index.get(head, ())):
                return " ".join(words[n:])
        m = re.match(r"^(.*) of (.+)$", key)
        if m and any(e.type == "State" for e in self._index.get(m.group(2), ())):
            return m.group(1)
        return key

    def _strip_past(self, key: str) -> tuple[bool, str]:
        for p in self._past_prefixes:
            if key.startswith(p + " "):
                return True, key[len(p) + 1:]
        return False, key

    def normalise_title(self, title_text: str, state: str | None = None) -> str | None:
        """'defence minister' -> 'Defense Minister'; 'vice foreign minister' -> 'Vice Foreign Minister'
        (a modifier is kept, capitalised as a title); 'former president' -> 'Former President';
        None if no known title is found. With the id of the state the holder serves, a variant
        that state gives another office keeps its own title (titles.json state_titles: India's
        'foreign secretary' is a civil servant, not the Foreign Minister)."""
        key = fold_name(title_text)
        if not key:
            return None
        past, rest = self._strip_past(key)
        if past:
            base = self.normalise_title(rest, state)
            return "Former " + base if base else None
        changed = True
        while changed:
            changed = False
            for p in self._drop_prefixes:
                if key.startswith(p + " "):
                    key, changed = key[len(p) + 1:], True
        own = self._state_titles.get((key, state)) if state else None
        if own is not None:
            return own
        rec = self._titles.get(key)
        if rec:
            return rec["title"]
        stripped = self._strip_state_words(key)
        if stripped != key:
            return self.normalise_title(stripped)
        for m in self._modifiers:
            if key.startswith(m + " ") and self._titles.get(key[len(m) + 1:]) is not None:
                return _capitalise_title(key)
        return None

    def title_category(self, title: str) -> str | None:
        """The office in general terms: 'Secretary of State' -> 'Foreign Minister'."""
        past, key = self._strip_past(fold_name(title))
        if past:
            return None  # a former office is no office held
        rec = self._title_by_name.get(title) or self._titles.get(key)
        return rec["category"] if rec else None

    def is_moment_word(self, word: str) -> bool:
        """Whether a single word is one of titles.json's drop_prefixes ("new", "outgoing"): a word
        of the moment before a title, no part of the state's demonym the model may join it to."""
        return fold_name(word) in self._drop_prefixes and " " not in fold_name(word)

    def is_official_title(self, title: str) -> bool:
        """True if the title (normalised or not) marks a public official: minister, president,
        ambassador, spokesperson, general... 'Vice Foreign Minister' counts as 'Foreign Minister'."""
        past, key = self._strip_past(fold_name(title))
        if past:
            return self.is_official_title(key)
        rec = self._title_by_name.get(title) or self._titles.get(fold_name(title))
        if rec is None:
            norm = self.normalise_title(title)
            if norm is None:
                return False
            rec = self._title_by_name.get(norm)
            if rec is None:
                key = fold_name(norm)
                for m in self._modifiers:
                    if key.startswith(m + " "):
                        rec = self._titles.get(key[len(m) + 1:])
                        break
        return bool(rec and rec["official"])

    # ------------------------------------------------------------------ spaCy patterns
    def entity_ruler_patterns(self) -> list[dict]:
        """Patterns for spaCy's EntityRuler: every name, alias, metonym and demonym (demonyms also in
        the plural) as a case-sensitive phrase pattern, its accent-free spelling, and an ALL-CAPS
        variant as a token pattern ({"LOWER": ..., "IS_UPPER": true} per word) so headline and
        transcript capitals match without matching lower-case common words. Names flagged
        ambiguous in the data (cities such as "Victoria") are left out. Each has "id" = entity id."""
        if self._patterns is not None:
            return [dict(p) for p in self._patterns]
        out: list[dict] = []
        seen: set[tuple[str, str, str]] = set()

        def add(label: str, text: str, eid: str) -> None:
            text = text.strip()
            if not text:
                return
            for variant in {text, _strip_accents(text)}:
                if (label, variant, eid) in seen:
                    continue
                seen.add((label, variant, eid))
                out.append({"label": label, "pattern": variant, "id": eid})
                if not variant.isupper() and any(c.isalpha() for c in variant):
                    toks = _tokens(variant)
                    out.append({"label": label, "id": eid, "pattern": [
                        {"LOWER": t.lower(), "IS_UPPER": True} if any(c.isalpha() for c in t) else {"ORTH": t}
                        for t in toks]})

        for e in self.entries():
            label = SPACY_LABEL.get(e.type, "MISC")
            amb = set(e.attributes.get("ambiguous_aliases") or ())
            if e.attributes.get("ambiguous_name"):
                if e.type != "State":
                    continue
            # A lesser city (cities.json "lesser": under MAJOR_POPULATION, taken by the builder's
            # lower threshold) is resolved only where the model itself found a place name: such a
            # name is too often a surname, a first name or a brand elsewhere for a pattern to force it.
            # So is a state's province or region (regions.json "by_model": ISO 3166-2 names, many
            # of them also a person's or a town's name elsewhere), but for its forms with the kind
            # noun ("Borno State", "Sumy Oblast"), which name nothing else.
            if e.attributes.get("by_model"):
                for form in e.attributes.get("pattern_forms") or ():
                    add(label, form, e.id)
                continue
            if e.attributes.get("lesser"):
                continue
            add(label, e.name, e.id)
            for a in e.aliases:
                if a not in amb:
                    add(label, a, e.id)
            for m in e.attributes.get("metonyms") or ():
                add("ORG", m, e.id)
            for dem in e.demonyms:
                add("NORP", dem, e.id)
                pl = _plural(dem)
                if pl:
                    add("NORP", pl, e.id)
        self._patterns = out
        return [dict(p) for p in out]


def _name_words(name: str) -> list[str]:
    """A name's words, folded, hyphens splitting them."""
    return [p for p in re.split(r"[\s\-]+", fold_name(name)) if p]


def _family_names(name: str) -> list[str]:
    """The parts of a person's name a surname-only mention can use: the last word (Western
    order) and the first (East Asian order), for names of two words or more."""
    parts = [p for p in re.split(r"[\s\-]+", fold_name(name)) if p]
    if len(parts) < 2:
        return []
    return sorted({parts[0], parts[-1]})


class _FirstWordRule:
    """Whether the first word of a person's name is one a lone mention uses: the family name of a
    person with a term in a state whose names are written family name first (mentions.json
    family_name_first_states: "Xi", "Kim"); a given name news calls the person by, for one with a
    term in a state where that is the custom (given_name_states: "Prayut", "Abiy"), one with a
    ruler's title (ruler_titles: "King Abdullah"), and a name of a lineage ("A bin B") or with a
    regnal numeral ("A II"). A state id the gazetteer does not know is a load error."""

    def __init__(self, by_id: dict[str, GazetteerEntry], w: dict):
        self.family = set(w.get("family_name_first_states", ()))
        self.given = set(w.get("given_name_states", ()))
        for key, states in (("family_name_first_states", self.family), ("given_name_states", self.given)):
            for i, state in enumerate(sorted(states)):
                if state not in by_id:
                    from ingest.lexicon import LexiconError, LexiconErrorCode
                    raise LexiconError(LexiconErrorCode.SCHEMA, "ingest/data/mentions.json",
                                       f"{key}.{i}", f"unknown state {state!r}")
        self.rulers = {fold_name(t) for t in w.get("ruler_titles", ())}
        self.lineage = set(w.get("lineage_words", ()))
        self.numerals = set(w.get("regnal_numerals", ()))

    def first_word(self, name: str, roles: list[Role]) -> tuple[str, bool] | None:
        """The first word of a name of two words or more, and whether a lone mention may use it
        as the family name (True) or only as the given name the person is called by (False); None
        for a first word that is a given name no lone mention uses."""
        parts = _name_words(name)
        if len(parts) < 2:
            return None
        if any(r.state in self.family for r in roles):
            return parts[0], True
        if any(r.state in self.given or fold_name(r.title) in self.rulers for r in roles) \
                or self.lineage & set(parts) or parts[-1] in self.numerals:
            return parts[0], False
        return None



def _given_name_syllables(name: str) -> set[str]:
    """The syllables after the hyphen of a hyphenated given name written after the family name
    ("Pak Chol-min", "Ri Song-son": a capital, then a syllable in lower case), folded: parts of a
    given name in East Asian order, never the family name a lone mention uses. A hyphenated
    family name capitalises both halves ("Smith-Jones", "al-Assad")."""
    words = name.split()
    return {fold_name(w.split("-", 1)[1]) for w in words[1:] if _GIVEN_SYLLABLES.fullmatch(w)}


_GIVEN_SYLLABLES = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _strip_accents(text: str) -> str:
    import unicodedata
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c)).replace("’", "'")


_TOKEN_RE = re.compile(r"[A-Za-z0-9À-ɏ]+(?:\.[A-Za-z0-9]+)*\.?|[^\sA-Za-z0-9À-ɏ]")


def _tokens(text: str) -> list[str]:
    """An approximation of spaCy's English tokenizer for names: words, 'U.S.'-style abbreviations,
    punctuation (hyphens, apostrophes, commas) as separate tokens; "'s" and "n't" do not occur in names."""
    out: list[str] = []
    for chunk in text.split():
        out.extend(m.group(0) for m in _TOKEN_RE.finditer(chunk))
    return out


def _other_lineage(given: list[str], known: list[str]) -> bool:
    """Whether two names count their forebears differently ("sultan bin salman bin abdulaziz",
    "sultan bin abdulaziz"): near in spelling, yet not one person unless the longer holds the
    shorter whole (`_longer_lineage`)."""
    from ingest.mentions import words

    lineage = set(words().get("lineage_words", ()))
    return sum(w in lineage for w in given) != sum(w in lineage for w in known)


def _other_forebear(given: list[str], known: list[str]) -> bool:
    """Whether two names of as many words name another forebear after the same lineage word
    ("faisal bin bandar al", "faisal bin farhan al"): `kinship.other_father` at any place."""
    from ingest.kinship import other_father

    return len(given) == len(known) and any(other_father(given, known, i) for i in range(len(given) - 1))


def _longer_lineage(given: list[str], known: list[str]) -> bool:
    """Whether a given name is a known one with more forebears named: the same first name and
    the known words in order among its words ("tamim bin hamad bin khalifa" holds "tamim bin
    hamad"), the extra words naming ancestors (a lineage word, mentions.json lineage_words,
    before each)."""
    from ingest.mentions import words

    lineage = words().get("lineage_words", set())
    if len(known) < 2 or len(given) <= len(known) or given[0] != known[0] or not lineage & set(given):
        return False
    # The known forebears open the longer name in the same order: "sultan bin salman bin
    # abdulaziz" is the son of another father than "sultan bin abdulaziz", however many words they
    # share; only the family's particles after the lineage ("al") may stand further on.
    particles = set(words().get("name_particles", ()))
    core = len(known)
    while core > 1 and known[core - 1] in particles:
        core -= 1
    if given[:core] != known[:core]:
        return False
    i = core
    for w in given[core:]:
        if i < len(known) and w == known[i]:
            i += 1
    return i == len(known)
