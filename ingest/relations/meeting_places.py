"""Where a meeting took place, and so who travelled to it: "Erdogan met Putin in Sochi" says
Erdogan visited Sochi. Also the home state of an actor, which the party-visit reader shares."""
from __future__ import annotations

from ingest.mentions import Mention
from ingest.relations.arguments import ArgumentReader
from schemas.models import Entity, EntityType, Fact


class MeetingPlaces(ArgumentReader):
    """The meeting-place part of SentenceReader."""

    # ---- where a meeting took place --------------------------------------------------------
    def _meeting_places(self, trig) -> list[Mention]:
        """"met Putin in Sochi", "talks in the Black Sea resort of Sochi", "a meeting with X in
        the Russian Far East": places in an in/at phrase of the meeting itself or of its
        participants (the small parser attaches it to either), not of another clause."""
        heads = {trig.i} | {c.i for c in trig.children if c.dep_ in ("dobj", "pobj")}
        verb = self._governing_verb(trig) if trig.pos_ in ("NOUN", "PROPN") else None
        if verb is not None and verb.lemma_.lower() in self.lex["light_verbs"]:
            heads.add(verb.i)  # "held talks in Kazan": the place hangs on the light verb
        heads |= {p.i for c in trig.children if c.dep_ == "prep" and c.lower_ == "with"
                  for p in c.children if p.dep_ == "pobj"}
        found = []
        for tok in trig.sent:
            # "on the Indonesian island of Bali": "on" only before a place, never a day
            if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at", "on") or tok.head.head.i not in heads:
                continue
            of = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]  # "the resort of Sochi"
            for a in self.actors(tok) or [a for p in of for a in self.actors(p)] or self._part_of(tok):
                if a.entity.type in (EntityType.CITY, EntityType.PLACE, EntityType.STATE):
                    found.append(a.mention)
        return found[:1]

    def _home(self, entity: Entity) -> Entity | None:
        """The state an actor belongs to: itself, or the state it holds a post for (in this
        article first, else in the gazetteer)."""
        if entity.type == EntityType.STATE:
            return entity
        if entity.type != EntityType.PERSON:
            return None
        state = getattr(self, "person_state", {}).get(entity.id)
        if state is not None:
            return state
        for role in self.gz.roles(entity, self.article.published.isoformat() if self.article.published else None):
            found = self.gz.by_id(getattr(role, "state", "") or "")
            if found is not None and found.type == EntityType.STATE:
                return found
        return None

    def _at_home(self, home: Entity, country: Entity) -> bool:
        return home.id == country.id or self.gz.territory_of(home).id == country.id

    def _place_state(self, m: Mention) -> Entity | None:
        ent = m.entity
        if ent.type == EntityType.STATE:
            return ent
        country = self.gz.country_of(ent)
        return country if country is not None and country.type == EntityType.STATE else None

    def _guest_visits(self, trig, meetings: list[Fact]) -> list[Fact]:
        """Who travelled to a meeting: a participant from another state than the place's when
        the other participant is at home there, or both when neither is ("Erdogan met Putin in
        Sochi": Erdogan visited Sochi; "Biden and Xi met in Bali": both did)."""
        places = self._meeting_places(trig)
        if not places:
            return []
        place = places[0]
        country = self._place_state(place)
        if country is None:
            return []
        out = []
        for f in meetings:
            sides = [Entity(id=f.subject_id, name=f.subject, type=f.subject_type),
                     Entity(id=f.object_id, name=f.object, type=f.object_type)]
            homes = [self._home(e) for e in sides]
            if any(h is None for h in homes) or homes[0].id == homes[1].id:
                continue
            for side, home, other_home in ((sides[0], homes[0], homes[1]), (sides[1], homes[1], homes[0])):
                if self._at_home(home, country):
                    continue
                # A region ("the Russian Far East") is visited as its state; a city as itself.
                targets = [country] if place.entity.type == EntityType.PLACE else [place.entity]
                for target in targets:
                    if target.id == side.id:
                        continue
                    out.append(f.model_copy(update={
                        "subject_id": side.id, "subject": side.name, "subject_type": side.type,
                        "relation": "VISITED", "object_id": target.id, "object": target.name,
                        "object_type": target.type, "cameo": "042",
                        "confidence": round(min(f.confidence, self.conf["guest_visit"]), 2)}))
        return out
