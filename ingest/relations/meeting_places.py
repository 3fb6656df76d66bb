"""Where a meeting took place, and so who travelled to it: "Erdogan met Putin in Sochi" says
Erdogan visited Sochi."""
from __future__ import annotations

from ingest import docindex
from ingest import modality as modality_mod
from ingest.mentions import Mention
from ingest.relations.arguments import Arguments
from ingest.relations.context import ArticleContext, Homes
from schemas.models import Entity, EntityType, Fact, Modality


class MeetingPlaces:
    """Who travelled to the meetings the trigger reader finds."""

    def __init__(self, ctx: ArticleContext, args: Arguments, homes: Homes):
        self.ctx, self.args, self.homes = ctx, args, homes
        self._told: set[str] | None = None  # the states the article names (`_told_states`)

    # ---- where a meeting took place --------------------------------------------------------
    def places(self, trig) -> list[Mention]:
        """"met Putin in Sochi", "talks in the Black Sea resort of Sochi", "a meeting with X in
        the Russian Far East", "talks in the Ruritanian capital, Y": places in an in/at phrase of the meeting itself or of its
        participants (the small parser attaches it to either), not of another clause."""
        heads = {trig.i} | {c.i for c in trig.children if c.dep_ == "pobj" or c.dep_ == "dobj" and self._party_object(trig, c)}
        verb = self.args.governing_verb(trig) if trig.pos_ in ("NOUN", "PROPN") else None
        if verb is not None and verb.lemma_.lower() in self.ctx.lex["light_verbs"]:
            heads.add(verb.i)  # "held talks in Kazan": the place hangs on the light verb
        if trig.pos_ in ("NOUN", "PROPN") and trig.dep_ in ("nsubj", "nsubjpass", "npadvmod") \
                and trig.head.i > trig.i and trig.head.lemma_.lower() in self.ctx.lex["light_verbs"]:
            heads.add(trig.head.i)  # "the meeting ... took place in Z", "talks were held in Doha"
        heads |= {p.i for c in trig.children if c.dep_ == "prep" and c.lower_ == "with"
                  for p in c.children if p.dep_ == "pobj"}
        # "received a visit from Y in Z": the parser hangs the place on the visitor
        heads |= {t.i for d in trig.children if self.args.received_trip(d, trig)
                  for c in d.children if c.dep_ == "prep" and c.lower_ == "from"
                  for p in c.children if p.dep_ == "pobj"
                  for t in [p, *(a for a in p.children if a.dep_ == "appos")]}
        # "talks between X and his counterpart Y in Z": the parser hangs the place on a party
        heads |= {t.i for c in trig.children if c.dep_ == "prep" and c.lower_ == "between"
                  for p in c.children if p.dep_ == "pobj"
                  for k in [p, *(j for j in p.children if j.dep_ == "conj")]
                  for t in [k, *(a for a in k.children if a.dep_ == "appos")]}
        # "his talks with Y held in Chennai": a participle of holding (mentions.json
        # event_host_verbs) on the meeting noun places it (not "talks announced in X")
        if trig.pos_ in ("NOUN", "PROPN"):
            heads |= {c.i for c in trig.children if c.dep_ == "acl"
                      and c.lemma_.lower() in self.ctx.words["event_host_verbs"]}
        trailing = self._trailing_head(trig)
        if trailing is not None:
            heads.add(trailing.i)
        found = []
        for tok in self.ctx.sentence(trig):
            # "held talks here" under a wire dateline: its filing place (a deictic mention)
            here = self.args.mention_at(tok) if tok.dep_ == "advmod" and tok.head.i in heads else None
            if here is not None and "deictic" in here.notes:
                found.append(here)
                continue
            # "on the Indonesian island of Bali": "on" only before a place, never a day
            if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at", "on") or tok.head.head.i not in heads:
                continue
            of = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]  # "the resort of Sochi"
            # "in the Jordanian capital, Amman": the name in apposition to a description
            named = [a for c in tok.children if c.dep_ == "appos" for a in self.args.actors(c)]
            for a in self.args.actors(tok) or [a for p in of for a in self.args.actors(p)] or named \
                    or self.args.part_of(tok):
                if a.entity.type in (EntityType.CITY, EntityType.PLACE, EntityType.STATE):
                    # a named site the gazetteer does not place ("at the Carondelet Palace in
                    # Quito", "at the Presidential Palace in Y"): the city its own in phrase names
                    unplaced = a.entity.type == EntityType.PLACE and (
                        a.mention.gazetteer_id is None and a.mention.label == "FAC"
                        or self.homes.place_state(a.mention) is None)
                    found.extend(unplaced and self._site_place(tok) or [a.mention])
            # (a named site too, no actor itself: "at the Carondelet Palace in Quito")
            if not found and tok.pos_ in ("NOUN", "PROPN") and tok.head.lower_ in ("in", "at") \
                    and tok.lemma_.lower() not in self.ctx.lex["themes"]["war_efforts"]:
                found.extend(self._site_place(tok))
        # a site no state is known for gives way to a place after it ("held a meeting at the
        # Presidential Palace in Y", the parser hanging "in Y" on the verb)
        placed = [m for m in found if self.homes.place_state(m) is not None]
        return (placed or found)[:1] or self._where_antecedent(heads) or self._gathering_place(heads)

    def _party_object(self, trig, obj) -> bool:
        """Whether a meeting word's direct object places the meeting: a party to it ("met Putin
        in Sochi"), or a topic the parser hung the meeting's "with" phrase on ("discussed trade
        with Y in Z"). A verb whose frames (verbs.json) read the other party only through a
        "with" phrase has a topic for its object, and a place inside the topic alone ("discussed
        the situation in X") is no place of the talks."""
        frames = [p for p in self.ctx.lex["verbs"].get(trig.lemma_.lower(), []) if isinstance(p, dict)] \
            if trig.pos_ in ("VERB", "AUX") else []
        return not frames or any("dobj" in p.get("object", []) for p in frames) \
            or any(c.dep_ == "prep" and c.lower_ == "with" for c in obj.children)

    def _site_place(self, site) -> list[Mention]:
        """"met Y at a hotel in Geneva", "in a UN camp in Z", "at the Blue Hall in Y": a site the meeting was in
        or at is placed by its own in/at phrase; the city, region or state named there; else by
        the words of its name (`Arguments.site_named_place`: "at the State House, Abuja")."""
        # (the phrase may hang on a word of the site's name: "the Hall of the National Assembly in Y")
        named = self.args.mention_at(site)
        words = range(named.start, named.end) if named is not None else range(site.i, site.i + 1)
        for c in (t for i in words for t in self.args.doc[i].children):
            if c.dep_ != "prep" or c.lower_ not in ("in", "at"):
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                for a in self.args.actors(p):
                    if a.entity.type in (EntityType.CITY, EntityType.PLACE, EntityType.STATE):
                        return [a.mention]
        named = self.args.site_named_place(site)  # "at the State House, Abuja"
        return [named] if named is not None else []

    def _where_antecedent(self, heads: set[int]) -> list[Mention]:
        """"finalised in Manila, where X are holding talks with Y": a "where" clause holding the
        meeting (its verb, or the light verb of its noun) is about the place it follows."""
        doc = self.ctx.doc
        for i in sorted(heads):
            clause = doc[i]
            if clause.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where"
                                                 for c in clause.children):
                continue
            for a in self.args.place_of(clause.head):
                if a.mention.entity.type in (EntityType.CITY, EntityType.PLACE, EntityType.STATE):
                    return [a.mention]
        return []

    def _trailing_head(self, trig):
        """"... was made after the meeting between X and Y in June last year in Z": the small
        parser hangs the place that follows a meeting noun's phrase, past dates only, on the verb
        the phrase hangs on; that verb then places the meeting (a place before the phrase, "made in
        Z after the meeting", stays the verb's own). None when the parse is not so."""
        if trig.pos_ not in ("NOUN", "PROPN") or trig.dep_ != "pobj" or trig.head.dep_ != "prep":
            return None
        verb = trig.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        end = trig.right_edge.i
        for c in verb.children:
            if c.i <= end or c.dep_ != "prep" or c.lower_ not in ("in", "at"):
                continue
            between = self.ctx.doc[end + 1:c.i]
            if all(docindex.is_time(t) or t.dep_ == "prep" and t.lower_ == "in"
                   or t.is_punct and t.text != "," for t in between):
                return verb
            return None
        return None

    def _gathering_place(self, heads: set[int]) -> list[Mention]:
        """"met X on the sidelines of the G8 summit in Japan", "talks at a conference in Y": the
        place of the gathering (mentions.json event_nouns) the meeting was part of, reached
        through a part of it (verbs.json trip_frame_parts: "the sidelines of")."""
        doc = self.ctx.doc
        gatherings = set(self.ctx.words["event_nouns"])
        parts = set(self.ctx.lex["trip_frame_parts"])
        for i in sorted(heads):
            for prep in doc[i].children:
                if prep.dep_ != "prep" or prep.lower_ not in ("on", "at", "during", "in"):
                    continue
                for event in (p for p in prep.children if p.dep_ == "pobj"):
                    if prep.lower_ == "in" and event.lower_ not in parts:
                        continue  # "in the margins of the summit", not "in talks in X"
                    if event.lower_ in parts:
                        event = next((p for c in event.children if c.dep_ == "prep" and c.lower_ == "of"
                                      for p in c.children if p.dep_ == "pobj"), event)
                    if event.lemma_.lower() not in gatherings and event.lower_ not in gatherings:
                        continue
                    # (also the place of a participle that places it: "the summit being held in X")
                    for where in (p for k in [event, *(c for c in event.children if c.dep_ == "acl")]
                                  for c in k.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                                  for p in c.children if p.dep_ == "pobj"):
                        for a in self.args.actors(where) or self.args.part_of(where):
                            if a.entity.type in (EntityType.CITY, EntityType.PLACE, EntityType.STATE):
                                return [a.mention]
                    # "the meeting between the bloc and Y in Z": the small parser hangs the place on
                    # the last party; a city (never a state: "talks on the war in X") in its phrase
                    for where in (t for t in event.subtree if t.i > event.i and t.dep_ == "pobj"
                                  and t.head.lower_ in ("in", "at")):
                        m = self.args.mention_at(where)
                        if m is not None and m.entity.type == EntityType.CITY:
                            return [m]
        return []

    def guest_visits(self, trig, meetings: list[Fact]) -> list[Fact]:
        """Who travelled to a meeting: a participant from another state than the place's when
        the other participant is at home there, or both when neither is ("Erdogan met Putin in
        Sochi": Erdogan visited Sochi; "Biden and Xi met in Bali": both did); a named person from
        elsewhere also when the article does not say where the other is from."""
        places = self.places(trig)
        if not places:
            return []
        place = self._state_set_after(places[0]) or places[0]
        country = self.homes.place_state(place)
        if country is None:
            return []
        out = []
        for f in meetings:
            sides = [Entity(id=f.subject_id, name=f.subject, type=f.subject_type),
                     Entity(id=f.object_id, name=f.object, type=f.object_type)]
            homes = [self.homes.home(e) for e in sides]
            # an international organisation's official is at home at its seat (Homes.seats)
            if all(h is None and not self.homes.seats(e) for h, e in zip(homes, sides, strict=True)) \
                    or homes[0] is not None and homes[1] is not None and homes[0].id == homes[1].id:
                continue
            hosts = [self._host(side, home, place, country) for side, home in zip(sides, homes, strict=True)]
            for k, side in enumerate(sides):
                if country.id in self.homes.posted_to(side):
                    continue  # an envoy where he is posted
                if hosts[1 - k] and not hosts[k]:
                    # the other side at home there: this one came ("the bloc and Y held their
                    # summit in Y's capital", "after the Y-bloc summit in the bloc's seat")
                    if not self._guest(side, homes[k], place):
                        continue
                elif not self.homes.away_from_home(side, place):
                    continue  # at home
                elif homes[1 - k] is None and side.type != EntityType.PERSON:
                    # with the other side's state untold, only a named person from elsewhere is
                    # known to have travelled ("X met Y in Z"), not a state standing for its leader
                    # (nor an organisation for its envoy); with it told, the envoy went to him
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
                        "confidence": round(min(f.confidence, self.ctx.conf["guest_visit"]), 2)}))
        return out

    def _host(self, side: Entity, home: Entity | None, place: Mention, country: Entity) -> bool:
        """Whether a party to a meeting is at home where it was held: its state holds the place,
        or (an international organisation, or one of its officials with no state of his own) its
        seat (organizations.json seat) is the place or, for a state or region, lies in it."""
        if home is not None:
            return self.homes.at_home(home, country)
        seats = self.homes.seats(side)
        return any(seat.id == place.entity.id or place.entity.type != EntityType.CITY
                   and (s := self.ctx.gz.country_of(seat)) is not None and self.homes.at_home(s, country)
                   for seat in seats)

    def _guest(self, side: Entity, home: Entity | None, place: Mention) -> bool:
        """Whether a party met by a host at home came from elsewhere: one whose state is another
        or whose seat lies elsewhere (`Homes.away_from_home`); an organisation seated elsewhere.
        An organisation of no known seat (an armed group, an opposition body) may be at home,
        and a person the article gives no state or seat may be the host's own."""
        if home is not None or side.type == EntityType.PERSON:
            return self.homes.away_from_home(side, place)
        return bool(self.homes.seats(side))

    def _state_set_after(self, place: Mention) -> Mention | None:
        """"held in Trabzon, Turkey": a name read as a state that a comma sets before another
        state is a town of that one the gazetteer does not know; the visit is to the state
        after it (the unknown name would make its own state's guests visitors of a "state")."""
        end = place.end
        if place.entity.type != EntityType.STATE or end + 1 >= len(self.args.doc) or self.args.doc[end].text != ",":
            return None
        after = self.args.mention_at(self.args.doc[end + 1])
        if after is None or after.start != end + 1 or after.entity.type != EntityType.STATE \
                or after.entity.id == place.entity.id:
            return None
        return after

    # ---- a guest received by his host --------------------------------------------------------
    def received_guest(self, trig, meeting: Fact, guest: Entity, host: Entity, host_at: Mention | None,
                       guest_at: Mention | None) -> list[Fact]:
        """"X received President Y", "X hosted Y inside the compound in W", "X welcomed Y near W": a
        guest of another known state than his host's came to him, to the place a phrase of the
        verb or of the host names (verbs.json reception_prepositions; near_prepositions, "near
        W", only to W's state), else to the host's state when the article names it (itself, a
        demonym, or a place in it). A phrase that places him nowhere known ("in audience", "at
        the summit") tells no destination; an envoy is received where he is posted, and a
        destination the article never names is left untold; so is one the guest's own phrase
        places nowhere known ("welcomed Y at the X Residence"). The visit is the meeting's, dated
        and told as it is; read_facts keeps it only where the article tells no trip of the guest
        there or to a place in that state."""
        home = self.homes.home(guest)
        if host_at is None or home is None or guest.type != EntityType.PERSON or host.type != EntityType.PERSON \
                or self.homes.envoy(guest) or self.homes.envoy(host):
            return []
        lex = self.ctx.lex
        phrases = [(c.lower_, p) for t in (trig, self.ctx.doc[host_at.end - 1]) for c in t.children
                   if c.dep_ == "prep" and c.lower_ in (*lex["reception_prepositions"], *lex["near_prepositions"])
                   for p in c.children if p.dep_ == "pobj" and not docindex.is_time(p)]
        target = self.homes.home(host)
        if not phrases and (target is None or target.id not in self._told_states()
                            or guest_at is not None and self._placed_nowhere(self.ctx.doc[guest_at.end - 1])):
            return []
        for prep, p in phrases[:1]:
            airport = self.homes.airport_place(self.args.mention_at(p))
            if airport is not None:
                target = airport  # "welcomed Y at Hamad International Airport": in its state
                break
            found = self._place_of(p)
            if not found or not self.homes.away_from_home(guest, found[0]):
                return []
            place = found[0]
            target = place.entity if place.entity.type != EntityType.PLACE and prep not in lex["near_prepositions"] \
                else self.homes.place_state(place)
        if target is None or target.type == EntityType.STATE and self.homes.at_home(home, target):
            return []
        return [meeting.model_copy(update={
            "subject_id": guest.id, "subject": guest.name, "subject_type": guest.type,
            "relation": "VISITED", "object_id": target.id, "object": target.name, "object_type": target.type,
            "cameo": "042", "confidence": round(min(meeting.confidence, self.ctx.conf["guest_visit"]), 2)})]

    def _place_of(self, pobj) -> list[Mention]:
        """The city, region, state or placed site a phrase's object names (a site no state is
        known for, "at the X Residence", only by its own in/at phrase)."""
        return [a.mention for a in self.args.actors(pobj) or self.args.part_of(pobj)
                if a.entity.type in (EntityType.CITY, EntityType.STATE)
                or a.entity.type == EntityType.PLACE and self.homes.place_state(a.mention) is not None] \
            or self._site_place(pobj)

    def _placed_nowhere(self, tok) -> bool:
        """Whether a phrase of a token (verbs.json reception_prepositions) names a site no known
        place is given for."""
        return any(not docindex.is_time(p) and not self._place_of(p)
                   for c in tok.children if c.dep_ == "prep" and c.lower_ in self.ctx.lex["reception_prepositions"]
                   for p in c.children if p.dep_ == "pobj")

    def _told_states(self) -> set[str]:
        """The states the article names: itself, its demonym, or a city, region or site in it."""
        if self._told is None:
            self._told = {state.id for m in self.ctx.res.mentions
                          if m.entity.type in (EntityType.STATE, EntityType.CITY, EntityType.PLACE)
                          and (state := self.homes.place_state(m)) is not None}
        return self._told

    # ---- a meeting told, then where it was held -----------------------------------------------
    def recalled(self, facts: list[Fact]) -> list[Fact]:
        """"X made remarks at discussions with Y. The discussion was held during the summit in Z":
        a definite meeting noun (one that reads MET_WITH) that a light verb's passive ("was
        held"), or its active with an occurrence object ("took place"), places
        somewhere stands for the meeting the sentence before (or its own, earlier)
        told; its participants from another state than the place's travelled there."""
        meetings = [f for f in facts if f.relation == "MET_WITH" and f.modality == Modality.ASSERTED]
        if not meetings:
            return []
        lex = self.ctx.lex
        nouns = {k for k, pats in lex["nouns"].items() if any(p["relation"] == "MET_WITH" for p in pats)}
        out: list[Fact] = []
        index = docindex.of(self.ctx.doc)  # (its strings: no Token made or decoded anew)
        for sent in self.ctx.prose():
            for tok in docindex.tokens(sent):
                if index.deps[tok.i] not in ("nsubjpass", "nsubj") or index.lemmas[tok.i] not in nouns \
                        or tok.head.lemma_.lower() not in lex["light_verbs"]:
                    continue
                if tok.dep_ == "nsubj" and not any(c.dep_ == "dobj" and c.lower_ in lex["occurrence_objects"]
                                                   for c in tok.head.children):
                    continue  # "The meeting took place in X", not "the meeting made a decision"
                if any(c.dep_ == "prep" for c in tok.children) or not any(
                        c.dep_ == "det" and c.lower_ in lex["event_censure_frame"]["determiners"] for c in tok.children):
                    continue  # "the meeting with X": its own phrase says whose
                verb = tok.head
                if modality_mod.read(verb).modality != Modality.ASSERTED:
                    continue
                place = self._held_in(verb)
                if place is None:
                    continue
                lo = self.ctx.reach_start_char(sent)
                told = [f for f in meetings if f.evidence is not None and lo <= f.evidence.start < tok.idx]
                out.extend(self._travellers(told, place))
        return out

    def _held_in(self, verb) -> Mention | None:
        """The first city named in the verb's in, at or during phrase ("during the summit of the
        bloc in Z": the small parser hangs the place anywhere in it)."""
        for c in verb.children:
            if c.dep_ != "prep" or c.lower_ not in self.ctx.lex["held_prepositions"]:
                continue
            for t in c.subtree:
                m = self.args.mention_at(t)
                if m is not None and m.entity.type == EntityType.CITY:
                    return m
        return None

    def _travellers(self, told: list[Fact], place: Mention) -> list[Fact]:
        country = self.homes.place_state(place)
        if country is None:
            return []
        out = []
        for f in told:
            for side in (Entity(id=f.subject_id, name=f.subject, type=f.subject_type),
                         Entity(id=f.object_id, name=f.object, type=f.object_type)):
                if side.type != EntityType.PERSON or not self.homes.away_from_home(side, place):
                    continue
                out.append(f.model_copy(update={
                    "subject_id": side.id, "subject": side.name, "subject_type": side.type,
                    "relation": "VISITED", "object_id": place.entity.id, "object": place.entity.name,
                    "object_type": place.entity.type, "cameo": "042",
                    "confidence": round(min(f.confidence, self.ctx.conf["guest_visit"]), 2)}))
        return out
