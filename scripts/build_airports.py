#!/usr/bin/env python
"""Regenerate ingest/data/airports.json: which state an airport's name, as news writes it, lies in.

Input: the pinned `airportsdata` package (IATA-coded airports: name, city, ISO 3166-1 country code;
MIT licence) and ingest/data/curated/airports.json (generic name words, particles), with
ingest/data/states.json for the state ids. "arrived at Nausori airport", "was welcomed at Hamad
International Airport": the airport is where the visit happened; the state it lies in is where it
went. A key is the folded name without its generic words ("hamad", "chinggis khaan"), each ending of
one or more words that starts with no particle ("benito juarez", "nyerere"; a last word
alone of four letters or more), initials dropped, the words before the first generic
one ("bandaranaike"), and the airport's city ("ezeiza");
a key that names airports in two states is left out. The runtime reads the committed file only.

    .venv/bin/python scripts/build_airports.py            # rewrite ingest/data/airports.json
    .venv/bin/python scripts/build_airports.py --check    # exit 1 if it is out of date
"""
from __future__ import annotations

import argparse
import json
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from schemas.names import fold_name  # noqa: E402

DATA = ROOT / "ingest" / "data"
CURATED = DATA / "curated" / "airports.json"
OUT = DATA / "airports.json"
PACKAGE = "airportsdata"
MIN_LAST_WORD = 4  # a name's last word alone is a key only from this length ("nyerere", not "ali")


def _load(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def _dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def name_keys(name: str, generic: set[str], particles: set[str]) -> set[str]:
    """The keys of one airport name: its words without the generic ones, the words before the
    first generic one, and each ending that starts with no particle (a last word alone only of
    MIN_LAST_WORD letters or more); initials are dropped."""
    folded = [w for w in fold_name(name).split() if len(w) > 1]  # no initials: "Julius K. Nyerere"
    words = [w for w in folded if w not in generic]
    if not words:
        return set()
    keys = {" ".join(words)}
    first = next((i for i, w in enumerate(folded) if w in generic), len(folded))
    if 0 < first < len(folded):
        keys.add(" ".join(folded[:first]))  # "Bandaranaike International Apt Colombo Airport": "bandaranaike"
    for i in range(1, len(words)):
        if words[i] not in particles and (i < len(words) - 1 or len(words[i]) >= MIN_LAST_WORD):
            keys.add(" ".join(words[i:]))
    return keys


def build() -> dict:
    import airportsdata

    cur = _load(CURATED)
    generic, particles = set(cur["generic_words"]), set(cur["particles"])
    states = {e["iso2"]: e["id"] for e in _load(DATA / "states.json")["entries"] if e.get("iso2")}
    found: dict[str, set[str]] = {}
    for _code, ap in sorted(airportsdata.load("IATA").items()):
        state = states.get(ap["country"])
        if state is None:
            continue  # a territory no state of states.json stands for
        keys = name_keys(ap["name"], generic, particles)
        city = " ".join(w for w in fold_name(ap["city"]).split() if w not in generic)
        if city:
            keys.add(city)
        for key in keys:
            found.setdefault(key, set()).add(state)
    entries = {k: next(iter(v)) for k, v in sorted(found.items()) if len(v) == 1}
    return {
        "_meta": {
            "built_with": {PACKAGE: metadata.version(PACKAGE)},
            "count": len(entries),
            "generated_by": "scripts/build_airports.py",
            "licence": "airportsdata: MIT; curated words: CC0-1.0.",
            "source": "airportsdata (IATA-coded airports: name, city, country), keyed as this script's docstring says; "
                      "keys naming airports in two states left out.",
        },
        "generic_words": sorted(generic),
        "entries": entries,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if ingest/data/airports.json is out of date")
    args = ap.parse_args(argv)
    text = _dump(build())
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("airports.json is up to date" if same else "airports.json differs from a fresh build", file=sys.stderr)
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {json.loads(text)['_meta']['count']} keys", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
