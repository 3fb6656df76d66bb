"""Resolution: one canonical entity per referent within an article.

Spellings differ ("Kim Jong-un", "Kim Jong Un", "Kim"), abbreviations stand for states ("DPRK",
"U.S."), adjectives stand for their state when they modify an actor ("Chinese officials"), a
capital can be its government ("Pyongyang fired ...") and transliterations drift ("Pak
Pong-ju" / "Park Bong-ju"). The gazetteer supplies canonical names for what it knows; for
everyone else the longest full form in the article is the name. Nothing here looks beyond the
article, so extraction stays a pure function of its input.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from ingest import coreference, docindex, kinship, lexicon
from ingest.mentions import (
    Mention,
    inner_particles,
    name_part_before,
    ruler_title_before,
    settlement_appos,
    state_service,
    stateless_organ,
    words,
)
from schemas.models import Entity, EntityType, Modality
from schemas.names import entity_id, fold_name

_LABEL_TYPES = {
    "PERSON": EntityType.PERSON, "GPE": EntityType.STATE, "LOC": EntityType.PLACE,
    "FAC": EntityType.PLACE, "ORG": EntityType.ORGANIZATION, "EVENT": EntityType.EVENT,
}
_TYPE_NAMES = {t.value.lower(): t for t in EntityType}


def _get(obj, name, default=None):
    if obj is None:
        return default
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _as_type(value) -> EntityType | None:
    if value is None:
        return None
    if isinstance(value, EntityType):
        return value
    return _TYPE_NAMES.get(str(getattr(value, "value", value)).lower())


class GazetteerView:
    """The few questions resolution and the relation readers ask of the gazetteer. Without one
    (None) every answer is None and extraction reads the text alone; a gazetteer that fails
    raises: a broken gazetteer is an error, not a quieter extractor."""

    def __init__(self, gazetteer=None):
        self.g = gazetteer

    def _call(self, name, *args):
        if self.g is None:
            return None
        return getattr(self.g, name)(*args)

    def entity(self, record) -> Entity | None:
        if record is None:
            return None
        if isinstance(record, list):
            record = record[0] if record else None
            if record is None:
                return None
        name, etype = _get(record, "name"), _as_type(_get(record, "type"))
        if not name or etype is None:
            return None
        return Entity(id=_get(record, "id") or entity_id(etype.value, name), name=name, type=etype)

    def lookup(self, surface: str) -> Entity | None:
        return self.entity(self._call("lookup", surface))

    def shared_alias(self, surface: str) -> Entity | None:
        """The organisation whose alias `surface` states' own bodies also bear ("Security
        Council"), else None."""
        if self.g is None or not hasattr(self.g, "shared_alias"):
            return None
        return self.entity(self.g.shared_alias(surface))

    def by_id(self, gid: str) -> Entity | None:
        return self.entity(self._call("by_id", gid))

    def represented_by(self, power: Entity, on: str | None = None, host: Entity | None = None) -> list[Entity]:
        """The states whose interests the state `power` represents as their protecting power (in
        `host` only, if given) on the day `on`; [] without a gazetteer that knows any."""
        if self.g is None or not hasattr(self.g, "represented_by"):
            return []
        found = self.g.represented_by(power.id, on, host.id if host is not None else None)
        return [e for gid in found for e in [self.by_id(gid)] if e is not None]

    def named_only_by_model(self, entity: Entity) -> bool:
        """Whether an entity's name is read only where the model itself finds a place there
        (cities.json's lesser cities, regions.json's provinces): such a name is often a
        person's elsewhere."""
        entry = self._call("by_id", entity.id)
        attrs = (_get(entry, "attributes") or {}) if entry is not None else {}
        return bool(attrs.get("lesser") or attrs.get("by_model"))

    def kind_of(self, entity: Entity) -> str | None:
        """The gazetteer's kind of an entity ("military alliance"), if it knows one."""
        entry = self._call("by_id", entity.id)
        return (_get(entry, "attributes") or {}).get("kind") if entry is not None else None

    def person(self, surface: str) -> Entity | None:
        return self.entity(self._call("person", surface))

    def person_variant(self, surface: str) -> Entity | None:
        return self.entity(self._call("person_variant", surface))

    def persons_by_initials(self, surface: str) -> list[Entity]:
        if self.g is None or not hasattr(self.g, "persons_by_initials"):
            return []
        found = self.g.persons_by_initials(surface)
        return [e for e in (self.entity(r) for r in found) if e is not None]

    def persons_by_surname(self, surname: str, on) -> list[Entity]:
        if surname.lower() in words()["title_heads"]:
            return []  # "Chairman" alone is a title, never the surname of "Chairman Mao"
        found = self._call("persons_by_surname", surname, on) or []
        return [e for e in (self.entity(r) for r in found) if e is not None]

    def compound_alias(self, surface: str) -> Entity | None:
        return self.entity(self._call("compound_alias", surface))

    def holders_named(self, name: str, title: str, on: str | None, state_id: str | None) -> list[Entity]:
        found = self._call("holders_named", name, title, on, state_id) or []
        return [e for e in (self.entity(r) for r in found) if e is not None]

    def holders(self, state_id: str, title: str, on) -> list:
        return list(self._call("holders", state_id, title, on) or [])

    def demonym_state(self, surface: str) -> Entity | None:
        return self.entity(self._call("state_for_demonym", surface))

    def context_alias(self, surface: str, state_ids: set[str]) -> Entity | None:
        return self.entity(self._call("context_alias", surface, state_ids))

    def capital_state(self, city: Entity) -> Entity | None:
        return self.entity(self._call("state_with_capital", city.id)) or \
            self.entity(self._call("state_with_capital", city.name))

    def capital_of(self, state: Entity) -> Entity | None:
        return self.entity(self._call("capital_of", state.id))

    def airport_state(self, name: str) -> Entity | None:
        """The state an airport of this name lies in (airports.json), else None."""
        if self.g is None or not hasattr(self.g, "airport_state"):
            return None
        return self.entity(self.g.airport_state(name))

    def seat_of(self, org: Entity) -> Entity | None:
        """The city of an international organisation's headquarters (organizations.json seat)."""
        return self.entity(self._call("seat_of", org.id)) if org.type == EntityType.ORGANIZATION else None

    def territory_of(self, state: Entity) -> Entity | None:
        """The present-day state a historical one's capital lies in (the Soviet Union: Russia),
        so that a Soviet leader in Moscow is at home; the state itself otherwise."""
        capital = self.entity(self._call("capital_of", state.id))
        country = self.country_of(capital) if capital is not None else None
        return country if country is not None and country.type == EntityType.STATE else state

    def country_of(self, city: Entity) -> Entity | None:
        found = self._call("country_of", city.id)
        if isinstance(found, str):
            return self.by_id(found)
        return self.entity(found)

    def roles(self, person: Entity, on=None) -> list:
        # the gazetteer indexes roles by the person's name, not by entity id
        return list(self._call("roles_of", person.name, on) or [])

    def title_category(self, title: str) -> str | None:
        value = self._call("title_category", title)
        return value if isinstance(value, str) and value else None

    def normalise_title(self, text: str, state: Entity | None = None) -> str | None:
        """The title in the gazetteer's form; given the state its holder serves, as that state
        names the office when it names it apart."""
        value = self._call("normalise_title", text, state.id) if state is not None and state.type == EntityType.STATE \
            else self._call("normalise_title", text)
        return value if isinstance(value, str) and value else None


def _demonym_groups(doc, kept: list[Mention], gz, w) -> dict[str, Entity]:
    """The armed groups (mentions.json non_state_kinds) the article names as a state's demonym and
    a people's name ("Bosnian Serb"), by the people's name ("serb"): a bare "Serb" or "the Serbs"
    in the same article is that group, not the people's state."""
    out: dict[str, Entity] = {}
    for m in kept:
        words_ = m.text.split()
        if m.entity.type != EntityType.ORGANIZATION or len(words_) != 2 \
                or gz.kind_of(m.entity) not in w["non_state_kinds"] or gz.demonym_state(words_[0]) is None:
            continue
        out[fold_name(words_[1]).rstrip("s")] = m.entity
    return out


def demonym_fallback(surface: str, states: list[Entity]) -> Entity | None:
    """Without a gazetteer: "Chinese" -> China when China is named in the article."""
    key = fold_name(surface)
    for state in states:
        name = fold_name(state.name)
        stem = name[:-1] if len(name) > 4 else name
        if key.startswith(stem[: max(4, len(stem) - 1)]) and key.split()[:-1] == name.split()[:-1]:
            return state
    return None


@dataclass
class Resolution:
    """Resolved mentions of one article and the entities they denote."""

    mentions: list[Mention]
    entities: dict[str, Entity] = field(default_factory=dict)
    by_token: dict[int, Mention] = field(default_factory=dict)
    # Events the article reports (label "EVENT", entity type Event), by every token of their
    # span; also in by_token unless their head noun is itself a relation trigger ("summit",
    # "talks"), which the relation reader must keep seeing as a trigger.
    events: dict[int, Mention] = field(default_factory=dict)
    # The name a known person is given in this article's output, by entity id, where the article
    # writes a full form of the gazetteer's name other than its canonical one (see _written_names).
    written: dict[str, str] = field(default_factory=dict)

    def at(self, token_index: int) -> Mention | None:
        return self.by_token.get(token_index)

    def event_at(self, token_index: int) -> Mention | None:
        return self.events.get(token_index)


def _compass_state(text: str, states: list[Entity], table: dict) -> Entity | None:
    """Without a gazetteer alias: "the North" is the state mentions.json names for it when the
    article names one of the states it lists ("the North" beside North Korea)."""
    spec = table.get(text)
    names = {fold_name(s.name) for s in states}
    if spec is None or not any(fold_name(n) in names for n in spec["when_named"]):
        return None
    wanted = fold_name(spec["state"])
    return next((s for s in states if fold_name(s.name) == wanted), None) or Entity.make(spec["state"], EntityType.STATE)


def _settlement_noun_naming(doc, m: Mention, w):
    """The settlement noun whose "of" object the mention is, or a conjunct of it: "the city of
    X", and "the villages of X and Y", where the plural noun names every conjunct (without the
    conjuncts an unknown second village was typed as a state). None otherwise."""
    if m.start >= 2 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in w["settlement_nouns"]:
        return doc[m.start - 2]
    root = docindex.first_conjunct(doc[m.end - 1])
    of = root.head
    if root.dep_ == "pobj" and of.lower_ == "of" and of.head.i < of.i \
            and of.head.lemma_.lower() in w["settlement_nouns"] and of.head.tag_ == "NNS":
        return of.head
    return None


def _unknown_place_type(doc, m: Mention, w: dict) -> EntityType | None:
    """The type of a name no gazetteer knows, read from the noun printed right after it:
    "X district", "Y province" (mentions.json subdivision_nouns) name a part of a state, and
    "Z village", "W town" (settlement_nouns) a settlement; neither is a state. None when no
    such noun follows."""
    if m.end >= len(doc) or not doc[m.end].is_lower:
        return None
    noun = doc[m.end].lower_
    if noun in w["subdivision_nouns"]:
        return EntityType.PLACE
    if noun in w["settlement_nouns"]:
        return EntityType.CITY
    return None


@lru_cache(maxsize=8192)
def _person_parts(text: str) -> list[str]:
    """The folded words of a person's name (cached: asked again for every pair of mentions;
    callers only read the list)."""
    return [p for p in re.split(r"[\s\-‐]+", fold_name(text)) if p]


def _second_family_name(person_text: str, token: str) -> bool:
    """"Ana Ruiz Vera ... Ruiz": the first of two family names of a name of three words (a
    Spanish name's) is its usual short form."""
    parts = _person_parts(person_text)
    return len(parts) == 3 and token == parts[1] and len(token) >= 4


def _in_state_compound(doc, m: Mention, mentions: list[Mention], gz: GazetteerView) -> bool:
    """Whether a mention is one member of a hyphenated list of states ("Korea-Japan-China")."""
    at = None
    for dash, other in ((m.start - 1, m.start - 2), (m.end, m.end + 1)):
        if 0 <= dash < len(doc) and 0 <= other < len(doc) and doc[dash].text in ("-", "–", "‐") \
                and doc[dash].whitespace_ == "":
            if at is None:  # the other mentions by token, made only when a dash is there
                at = {i: o for o in mentions if o is not m for i in range(o.start, o.end)}
            if other not in at:
                continue
            ent = gz.lookup(at[other].text)
            if ent is not None and ent.type == EntityType.STATE:
                return True
    return False


def _shared_name_state(doc, m: Mention, mentions: list[Mention], gz: GazetteerView) -> Entity | None:
    """"envoys of North and South Korea", "East and West Germany": one word the gazetteer
    does not know, joined by "and" or "or" to a state's name of several words, shares that name's
    words after its first; the state the word and those words name, when the gazetteer knows it
    (the word alone would make a state of its own, "North")."""
    if m.end - m.start != 1 or m.end + 1 >= len(doc) or doc[m.end].lower_ not in ("and", "or"):
        return None
    later = next((o for o in mentions if o.start == m.end + 1 and o.end - o.start >= 2), None)
    other = gz.lookup(later.text) if later is not None else None
    if later is None or other is None or other.type != EntityType.STATE:
        return None
    ent = gz.lookup(f"{m.text} {doc[later.start + 1:later.end].text}")
    return ent if ent is not None and ent.type == EntityType.STATE else None


def resolve(doc, mentions: list[Mention], gazetteer=None, on: str | None = None,
            dateline: str | None = None) -> Resolution:
    """`on`: the article's date (ISO, may be partial), for reading "Trump" or "the Russian
    president" through the gazetteer's dated roles; None reads no description. `dateline`: the
    filing place of the wire dateline cleaning cut off, which "here" in the text stands for."""
    lexicon.load("mentions")  # the word classes read below, validated (cached after the first article)
    gz = GazetteerView(gazetteer)
    w = words()
    kept: list[Mention] = []
    mentions = _office_holder_surnames(doc, mentions, gz, on)
    mentions = _state_before_name(doc, mentions, gz)
    for m in mentions:
        noun = _settlement_noun_naming(doc, m, w) if m.label in ("PERSON", "ORG") else None
        if noun is not None and not any(c.ent_type_ in ("NORP", "GPE") for c in noun.children):
            # "the towns of [X] and [Y]": the model took an unknown village for a name ("the
            # Ruritanian town of X" keeps the reading it had: the demonym's state)
            m.label = "GPE"

    # Pass 1: everything but persons, demonyms and context aliases.
    for m in mentions:
        if m.label in ("PERSON", "NORP") or "definite_compass" in m.notes:
            continue
        ent = None
        if _in_state_compound(doc, m, mentions, gz):
            ent = gz.compound_alias(m.text)
        ent = ent or (gz.by_id(m.gazetteer_id) if m.gazetteer_id else None)
        ent = ent or gz.lookup(m.text) or _shared_name_state(doc, m, mentions, gz)
        if ent is None and m.label == "ORG" and m.end - m.start >= 2 \
                and doc[m.end - 1].lower_ in w["armed_group_modifiers"]:
            # "the Boko Haram jihadist group", "Houthi militia fighters": the model ran a known
            # armed group's name on over the word describing it
            known = gz.lookup(doc[m.start:m.end - 1].text)
            ent = known if known is not None and known.type == EntityType.ORGANIZATION else None
        if ent is not None and m.label == "GPE" and m.end - m.start == 1 and gz.named_only_by_model(ent) and any(
                x.label == "PERSON" and x.end <= m.start and fold_name(m.text) in _person_parts(x.text)[1:] for x in mentions):
            m.label = "PERSON"  # "President A B ... B blamed": a lesser city's name as a named person's surname
            continue
        if ent is None:
            etype = _LABEL_TYPES.get(m.label)
            if m.label == "FAC" and any(t.lower_ in w["org_words"] for t in doc[m.start:m.end]):
                etype = EntityType.ORGANIZATION  # "the Lee Kuan Yew School of Public Policy"
            if m.label == "GPE" and _settlement_noun_naming(doc, m, w) is not None:
                etype = EntityType.CITY  # "the Tajik city of X", "the villages of X and Y": settlements
            if m.label == "GPE" and m.end + 2 < len(doc) and doc[m.end].text == "," \
                    and doc[m.end + 1].lower_ in ("a", "an", "the") \
                    and settlement_appos(doc, m.end + 2, m.end - 1, w):
                etype = EntityType.CITY  # "X, the main city in Y", "X, a village near Y": no state
            if m.label == "GPE" and m.end < len(doc) and doc[m.end - 1].dep_ == "compound" \
                    and doc[m.end - 1].head.i == m.end and doc[m.end].pos_ == "NOUN" \
                    and w["anaphor_nouns"].get(doc[m.end].lower_) == EntityType.PLACE.value:
                etype = EntityType.PLACE  # "X province", "Y region": a part of a state, no state
            if m.label == "GPE" and m.end - m.start >= 2 and doc[m.end - 1].text.islower() \
                    and w["anaphor_nouns"].get(doc[m.end - 1].text) == EntityType.PLACE.value:
                etype = EntityType.PLACE  # the same with the noun taken into the name
            if etype == EntityType.STATE:
                etype = _unknown_place_type(doc, m, w) or etype
            if etype == EntityType.STATE and m.start >= 1 and doc[m.start - 1].lower_ == "the" \
                    and doc[m.start - 1].dep_ == "det" and m.start <= doc[m.start - 1].head.i < m.end:
                # "welcomed at the Istana": states are a closed class, and those whose name takes
                # "the" are known; a name the gazetteer does not know that takes it is a site
                etype = EntityType.PLACE
            if etype is None:
                continue
            if m.label in ("GPE", "ORG") and m.end - m.start == 1 and _person_parts(m.text) and any(
                    x.label == "PERSON" and x.end <= m.start and _second_family_name(x.text, _person_parts(m.text)[0])
                    and len(m.text) >= 4 for x in mentions):
                m.label = "PERSON"  # "A B C ... lunch with B" taken for a place: the person named before
                continue
            if m.label in ("GPE", "ORG") and _greeted_lone_word(doc, m, gz):
                m.label = "PERSON"  # "On arrival, X was greeted by Y": no place is greeted; a person
                continue
            if m.label in ("GPE", "ORG", "LOC") and _who_clause_name(doc, m, gz):
                m.label = "PERSON"  # "X, who returned home on Sunday, ...": a person's clause
                continue
            if m.label == "ORG" and not any(t.lower_ in w["org_words"] or t.is_upper for t in doc[m.start:m.end]) \
                    and len(m.text.split()) == 1 and gazetteer is not None:
                continue  # a lone capitalised word the model called an ORG
            ent = Entity.make(m.text, etype)
        if ent.type == EntityType.PERSON:
            m.label = "PERSON"
            continue
        m.entity = ent
        kept.append(m)

    states = []
    for m in kept:
        if m.entity.type == EntityType.STATE and m.entity.id not in {s.id for s in states}:
            states.append(m.entity)
    state_ids = {s.id for s in states}

    groups = _demonym_groups(doc, kept, gz, w)
    for m in mentions:
        if m.label == "NORP" and fold_name(m.text).rstrip("s") in groups:
            # "Serb positions" in an article about the Bosnian Serbs: the armed party it named
            m.entity = groups[fold_name(m.text).rstrip("s")]
            kept.append(m)
        elif m.label == "NORP":
            ent = gz.demonym_state(m.text) or gz.lookup(m.text)
            if ent is not None and ent.type != EntityType.STATE:
                ent = None
            ent = ent or demonym_fallback(m.text, states)
            if ent is not None:
                m.entity = ent
                m.notes.add("demonym")
                kept.append(m)
        elif "definite_compass" in m.notes:
            ent = gz.context_alias("the " + m.text, state_ids) or gz.context_alias(m.text, state_ids)
            if ent is None:
                ent = _compass_state(m.text, states, w["compass_states"])
            if ent is not None:
                m.entity = ent
                kept.append(m)

    kept.extend(_state_capitals(doc, kept, gz, w))
    kept.extend(_dateline_deictics(doc, kept, gz, w, dateline))

    # Capitals can stand for their governments; the relation reader picks the reading.
    for m in kept:
        if m.entity.type == EntityType.CITY:
            m.alt = gz.capital_state(m.entity)

    persons = [m for m in mentions if m.label == "PERSON"]
    named_states = frozenset(m.entity.id for m in kept if m.entity is not None and m.entity.type == EntityType.STATE)
    kept.extend(_resolve_persons(doc, persons, gz, on, _qualifying_states(doc, persons, kept, w), named_states))
    kept.extend(_role_descriptions(doc, kept, gz, on))
    # "Russia's Security Council": a name the UN body shares, owned by a state, is the state's
    kept = _states_own_shared_bodies(doc, kept, gz)
    # "the Nicaraguan Army ... the country's minister": a state's organ is a candidate state of
    # the descriptions read next (read again below, for the institutions made from states)
    _state_organs(doc, kept, gz)
    kept.extend(coreference.ordinal_descriptions(doc, kept))  # "the latter": before "the country"
    # "the militants", "the jihadist group": the nearest armed group named before (before "the
    # group" is read as any body of the sentence before)
    kept.extend(coreference.armed_group_descriptions(doc, kept, lambda m: gz.kind_of(m.entity) in w["non_state_kinds"]))
    described = coreference.definite_descriptions(doc, kept)
    covered = {i for d in described for i in range(d.start, d.end)}
    # a capitalised kind noun the model took for a name ("the Kingdom") gives way to its reading
    kept = [k for k in kept if not (k.end - k.start == 1 and k.start in covered)] + described
    kept = _state_institutions(doc, kept, gz)
    _state_organs(doc, kept, gz)
    _state_named_metonyms(doc, kept, gz)
    _national_societies(kept, w)
    _bracketed_short_forms(doc, kept)
    _bodies_of_known_organisations(kept, gz)
    _known_organisations_of_their_state(kept, gz)
    kept.extend(coreference.organ_descriptions(doc, kept))
    kept.extend(coreference.force_descriptions(doc, kept))
    _organs_of_the_article(doc, kept, gz, dateline)

    events = _events(doc, kept, gz, on)
    res = Resolution(mentions=sorted(kept, key=lambda m: m.start))
    for m in res.mentions:
        for i in range(m.start, m.end):
            res.by_token[i] = m
    triggers = _trigger_nouns()
    for m in events:
        for i in range(m.start, m.end):
            res.events[i] = m
        if doc[m.end - 1].lemma_.lower() not in triggers:
            res.mentions.append(m)
            for i in range(m.start, m.end):
                res.by_token[i] = m
    res.mentions.sort(key=lambda m: m.start)
    for m in [*res.mentions, *(e for e in events if e not in res.mentions)]:
        ent = res.entities.get(m.entity.id)
        if ent is None:
            ent = res.entities[m.entity.id] = m.entity.model_copy(update={"aliases": [], "attributes": dict(m.entity.attributes)})
            if ent.type in (EntityType.CITY, EntityType.PLACE) and "country" not in ent.attributes:
                country = gz.country_of(ent)
                if country is not None and country.type == EntityType.STATE:
                    ent.attributes["country"] = country.id
        if m.text not in ent.aliases and not m.notes & {"demonym", "description", "anaphora", "deictic"}:
            ent.aliases.append(m.text)
    res.written = _written_names(res.mentions, gz)
    return res


def _written_names(mentions: list[Mention], gz: GazetteerView) -> dict[str, str]:
    """"Samia Suluhu Hassan" where the gazetteer's name is "Samia Hassan": a known person whom
    the article names by a fuller form than the gazetteer's name (more words, not counting a
    regnal numeral), one the gazetteer knows as that person's, keeps the article's fullest such
    form as the name facts show, the name a reader of the article writes; so does a form as long
    with another given name (`_other_given_name`). A shorter or equally long form of the same
    given name ("Bashar Assad", "Tayyip Erdogan", "Xi Jin-ping") leaves the gazetteer's name. The
    entity id, and every lookup made by the canonical name, stay the gazetteer's."""
    w = words()
    address = set(w["honorifics"]) | set(w["title_heads"]) | set(w["title_words"])
    numerals = set(w["regnal_numerals"])

    def size(name: str) -> int:
        return len([p for p in _person_parts(name) if p not in numerals])

    best: dict[str, str] = {}
    shorter: dict[str, str] = {}
    whole: set[str] = set()
    for m in mentions:
        ent = m.entity
        if ent is None or ent.type != EntityType.PERSON or m.label != "PERSON" \
                or m.notes & {"demonym", "description", "anaphora", "deictic"}:
            continue
        text = m.text.split(" ")
        stripped = True
        while stripped and len(text) > 1:  # "Sheikh", "Dr", "King": no part of the name
            stripped = False
            for k in (3, 2, 1):
                head = " ".join(text[:k]).lower().replace(".", "")
                if head in address or (k == 1 and gz.normalise_title(text[0]) is not None):
                    text, stripped = text[k:], True
                    break
        name = " ".join(text)
        if "".join(_person_parts(name)) == "".join(_person_parts(ent.name)):
            whole.add(ent.id)
            continue
        if _leading_form(name, ent.name):
            known = gz.person(name)
            if known is not None and known.id == ent.id and \
                    (size(name), len(name)) > (size(shorter.get(ent.id, "")), len(shorter.get(ent.id, ""))):
                shorter[ent.id] = name
            continue
        if size(name) == size(ent.name) and _umlaut_spelt(name, ent.name, w["umlaut_spellings"]):
            best.setdefault(ent.id, name)  # "Gerhard Schroeder" for "Gerhard Schröder": the article's spelling
            continue
        if size(name) <= size(ent.name) and not _other_given_name(name, ent.name):
            continue
        known = gz.person(name)
        if known is None or known.id != ent.id:
            continue
        old = best.get(ent.id)
        if old is None or (size(name), len(name)) > (size(old), len(old)):
            best[ent.id] = name
    out = {k: _display_name(v) for k, v in best.items()}
    for k, v in shorter.items():  # (as written: "bin" stays lower-case)
        if k not in out and k not in whole:
            out[k] = v
    return out


def _umlaut_spelt(name: str, canonical: str, spellings: dict[str, str]) -> bool:
    """"Schroeder" where the gazetteer's name is "Schröder": the article writes the known name's
    letters with umlaut out as English wire copy does (mentions.json umlaut_spellings), and
    otherwise the same words."""
    if not any(c in canonical for c in spellings):
        return False
    written = "".join(spellings.get(c, c) for c in canonical)
    return name != canonical and _person_parts(name) == _person_parts(written)


def _leading_form(name: str, canonical: str) -> bool:
    """"Faisal bin Farhan" where the gazetteer's name is "Faisal bin Farhan Al Saud", "Fernando
    Collor" for "Fernando Collor de Mello": the article writes the gazetteer's name without its
    last words (a dynasty's or a second family name), every word it writes in the same order
    from the first: the form the person goes by in the article, so the one a reader writes
    (unless the article also writes the whole name). Two words at least: a given name alone
    is no such form."""
    parts, canon = _person_parts(name), _person_parts(canonical)
    return 2 <= len(parts) < len(canon) and canon[:len(parts)] == parts


def _other_given_name(name: str, canonical: str) -> bool:
    """"Xiomara Castro" where the gazetteer's name is "Iris Castro": a form as long as the
    gazetteer's, with its family name but another given name (no spelling of the gazetteer's
    first one: the person goes by a second given name, which is the one a reader writes)."""
    parts, canon = _person_parts(name), _person_parts(canonical)
    # (an initial is the same given name abbreviated: "S. Jaishankar" for "Subrahmanyam Jaishankar")
    return len(parts) == len(canon) >= 2 and parts[-1] == canon[-1] and canon[0] not in parts \
        and min(len(parts[0]), len(canon[0])) > 1 and fuzz.ratio(parts[0], canon[0]) < 60


def _state_capitals(doc, kept: list[Mention], gz: GazetteerView, w: dict) -> list[Mention]:
    """"arrived in the Kazakh capital", "Russia's capital": a capital noun (mentions.json
    capital_nouns) owned by a state's demonym or possessive, with no name of its own, is the
    state's capital city. A name after it ("the Jordanian capital, Amman", "the Eritrean capital
    Asmara") or before it ("Amman, the Jordanian capital") is the place already, and a capital
    noun modifying another ("capital markets") is no place; nor is one with an of-phrase ("Kenya's
    capital of Nairobi": the name again). Noted "capital": only a destination is the city; any
    other argument (a bombing in Kenya's capital) stays the state, as before."""
    taken = {i for m in kept for i in range(m.start, m.end)}
    by_token = {i: m for m in kept for i in range(m.start, m.end)}
    out = []
    index = docindex.of(doc)
    for tok, low in zip(index.tokens, index.lowers, strict=True):  # `for tok in doc`, no Token made or decoded anew
        if low not in w["capital_nouns"] or tok.pos_ != "NOUN" or tok.i in taken:
            continue
        if tok.dep_ in ("compound", "appos") or any(c.dep_ == "appos" or c.dep_ == "prep" and c.lower_ == "of"
                                                     for c in tok.children):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.pos_ == "PROPN" or nxt.i in taken):
            continue  # "the Eritrean capital Asmara" parsed with the name as a sister
        if nxt is not None and nxt.text == "," and nxt.i + 1 < len(doc) and doc[nxt.i + 1].i in taken:
            continue  # "the Jordanian capital, Amman" with the name hung elsewhere
        owners = {by_token[c.i].entity.id: by_token[c.i].entity for c in tok.children
                  if c.dep_ in ("amod", "poss", "compound", "nmod") and c.i in by_token
                  and by_token[c.i].entity is not None and by_token[c.i].entity.type == EntityType.STATE}
        if len(owners) != 1:
            continue
        city = gz.capital_of(next(iter(owners.values())))
        if city is None:
            continue
        out.append(Mention(tok.i, tok.i + 1, tok.text, "GPE", gazetteer_id=city.id, entity=city,
                           notes={"description", "capital"}))
    return out


def _dateline_deictics(doc, kept: list[Mention], gz: GazetteerView, w: dict,
                       dateline: str | None) -> list[Mention]:
    """"JAKARTA (JP): X arrived here yesterday": "here" (mentions.json dateline_deictics) as a
    verb's adverb is the dateline's filing place, which cleaning cut from the text; with no
    dateline, or one the gazetteer does not know as a city or place, it names nothing."""
    if not dateline:
        return []
    place = gz.lookup(dateline)
    if place is None or place.type not in (EntityType.CITY, EntityType.PLACE):
        return []
    taken = {i for m in kept for i in range(m.start, m.end)}
    return [Mention(tok.i, tok.i + 1, tok.text, "GPE", gazetteer_id=place.id, entity=place, notes={"deictic"})
            for tok in docindex.tokens(doc) if tok.lower_ in w["dateline_deictics"] and tok.dep_ == "advmod"
            and tok.head.pos_ in ("VERB", "AUX") and tok.i not in taken]


_SURNAME_LABELS = ("ORG", "EVENT", "WORK_OF_ART", "FAC", "GPE", "NORP", "LOC")
_ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss", "dative")


def _possessor_noun(doc, i: int) -> bool:
    """"Name’s plane landed": before a possessive ending (the curly apostrophe above all) the small
    model often tags a lone name a common noun; the word is still a name's candidate."""
    return doc[i].pos_ == "NOUN" and i + 1 < len(doc) and doc[i + 1].tag_ == "POS" and doc[i].dep_ == "poss"


def _office_holder_surnames(doc, mentions: list[Mention], gz: GazetteerView, on: str | None) -> list[Mention]:
    """A lone surname the model missed or called an organisation ("Biden hosted ...") is the
    one known office holder of that name in the article's time (at any time when the article
    has no date), if the gazetteer knows exactly one and knows nothing else by that name."""
    if gz.g is None:
        return mentions

    def holder(text: str) -> bool:
        return gz.lookup(text) is None and len(gz.persons_by_surname(text, on)) == 1

    out = list(mentions)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    # "President Ana Sola ... During her visit, Sola held talks": a lone word the model called an
    # organisation is the person the article already named in full with it as the last word
    named_before: dict[str, int] = {}
    for m in mentions:
        if m.label == "PERSON" and m.end - m.start >= 2:
            named_before.setdefault(doc[m.end - 1].text, m.end)
    for m in out:
        if m.label in _SURNAME_LABELS and m.end - m.start == 1 and not m.gazetteer_id \
                and (doc[m.start].pos_ == "PROPN" or _possessor_noun(doc, m.start)) and doc[m.start].is_title \
                and not name_part_before(doc, m.start - 1, docindex.of(doc).bounds[m.start][0]) \
                and (holder(m.text) or (named_before.get(m.text, m.end + 1) <= m.start and gz.lookup(m.text) is None)):
            m.label = "PERSON"
    governments = words()["government_nouns"]
    # "Dr Name", "President Name": a form of address or a title before the surname is no part
    # of the name (mentions.json honorifics, title_heads)
    before_name = set(words()["honorifics"]) | set(words()["title_heads"])
    rulers = words()["head_of_state_titles"]
    index = docindex.of(doc)
    for tok, pos in zip(index.tokens, index.poses, strict=True):  # `for tok in doc`, no Token made or decoded anew
        if pos != "PROPN" or tok.i in taken or not tok.is_title or not tok.is_alpha or tok.ent_type_:
            continue
        # "the Biden administration": a lone surname naming a government is its leader
        governs = tok.dep_ == "compound" and tok.head.lower_ in governments and tok.i == tok.head.i - 1
        if (tok.dep_ not in _ARGUMENT_DEPS and not governs) or len(tok.text) < 3:
            continue
        if any(c.dep_ == "compound" and c.lower_.replace(".", "") not in before_name for c in tok.children) \
                or (tok.dep_ == "compound" and not governs):
            continue
        if tok.i > 0 and doc[tok.i - 1].lower_ == "the" and tok.lower_ in rulers:
            continue  # "briefed the Amir": a head of state's post, whoever bears it as a name
        if holder(tok.text):
            out.append(Mention(tok.i, tok.i + 1, tok.text, "PERSON"))
    return out


def _trigger_nouns() -> set[str]:
    return set(lexicon.raw("verbs")["nouns"])


def _events(doc, kept: list[Mention], gz: GazetteerView, on: str | None) -> list[Mention]:
    """Event entities for the events an article reports: named ones ("the Asian Games", "the
    G20 summit") and described ones ("a military parade commemorating the armistice", "a summit
    between Kim and Putin"). The canonical name is built from what the text says, host first,
    dated to the article's month so that yearly events stay apart: "G20 summit (2023-09)",
    "North Korea military parade (2023-07)", "Kim Jong Un–Vladimir Putin summit (2023-09)".
    Entity attributes: kind (the event noun), host (state or organisation id), date."""
    w = words()
    nouns = set(w.get("event_nouns", ()))
    at = {i: m for m in kept for i in range(m.start, m.end)}
    dropped = set(w.get("event_dropped_modifiers", ()))
    host_verbs = set(w.get("event_host_verbs", ()))
    article_month = on[:7] if on and len(on) >= 7 else (on[:4] if on else None)
    published = None
    if on and len(on) == 10:
        import datetime as dt

        published = dt.date.fromisoformat(on)
    persons = [m for m in kept if m.entity is not None and m.entity.type == EntityType.PERSON]
    qualified: dict[str, set[str]] = {}
    states_before = _qualifying_states(doc, persons, kept, w)  # each person's, by its start
    for m in persons:
        sid = states_before.get(m.start)
        if sid:
            qualified.setdefault(m.entity.id, set()).add(sid)
    out = []
    index = docindex.of(doc)
    for tok, lemma, low in zip(index.tokens, index.lemmas, index.lowers, strict=True):  # no Token made or decoded anew
        if lemma not in nouns and low not in nouns or tok.pos_ not in ("NOUN", "PROPN") or tok.i in at:
            continue
        mods = [c for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod")]
        host, words_, start = None, [], tok.i
        for c in sorted(mods, key=lambda t: t.i):
            for t in sorted(c.subtree, key=lambda t: t.i):
                m = at.get(t.i)
                if m is not None:
                    if m.entity.type in (EntityType.STATE, EntityType.ORGANIZATION, EntityType.CITY) and host is None:
                        host = m.entity if m.entity.type != EntityType.CITY else (m.alt or m.entity)
                        words_.append(m.entity.name)
                    continue
                if t.text in ("’s", "'s", "-", "–") or t.dep_ == "det":
                    continue
                if t.text[:1].isupper() or t.dep_ in ("compound", "nmod") or t.like_num or \
                        (t.dep_ == "amod" and t.is_alpha and t.lower_ not in dropped):
                    words_.append(t.text)
                    start = min(start, t.i)
        capitalised = tok.text[:1].isupper() and tok.i > docindex.of(doc).bounds[tok.i][0]
        members = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("between", "among"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        for t in [p, *[x for x in p.subtree if x.dep_ == "conj"]]:
                            m = at.get(t.i)
                            if m is not None and m.entity.type in (EntityType.PERSON, EntityType.STATE) \
                                    and m.entity not in members:
                                members.append(m.entity)
            if c.dep_ == "prep" and c.lower_ == "in" and host is None:
                for p in c.children:
                    m = at.get(p.i)
                    if p.dep_ == "pobj" and m is not None and m.entity.type in (EntityType.STATE, EntityType.CITY):
                        host = m.entity
        # A list of states or persons in the modifiers: "a South Korea-China-Japan summit".
        listed = []
        for c in mods:
            for t in c.subtree:
                m = at.get(t.i)
                if m is not None and m.entity.type in (EntityType.PERSON, EntityType.STATE) and m.entity not in listed:
                    listed.append(m.entity)
        if len(listed) >= 2 and len(members) < 2:
            members, host = listed, None
            words_ = [x for x in words_ if x not in {e.name for e in listed}]
        verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") else None
        if verb is not None and host is None and verb.lemma_.lower() in host_verbs:
            for c in verb.children:
                m = at.get(c.i)
                if c.dep_ == "nsubj" and m is not None and m.entity.type in (EntityType.STATE, EntityType.ORGANIZATION):
                    host = m.entity
        if verb is not None and host is None:
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ == "in":
                    for p in c.children:
                        m = at.get(p.i)
                        if p.dep_ == "pobj" and m is not None and m.entity.type in (EntityType.STATE, EntityType.CITY):
                            host = m.entity
        from ingest import modality as modality_mod
        from ingest import temporal

        # An event told as done or under way is of the article's month; a planned one with no
        # date of its own ("efforts to arrange a summit") has none: it is one event whichever
        # month it is reported in.
        planned = modality_mod.read(tok).modality == Modality.PLANNED and not any(
            c.lower_ in w["event_past_modifiers"] for c in tok.children if c.dep_ == "amod")
        own = temporal.clause_date(tok, published, prefer_future=planned)
        for c in tok.children:  # "the summit scheduled for November": the date in its clause
            if not own and c.dep_ in ("acl", "relcl"):
                own = temporal.clause_date(c, published, prefer_future=planned)
        month = None if planned else article_month
        if planned and len(members) < 2 and on:
            month = on[:4]  # a named yearly event still apart from next year's
        if own and len(own) >= 7:
            month = own[:7]
        if len(members) >= 2:
            # One event, one node: the participants as their states ("Kim–Putin summit" and
            # "North Korea–Russia summit" are one), in a fixed order, and the event noun's kind.
            members = _participant_states(members, gz, qualified, on)
            words_ = []
        purpose = next((c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in w["event_purpose_verbs"]), None)
        head = tok.text if capitalised else tok.lower_
        if capitalised and words_:
            name = " ".join(words_ + [head])  # a named event: "Asian Games", "G20 Summit"
        elif len(members) >= 2:
            name = "–".join(e.name for e in members) + " " + tok.lower_
            host = None
        elif host is not None and words_ and words_[0] == host.name:
            name = " ".join(words_ + [head])
        elif host is not None:
            name = host.name + " " + " ".join(words_ + [head])
        elif purpose is not None:
            obj = next((c for c in purpose.children if c.dep_ == "dobj"), None)
            if obj is None:
                continue
            name = " ".join(words_ + [head, purpose.text, doc[obj.left_edge.i:obj.right_edge.i + 1].text])
        else:
            continue
        name = name[:1].upper() + name[1:]
        if month:
            name = f"{name} ({month})"
        attrs = {"kind": lemma, "date": month}
        if host is not None:
            attrs["host"] = host.id
        ent = Entity.make(name, EntityType.EVENT, attributes=attrs)
        out.append(Mention(start, tok.i + 1, doc[start:tok.i + 1].text, "EVENT", entity=ent, notes={"event"}))
    return out


def _participant_states(members: list[Entity], gz: GazetteerView, qualified: dict[str, set[str]],
                        on: str | None) -> list[Entity]:
    """An event's participants as the states they act for, sorted by name: a person is the one
    state the article names before his name and title ("Russian President X"), else the one
    state the gazetteer gives him a post for at the article's date; else he stays himself."""
    out: dict[str, Entity] = {}
    for e in members:
        found = e
        if e.type == EntityType.PERSON:
            ids = qualified.get(e.id) or {getattr(r, "state", None) for r in gz.roles(e, on)} - {None}
            state = gz.by_id(next(iter(ids))) if len(ids) == 1 else None
            if state is not None and state.type == EntityType.STATE:
                found = state
        out.setdefault(found.id, found)
    return sorted(out.values(), key=lambda x: fold_name(x.name))


def _display_name(text: str) -> str:
    """A canonical name from a surface: a lower-case part the writer left uncapitalised
    ("Ban Ki moon") is capitalised like the others, a particle inside the name ("Jose Eduardo
    dos Santos", mentions.json infix_particles and lineage_words) is not."""
    parts = text.split(" ")
    if any(p[:1].isupper() for p in parts):
        particles = inner_particles()
        parts = [p[:1].upper() + p[1:] if p.isalpha() and p.islower()
                 and not (0 < n < len(parts) - 1 and p in particles) else p
                 for n, p in enumerate(parts)]
    return " ".join(parts)


def _qualifying_states(doc, persons: list[Mention], kept: list[Mention], w: dict) -> dict[int, str]:
    """The state written before a person's name and title ("Jordan's King Abdullah", "Jordanian
    King Abdullah", "the President of Jordan" is not read here), or after one name word and
    the title before it ("King Abdullah of Jordan": the title's state, as news writes a
    leader's one name), by the mention's start."""
    state_at = {i: m.entity.id for m in kept if m.entity is not None and m.entity.type == EntityType.STATE
                for i in range(m.start, m.end)}
    titles = set(w["title_words"]) | set(w["title_heads"])
    out = {}
    for m in persons:
        if m.end - m.start == 1 and m.start > 0 and doc[m.start - 1].lower_ in titles \
                and m.end + 1 < len(doc) and doc[m.end].lower_ == "of":
            # (the state right after the name is its title's, whatever a title phrase before
            # the title runs back to: "King A of X and Prime Minister B [of Y]")
            k = m.end + 1 + (doc[m.end + 1].lower_ == "the")
            if k in state_at:
                out[m.start] = state_at[k]
                continue
        j = m.start - 1
        while j >= 0 and m.start - j <= 6 and j not in state_at and \
                (doc[j].lower_ in titles or doc[j].text in ("'s", "'", "’s")):
            j -= 1
        if j >= 0 and j in state_at:
            out[m.start] = state_at[j]
    return out


def _resolve_persons(doc, persons: list[Mention], gz: GazetteerView, on: str | None = None,
                     qualifiers: dict[int, str] | None = None,
                     named_states: frozenset[str] = frozenset()) -> list[Mention]:
    full = [m for m in persons if len(_person_parts(m.text)) >= 2]
    clusters: list[list[Mention]] = []
    for m in full:
        parts = _person_parts(m.text)
        home = None
        for cluster in clusters:
            other = _person_parts(cluster[0].text)
            if parts == other:
                home = cluster
                break
            if _named_for(parts, other) or _named_for(other, parts):
                continue  # "Khalid bin Salman bin Abdulaziz" is the son of "Salman bin Abdulaziz"
            if _family_names_of(parts, other) or _family_names_of(other, parts):
                home = cluster  # "Peña Nieto" after "Enrique Peña Nieto"
                break
            # Same surname (first part for East Asian order, last for Western), close given name.
            if parts[0] == other[0] and fuzz.ratio("".join(parts[1:]), "".join(other[1:])) >= 65 \
                    and _same_given_syllables(parts[1:], other[1:]) and not _known_apart(gz, m.text, cluster[0].text) \
                    and not _fathers_apart(parts, other):
                home = cluster
                break
            # (a name that adds a forebear is another person: "A bin B bin C Al D" is not his
            # father "B bin C Al D")
            lineage = set(words()["lineage_words"]) & (set(parts) | set(other))
            # (nor are brothers who share every name but the first: "A al-B al-C" is not "D al-B
            # al-C"; a form of address left before the first name is no other first name)
            if parts[-1] == other[-1] and fuzz.ratio("".join(parts[:-1]), "".join(other[:-1])) >= 75 \
                    and not (lineage and fuzz.ratio(parts[0], other[0]) < 70) \
                    and (fuzz.ratio(parts[0], other[0]) >= 70 or parts[0] in other[:-1] or other[0] in parts[:-1]):
                home = cluster
                break
        if home is None:
            clusters.append([m])
        else:
            home.append(m)

    entities = []
    for cluster in clusters:
        known = None
        states = {qualifiers[m.start] for m in cluster if m.start in (qualifiers or {})}
        for m in cluster:
            known = gz.person(m.text) or gz.lookup(m.text)
            if known is None:
                known = gz.person_variant(m.text)
                if known is not None and not _of_the_time(gz, known, on):
                    known = None  # "A bin B bin C" in 2021 is not the king "A bin B Al D" who died in 1975
            if known is None:
                known = _initialled_holder(gz, m.text, on, states)
            if known is not None and known.type == EntityType.PERSON and not _other_states(gz, known, states):
                break
            known = None
        if known is None:
            name = max((m.text for m in cluster), key=lambda t: (len(_person_parts(t)), len(t), -cluster[0].start))
            name = next(m.text for m in cluster if m.text == name)
            known = Entity.make(_display_name(name), EntityType.PERSON)
        for m in cluster:
            m.entity = known
        entities.append((known, cluster))

    out = [m for cluster in clusters for m in cluster]
    relatives = {id(cluster) for cluster in clusters if any(kinship.kin_named(doc, x) for x in cluster)}
    read_as_holder: dict[str, Entity] = {}  # a lone name read as the office holder, not the relative
    for m in sorted(persons, key=lambda x: x.start):
        if m.entity is not None or len(_person_parts(m.text)) >= 2:
            continue
        token = _person_parts(m.text)[0] if _person_parts(m.text) else ""
        best = None
        namesakes = _plausible_namesakes(doc, m, token, entities, relatives, gz, on, qualifiers, read_as_holder,
                                         named_states)
        if isinstance(namesakes, Entity):
            m.entity = read_as_holder[token] = namesakes
            out.append(m)
            continue
        for known, cluster in namesakes:
            parts = _person_parts(cluster[0].text)
            # (or the first of two family names of a name of three words the article wrote
            # before: "Ana Ruiz Vera ... Ruiz said", the usual short form of a Spanish name)
            if token in (parts[0], parts[-1]) or \
                    any(token in (_person_parts(x.text)[0], _person_parts(x.text)[-1]) for x in cluster) or \
                    _second_family_name(cluster[0].text, token) and any(x.start < m.start for x in cluster):
                before = [x.start for x in cluster if x.start < m.start]
                score = (1, max(before)) if before else (0, -min(x.start for x in cluster))
                if best is None or score > best[0]:
                    best = (score, known)
        if best is not None:
            m.entity = best[1]
        else:
            known = gz.person(m.text) or gz.lookup(m.text)
            if known is not None and known.type == EntityType.PERSON:
                m.entity = known
            else:
                # "former U.S. President Trump": the one known office holder of that name in
                # the article's time (undated: the only one the gazetteer knows at all).
                # Not the last word of a longer name the model tagged alone ("Amina Yusuf [Hassan]").
                found = [] if name_part_before(doc, m.start - 1, docindex.of(doc).bounds[m.start][0]) \
                    else _titled_holder(doc, m, gz, on, (qualifiers or {}).get(m.start), named_states) \
                    or _surname_holders(doc, m, gz, on)
                state = (qualifiers or {}).get(m.start)
                if state is not None:  # (a namesake who never served the title's state is none)
                    found = [p for p in found if not _other_states(gz, p, {state})]
                if len(found) == 1:
                    m.entity = found[0]
                elif _lone_name_acts(doc, m) or _unknown_ruler(doc, m, gz) or _unknown_holder(doc, m, gz, state):
                    # none, or several namesakes: the name itself
                    m.entity = Entity.make(_display_name(m.text), EntityType.PERSON)
        if m.entity is not None:
            out.append(m)
    return out


def _fathers_apart(parts: list[str], other: list[str]) -> bool:
    """Whether two names of one given name go on with fathers of other names ("A bin B bin C",
    "A bin D bin C Al E": brothers' sons or cousins, not one man), after the first lineage word."""
    return len(parts) >= 3 and len(other) >= 3 and kinship.other_father(parts, other, 1)


def _initialled_holder(gz: GazetteerView, text: str, on: str | None, states: set[str]) -> Entity | None:
    """"President Kh.Surname", "Minister S Surname": the one known person whose family name
    the name ends with and whose given names its initials open (gazetteer `persons_by_initials`),
    of the article's time and of no other state than the article ties the name to; of several,
    the one the date and the state leave, else none (the name then stays as written)."""
    found = [p for p in gz.persons_by_initials(text) if _of_the_time(gz, p, on) and not _other_states(gz, p, states)]
    return found[0] if len(found) == 1 else None


def _of_the_time(gz: GazetteerView, person: Entity, on: str | None, years_before: int = 8) -> bool:
    """Whether a known person another spelling of a name may stand for is one an article of
    the date `on` can be speaking of: not one whose every office had ended more than the years
    before it that `persons_by_surname` allows a former holder (a name written otherwise than
    the gazetteer's, in an article of 2021, is not the king of that name who died in 1975). An
    office taken later keeps the reading (the crown prince of 2021 is the president of 2022);
    so do undated articles and persons the gazetteer gives no dated office."""
    roles = gz.roles(person)
    if on is None or not roles:
        return True
    floor = f"{int(on[:4]) - years_before:04d}" + on[4:]
    return any(getattr(r, "end", None) is None or str(r.end) >= floor for r in roles)


def _same_given_syllables(given: list[str], other: list[str]) -> bool:
    """Whether two given names written in as many parts (two or more) agree part by part, each
    pair a spelling of one syllable (one begins the other, the same first letter, or close):
    "Jong Un" and "Jong-eun" do; "Jong Un", "Jong Nam" and "Yo Jong", siblings' names sharing a
    generation syllable, do not. Given names written in a different number of parts ("Jinping",
    "Jin-ping") are left to the whole-name comparison."""
    if len(given) != len(other) or len(given) < 2:
        return True
    return all(a[:1] == b[:1] or fuzz.ratio(a, b) >= 60 for a, b in zip(given, other, strict=True))


def _known_apart(gz: GazetteerView, name: str, other: str) -> bool:
    """Whether the gazetteer knows both full names, as two persons ("Kim Jong Il" and "Kim Jong
    Un", "Li Qiang" and "Li Keqiang")."""
    a, b = gz.person(name), gz.person(other)
    return a is not None and b is not None and a.id != b.id


def _name_matches(token: str, cluster: list[Mention]) -> bool:
    """Whether a lone name word is the first or last word of a name of the cluster."""
    return any(token in (_person_parts(x.text)[0], _person_parts(x.text)[-1]) for x in cluster)


def _plausible_namesakes(doc, m: Mention, token: str, entities: list, relatives: set[int], gz: GazetteerView,
                         on: str | None, qualifiers: dict[int, str] | None, read_as_holder: dict[str, Entity],
                         named_states: frozenset[str] = frozenset()):
    """The article's full-named persons a lone family name may stand for, or the one office
    holder it names. News names a relative in full ("his half-sister, A Obama", "First Lady B
    Bush") to tell her from the principal, who keeps the bare name; so a relative is not the one a
    lone "Obama" or "Bush" names when someone else of the name is at hand: another full-named
    person of it the article tells of in his own right (one written only as the relative's kin,
    "A, the sister of leader C", leaves the lone name to A), an office holder the gazetteer knows
    by it at the article's date (`_titled_holder`, `persons_by_surname`) when the lone name comes
    before the relative is named or after a title, or the holder an earlier lone name of the
    article was read as. A lone name after a woman's form of address ("Mrs Bush", mentions.json
    feminine_address) may be the wife: the article's reading stands."""
    kin = [(known, cluster) for known, cluster in entities if id(cluster) in relatives and _name_matches(token, cluster)]
    if not kin or kinship.feminine_address(doc, m):
        return entities
    # (the principal named only as the relative's kin is no candidate: the article is the relative's)
    anchors = {id(cluster) for known, cluster in entities if id(cluster) not in relatives and _name_matches(token, cluster)
               and all(kinship.kin_anchor(doc, x) for x in cluster)}
    candidates = [(known, cluster) for known, cluster in entities if id(cluster) not in anchors]
    rest = [(known, cluster) for known, cluster in candidates if id(cluster) not in relatives]
    named = [cluster for _, cluster in rest if _name_matches(token, cluster)]
    first = min(x.start for _, cluster in kin for x in cluster)
    if any(x.start < m.start for cluster in named for x in cluster) or (named and m.start < first):
        return rest
    if token in read_as_holder:
        return read_as_holder[token]
    titled = _titled_holder(doc, m, gz, on, (qualifiers or {}).get(m.start), named_states)
    holders = titled or (gz.persons_by_surname(m.text, on) if m.start < first else [])
    kin_ids = {known.id for known, _ in kin}
    others = [h for h in holders if h.id not in kin_ids]
    if len(others) == 1 and len(holders) == 1:
        return others[0]
    if others:
        return rest  # several holders: as for a name the article never wrote in full
    return candidates


def _unknown_ruler(doc, m: Mention, gz: GazetteerView) -> bool:
    """"King A of X", "Queen B arrived": one given name after a ruler's title (mentions.json
    ruler_titles) is a person's whole name as news writes it, when no holder of a ruler's title
    the gazetteer knows, at any time, has that name (a known one, "King Abdullah" or "Prince
    Mohammed" in an undated article, is one of several the text does not choose between: no new
    person of that name)."""
    lo = docindex.of(doc).bounds[m.start][0]
    if m.end - m.start != 1 or not ruler_title_before(doc, m.start, lo, gz.g):
        return False
    # (any ruler's title: "Prince A" may be the known Crown Prince A)
    return not any(gz.holders_named(m.text, title, None, None) for title in words()["ruler_titles"])


def _unknown_holder(doc, m: Mention, gz: GazetteerView, state: str | None) -> bool:
    """"King A of X", "Y's President B": one name word between a title and the state it is
    held in is a person's name as news writes it, when the gazetteer knows no one of that name
    who held that title (or one of its kind) in that state at any time (a known one read none
    at the article's date: the text does not tell it is another person)."""
    w = words()
    tok = doc[m.start]
    if state is None or m.end - m.start != 1 or not (tok.is_alpha and tok.is_title) \
            or any(tok.lower_ in w[k] for k in ("title_heads", "title_words", "non_person_words", "org_words")):
        return False  # ("Ambassador [Extraordinary]": the rest of a title names no one)
    if doc[m.start - 1].lower_ not in w["title_heads"]:
        return False  # ("visits to Z and [A]": a title's joining word alone is no title)
    title = _title_before(doc, m)
    return title is not None and not gz.holders_named(m.text, title, None, state)


def _title_before(doc, m: Mention) -> str | None:
    """The title words right before a one-word name ("King" of "King Hussein", "Prime
    Minister" of "Prime Minister Abe"), at most three; None when there are none."""
    w = words()
    j = m.start
    while j > 0 and m.start - j < 3 and (doc[j - 1].lower_ in w["title_heads"] or doc[j - 1].lower_ in w["title_words"]):
        j -= 1
    return docindex.of(doc).span_text(j, m.start) if j < m.start else None


def _surname_holders(doc, m: Mention, gz: GazetteerView, on: str | None) -> list[Entity]:
    """Known office holders a lone family name may stand for (`persons_by_surname`). After the
    title of a state's top post (mentions.json paired_posts: "King Hussein", "President Asad") only one who had
    held an office of that kind by the article's date: the name is no namesake's middle name
    (a defence minister whose name holds "Hussein" is not "King Hussein")."""
    found = gz.persons_by_surname(m.text, on)
    title = _title_before(doc, m)
    kind = gz.title_category(gz.normalise_title(title) or title) if title else None
    if len(found) != 1 or kind not in words()["paired_posts"]:  # the two top posts, one holder each at a time
        return found  # (several namesakes read none: the filter only vetoes the one)
    return [p for p in found if any(gz.title_category(r.title) == kind and (on is None or r.start is None or r.start <= on)
                                    for r in gz.roles(p))]


def _titled_holder(doc, m: Mention, gz: GazetteerView, on: str | None, state_id: str | None,
                   named_states: frozenset[str] = frozenset()) -> list[Entity]:
    """"King Abdullah", "Jordan's King Abdullah", "Emir Tamim": one word of a name after the
    title words before it is whoever held that title on the article's date (in the state
    written before the title, if one is) with that word first or last in a name of theirs;
    more than one such holder (two kings Abdullah in 2010) reads none. An undated article
    reads the post and the state the text names ("Syria's President A", "the Ruritanian Prime
    Minister B"): the one holder of that post in that state who ever carried the name (several
    read none here, and the lone name is left to `persons_by_surname`), so a holder known by a
    lone name only with the post and the state (roles.json `lone_name_with_post`) is read too.
    With no state before the title, the states the article names (`named_states`) decide
    between several such holders ("PM A ... the Ruritanian Prime Minister"): the one holder of
    the post in a state the article names, else none (dated: the several, which read none)."""
    if m.end - m.start != 1:
        return []
    title = _title_before(doc, m)
    if not title:
        return []
    if state_id is not None:
        found = gz.holders_named(m.text, title, on, state_id)
        return found if on is not None or len(found) == 1 else []
    found = gz.holders_named(m.text, title, on, None) if on is not None else []
    if on is not None and len(found) <= 1:
        return found
    in_article = {p.id: p for s in sorted(named_states) for p in gz.holders_named(m.text, title, on, s)}
    return list(in_article.values()) if len(in_article) == 1 else found


def _family_names_of(parts: list[str], other: list[str]) -> bool:
    """Whether a name of two words or more is the last words of another's name of three or more,
    its family names written without the given name ("Peña Nieto", "López Obrador" after the
    full name): the same person. Not a lineage's or an article's tail ("Al Thani", "bin Zayed
    Al Nahyan": a family's name, which its other members share)."""
    if not 2 <= len(parts) < len(other) or other[len(other) - len(parts):] != parts:
        return False
    lineage = set(words()["lineage_words"])
    return len(parts[0]) >= 3 and not (lineage & set(parts))


def _named_for(parts: list[str], other: list[str]) -> bool:
    """Whether a name is another's whole name after a given name and a lineage word ("A bin
    [B bin C]", mentions.json lineage_words): the son or daughter of that person, not him."""
    lineage = words()["lineage_words"]
    for j in range(0, min(3, len(other) - 2)):  # past a form of address the mention kept ("Sheikh B bin C")
        tail = other[j:]
        k = len(parts) - len(tail)
        if k >= 2 and parts[k:] == tail and parts[k - 1] in lineage:
            return True
    return False


def _who_clause_name(doc, m: Mention, gz: GazetteerView) -> bool:
    """"X, who arrived on Sunday, held talks": a relative clause opened by "who" or "whom"
    (mentions.json person_relative_pronouns) right after a name is about a person; places and
    bodies take "which". Called only for a name the gazetteer did not find, of one or two
    capitalised words none of which is a place's or a body's word."""
    w = words()
    if not 1 <= m.end - m.start <= 2 or gz.demonym_state(m.text) is not None:
        return False
    if any(not t.is_title or not t.is_alpha or t.lower_ in w["non_person_words"] or t.lower_ in w["org_words"]
           for t in doc[m.start:m.end]):
        return False
    return _who_clause(doc, m.start, m.end)


def _who_clause(doc, start: int, end: int) -> bool:
    """Whether the name doc[start:end] is set off by a comma before a relative clause opened by
    "who" or "whom" (mentions.json person_relative_pronouns) that the parser hangs on it."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in words()["person_relative_pronouns"]:
        return False
    clause = doc[end + 1].head
    return clause.dep_ == "relcl" and start <= clause.head.i < end


def _greeted_lone_word(doc, m: Mention, gz: GazetteerView) -> bool:
    """"X was greeted at the airport by Y" with the one word X the model took for a place or a
    body the gazetteer does not know: neither is greeted, received or met; X is a person's name
    (the passive subject of a verb of meeting, mentions.json lone_name_verbs). Called only for
    a name the gazetteer did not find."""
    w = words()
    tok = doc[m.start]
    if m.end - m.start != 1 or tok.dep_ != "nsubjpass" or not tok.is_alpha or not tok.is_title \
            or tok.lower_ in w["non_person_words"] or gz.demonym_state(m.text) is not None:
        return False
    # (right before its auxiliary: "Dressed in a robe, Agbada, the president was received" is
    # a word set off by commas that the parser took for the subject)
    return tok.head.lemma_.lower() in w["lone_name_verbs"] and tok.head.tag_ == "VBN" \
        and m.end < len(doc) and doc[m.end].dep_ == "auxpass" and doc[m.end].head.i == tok.head.i


def _lone_name_acts(doc, m: Mention) -> bool:
    """"Vidal was met at the airport by X", "Li arrived and was received by Y": a one-word
    name the model tags a person, no title's or common word, is a person of its own when it is
    the subject of a verb of meeting (mentions.json lone_name_verbs) or of a verb conjoined to one,
    or a subject set off before a "who" clause ("Vidal, who arrived on Sunday, held talks")."""
    w = words()
    tok = doc[m.start]
    if m.label != "PERSON" or m.end - m.start != 1 or not tok.is_alpha or not tok.is_title or len(tok) < 2 \
            or tok.lower_ in w["title_heads"] or tok.lower_ in w["title_words"] or tok.lower_ in w["non_person_words"]:
        return False
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if _who_clause(doc, m.start, m.end):
        return True  # "X, who arrived on Sunday, held talks": the subject has a person's clause
    k = m.start - 1
    while k >= 0 and doc[k].text[:1].isupper() and (doc[k].lower_ in w["title_heads"] or doc[k].lower_ in w["title_words"]):
        k -= 1
    if m.start - k >= 3 and doc[m.start - 1].lower_ in w["title_heads"] and k >= 0 and doc[k].ent_type_ in ("NORP", "GPE"):
        return True  # "Ruritanian Foreign Secretary Yawar arrived": a surname after a state's title
    verb = tok.head
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return any(v.lemma_.lower() in w["lone_name_verbs"] for v in verbs)


def _other_states(gz: GazetteerView, person: Entity, states: set[str]) -> bool:
    """Whether the article ties the name to a state the gazetteer's namesake never served:
    "Jordan's King Abdullah" is not the Saudi King Abdullah of the gazetteer."""
    if not states:
        return False
    served = {getattr(r, "state", None) for r in gz.roles(person)} - {None}
    return bool(served) and not served & states


def _role_descriptions(doc, kept: list[Mention], gz: GazetteerView, on: str | None) -> list[Mention]:
    """"the Russian president", "China's foreign minister", "the North Korean leader": the one
    person holding that post for that state, the one the article names if it names a holder,
    else the gazetteer's holder on the article's date. A description followed by a name ("the
    Russian president, Vladimir Putin") is a title, left to the role reader."""
    w = words()
    # (a post named by its kind, "the Ruritanian head of state", reads as one named by its title)
    heads = sorted((d.split() for d in (*w.get("role_descriptions", ()), *w.get("post_kind_descriptions", ()))),
                   key=len, reverse=True)
    at = {i: m for m in kept for i in range(m.start, m.end)}
    persons = {m.entity.id: m.entity for m in kept if m.entity.type == EntityType.PERSON}
    titled = _top_posts_titled(doc, kept, gz, w)
    out = []
    for m in kept:
        if m.entity.type != EntityType.STATE:
            continue
        i = m.end
        if i < len(doc) and doc[i].text in ("’s", "'s"):
            i += 1
        following = [t.lower_ for t in doc[i:i + len(heads[0])]] if heads else []
        title = next((h for h in heads if following[:len(h)] == h), None)
        if title is None:
            continue
        end = i + len(title)
        det = doc[m.start - 1].lower_ if m.start > 0 else ""
        possessive = i > m.end
        if not possessive and det != "the":
            continue  # "a Chinese minister", "Russian President Putin"
        if any(j in at for j in range(i, end)):
            continue
        nxt = doc[end] if end < len(doc) else None
        named = end + 1
        while named < len(doc) and doc[named].lower_.rstrip(".") in w.get("honorifics", ()):
            named += 1  # "Guyana's President, Dr Irfaan Ali": the title of the name after it
        if nxt is not None and (nxt.pos_ == "PROPN" or
                                (nxt.text == "," and named < len(doc) and named in at
                                 and at[named].entity.type == EntityType.PERSON)):
            continue  # "the Russian president Putin", "the Russian president, Putin,": the name is given
        if doc[end - 1].tag_ in ("NNS", "NNPS"):
            continue
        if nxt is not None and nxt.text == "-" and end + 1 < len(doc) \
                and doc[end + 1].lower_ in w.get("title_suffixes", ()):
            continue  # "Togo's President-elect": the one elected (mentions.json title_suffixes), not the holder
        start = m.start - 1 if det == "the" else m.start
        if (start >= 1 and doc[start - 1].lower_ == "as" and doc[start - 1].dep_ != "mark") \
                or doc[end - 1].dep_ in ("attr", "oprd"):
            # "sworn in as Nigeria's president", "X is Chile's president": a post, not a reference
            # ("as the Japanese foreign minister met her": the clause's subject, a reference)
            continue
        if start >= 2 and doc[start - 1].text == "," and start - 2 in at \
                and at[start - 2].entity.type == EntityType.PERSON:
            continue  # "Antony Blinken, the U.S. secretary of state,": a title, not a reference
        person = _holder(gz, m.entity, " ".join(title), on, persons, titled)
        if person is None:
            continue
        start = m.start - 1 if det == "the" else m.start
        mention = Mention(start, end, doc[start:end].text, "PERSON", entity=person, notes={"description"})
        out.append(mention)
        for j in range(start, end):
            at[j] = mention
    for m in list(kept):
        found = _of_state_description(doc, m, heads, at, gz, on, persons, titled)
        if found is not None:
            out.append(found)
            for j in range(found.start, found.end):
                at[j] = found
    if out:
        taken = {j for d in out for j in range(d.start, d.end)}
        kept[:] = [k for k in kept if not any(j in taken for j in range(k.start, k.end))]
    return out


def _state_institutions(doc, kept: list[Mention], gz: GazetteerView) -> list[Mention]:
    """"Russia's central bank", "the Iranian central bank": an institution of a state that acts
    (and is sanctioned) on its own, named "Central Bank of Russia" unless the gazetteer knows
    it. The state's mention becomes the institution's; nothing else is read as one."""
    names = words().get("state_institutions", {})
    if not names:
        return kept
    out = []
    for m in kept:
        if m.entity.type != EntityType.STATE:
            out.append(m)
            continue
        i = m.end
        if i < len(doc) and doc[i].text in ("’s", "'s"):
            i += 1
        found = None
        following = [t.text for t in doc[i:i + max(len(phrase.split()) for phrase in names)]]
        for phrase, pattern in names.items():
            parts = phrase.split()
            if following[:len(parts)] == parts:
                found = (pattern.format(state=m.entity.name), i + len(parts))
                break
        if found is None:
            out.append(m)
            continue
        name, end = found
        ent = gz.lookup(name) or Entity.make(name, EntityType.ORGANIZATION)
        start = m.start - 1 if m.start > 0 and doc[m.start - 1].lower_ == "the" else m.start
        out.append(Mention(start, end, doc[start:end].text, "ORG", entity=ent))
    return out


def _state_before_name(doc, mentions: list[Mention], gz: GazetteerView) -> list[Mention]:
    """"the President of the Republic of Ruritania Anna Vidal": a person span the model
    opened with a state's name is that state, then the person (two words at least)."""
    forms = set(words().get("state_form_words", []))
    heads = set(words().get("title_heads", []))
    out = []
    for m in mentions:
        if m.label not in ("PERSON", "ORG", "GPE") or m.end - m.start < 3 \
                or (m.label != "PERSON" and gz.lookup(m.text) is not None):
            out.append(m)
            continue
        split = None
        for j in range(m.start, m.end - 2):
            for n in range(min(4, m.end - j - 2), 0, -1):
                state = gz.lookup(doc[j:j + n].text)
                if state is not None and state.type == EntityType.STATE:
                    split = j + n
                    break
            if split is not None or doc[j].lower_ not in forms:
                break
        titled = any(doc[k].lower_ in heads for k in range(max(0, m.start - 3), m.start)) \
            and split is not None and all(t.is_alpha and t.text[:1].isupper() for t in doc[split:m.end]) \
            and not state_service(doc[split:m.end])  # "the X Coast Guard"
        if split is None or (m.label != "PERSON" and not titled):
            out.append(m)  # a name that opens with a state's stays one, unless a title opens it
            continue
        out.append(Mention(m.start, split, doc[m.start:split].text, "GPE"))
        out.append(Mention(split, m.end, doc[split:m.end].text, "PERSON"))
    return out


def _bodies_of_known_organisations(kept: list[Mention], gz: GazetteerView) -> None:
    """"the Melanesian Spearhead Group Secretariat", "the X Bloc Commission": a body the gazetteer
    does not list, named by a known organisation and one body word (mentions.json body_heads),
    acts for that organisation."""
    heads = set(words()["body_heads"])
    for m in kept:
        parts = m.text.split()
        if m.entity is None or m.entity.type != EntityType.ORGANIZATION or len(parts) < 2 \
                or parts[-1].lower() not in heads or gz.lookup(m.text) is not None:
            continue
        owner = gz.lookup(" ".join(parts[:-1]))
        if owner is not None and owner.type == EntityType.ORGANIZATION:
            m.entity = owner


def _known_organisations_of_their_state(kept: list[Mention], gz: GazetteerView) -> None:
    """"the National Assembly of Ruritania", "the Standing Committee of the X Congress of
    Ruritania": a name the gazetteer does not list, made of a known organisation of a state and
    "of" that state, is the organisation; a body of it (mentions.json body_heads) named before
    it with "of" acts for it, as `_bodies_of_known_organisations` reads "the X Commission"."""
    heads = set(words()["body_heads"])
    for m in kept:
        if m.entity is None or m.entity.type != EntityType.ORGANIZATION or gz.lookup(m.text) is not None:
            continue
        parts = m.text.split(" of ")
        # ("... of the People's Republic of China": the state's name may itself hold an "of")
        found = next(((k, s) for k in range(1, len(parts)) if (s := gz.lookup(" of ".join(parts[k:]).removeprefix("the ")))
                      is not None and s.type == EntityType.STATE), None)
        if found is None:
            continue
        split, state = found
        name = " of ".join(parts[:split])
        candidates = [name]
        body, sep, owner = name.partition(" of ")
        if sep and body.split() and body.split()[-1].lower() in heads:
            candidates.append(owner)
        for text in candidates:
            known = gz.lookup(text.removeprefix("the "))
            country = gz.country_of(known) if known is not None and known.type == EntityType.ORGANIZATION else None
            if country is not None and country.id == state.id:
                m.entity = known
                break


def _bracketed_short_forms(doc, kept: list[Mention]) -> None:
    """"the Pacific Islands Forum (PIF)": capitals in brackets right after a name, made of its
    words' initials, are that name's short form, the same entity; so is that short form alone
    later on ("PIF leaders"), where nothing else gave it a meaning of its own (the entity the
    model's span made of itself). The model need not have tagged the bracketed form. A state's
    organ that acts for its state ("the Ruritanian Coast Guard (RCG)") lends its short form the
    state likewise. A short form the mention finder found defined by the name before it
    (`Mention.short_of`) names that name's entity, whatever the gazetteer gave it."""
    longs = {m.start: m for m in kept if m.entity is not None}
    for short in kept:
        if short.short_of is None or short.short_of not in longs or short.start == short.short_of:
            continue
        long = longs[short.short_of]
        if long.entity.id == entity_id(long.entity.type.value, long.text) \
                and short.entity is not None and short.entity.type == long.entity.type \
                and short.entity.id != entity_id(short.entity.type.value, short.text) \
                and fuzz.ratio(fold_name(short.entity.name), fold_name(long.text)) >= 90:
            long.entity = short.entity  # the known body, its long name spelt otherwise ("People’s")
        short.entity = long.entity
    for named in list(kept):
        organ = named.entity is not None and named.entity.type == EntityType.STATE and named.label == "ORG"
        if named.entity is None or named.entity.type not in (EntityType.ORGANIZATION, EntityType.EVENT) and not organ \
                or named.end + 2 >= len(doc) or doc[named.end].text != "(" or doc[named.end + 2].text != ")":
            continue
        text = doc[named.end + 1].text
        if not (2 <= len(text) <= 8 and text.isalpha() and text.isupper()):
            continue
        initials = "".join(w[0] for w in named.text.split() if w[:1].isupper())
        if initials.upper() != text:
            continue
        for other in kept:
            if other.text != text or other.entity is None:
                continue
            if other.start == named.end + 1 or other.start > named.end \
                    and other.entity.id == entity_id(other.entity.type.value, text):
                other.entity = named.entity


def _state_organs(doc, kept: list[Mention], gz: GazetteerView) -> None:
    """"the U.S. Treasury Department", "the Indian Air Force": an organisation the gazetteer does
    not know, named by a state (or its demonym) and then only words of a state's organs
    (mentions.json state_organ_words), acts for that state: the mention becomes the state's."""
    w = words()
    organ_words = set(w.get("state_organ_words", []))
    titles = set(w.get("title_heads", [])) | set(w.get("title_words", []))
    for m in kept:
        if m.entity.type != EntityType.ORGANIZATION or gz.lookup(m.text) is not None:
            continue
        if m.end < len(doc) and doc[m.end].lower_ in titles and not doc[m.end].is_stop:
            continue  # "Chinese Foreign Ministry spokesperson X": part of a title, read by roles
            # (a title's joining words, "the X Government and people", continue no title)
        toks = [t for t in doc[m.start:m.end] if t.lower_ != "the"]
        if len(toks) > 2 and toks[0].lower_ in w["state_organ_prefixes"]:
            toks = toks[1:]  # "the Royal Thai Army": the state's army, named with honour
        owner = _possessing_state(doc, kept, m)
        if owner is not None and toks and all(t.lower_ in organ_words for t in toks):
            m.entity = owner  # "Greece's Foreign Ministry": the state's own organ
            continue
        # "the Federal Government of Ethiopia": organ words, "of", the state
        ofs = [k for k, t in enumerate(toks) if t.lower_ == "of"]
        if ofs and 0 < ofs[0] < len(toks) - 1 and all(t.lower_ in organ_words for t in toks[:ofs[0]]):
            state = gz.lookup(" ".join(t.text for t in toks[ofs[0] + 1:]))
            if state is not None and state.type == EntityType.STATE:
                m.entity = state
                continue
        for n in range(1, min(3, len(toks) - 1) + 1):
            rest = toks[n:]
            if not rest or not all(t.lower_ in organ_words for t in rest) \
                    or all(t.lower_ in ("of", "the") for t in rest):
                continue
            surface = " ".join(t.text for t in toks[:n])
            state = gz.lookup(surface)
            if state is not None and state.type == EntityType.CITY \
                    and any(t.lower_ in w["capital_organ_words"] for t in rest):
                state = gz.capital_state(state)  # "the Beijing Foreign Ministry": the capital's government
            state = _state_named(gz, surface, state)
            if state is not None:
                m.entity = state
            break


def _organs_of_the_article(doc, kept: list[Mention], gz: GazetteerView, dateline: str | None) -> None:
    """"ISLAMABAD: The Foreign Office summoned ...", "Pakistan's Foreign Office ... the Foreign
    Office said", "The Foreign Ministry in Lima protested ...": an organ named only by words of a
    state's organs (mentions.stateless_organ) is the state the article fixes for it: the capital
    its own "in" phrase names, else the one state the article named that same organ with before
    it, else the state whose capital files the wire dateline, when the article names that organ
    with no other state. Where none of these holds (no dateline, a filing place that is no
    capital, two states' organs of that name), it stays an organ of no state. An organ named
    with its capital ("at Foreign Office Islamabad") is that capital's state, no party of its own."""
    titles = set(words()["title_heads"]) | set(words()["title_words"])
    filed = gz.lookup(dateline) if dateline else None
    if filed is not None and filed.type == EntityType.CITY:
        filed = gz.capital_state(filed)
    if filed is not None and filed.type != EntityType.STATE:
        filed = None
    organ_words = set(words()["state_organ_words"])
    for m in kept:
        if m.entity.type == EntityType.ORGANIZATION and m.end - m.start >= 2 \
                and all(t.lower_ in organ_words for t in doc[m.start:m.end - 1]):
            seat = gz.lookup(doc[m.end - 1].text)  # "at Foreign Office Islamabad": the organ and its seat
            capital_of = gz.capital_state(seat) if seat is not None and seat.type == EntityType.CITY else None
            if capital_of is not None:
                m.entity = capital_of
                continue
        if not stateless_organ(m.entity):
            continue
        if m.end < len(doc) and doc[m.end].lower_ in titles and not doc[m.end].is_stop:
            continue  # "Foreign Ministry spokesman X": part of a title, read by roles
        key = fold_name(m.text).removeprefix("the ")
        named = {x.entity.id: x.entity for x in kept if x is not m and x.entity.type == EntityType.STATE
                 and x.end - x.start > 1 and (fold_name(x.text).removeprefix("the ") == key
                                              or fold_name(x.text).endswith(" " + key))}
        state = _organ_seat(doc, kept, gz, m)
        if state is None and _another_states_government(doc, kept, m):
            continue
        if state is None and len(named) == 1 and any(x.start < m.start for x in kept if x.entity.id in named):
            state = next(iter(named.values()))
        if state is None and not named and filed is not None:
            state = filed
        if state is not None:
            m.entity = state


def _another_states_government(doc, kept: list[Mention], m: Mention) -> bool:
    """"Ruritania's Coast Guard and the Defense Ministry both said", "Ruritania's government 'condemned
    ...,' the Foreign Ministry said": an organ coordinated with a state's own body, or told in a
    sentence that names a state's government or ministry (mentions.json capital_organ_words), may
    be that state's; neither the dateline nor an earlier naming says it is not."""
    head = doc[m.end - 1]
    states = {i: x for x in kept if x.entity.type == EntityType.STATE for i in range(x.start, x.end)}
    partners = [head.head] if head.dep_ == "conj" else []
    partners += [c for c in head.children if c.dep_ == "conj"]
    if any(p.i in states or any(c.dep_ == "poss" and c.i in states for c in p.children) for p in partners):
        return True
    governing = set(words()["capital_organ_words"])
    sent = docindex.sent_of(head)
    return any(x is not m and sent.start <= x.start < sent.end and x.end + 1 < len(doc)
               and doc[x.end].tag_ == "POS" and doc[x.end + 1].lower_ in governing
               for x in kept if x.entity.type == EntityType.STATE)


def _organ_seat(doc, kept: list[Mention], gz: GazetteerView, m: Mention) -> Entity | None:
    """"The Foreign Ministry in Lima": the state whose capital the "in" phrase right after the
    organ's name names (the parser may hang it on the verb: "The Ministry in X summoned ...")."""
    if m.end + 1 >= len(doc) or doc[m.end].lower_ != "in":
        return None
    place = next((x for x in kept if x.start == m.end + 1), None)
    if place is None or place.entity.type != EntityType.CITY:
        return None
    return gz.capital_state(place.entity)


def _state_named(gz: GazetteerView, surface: str, found: Entity | None) -> Entity | None:
    """The state words before a body's own words name ("Greece", "US", "Chinese"): `found`, the
    gazetteer's reading of `surface`, when it is a state, else the state `surface` is the
    demonym of; None when neither is a state."""
    if found is None or found.type != EntityType.STATE:
        found = gz.demonym_state(surface)
    return found if found is not None and found.type == EntityType.STATE else None


def _state_named_metonyms(doc, kept: list[Mention], gz: GazetteerView) -> None:
    """"the US Office of Foreign Assets Control": an organisation the gazetteer does not know,
    named by a state (or its demonym) and then by a name the gazetteer already gives to that same
    state (its metonym: an office, a seat of government), is the state, as the bare name is."""
    for m in kept:
        if m.entity.type != EntityType.ORGANIZATION or gz.lookup(m.text) is not None:
            continue
        toks = [t for t in doc[m.start:m.end] if t.lower_ != "the"]
        for n in (1, 2):
            if len(toks) < n + 2:
                break
            surface = " ".join(t.text for t in toks[:n])
            state = _state_named(gz, surface, gz.lookup(surface))
            if state is None:
                continue
            named = gz.lookup(" ".join(t.text for t in toks[n:]))
            if named is not None and named.id == state.id:
                m.entity = state
            break


def _national_societies(kept: list[Mention], w: dict) -> None:
    """"the New Zealand Red Cross", "the Kenya Red Crescent": a movement's name right after a
    state's (mentions.json national_society_names) is that state's own society, not the
    international body the name alone stands for; it acts, and receives, as the state."""
    names = set(w["national_society_names"])
    states = {m.end: m for m in kept if m.entity is not None and m.entity.type == EntityType.STATE}
    for m in kept:
        if m.entity is not None and m.entity.type == EntityType.ORGANIZATION \
                and m.text.lower() in names and m.start in states:
            m.entity = states[m.start].entity


def _states_own_shared_bodies(doc, kept: list[Mention], gz: GazetteerView) -> list[Mention]:
    """"Russia's Security Council", "the Russian Security Council Secretary": an alias an
    organisation shares with states' own bodies (organizations.json shared_aliases) right after
    a state's possessive or demonym names that state's own body, not the organisation: the
    mention is dropped, and the state named before it is the one that acts and employs. So
    with a longer name of organ words around that alias ("Iran's Supreme National Security
    Council"): that state's own body too."""
    w = words()
    qualifiers = set(w["state_organ_words"]) | set(w["body_qualifiers"])
    out = []
    for m in kept:
        if m.entity is not None and m.entity.type == EntityType.ORGANIZATION:
            parts = [t for t in doc[m.start:m.end] if t.lower_ != "the"]
            shared = gz.shared_alias(" ".join(t.text for t in parts[-2:]))
            # "Iran's [Supreme National] Security Council": organ words and qualifiers before it
            longer = len(parts) > 2 and gz.lookup(m.text) is None \
                and all(t.lower_ in qualifiers for t in parts[:-2])
            owner = _possessing_state(doc, kept, m) if shared is not None and (shared.id == m.entity.id or longer) \
                else None
            if owner is not None and m.end < len(doc) and doc[m.end].text == "(":
                # "Iran's Supreme National Security Council (SNSC) Secretary X": a name given
                # with its short form stays, the state's
                m.entity = owner
            elif owner is not None:
                continue
        out.append(m)
    return out


def _possessing_state(doc, kept: list[Mention], m: Mention) -> Entity | None:
    """The state named in the possessive or the demonym right before a mention ("Iran's" in
    "Iran's Foreign Ministry", "South Korean" in "the South Korean NSC"), else None."""
    possessive = m.start >= 2 and doc[m.start - 1].tag_ == "POS"
    for other in kept:
        if other.entity is None or other.entity.type != EntityType.STATE:
            continue
        if (possessive and other.end == m.start - 1) or (other.end == m.start and "demonym" in other.notes):
            return other.entity
    return None


def _holder(gz: GazetteerView, state: Entity, title: str, on: str | None, named: dict,
            titled: dict | None = None) -> Entity | None:
    if on is None:
        return _named_holder(gz, state, title, named, titled)
    wanted = gz.normalise_title(title) or title.title()
    roles = [r for r in gz.holders(state.id, title, on)
             if r.title == wanted or title in ("leader", "supreme leader")]
    party = []
    if title == "leader":
        # "the Soviet leader" in 1970 is the party's General Secretary, not the head of state
        party = [r for r in gz.holders(state.id, "general secretary", on)]
        roles = party or roles
    names = {r.person for r in roles}
    in_article = [p for p in named.values() if p.name in names]
    if title == "leader" and not party:
        return _top_post_holder(gz, state, on, named, titled)
    if len(in_article) == 1:
        return in_article[0]
    if len(names) != 1:
        return None
    return gz.person(next(iter(names)))


def _top_post_holder(gz: GazetteerView, state: Entity, on: str | None, named: dict,
                     titled: dict | None) -> Entity | None:
    """"The X leader" is the holder of either of the state's two top posts (mentions.json
    paired_posts: head of state, head of government): the one person the article names who
    held one on the date (the gazetteer's roles) or whom it titles so before the name ("Prime
    Minister of X A", "X's President B"). None when the article names no such person, or two:
    the gazetteer's head of state is no reading of a text that never names him ("Prime Minister
    A ... met the Bhutanese leader": A, not the king)."""
    top = set(words()["paired_posts"])
    found = {p.id: p for p in named.values()
             if any(r.state == state.id and gz.title_category(r.title) in top for r in gz.roles(p, on))}
    found.update((titled or {}).get(state.id, {}))
    return next(iter(found.values())) if len(found) == 1 else None


def _top_posts_titled(doc, kept: list[Mention], gz: GazetteerView, w: dict) -> dict[str, dict[str, Entity]]:
    """The persons the article titles with one of a state's two top posts right before the
    name, the state written before the title ("Egyptian President A", "Bhutan's Prime Minister
    B"), by state id: a holder the text tells of, whatever spelling of the name the gazetteer
    knows."""
    persons = [m for m in kept if m.entity is not None and m.entity.type == EntityType.PERSON]
    states = _qualifying_states(doc, persons, kept, w)
    at = {i: m for m in kept for i in range(m.start, m.end)}
    top = set(words()["paired_posts"])
    out: dict[str, dict[str, Entity]] = {}
    for m in persons:
        if m.start not in states:
            continue
        j = m.start - 1
        while j >= 0 and j not in at:
            j -= 1
        phrase = " ".join(t.lower_ for t in doc[j + 1:m.start] if t.text not in ("'s", "’s", "'", "’"))
        post = gz.normalise_title(phrase) if phrase else None
        if post is not None and gz.title_category(post) in top:
            out.setdefault(states[m.start], {})[m.entity.id] = m.entity
    return out


def _of_state_description(doc, m: Mention, heads: list[list[str]], at: dict, gz: GazetteerView, on: str | None,
                          persons: dict, titled: dict | None = None) -> Mention | None:
    """"The President of Ruritania has landed in Y": a definite role description with
    its state in an "of" phrase, nothing named after it, stands for the holder as
    `_role_descriptions` reads "the Kazakh president". A name after it ("the President of X,
    Y", "President of X Y") makes it a title, left to the role reader."""
    if m.entity.type != EntityType.STATE or m.start < 3 or doc[m.start - 1].lower_ != "of":
        return None
    title = next((h for h in heads if m.start - 1 - len(h) >= 1
                  and [t.lower_ for t in doc[m.start - 1 - len(h):m.start - 1]] == h), None)
    if title is None:
        return None
    start = m.start - 1 - len(title) - 1
    if doc[start].lower_ != "the" or any(j in at and at[j] is not m for j in range(start, m.end)):
        return None
    if start >= 1 and doc[start - 1].lower_ == "as" or doc[m.start - 2].dep_ in ("attr", "oprd"):
        return None  # "sworn in as the president of X", "X is the president of Y": a post
    nxt = doc[m.end] if m.end < len(doc) else None
    if nxt is not None and (nxt.pos_ == "PROPN" or nxt.text in (",", "(", "–", "-", "—")):
        return None
    if start >= 2 and doc[start - 1].text == "," and start - 2 in at and at[start - 2].entity.type == EntityType.PERSON:
        return None  # "Y, the president of X,": a title
    person = _holder(gz, m.entity, " ".join(title), on, persons, titled)
    if person is None:
        return None
    return Mention(start, m.end, doc[start:m.end].text, "PERSON", entity=person, notes={"description"})


def _named_holder(gz: GazetteerView, state: Entity, title: str, named: dict,
                  titled: dict | None = None) -> Entity | None:
    """An undated article's "the Russian foreign minister": the one person the article names
    whom the gazetteer knows as a holder of that post for that state at any time. None when the
    article names no such person, or two (which one held it then, the date would have said)."""
    wanted = gz.normalise_title(title) or title.title()
    names = {r.person for r in gz.holders(state.id, title, None) if r.title == wanted}
    in_article = [p for p in named.values() if p.name in names]
    if title == "leader":
        return _top_post_holder(gz, state, None, named, titled)
    return in_article[0] if len(in_article) == 1 else None
