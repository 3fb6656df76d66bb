"""QuerySpec -> Answer, through the Store protocol only.

Because nothing here knows SQL or Cypher, the embedded store and Neo4j give the same answer to
the same question. The reasoning a reader expects but the graph does not state is done here, in
one place: a visit to a city is a visit to its country; "which countries" counts what an official
did for the state the official serves; symmetric relations are read from both ends.
"""
from __future__ import annotations

import json
from functools import cache
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from kg.errors import GazetteerUnavailable, UnknownEntity, UnsupportedQuestion
from kg.query.parse import QuerySpec, parse_question, vocabulary
from kg.store.base import FactFilter, Store, StoredEntity, StoredFact, fact_views
from schemas.dates import overlaps

if TYPE_CHECKING:
    from ingest.gazetteer import Gazetteer

FUZZY_WINNER = 90.0  # score a fuzzy match needs to be taken without asking
FUZZY_MARGIN = 5.0  # ... and how far ahead of the runner-up it must be
FUZZY_SUGGEST = 70.0  # below this a name is not worth suggesting
PLACE_TYPES = ("City", "Place")


class Answer(BaseModel):
    question: str
    spec: QuerySpec
    kind: str = Field(description="rows | yes_no | profile | paths")
    rows: list[dict] = Field(default_factory=list)
    answer: bool | None = Field(default=None, description="yes/no questions")
    profile: list[dict] = Field(default_factory=list, description="who-is questions: one per entity")
    paths: list[list[dict]] = Field(default_factory=list)
    resolved: dict[str, list[str]] = Field(default_factory=dict, description="typed name -> canonical names")
    notes: list[str] = Field(default_factory=list)
    executed: list[tuple[str, dict]] = Field(default_factory=list)
    plans: list[list[str]] = Field(default_factory=list, description="per executed query, its plan (--explain)")

    def to_json(self) -> dict:
        data = {
            "question": self.question,
            "kind": self.kind,
            "query": self.spec.model_dump(exclude={"question"}),
            "resolved": self.resolved,
            "notes": self.notes,
            "count": len(self.rows),
            "rows": self.rows,
        }
        if self.kind == "yes_no":
            data["answer"] = self.answer
        if self.kind == "profile":
            data["profile"] = self.profile
        if self.kind == "paths":
            data["paths"] = self.paths
        return data


# -- relation vocabulary --------------------------------------------------------------------------

@cache
def _agent_end(relation: str) -> str:
    """'subject', 'object' or 'both' (symmetric): which end of a stored fact does the act."""
    from schemas import relation as lookup

    if lookup(relation).symmetric:
        return "both"
    spec = vocabulary()["relations"].get(relation, {})
    return spec.get("agent", "subject")


def _end_ids(fact: StoredFact, role: str) -> list[str]:
    """Entity id(s) of a fact playing `role` (agent/patient); both ends for symmetric facts."""
    agent = _agent_end(fact.relation)
    if agent == "both":
        return [fact.subject_id, fact.object_id]
    if role == "agent":
        return [fact.subject_id if agent == "subject" else fact.object_id]
    return [fact.object_id if agent == "subject" else fact.subject_id]


# -- dates ----------------------------------------------------------------------------------------

def in_range(date: str | None, date_from: str | None, date_to: str | None) -> bool:
    """A (partial) date overlaps the inclusive [date_from, date_to] range (schemas.dates)."""
    return overlaps(date, date_from, date_to)


# -- rows -----------------------------------------------------------------------------------------

def fact_row(fact: StoredFact, spec: QuerySpec | None = None, *, flip: bool = False,
             subject: StoredEntity | None = None, obj: StoredEntity | None = None,
             via: str | None = None) -> dict:
    """A contract fact row for an aggregated fact (plus `articles`, `dates`, `via`).

    `flip` shows a symmetric fact from its other end; `subject`/`obj` replace an end by the entity
    it stands for (the state an official serves, the country a city is in), named in `via`.
    """
    date_from = spec.date_from if spec else None
    date_to = spec.date_to if spec else None
    dates = [d for d in fact.dates if in_range(d, date_from, date_to)] or list(fact.dates)
    evidence = sorted(
        fact.evidence,
        key=lambda e: (not in_range(e.date, date_from, date_to), e.date is None, e.article_id, e.start),
    )
    best = evidence[0] if evidence else None
    s_name, s_type, o_name, o_type = fact.subject, fact.subject_type, fact.object, fact.object_type
    if flip:
        s_name, s_type, o_name, o_type = o_name, o_type, s_name, s_type
    if subject is not None:
        s_name, s_type = subject.name, subject.type
    if obj is not None:
        o_name, o_type = obj.name, obj.type
    return {
        "article": best.article_id if best else (fact.article_ids[0] if fact.article_ids else None),
        "source": best.source if best else None,
        "subject": s_name,
        "subject_type": s_type,
        "relation": fact.relation,
        "object": o_name,
        "object_type": o_type,
        "date": dates[0] if dates else None,
        "modality": fact.modality,
        "confidence": round(fact.confidence, 2),
        "title": fact.title,
        "cameo": fact.cameo,
        "evidence": best.sentence if best else None,
        "via": via,
        "articles": len(fact.article_ids),
        "article_ids": list(fact.article_ids),
        "dates": list(fact.dates),
        "fact_id": fact.id,
    }


def row_sort_key(row: dict) -> tuple:
    return (row["date"] is None, row["date"] or "", row["subject"], row["relation"], row["object"],
            row["modality"], row["via"] or "", row["title"] or "", row["fact_id"])


def _finish_rows(rows: list[dict], limit: int | None) -> list[dict]:
    unique = {(r["fact_id"], r["subject"], r["object"], r["via"]): r for r in rows}
    ordered = sorted(unique.values(), key=row_sort_key)
    return ordered[:limit] if limit else ordered


# -- names ----------------------------------------------------------------------------------------

class _Resolver:
    def __init__(self, store: Store, articles: bool = True):
        self.store = store
        self.articles = articles  # the entities' article ids (a profile counts them)
        self.notes: list[str] = []
        self.resolved: dict[str, list[str]] = {}

    def __call__(self, text: str) -> list[StoredEntity]:
        found = self._exact(text)
        if not found:
            found = self._fuzzy(text)
        self.resolved[text] = [e.name for e in found]
        return found

    def _exact(self, text: str) -> list[StoredEntity]:
        from schemas import fold_name

        candidates = [text]
        stripped = text[:-2] if text.endswith("'s") else text
        candidates.append(stripped)
        folded = fold_name(stripped)
        for title in sorted(vocabulary()["title_words"], key=len, reverse=True):
            if folded.startswith(title + " "):
                candidates.append(folded[len(title) + 1:])
                break
        for candidate in candidates:
            found = self.store.find_entities(candidate, articles=self.articles)
            if found:
                exact = [e for e in found if fold_name(e.name) == fold_name(candidate)]
                return exact or found
        return []

    def _fuzzy(self, text: str) -> list[StoredEntity]:
        from rapidfuzz import fuzz, process

        from schemas import fold_name

        names = self.store.entity_names()
        if not names:
            raise UnknownEntity(f"no entity named {text!r} in the store (the store is empty: run kg ingest first)")
        choices = [fold_name(name) for _, name in names]
        scored = process.extract(fold_name(text), choices, scorer=fuzz.WRatio, limit=25)
        best: dict[str, tuple[float, str]] = {}
        for _, score, index in scored:
            eid, name = names[index]
            if eid not in best or score > best[eid][0]:
                best[eid] = (score, name)
        ranked = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))
        if ranked and ranked[0][1][0] >= FUZZY_WINNER and (
            len(ranked) == 1 or ranked[1][1][0] <= ranked[0][1][0] - FUZZY_MARGIN
        ):
            entity = self.store.get_entity(ranked[0][0])
            if entity is not None:
                self.notes.append(f"(showing results for {entity.name!r})")
                return [entity]
        suggestions = []
        for eid, (score, _) in ranked:
            if score < FUZZY_SUGGEST or len(suggestions) >= 5:
                break
            entity = self.store.get_entity(eid)
            if entity is not None and entity.name not in suggestions:
                suggestions.append(entity.name)
        if suggestions:
            raise UnknownEntity(f"no entity named {text!r}; did you mean: {', '.join(suggestions)}?")
        raise UnknownEntity(f"no entity named {text!r} in the store")


# -- reasoning helpers ----------------------------------------------------------------------------

class _World:
    """Lazily loaded background facts: where places are, whom officials serve."""

    def __init__(self, store: Store):
        self.store = store
        self._entities: dict[str, StoredEntity | None] = {}
        self._named: dict[str, StoredEntity] = {}  # id -> name and type only, as facts give them
        self._places: dict[str, dict] | None = None
        self._states: dict[tuple[str, str], list[str]] = {}  # (entity, relation) -> state ids
        self._roles: dict[str, list[tuple[str, str | None]]] = {}
        self._gazetteer: Gazetteer | None = None

    def entity(self, entity_id: str) -> StoredEntity | None:
        """The entity's name, type and attributes (its article_ids may be left empty)."""
        if entity_id not in self._entities:
            self._entities[entity_id] = self.store.get_entity(entity_id)
        return self._entities[entity_id]

    def place_attributes(self) -> dict[str, dict]:
        """id -> attributes of every City and Place (where each lies), read once per question."""
        if self._places is None:
            self._places = self.store.attributes_by_type(list(PLACE_TYPES))
        return self._places

    def places_in(self, state: StoredEntity) -> list[str]:
        """Ids of cities/places inside a state: LOCATED_IN facts or a `country` attribute."""
        from schemas import fold_name

        inside = {
            f.subject_id
            for f in self.store.facts(FactFilter(object_ids=[state.id], relations=["LOCATED_IN"],
                                                 modalities=["asserted"], evidence=False))
        }
        keys = {state.id, fold_name(state.name)} | {fold_name(a) for a in state.aliases}
        keys |= {fold_name(str(v)) for k, v in state.attributes.items()
                 if v is not None and k.lower() in ("iso", "iso2", "iso3", "alpha2", "alpha3", "code", "iso_code")}
        unknown = []
        verdict: dict[str, bool] = {}  # a few hundred countries among thousands of places
        for place_id, attributes in sorted(self.place_attributes().items()):
            country = attributes.get("country") or attributes.get("country_id")
            if country is None:
                unknown.append(place_id)
                continue
            text = str(country)
            if text not in verdict:
                verdict[text] = text in keys or fold_name(text) in keys
            if verdict[text]:
                inside.add(place_id)
        located = {f.subject_id for f in self.store.facts(FactFilter(
            subject_ids=unknown, relations=["LOCATED_IN"], modalities=["asserted"], evidence=False))} if unknown else set()
        for place_id in unknown:
            if place_id not in located and self.gazetteer_country(place_id) == state.id:
                inside.add(place_id)
        return sorted(inside)

    def gazetteer_country(self, place_id: str) -> str | None:
        """When the store says nothing about where a place is: the shipped gazetteer.

        A gazetteer that is missing or does not load is an error (KG015), not a quieter answer."""
        if self._gazetteer is None:
            from ingest.gazetteer import Gazetteer

            try:
                self._gazetteer = Gazetteer.default()
            except (OSError, ValueError, KeyError) as exc:  # missing file, bad JSON, bad entry
                raise GazetteerUnavailable(
                    f"the shipped gazetteer (ingest/data) does not load: {exc}; reinstall kg "
                    "(pip install -e .) or restore the data files"
                ) from exc
        return self._gazetteer.country_of(place_id)

    def states_of(self, entity: StoredEntity) -> list[StoredEntity]:
        """The state(s) an entity stands for: itself, its country, or the state an official serves."""
        if entity.type == "State":
            return [entity]
        if entity.type == "Person":
            ids = self._served(entity.id, "HOLDS_ROLE")
        elif entity.type in PLACE_TYPES:
            ids = self._served(entity.id, "LOCATED_IN")
            if not ids:
                ids = self._country_by_attribute(entity)
            if not ids:
                country = self.gazetteer_country(entity.id)
                ids = [country] if country else []
        else:
            ids = []
        return [e for e in (self.row_entity(i) for i in ids) if e is not None]

    def row_entity(self, entity_id: str) -> StoredEntity | None:
        """The entity an answer row names: its name and type, no more (`_named`, from the facts
        read) when a row needs no more of it, else the entity itself."""
        return self._named.get(entity_id) or self.entity(entity_id)

    def prefetch(self, facts: list[StoredFact], answer_ids: set[str]) -> None:
        """Read what states_of needs about the answer ends of many facts in a query or two, not a
        few each. A person's, a state's or an organisation's name and type are on the facts
        already, which is all a row takes of them (`_named`); only places are read whole (their
        attributes say where they lie). Then the states the persons serve and those the places
        lie in, whose names are on those facts too."""
        for f in facts:
            for eid, name, type_ in ((f.subject_id, f.subject, f.subject_type), (f.object_id, f.object, f.object_type)):
                if eid in answer_ids and type_ not in PLACE_TYPES and eid not in self._named:
                    self._named[eid] = StoredEntity(id=eid, name=name, type=type_)
        places = sorted({eid for f in facts for eid, type_ in ((f.subject_id, f.subject_type), (f.object_id, f.object_type))
                         if eid in answer_ids and type_ in PLACE_TYPES} - set(self._entities))
        if places:
            found = {e.id: e for e in self.store.get_entities(places, articles=False)}
            self._entities.update({i: found.get(i) for i in places})
        for relation, types in (("HOLDS_ROLE", ("Person",)), ("LOCATED_IN", PLACE_TYPES)):
            ids = sorted({i for i in answer_ids if (e := self.row_entity(i)) is not None and e.type in types
                          and (i, relation) not in self._states})
            if not ids:
                continue
            for i in ids:
                self._states[(i, relation)] = []
            for subject_id, object_id, name, type_ in _fact_ends(self.store, FactFilter(
                    subject_ids=ids, relations=[relation], modalities=["asserted"])):
                if type_ == "State" and object_id not in self._states[(subject_id, relation)]:
                    self._states[(subject_id, relation)].append(object_id)
                    self._named.setdefault(object_id, StoredEntity(id=object_id, name=name, type=type_))

    def _served(self, entity_id: str, relation: str) -> list[str]:
        """States an entity serves (HOLDS_ROLE) or lies in (LOCATED_IN), asserted facts only."""
        if (entity_id, relation) not in self._states:
            ends = _fact_ends(self.store, FactFilter(subject_ids=[entity_id], relations=[relation],
                                                     modalities=["asserted"]))
            self._states[(entity_id, relation)] = [o for _, o, _, type_ in ends if type_ == "State"]
        return sorted(set(self._states[(entity_id, relation)]))

    def _country_by_attribute(self, entity: StoredEntity) -> list[str]:
        from schemas import entity_id, fold_name

        country = entity.attributes.get("country") or entity.attributes.get("country_id")
        if not country:
            return []
        country = str(country)
        if country.startswith("state:"):
            return [country]
        found = [e.id for e in self.store.find_entities(country) if e.type == "State"]
        return found or ([entity_id("State", country)] if fold_name(country) else [])


def _fact_ends(store: Store, where: FactFilter) -> list[tuple[str, str, str, str]]:
    """(subject id, object id, object name, object type) of the facts matching `where`, each pair
    once, in that order: the store's `fact_ends(where)` when it offers one (Neo4j: four values a
    fact, where a fact read without evidence still brings its article list), else its facts'."""
    ends = getattr(store, "fact_ends", None)
    if ends is None or where.date_from is not None or where.date_to is not None or where.limit is not None:
        return sorted({(f.subject_id, f.object_id, f.object, f.object_type)
                       for f in store.facts(where.model_copy(update={"evidence": False}))})
    return sorted(set(ends(where)))


def _kind_ok(entity_type: str, kind: str | None) -> bool:
    return kind is None or entity_type == kind


# -- the forms ------------------------------------------------------------------------------------

def _relation_rows(store: Store, spec: QuerySpec, targets: list[StoredEntity], world: _World,
                   other: list[StoredEntity] | None = None, answer_first: bool = True,
                   limit: int | None = None) -> list[dict]:
    """Facts of spec.relation with a target at the X role (and `other` at the far end if given).

    A symmetric fact is shown with the answer as its subject ("Macron MET_WITH Xi" answers "who
    met Xi"), or with X as its subject when `answer_first` is off (did X meet Y?).
    """
    relation = spec.relation
    role = spec.entity_role or "patient"
    ids = {e.id for e in targets}
    # A visit to (or attack on) a city is one to its country.
    from schemas import relation as lookup

    place_objects = any(t in lookup(relation).object_types for t in PLACE_TYPES)
    if place_objects and (role == "patient" and _agent_end(relation) == "subject"):
        for target in targets:
            if target.type == "State":
                ids.update(world.places_in(target))
    other_ids: set[str] | None = None
    if other is not None:
        other_ids = {e.id for e in other}
        if place_objects and role == "agent" and _agent_end(relation) == "subject":
            for entity in other:
                if entity.type == "State":
                    other_ids.update(world.places_in(entity))
    agent_end = _agent_end(relation)
    flt: dict = dict(relations=[relation], modalities=spec.modalities, date_from=spec.date_from,
                     date_to=spec.date_to)
    x_end: str | None = None
    if agent_end == "both":  # shown with the answer as its subject (answer_first), else with X
        flt.update(either_ids=sorted(ids), show_ids=sorted(ids), show_at="object" if answer_first else "subject")
    else:
        x_end = agent_end if role == "agent" else ("object" if agent_end == "subject" else "subject")
        flt["subject_ids" if x_end == "subject" else "object_ids"] = sorted(ids)
        if other_ids is not None:  # the far end is named too: let the store select on both ends
            flt["object_ids" if x_end == "subject" else "subject_ids"] = sorted(other_ids)

    def to_rows(facts: list[StoredFact]) -> list[dict]:
        if spec.answer_kind == "State":  # answers become the states they stand for: read those at once
            # the answer ends: the one not at X, or both when both are
            world.prefetch(facts, {e for f in facts for e in ((f.subject_id, f.object_id)
                                   if {f.subject_id, f.object_id} <= ids else
                                   [x for x in (f.subject_id, f.object_id) if x not in ids])})
        return _fact_rows(facts, spec, world, ids, other_ids, agent_end, x_end, answer_first)

    # answers mapped to the states they stand for take another name: only their dates bound them
    return _fetch_rows(store, FactFilter(**flt), to_rows, limit, names_fixed=spec.answer_kind != "State")


def _fact_rows(facts: list[StoredFact], spec: QuerySpec, world: _World, ids: set[str],
               other_ids: set[str] | None, agent_end: str, x_end: str | None,
               answer_first: bool) -> list[dict]:
    rows = []
    for fact in facts:
        if agent_end == "both":
            if fact.subject_id in ids and fact.object_id in ids:
                ends = [(False, fact.object_id), (True, fact.subject_id)]
            elif fact.object_id in ids:
                ends = [(False, fact.subject_id)]  # answer already the subject
            else:
                ends = [(True, fact.object_id)]  # show the answer as the subject
            for flip, answer_id in ends:
                if other_ids is not None and answer_id not in other_ids:
                    continue
                if not answer_first:
                    flip = not flip
                rows.extend(_answer_rows(fact, spec, world, answer_id, flip=flip, answer_is_subject=True))
            continue
        x_is_subject = x_end == "subject"
        answer_id = fact.object_id if x_is_subject else fact.subject_id
        if other_ids is not None and answer_id not in other_ids:
            continue
        rows.extend(_answer_rows(fact, spec, world, answer_id, flip=False,
                                 answer_is_subject=not x_is_subject))
    return rows


def _answer_rows(fact: StoredFact, spec: QuerySpec, world: _World, answer_id: str, *, flip: bool,
                 answer_is_subject: bool) -> list[dict]:
    """Row(s) for one fact, with the answer end mapped to the asked-for kind."""
    if flip:
        answer_type = fact.object_type  # a symmetric fact shown from its other end
    else:
        answer_type = fact.subject_type if answer_is_subject else fact.object_type
    kind = spec.answer_kind
    if _kind_ok(answer_type, kind):
        return [fact_row(fact, spec, flip=flip)]
    if kind != "State":
        return []
    entity = world.row_entity(answer_id)
    if entity is None:
        return []
    rows = []
    for state in world.states_of(entity):
        if answer_is_subject:
            rows.append(fact_row(fact, spec, flip=flip, subject=state, via=entity.name))
        else:
            rows.append(fact_row(fact, spec, flip=flip, obj=state, via=entity.name))
    return rows


def _agent_facts(store: Store, spec: QuerySpec, targets: list[StoredEntity],
                 limit: int | None = None) -> list[dict]:
    ids = sorted({e.id for e in targets})

    def to_rows(facts: list[StoredFact]) -> list[dict]:
        rows = []
        for fact in facts:
            agents = _end_ids(fact, "agent")
            if not any(a in ids for a in agents):
                continue
            flip = _agent_end(fact.relation) == "both" and fact.subject_id not in ids
            rows.append(fact_row(fact, spec, flip=flip))
        return rows

    # X's own acts, read per end that acts: relations whose subject acts (X the subject), whose
    # object acts, and the symmetric ones (either end, shown with X as the subject); with a
    # limit, the first rows of each, of which the engine keeps the first
    from schemas import RELATIONS

    by_end: dict[str, list[str]] = {}
    for rel in sorted(r.name for r in RELATIONS):
        by_end.setdefault(_agent_end(rel), []).append(rel)
    rows = []
    for end, relations in sorted(by_end.items()):
        at = {"subject": {"subject_ids": ids}, "object": {"object_ids": ids},
              "both": {"either_ids": ids, "show_ids": ids, "show_at": "subject"}}[end]
        flt = FactFilter(relations=relations, modalities=spec.modalities, date_from=spec.date_from,
                         date_to=spec.date_to, **at)
        rows.extend(_fetch_rows(store, flt, to_rows, limit))
    return rows


def _timeline(store: Store, spec: QuerySpec, targets: list[StoredEntity], limit: int | None = None) -> list[dict]:
    ids = sorted({e.id for e in targets})
    flt = FactFilter(either_ids=ids, modalities=spec.modalities, date_from=spec.date_from, date_to=spec.date_to)
    return _fetch_rows(store, flt, lambda facts: [fact_row(f, spec) for f in facts], limit)


def _view_of_row(key: tuple) -> tuple:
    """A row's sort key (row_sort_key) in the shape of a fact view's (fact_views): without `via`."""
    return key[:6] + key[7:]


def _fetch_rows(store: Store, where: FactFilter, to_rows, limit: int | None, *,
                names_fixed: bool = True) -> list[dict]:
    """The rows `to_rows` makes of the facts matching `where`: all of them, or, with a limit, at
    least the first `limit` rows in answer order (row_sort_key), read through the store's
    ORDER BY ... LIMIT (FactFilter.limit) rather than by reading every fact.

    The store returns the facts of its first k views (kg.store.base.fact_views), whose keys are
    those of the rows they make (`names_fixed`) or, when answers are renamed (the state an
    official serves), at least their dates. When the `limit`-th row sorts before the k-th view
    (or is it), no fact further on can make a row that comes earlier: the answer is complete. Otherwise k
    grows and the store is asked again. A store whose order disagrees with fact_views is read
    whole, so a limit never changes an answer."""
    if not limit:
        return to_rows(store.facts(where))
    width = 8 if names_fixed else 2
    k = limit
    while True:
        facts = store.facts(where.model_copy(update={"limit": k}))
        firsts = [min(fact_views(f, where)) for f in facts]
        if firsts != sorted(firsts):  # pragma: no cover - a store bug; the full read stays right
            return to_rows(store.facts(where))
        rows = _finish_rows(to_rows(facts), None)
        views = sorted(v for f in facts for v in fact_views(f, where))
        if len(views) < k:  # every matching fact was read
            return rows
        if len(rows) >= limit:
            last, bound = _view_of_row(row_sort_key(rows[limit - 1]))[:width], views[k - 1][:width]
            # a whole key names its fact: a view after the k-th (another fact's) is strictly greater
            if last < bound or (names_fixed and last == bound):
                return rows
        k *= 4


def _article_count(store: Store, entity: StoredEntity) -> int:
    """How many articles name the entity: its article_ids when read, else the store's count (a
    store may offer `article_counts(ids) -> {id: n}`, e.g. Neo4j's degree store, instead of listing
    thousands of ids for one much-named entity)."""
    counts = getattr(store, "article_counts", None)
    if entity.article_ids or counts is None:
        return len(entity.article_ids)
    return int(counts([entity.id]).get(entity.id, 0))


def _fact_count(store: Store, where: FactFilter) -> int:
    """How many facts match `where`: the store's count when it keeps one (`count_facts(where)`,
    e.g. Neo4j, which counts a much-named state's thousand role holders without returning them),
    else the facts read without their evidence, counted."""
    count = getattr(store, "count_facts", None)
    if count is None:
        return len(store.facts(where.model_copy(update={"evidence": False, "limit": None})))
    return int(count(where.model_copy(update={"limit": None})))


def _profile(store: Store, spec: QuerySpec, targets: list[StoredEntity],
             limit: int | None = None) -> tuple[list[dict], list[dict]]:
    """One profile per entity (every role it holds, the holders of a role in it, where it lies)
    and the facts behind them as rows: with a limit, only the facts of the first rows become rows,
    and only the first `limit` holders (in answer order) are listed, `role_holders_total` counting
    them all (a much-named state has a thousand)."""
    profiles, rows = [], []
    for entity in targets:
        scope = dict(modalities=spec.modalities, date_from=spec.date_from, date_to=spec.date_to)
        flt = FactFilter(either_ids=[entity.id], relations=["HOLDS_ROLE", "LOCATED_IN"], **scope)
        held_by = FactFilter(object_ids=[entity.id], relations=["HOLDS_ROLE"], **scope)
        if limit:  # read without evidence: the entity's own roles and places, its first holders
            own = store.facts(FactFilter(subject_ids=[entity.id], relations=["HOLDS_ROLE", "LOCATED_IN"],
                                         evidence=False, **scope))
            held = store.facts(held_by.model_copy(update={"limit": limit, "evidence": False}))
            total = len(held) if len(held) < limit else _fact_count(store, held_by)
        else:
            facts = store.facts(flt)
            own = [f for f in facts if f.subject_id == entity.id]
            held = [f for f in facts if f.relation == "HOLDS_ROLE" and f.object_id == entity.id]
            total = len(held)
        held = sorted(held, key=lambda f: min(fact_views(f, held_by)))[:limit or None]
        roles = [
            {"title": f.title, "of": f.object, "of_type": f.object_type, "dates": f.dates,
             "articles": len(f.article_ids)}
            for f in own if f.relation == "HOLDS_ROLE"
        ]
        holders = [{"name": f.subject, "title": f.title, "dates": f.dates} for f in held]
        located = [f.object for f in own if f.relation == "LOCATED_IN"]
        profiles.append({
            "id": entity.id, "name": entity.name, "type": entity.type, "aliases": entity.aliases,
            "attributes": entity.attributes, "articles": _article_count(store, entity), "roles": roles,
            "role_holders": holders, "role_holders_total": total, "located_in": located,
        })
        if limit:  # a fact makes one row, whose sort key is its view's (kg.store.base.fact_views)
            facts = store.facts(flt.model_copy(update={"limit": limit}))
        rows.extend(fact_row(f, spec) for f in facts)
    return profiles, rows


def _connection(store: Store, spec: QuerySpec, sources: list[StoredEntity],
                targets: list[StoredEntity]) -> list[list[dict]]:
    """Shortest chains of asserted facts ("China did not arm Russia" connects nothing); only when
    there is none, the store's chains through planned or negated facts (their rows say so)."""
    for modalities in (["asserted"], None):
        paths: list[list[dict]] = []
        for source in sources:
            for target in targets:
                found = store.shortest_paths(source.id, target.id, max_hops=4, modalities=modalities)
                paths.extend([fact_row(f, spec) for f in path] for path in found)
            if paths:
                return paths
    return []


def _other_modalities(store: Store, spec: QuerySpec, targets: list[StoredEntity], world: _World) -> list[str]:
    """Say so when the store has planned or negated facts for a question asked about events."""
    wider = spec.model_copy(update={"modalities": ["planned", "negated"]})
    rows = _relation_rows(store, wider, targets, world)
    counts = {m: sum(1 for r in rows if r["modality"] == m) for m in ("planned", "negated")}
    said = [f"{n} {m}" for m, n in counts.items() if n]
    if not said:
        return []
    return [f"no asserted facts; the store has {' and '.join(said)} one(s): ask e.g. "
            f"'who plans to ...' or 'who did not ...'"]


# -- entry point ----------------------------------------------------------------------------------

def answer(store: Store, question: str | QuerySpec, limit: int | None = None, plans: bool = False) -> Answer:
    """Answer an English question (or a parsed QuerySpec) from a store; `plans`: also ask the
    store how it ran each query (indexes used), for --explain."""
    spec = question if isinstance(question, QuerySpec) else parse_question(question)
    mark = len(store.executed)
    # a profile counts the entity's articles: from the store's count when it keeps one, else its list
    resolve = _Resolver(store, articles=spec.form == "profile" and not hasattr(store, "article_counts"))
    world = _World(store)
    try:
        targets = resolve(spec.entity) if spec.entity else []
    except UnknownEntity:
        if spec.loose:
            from kg.query.parse import supported_forms

            raise UnsupportedQuestion(
                f"cannot read {spec.question.strip()!r}; questions that work: {supported_forms()}") from None
        raise
    others = resolve(spec.other) if spec.other else None
    result = Answer(question=spec.question or str(question), spec=spec, kind="rows")

    if spec.form == "relation":
        if not spec.relation:
            raise UnsupportedQuestion("the question names no relation kg knows")
        result.rows = _finish_rows(_relation_rows(store, spec, targets, world, limit=limit), limit)
        if not result.rows and spec.modalities == ["asserted"]:
            result.notes.extend(_other_modalities(store, spec, targets, world))
    elif spec.form == "activity":
        result.rows = _finish_rows(_agent_facts(store, spec, targets, limit), limit)
    elif spec.form == "timeline":
        result.rows = _finish_rows(_timeline(store, spec, targets, limit), limit)
    elif spec.form == "profile":
        result.kind = "profile"
        result.profile, rows = _profile(store, spec, targets, limit)
        result.rows = _finish_rows(rows, limit)
    elif spec.form == "when":
        rows = _relation_rows(store, spec, targets, world, other=others, answer_first=False)
        result.rows = _finish_rows(rows, limit)
        if result.rows and not any(r["date"] for r in result.rows):
            result.notes.append("the articles do not say when")
    elif spec.form == "check":
        asked = list(spec.modalities)
        every = spec.model_copy(update={"modalities": ["asserted", "planned", "negated"]})
        rows = _finish_rows(_relation_rows(store, every, targets, world, other=others,
                                           answer_first=False), None)
        result.kind = "yes_no"
        result.answer = any(r["modality"] in asked for r in rows)
        result.rows = rows[:limit] if limit else rows
        if not result.answer and rows:
            modes = sorted({r["modality"] for r in rows})
            result.notes.append(f"no {asked[0]} fact; the store has {', '.join(modes)} ones")
    elif spec.form == "connection":
        result.kind = "paths"
        paths = _connection(store, spec, targets, others or [])
        result.paths = paths[:limit] if limit else paths
        rows = [row for path in result.paths for row in path]
        result.rows = list({r["fact_id"]: r for r in rows}.values())
        if not paths:
            result.notes.append("no connection within 4 hops")
    else:  # pragma: no cover - the parser only produces the forms above
        raise UnsupportedQuestion(f"unsupported question form {spec.form!r}")

    result.resolved = resolve.resolved
    result.notes = resolve.notes + result.notes
    result.executed = list(store.executed[mark:])
    if plans:
        result.plans = [store.query_plan(sql, params) for sql, params in result.executed]
    return result


def describe_entity(store: Store, name: str) -> Answer:
    """`kg entity NAME`: profile (aliases, roles, attributes) and every fact about it by date."""
    from kg.query.parse import ALL_MODALITIES

    spec = QuerySpec(form="profile", entity=name, modalities=list(ALL_MODALITIES), question=name)
    mark = len(store.executed)
    resolve = _Resolver(store)
    targets = resolve(name)
    profiles, _ = _profile(store, spec.model_copy(update={"modalities": ["asserted"]}), targets)
    card = Answer(question=name, spec=spec, kind="profile", profile=profiles,
                  rows=_finish_rows(_timeline(store, spec, targets), None))
    card.resolved = resolve.resolved
    card.notes = resolve.notes
    card.executed = list(store.executed[mark:])
    return card


def explain(answer_: Answer) -> list[str]:
    """The queries an answer ran, one printable block each (for --explain)."""
    blocks = []
    for index, (sql, params) in enumerate(answer_.executed):
        block = f"{sql}\n  -- params: {json.dumps(params, ensure_ascii=False, sort_keys=True)}"
        if index < len(answer_.plans):
            block += "".join(f"\n  -- plan: {line}" for line in answer_.plans[index])
        blocks.append(block)
    return blocks


__all__ = ["Answer", "answer", "describe_entity", "explain", "fact_row", "in_range", "parse_question", "QuerySpec"]
