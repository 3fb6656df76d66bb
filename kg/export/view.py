"""The one graph view every export writes: a networkx MultiDiGraph built from the store's public
read interface (kg.store.base.Store), nothing else.

- one edge per (source, relation, target, modality): the facts the store keeps apart only by a
  role title (HOLDS_ROLE "Premier" / "Vice Premier") are one edge with both titles;
  `weight` = the number of distinct articles supporting it; `first_date` / `last_date` the
  earliest and latest day its dates allow (the dates of the articles that report it when the text
  gives none, `dated_by` says which); symmetric relations (MET_WITH, ALLIED_WITH) undirected;
- by default only asserted facts; planned and negated ones, when asked for, carry their modality
  in the edge label and kind ("MET_WITH (planned)"), so Gephi keeps them apart and shows them;
- events tied to their participants: an event the ingest named after its members
  ("Kim Jong Un–Vladimir Putin summit") or hosted by an actor gets PARTICIPATED_IN / HOSTED edges
  marked `inferred` (no article states them as facts; they are read from the event itself);
- nodes: every entity, coloured by type, sized by degree, `latitude` / `longitude` from the
  gazetteer in ingest/data for states, cities and places (a place without coordinates gets its
  country's, `geo` says which), `first_date` = its first mention.

Values are typed Python scalars or lists; the writers decide how a format flattens them.
"""
from __future__ import annotations

import calendar
import json
import math
import re
from collections import defaultdict, deque
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.errors import ExportError
from kg.store.base import FactFilter, Store, StoredEntity, StoredFact, fact_key_id

MODALITIES = ("asserted", "planned", "negated")
TIE_RELATIONS = ("PARTICIPATED_IN", "HOSTED")
SEP = " | "  # joins short lists (ids, dates, titles, aliases) in flat formats; never evidence
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_STYLE_FILE = Path(__file__).with_name("style.json")


@dataclass(frozen=True)
class ExportFilter:
    """What to export. Every field is optional; the default is every asserted fact."""

    since: str | None = None
    until: str | None = None
    relations: tuple[str, ...] | None = None
    min_articles: int = 1
    modalities: tuple[str, ...] = ("asserted",)
    around: str | None = None
    depth: int = 1
    drop_isolated: bool = False

    def __post_init__(self) -> None:
        from schemas.ontology import RELATIONS

        for name, value in (("--since", self.since), ("--until", self.until)):
            if value is not None and not _valid_date(value):
                raise ExportError(f"{name} {value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
        if self.since and self.until and _lo(self.since) > _hi(self.until):
            raise ExportError(f"--since {self.since} is after --until {self.until}")
        for relation in self.relations or ():
            if relation not in RELATIONS:
                raise ExportError(f"--relation {relation!r} is not a relation; known: {', '.join(RELATIONS.names())}")
        if not self.modalities:
            raise ExportError("--modality needs at least one of: " + ", ".join(MODALITIES))
        for modality in self.modalities:
            if modality not in MODALITIES:
                raise ExportError(f"--modality {modality!r} is not one of: {', '.join(MODALITIES)}")
        if self.min_articles < 1:
            raise ExportError(f"--min-articles must be at least 1, not {self.min_articles}")
        if self.depth < 0:
            raise ExportError(f"--depth must be 0 or more, not {self.depth}")

    def fact_filter(self) -> FactFilter:
        """The store query this export makes (tests ask the store the same question)."""
        return FactFilter(relations=list(self.relations) if self.relations else None,
                          modalities=list(self.modalities), date_from=self.since, date_to=self.until)


# -- dates ------------------------------------------------------------------------------------------

def _valid_date(value: str) -> bool:
    import datetime as dt

    if not _DATE.match(value):
        return False
    try:
        dt.date.fromisoformat(_lo(value))
    except ValueError:
        return False
    return True


def _lo(date: str) -> str:
    return {4: date + "-01-01", 7: date + "-01"}.get(len(date), date)


def _hi(date: str) -> str:
    if len(date) == 4:
        return date + "-12-31"
    if len(date) == 7:
        return f"{date}-{calendar.monthrange(int(date[:4]), int(date[5:7]))[1]:02d}"
    return date


def _in_range(date: str, since: str | None, until: str | None) -> bool:
    return (since is None or _hi(date) >= _lo(since)) and (until is None or _lo(date) <= _hi(until))


# -- style and geography ----------------------------------------------------------------------------

@lru_cache(maxsize=1)
def style() -> dict:
    data = json.loads(_STYLE_FILE.read_text(encoding="utf-8"))
    for colour in [*data["colours"].values(), data["default_colour"]]:
        if not re.fullmatch(r"#[0-9A-Fa-f]{6}", colour):
            raise ExportError(f"{_STYLE_FILE}: {colour!r} is not a #RRGGBB colour")
    return data


def colour_of(entity_type: str) -> tuple[int, int, int]:
    hex_ = style()["colours"].get(entity_type, style()["default_colour"])
    return int(hex_[1:3], 16), int(hex_[3:5], 16), int(hex_[5:7], 16)


def size_of(degree: int) -> float:
    spec = style()["size"]
    return round(float(min(spec["max"], spec["base"] + spec["per_sqrt_degree"] * math.sqrt(degree))), 2)


class _Geo:
    """Coordinates from ingest's gazetteer (ingest/data; loading it does not import spaCy)."""

    def __init__(self) -> None:
        from ingest.gazetteer import Gazetteer

        self.gazetteer = Gazetteer.default()

    def _point(self, entity_id: str | None) -> tuple[float, float] | None:
        entry = self.gazetteer.by_id(entity_id) if entity_id else None
        if entry is None:
            return None
        lat, lon = entry.attributes.get("lat"), entry.attributes.get("lon")
        if isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
            return float(lat), float(lon)
        return None

    def locate(self, entity: StoredEntity) -> tuple[float, float, str] | None:
        """(latitude, longitude, precision) of a state, city or place; None elsewhere or unknown."""
        if entity.type not in ("State", "City", "Place"):
            return None
        own = self._point(entity.id)
        if own is not None:
            return (*own, "gazetteer")
        entry = self.gazetteer.by_id(entity.id)
        country = entity.attributes.get("country") or (entry.country if entry else None)
        point = self._point(country) if isinstance(country, str) else None
        return (*point, "country") if point else None


# -- the view ---------------------------------------------------------------------------------------

@dataclass
class _Edge:
    source: str
    relation: str
    target: str
    modality: str
    directed: bool
    inferred: bool = False
    facts: list[StoredFact] = field(default_factory=list)
    article_ids: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)


def edge_label(relation: str, modality: str) -> str:
    return relation if modality == "asserted" else f"{relation} ({modality})"


def _symmetric(relation: str) -> bool:
    from schemas.ontology import RELATIONS

    return relation in RELATIONS and RELATIONS[relation].symmetric


def _group(facts: list[StoredFact], per_fact: bool) -> dict[tuple, _Edge]:
    edges: dict[tuple, _Edge] = {}
    for fact in sorted(facts, key=lambda f: f.id):
        directed = not _symmetric(fact.relation)
        source, target = fact.subject_id, fact.object_id
        if not directed and target < source and not per_fact:
            source, target = target, source
        key = (source, fact.relation, target, fact.modality) + ((fact.id,) if per_fact else ())
        edge = edges.setdefault(key, _Edge(source, fact.relation, target, fact.modality, directed))
        edge.facts.append(fact)
        edge.article_ids.update(fact.article_ids)
        edge.dates.update(d for d in fact.dates if d)
    return edges


def _event_members(event: StoredEntity, names: dict[str, str]) -> list[str]:
    """Entity ids named in an event's name by the ingest ("A–B summit (2023-09)": A and B)."""
    base = re.sub(r"\s*\(\d{4}(-\d{2})?\)$", "", event.name)
    parts = base.split("–")
    if len(parts) < 2:
        return []
    members: list[str] = []
    for index, part in enumerate(parts):
        part = part.strip()
        if index < len(parts) - 1:
            member = names.get(part)
        else:  # the last member is followed by the event's own words: "Vladimir Putin summit"
            member = next((names[part[:i]] for i in range(len(part), 0, -1)
                           if part[:i] in names and (i == len(part) or part[i] == " ")), None)
        if member is None:
            return []
        members.append(member)
    return members


def _ties(entities: dict[str, StoredEntity], flt: ExportFilter,
          taken: set[tuple[str, str, str]]) -> list[_Edge]:
    if "asserted" not in flt.modalities:
        return []
    if flt.relations is not None and not set(TIE_RELATIONS) & set(flt.relations):
        return []
    wanted = set(flt.relations or TIE_RELATIONS)
    by_name: dict[str, list[str]] = defaultdict(list)
    for entity in entities.values():
        if entity.type in ("Person", "State", "Organization"):
            by_name[entity.name].append(entity.id)
    ties: list[_Edge] = []
    for event in sorted(entities.values(), key=lambda e: e.id):
        if event.type != "Event":
            continue
        date = event.attributes.get("date")
        date = date if isinstance(date, str) and _DATE.match(date) else None
        if (flt.since or flt.until) and (date is None or not _in_range(date, flt.since, flt.until)):
            continue
        # A name shared by two entities is ambiguous: tie only to one present in the event's articles.
        names = {}
        for name, ids in by_name.items():
            here = [i for i in ids if set(entities[i].article_ids) & set(event.article_ids)]
            if len(here) == 1:
                names[name] = here[0]
        pairs = [(m, "PARTICIPATED_IN") for m in _event_members(event, names)]
        host = event.attributes.get("host")
        if isinstance(host, str) and host in entities:
            pairs.append((host, "HOSTED"))
        for member, relation in pairs:
            if relation not in wanted or (member, relation, event.id) in taken:
                continue
            edge = _Edge(member, relation, event.id, "asserted", directed=True, inferred=True)
            edge.article_ids = set(event.article_ids)
            edge.dates = {date} if date else set()
            ties.append(edge)
            taken.add((member, relation, event.id))
    return ties


def _resolve(store: Store, name: str) -> StoredEntity:
    matches = store.find_entities(name)
    if not matches:
        raise ExportError(f"--around {name!r}: no entity of that name or alias in {store.url}")
    exact = [e for e in matches if e.name.lower() == name.lower() or e.id == name]
    return (exact or matches)[0]


def _ego(centre: str, edges: list[_Edge], depth: int) -> set[str]:
    neighbours: dict[str, set[str]] = defaultdict(set)
    for edge in edges:
        neighbours[edge.source].add(edge.target)
        neighbours[edge.target].add(edge.source)
    seen = {centre: 0}
    queue = deque([centre])
    while queue:
        node = queue.popleft()
        if seen[node] >= depth:
            continue
        for other in sorted(neighbours[node]):
            if other not in seen:
                seen[other] = seen[node] + 1
                queue.append(other)
    return set(seen)


def _edge_data(edge: _Edge, published: dict[str, str], per_fact: bool) -> dict:
    dates = sorted(edge.dates)
    if dates:
        first, last, dated_by = _lo(dates[0]), max(_hi(d) for d in dates), "text"
    else:
        days = sorted(published[a] for a in edge.article_ids if a in published)
        first, last, dated_by = (days[0], days[-1], "article") if days else (None, None, None)
    facts = edge.facts
    titles = sorted({f.title for f in facts if f.title})
    cameos = sorted({f.cameo for f in facts if f.cameo})
    label = edge_label(edge.relation, edge.modality)
    if per_fact and not edge.inferred:
        key = facts[0].id  # the store's own fact id (Neo4j's r.fact_id)
    else:
        key = ("t" if edge.inferred else "f") + fact_key_id(edge.source, edge.relation, edge.target, edge.modality, "")
    data = {
        "id": key,
        "label": label,
        "kind": label,
        "relation": edge.relation,
        "modality": edge.modality,
        "directed": edge.directed,
        "symmetric": not edge.directed,
        "inferred": edge.inferred,
        "weight": len(edge.article_ids),
        "first_date": first,
        "last_date": last,
        "dated_by": dated_by,
        "dates": dates,
        "cameo": cameos[0] if cameos else None,
        "title": SEP.join(titles) if titles else None,
        "confidence": max((float(f.confidence) for f in facts), default=None),
        "article_ids": sorted(edge.article_ids),
        "fact_ids": sorted(f.id for f in facts),
        "evidence": sorted((e.model_dump() for f in facts for e in f.evidence),
                           key=lambda e: (e["article_id"], e["start"], e["sentence"])),
    }
    return {k: v for k, v in data.items() if v is not None}


def build_view(store: Store, flt: ExportFilter | None = None, *, per_fact: bool = False, ties: bool = True):
    """The filtered graph as a networkx MultiDiGraph (edge keys are the export's edge ids).

    per_fact=True keeps one edge per stored fact (a role's titles apart, ids = the store's fact
    ids) and ties=False leaves out the inferred event ties: the store's own model, for Neo4j.
    Article records are in graph.graph["articles"].
    """
    import networkx as nx

    flt = flt or ExportFilter()
    entities = {e.id: e for e in store.all_entities()}
    articles = store.articles()
    published = {a.id: a.published[:10] for a in articles if a.published and _DATE.match(a.published[:10])}
    grouped = _group(store.facts(flt.fact_filter()), per_fact)
    for edge in grouped.values():  # an end the entity table lacks still exports (defensive)
        for end, name, etype in ((edge.facts[0].subject_id, edge.facts[0].subject, edge.facts[0].subject_type),
                                 (edge.facts[0].object_id, edge.facts[0].object, edge.facts[0].object_type)):
            entities.setdefault(end, StoredEntity(id=end, name=name, type=etype))
    edges = list(grouped.values())
    if ties:
        edges += _ties(entities, flt, {(e.source, e.relation, e.target) for e in edges})
    edges = [e for e in edges if len(e.article_ids) >= flt.min_articles]

    keep = set(entities)
    centre = _resolve(store, flt.around).id if flt.around is not None else None
    if centre is not None:
        keep = _ego(centre, edges, flt.depth)
    edges = [e for e in edges if e.source in keep and e.target in keep]
    if flt.drop_isolated or centre is not None:
        keep = {e.source for e in edges} | {e.target for e in edges} | ({centre} if centre else set())

    graph = nx.MultiDiGraph()
    graph.graph.update(filter=dict(flt.__dict__),
                       articles=[a.model_dump() for a in sorted(articles, key=lambda a: a.id)])
    geo = _Geo()
    for entity_id in sorted(keep):
        entity = entities[entity_id]
        red, green, blue = colour_of(entity.type)
        data = {
            "label": entity.name, "name": entity.name, "type": entity.type,
            "aliases": sorted(entity.aliases), "articles": len(entity.article_ids),
            "article_ids": sorted(entity.article_ids), "r": red, "g": green, "b": blue,
        }
        where = geo.locate(entity)
        if where is not None:
            data.update(latitude=where[0], longitude=where[1], geo=where[2])
        for name, value in sorted(entity.attributes.items()):
            if name not in data and name not in ("lat", "lon") and isinstance(value, (str, int, float, bool)) \
                    and not (isinstance(value, float) and math.isnan(value)):
                data[name] = value
        mentions = sorted(published[a] for a in entity.article_ids if a in published)
        if mentions:
            data["first_date"] = mentions[0]
        graph.add_node(entity_id, **data)
    for edge in sorted(edges, key=lambda e: (e.source, e.relation, e.target, e.modality, e.facts[0].id if e.facts else "")):
        data = _edge_data(edge, published, per_fact)
        graph.add_edge(edge.source, edge.target, key=data["id"], **data)
    for node, data in graph.nodes(data=True):
        degree = graph.degree(node)
        data.update(degree=degree, size=size_of(degree))
        # A node is on the timeline from its first mention, and never after its first edge starts.
        starts = [d["first_date"] for _, _, d in graph.edges(node, data=True) if "first_date" in d]
        starts += [d["first_date"] for _, _, d in graph.in_edges(node, data=True) if "first_date" in d]
        if "first_date" in data:
            starts.append(data["first_date"])
        if starts:
            data["first_date"] = min(starts)
    return graph
