"""A deterministic corpus of wire-style news articles for benchmarks.

    articles(n, seed=0) -> Iterator[dict]      # JSON-Lines-ready: id, title, published, text
    python -m bench.corpus N OUT.jsonl [--seed S] [--no-seeds]

The first articles are the repository's seed articles (seeds/*.txt, as many as fit in `n`);
the rest are generated from sentence templates, with the actors drawn from the project's
gazetteers (ingest/data: states and their demonyms and capitals, cities, office holders from
roles.json who held office on the article's date, organisations). Article `i` depends only on
(`seed`, `i`), so `articles(1000)` is a prefix of `articles(10000)` and two runs give the same
bytes. The module reads the JSON data files directly: it imports nothing from `kg` or `ingest`
(no spaCy), so it is cheap to run anywhere.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "ingest" / "data"
SEEDS = ROOT / "seeds"

#: Article dates are drawn from this range (office holders are those in office that day).
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)

AGENCIES = ("Reuters", "AP", "AFP", "dpa", "Kyodo", "Anadolu", "Xinhua", "PTI")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEAPONS = ("missiles", "drones", "artillery shells", "air-defence systems", "armoured vehicles",
           "fighter jets", "rocket launchers")
SECTORS = ("energy", "banking", "shipping", "technology", "defence", "steel", "grain")
TOPICS = ("trade", "security", "energy cooperation", "the war", "border disputes",
          "nuclear talks", "climate finance", "migration", "grain exports")


@dataclass(frozen=True)
class _State:
    id: str
    name: str
    demonym: str
    capital: str | None


@dataclass(frozen=True)
class _Holder:
    person: str
    title: str
    state: str | None        # state id, or None for an organisation's office
    organization: str | None
    start: dt.date
    end: dt.date | None


def _entries(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as fh:
        return json.load(fh)["entries"]


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _gazetteers() -> dict:
    states = {}
    for e in _entries("states.json"):
        demonyms = e.get("demonyms") or []
        if not demonyms or e.get("un_status") not in ("member", "observer"):
            continue
        capital = (e.get("capital") or {}).get("name")
        states[e["id"]] = _State(e["id"], e["name"], demonyms[0], capital)
    cities: dict[str, list[str]] = {}
    for e in _entries("cities.json"):
        if e.get("country") in states and not e.get("ambiguous_name"):
            cities.setdefault(e["country"], []).append(e["name"])
    orgs = {e["id"]: e for e in _entries("organizations.json")}
    holders = []
    for e in _entries("roles.json"):
        start = _date(e.get("start"))
        if start is None or not e.get("person"):
            continue
        state = e.get("state") if e.get("state") in states else None
        org = e.get("organization") if e.get("organization") in orgs else None
        if state is None and org is None:
            continue
        holders.append(_Holder(e["person"], e["title"], state, org, start, _date(e.get("end"))))
    org_names = sorted({(o["name"], (o.get("aliases") or [o["name"]])[0]) for o in orgs.values()
                        if o.get("kind") not in ("military formation",)})
    return {"states": states, "cities": {k: sorted(v) for k, v in cities.items()},
            "orgs": orgs, "org_names": org_names, "holders": holders}


def _in_office(day: dt.date) -> tuple[dict[str, list[_Holder]], list[_Holder]]:
    g = _gazetteers()
    by_state: dict[str, list[_Holder]] = {}
    by_org: list[_Holder] = []
    for h in g["holders"]:
        if h.start <= day and (h.end is None or day <= h.end):
            if h.state:
                by_state.setdefault(h.state, []).append(h)
            else:
                by_org.append(h)
    return by_state, by_org


# Sentence templates. Fields: a_* is the first actor (person, title, state, demonym, capital,
# city), b_* the second; org/org_short an organisation, o_person/o_title its office holder.
HEADLINES = (
    "{a_demonym} {a_title} visits {b_state} for talks on {topic}",
    "{a_state} and {b_state} sign {topic_adj} agreement",
    "{a_state} imposes sanctions on {b_demonym} {sector} firms",
    "{a_person} meets {b_person} in {venue}",
    "{a_state} condemns {b_demonym} strikes near {b_city}",
    "{b_state} to receive {amount} in {a_demonym} military aid",
    "{org_short} {o_title} {o_person} warns of escalation",
)
LEADS = (
    "{a_demonym} {a_title} {a_person} arrived in {b_capital} on {weekday} for a two-day visit, "
    "the first visit at this level in several years.",
    "{a_demonym} {a_title} {a_person} met {b_demonym} {b_title} {b_person} in {venue} on {weekday} "
    "to discuss {topic}, officials said.",
    "{a_state} announced new sanctions against {b_demonym} {sector} companies on {weekday}, "
    "accusing {b_capital} of undermining regional stability.",
    "{a_state} will send {amount} worth of {weapons} to {b_state}, {a_title} {a_person} said on "
    "{weekday}.",
    "{b_demonym} forces launched {weapons} at targets near {b_city} overnight, the {a_demonym} "
    "government said on {weekday}, condemning the attack.",
    "{a_state} and {b_state} signed an agreement on {topic} in {venue} on {weekday}, "
    "{a_title} {a_person} said.",
)
BODY = (
    "{a_person} told reporters that {a_state} would not accept any change to the status quo.",
    "{b_title} {b_person} said the talks had been \"frank and constructive\".",
    "The two leaders also discussed {topic2} and agreed to meet again later this year.",
    "{a_demonym} officials said {a_state} had offered {b_state} {amount2} in loans.",
    "{b_demonym} {b_title} {b_person} accused {a_state} of interfering in {b_demonym} affairs.",
    "{org_short} {o_title} {o_person} called on both sides to show restraint.",
    "{o_person}, the head of the {org}, said the organisation was monitoring the situation.",
    "{a_state} has been a member of the {org} since its founding, a spokesman noted.",
    "Earlier this month, {c_demonym} {c_title} {c_person} visited {a_capital} for talks with "
    "{a_person}.",
    "{c_state} criticised the agreement, saying it threatened its security.",
    "Protesters gathered outside the {a_demonym} embassy in {b_capital} on {weekday}.",
    "{a_state} recalled its ambassador to {b_state} for consultations.",
    "The {b_demonym} foreign ministry summoned the {a_demonym} ambassador in protest.",
    "{b_state} said it had shot down several {weapons} over {b_city}.",
    "Analysts in {a_city} said the visit signalled a shift in {a_demonym} policy toward {b_state}.",
    "{a_person} is expected to travel to {c_capital} next week.",
    "Trade between {a_state} and {b_state} reached {amount3} last year, according to official data.",
    "The {org} will hold an emergency meeting in {venue2} on {weekday2}.",
    "{c_demonym} {c_title} {c_person} welcomed the deal and urged others to follow.",
    "{b_state} denied the allegations, calling them baseless.",
    "{a_demonym} troops have been deployed near the border with {b_state} since last year.",
    "{b_person} thanked {a_state} for its support during a joint news conference.",
)
CLOSES = (
    "Neither government gave further details.",
    "The talks are due to continue on {weekday2}.",
    "({agency} reporting; editing by staff)",
)


def _amount(rng: random.Random) -> str:
    value = rng.choice((50, 120, 250, 400, 700, 1.2, 2.5, 3, 6))
    if isinstance(value, float) or value < 10:
        return f"${value} billion"
    return f"${value} million"


def _actor(rng: random.Random, states: dict[str, _State], cities: dict[str, list[str]],
           holders: dict[str, list[_Holder]], taken: set[str]) -> dict[str, str]:
    choices = sorted(s for s in holders if s not in taken)
    sid = rng.choice(choices)
    taken.add(sid)
    st = states[sid]
    h = rng.choice(holders[sid])
    capital = st.capital or st.name
    city = rng.choice(cities.get(sid) or [capital])
    return {"person": h.person, "title": h.title, "state": st.name, "demonym": st.demonym,
            "capital": capital, "city": city}


def _generated(index: int, seed: int) -> dict:
    rng = random.Random(f"kg-bench:{seed}:{index}")
    g = _gazetteers()
    span = (LAST_DAY - FIRST_DAY).days
    day = FIRST_DAY + dt.timedelta(days=rng.randrange(span + 1))
    by_state, by_org = _in_office(day)
    taken: set[str] = set()
    fields: dict[str, str] = {}
    for key in ("a", "b", "c"):
        for name, value in _actor(rng, g["states"], g["cities"], by_state, taken).items():
            fields[f"{key}_{name}"] = value
    if by_org:
        o = rng.choice(by_org)
        org = g["orgs"][o.organization]
        fields.update(o_person=o.person, o_title=o.title, org=org["name"],
                      org_short=(org.get("aliases") or [org["name"]])[0])
    else:
        name, short = rng.choice(g["org_names"])
        fields.update(o_person=fields["c_person"], o_title="head", org=name, org_short=short)
    topic = rng.choice(TOPICS)
    fields.update(
        topic=topic, topic2=rng.choice([t for t in TOPICS if t != topic]),
        topic_adj=rng.choice(("trade", "security", "energy", "defence")),
        sector=rng.choice(SECTORS), weapons=rng.choice(WEAPONS), amount=_amount(rng),
        amount2=_amount(rng), amount3=_amount(rng),
        weekday=WEEKDAYS[day.weekday()], weekday2=rng.choice(WEEKDAYS),
        venue=rng.choice((fields["a_capital"], fields["b_capital"])),
        venue2=rng.choice((fields["c_capital"], fields["a_city"])),
        agency=rng.choice(AGENCIES),
    )
    dateline = (f"{fields['b_capital'].upper()}, {day.strftime('%B')} {day.day} "
                f"({fields['agency']}) - ")
    body = rng.sample(BODY, rng.randint(7, 12))
    sentences = [rng.choice(LEADS)] + body + [rng.choice(CLOSES)]
    text = sentences[0].format(**fields)
    paragraphs = [dateline + text]
    paragraph: list[str] = []
    for template in sentences[1:]:
        paragraph.append(template.format(**fields))
        if len(paragraph) >= rng.randint(1, 3):
            paragraphs.append(" ".join(paragraph))
            paragraph = []
    if paragraph:
        paragraphs.append(" ".join(paragraph))
    return {"id": f"bench-{seed}-{index:07d}", "title": rng.choice(HEADLINES).format(**fields),
            "published": day.isoformat(), "text": "\n\n".join(paragraphs)}


def seed_articles() -> list[dict]:
    """The repository's seed articles (seeds/*.txt) as corpus records, in file-name order."""
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out.append({"id": f"seed-{path.stem}", "title": None, "published": None, "text": text})
    return out


def articles(n: int, seed: int = 0, *, include_seeds: bool = True) -> Iterator[dict]:
    """`n` articles: the seed articles first (if `include_seeds`), then generated ones.

    Deterministic in (`n`, `seed`); a smaller `n` yields a prefix of a larger one.
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    count = 0
    if include_seeds:
        for record in seed_articles()[:n]:
            yield record
            count += 1
    index = 0
    while count < n:
        yield _generated(index, seed)
        index += 1
        count += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus",
                                     description="Write N wire-style articles as JSON Lines.")
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", help="output .jsonl file ('-' for standard output)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--no-seeds", action="store_true",
                        help="only generated articles, without the repository's seed articles")
    args = parser.parse_args(argv)
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    try:
        for record in articles(args.n, args.seed, include_seeds=not args.no_seeds):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
