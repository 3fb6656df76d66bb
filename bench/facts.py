"""Generated extraction results for the store benchmarks: facts made directly, no NLP.

Entities: the gazetteer's states and cities (with their country as an attribute, as the
extractor records it) plus invented persons and organisations, so questions about them parse and
resolve like real ones. Each article names a handful of entities and states a few facts between
them; entities are drawn with a mild skew (a few are in many articles, most in few), dates are of
mixed precision, one fact in ten is planned or negated. Deterministic for a given seed.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

from schemas import Article, Entity, EntityType, Evidence, ExtractionResult, Fact

DATA = Path(__file__).resolve().parent.parent / "ingest" / "data"
FIRST = ["Ada", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kwame", "Lena",
         "Marek", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Ximena",
         "Yusuf", "Zofia", "Anders", "Beatriz", "Chidi", "Dalia", "Emil", "Fatima", "Goran", "Hana", "Ivo",
         "Jalen", "Keiko", "Luis", "Mira", "Nils"]
LAST = ["Abara", "Bergstrom", "Castellano", "Dvorak", "Eklund", "Ferreira", "Gallo", "Haddad", "Ivanova",
        "Jansen", "Kovac", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quispe", "Rossi", "Santos",
        "Tanaka", "Urquhart", "Varga", "Weiss", "Xu", "Yilmaz", "Zeller", "Almeida", "Brandt", "Costa",
        "Duarte", "Engel", "Fischer", "Grieve", "Holm", "Ito", "Jovanovic", "Keller", "Larsen", "Mendez",
        "Nakamura", "Oliveira", "Pavlov", "Quinlan", "Richter", "Sato", "Torres", "Ueda", "Vidal", "Wagner",
        "Yamada"]
ORG_WORDS = ["Council", "Agency", "Alliance", "Union", "Forum", "Commission", "Institute", "League"]
ORG_TOPICS = ["Maritime", "Energy", "Trade", "Security", "Grain", "Water", "Health", "Arctic", "Space",
              "Cyber", "Fisheries", "Rail", "Climate", "Nuclear", "Refugee"]
ROLE_TITLES = ["Foreign Minister", "Defense Minister", "President", "Prime Minister", "Ambassador"]


class Pool:
    """The entities articles are drawn from, and how to draw them."""

    def __init__(self, persons: int = 20_000, seed: int = 7):
        rng = random.Random(seed)
        states = json.loads((DATA / "states.json").read_text(encoding="utf-8"))["entries"]
        cities = json.loads((DATA / "cities.json").read_text(encoding="utf-8"))["entries"]
        self.states = [Entity.make(s["name"], EntityType.STATE, attributes={"iso2": s.get("iso2")})
                       for s in states if s.get("un_status") != "historical"]
        self.cities = [Entity.make(c["name"], EntityType.CITY, attributes={"country": c.get("country")})
                       for c in cities]
        names = sorted({f"{f} {last}" for f in FIRST for last in LAST})
        while len(names) < persons:  # more than the combinations: add middle initials
            names.append(f"{rng.choice(FIRST)} {chr(65 + len(names) % 26)}. {rng.choice(LAST)}")
        rng.shuffle(names)
        self.persons = [Entity.make(n, EntityType.PERSON) for n in names[:persons]]
        self.orgs = [Entity.make(f"{t} {w}", EntityType.ORGANIZATION) for t in ORG_TOPICS for w in ORG_WORDS]

    @staticmethod
    def _pick(rng: random.Random, items: list[Entity]) -> Entity:
        # mild skew: the square of a uniform draw favours the front of the list
        return items[int(len(items) * rng.random() ** 2)]

    def actor(self, rng: random.Random) -> Entity:
        r = rng.random()
        if r < 0.6:
            return self._pick(rng, self.persons)
        if r < 0.9:
            return self._pick(rng, self.states)
        return self._pick(rng, self.orgs)


def _date(rng: random.Random, published: dt.date) -> str | None:
    r = rng.random()
    if r < 0.2:
        return None
    day = published - dt.timedelta(days=rng.randrange(0, 5))
    if r < 0.3:
        return str(day.year)
    if r < 0.4:
        return day.strftime("%Y-%m")
    return day.isoformat()


def make_result(index: int, pool: Pool, facts: int = 10, prefix: str = "gen") -> ExtractionResult:
    """Article number `index`: about `facts` facts between entities from the pool."""
    rng = random.Random(f"{prefix}-{index}")
    published = dt.date(2015, 1, 1) + dt.timedelta(days=index % 3650)
    sentences: list[str] = []
    made: list[tuple[Entity, str, Entity, dict]] = []
    for _ in range(facts):
        r = rng.random()
        extra: dict = {}
        if r < 0.35:
            subject, relation = pool.actor(rng), "VISITED"
            obj = pool._pick(rng, pool.cities) if rng.random() < 0.5 else pool._pick(rng, pool.states)
            verb = "visited"
        elif r < 0.6:
            subject, relation, obj, verb = pool.actor(rng), "MET_WITH", pool.actor(rng), "met"
        elif r < 0.7:
            subject, relation, obj, verb = pool.actor(rng), "CONDEMNED", pool.actor(rng), "condemned"
        elif r < 0.8:
            subject, relation, obj, verb = pool.actor(rng), "AIDED", pool.actor(rng), "sent aid to"
        elif r < 0.9:
            subject = pool._pick(rng, pool.persons)
            obj, relation = pool._pick(rng, pool.states), "HOLDS_ROLE"
            extra["title"] = rng.choice(ROLE_TITLES)
            verb = f"is the {extra['title']} of"
        else:
            subject, relation, obj, verb = pool.actor(rng), "ATTACKED", pool._pick(rng, pool.states), "attacked"
        if subject.id == obj.id:
            continue
        sentences.append(f"{subject.name} {verb} {obj.name} in report {index}-{len(sentences)}.")
        made.append((subject, relation, obj, extra))
    text = " ".join(sentences) or f"Nothing happened in report {index}."
    article = Article(id=f"{prefix}-{index:07d}", text=text, source=f"bench/{prefix}-{index}.txt",
                      published=published)
    out_facts, entities, offset = [], {}, 0
    for sentence, (subject, relation, obj, extra) in zip(sentences, made, strict=True):
        start = text.index(sentence, offset)
        offset = start + len(sentence)
        r = rng.random()
        modality = "planned" if r < 0.05 else "negated" if r < 0.1 else "asserted"
        out_facts.append(Fact(
            subject_id=subject.id, subject=subject.name, subject_type=subject.type, relation=relation,
            object_id=obj.id, object=obj.name, object_type=obj.type, date=_date(rng, published),
            modality=modality, confidence=round(0.5 + rng.random() / 2, 2), title=extra.get("title"),
            cameo=None, evidence=Evidence(article_id=article.id, sentence=sentence, start=start, end=offset),
        ))
        entities.setdefault(subject.id, subject)
        entities.setdefault(obj.id, obj)
    return ExtractionResult(article=article, entities=list(entities.values()), facts=out_facts)


def results(start: int, stop: int, pool: Pool, facts: int = 10, prefix: str = "gen") -> Iterator[ExtractionResult]:
    for index in range(start, stop):
        yield make_result(index, pool, facts, prefix)
