"""VISITED facts for a person the participle "visiting" qualifies, in the place its clause names:
"Y welcomed visiting Prime Minister X in Z", "the pact was signed by A and B's visiting Prime
Minister X in Z" say X travelled to Z; with no place phrase, the host beside the guest names the
state ("A and his visiting counterpart X held talks")."""
from __future__ import annotations

from ingest import docindex, temporal
from ingest import modality as modality_mod
from ingest.mentions import Mention
from ingest.relations.arguments import Arguments
from ingest.relations.context import ArticleContext, Homes
from schemas.models import Entity, EntityType, Fact

_PLACES = (EntityType.CITY, EntityType.STATE, EntityType.PLACE)


class VisitingGuests:
    """Guests named with a participle of visiting (verbs.json guest_participles) and the place an
    in/at phrase of their clause gives, when it lies outside the guest's own state."""

    def __init__(self, ctx: ArticleContext, args: Arguments, homes: Homes):
        self.ctx, self.args, self.homes = ctx, args, homes
        self.participles = set(ctx.lex["guest_participles"])

    def read(self) -> list[Fact]:
        out = []
        index = docindex.of(self.ctx.doc)
        for sent in self.ctx.sents:
            for i in range(sent.start, sent.end):  # (the strings of the index: no Token made or decoded anew)
                if index.tags[i] != "VBG" or index.lemmas[i] not in self.participles:
                    continue
                tok = index.tokens[i]
                guest = self._guest(tok)
                if guest is None:
                    continue
                verb = self._clause_verb(tok, guest)
                if verb is None:
                    continue
                place = self._place(tok, guest, verb)
                target: Entity | None
                if place is None or self.homes.place_state(place) is None:
                    # no place phrase, or only a site no gazetteer places ("at the Palace")
                    target = self._host_state(sent, guest)
                elif not self.homes.away_from_home(guest.entity, place):
                    continue
                else:
                    target = place.entity if place.entity.type != EntityType.PLACE else self.homes.place_state(place)
                if target is None:
                    continue
                reading = modality_mod.read(verb)
                date = temporal.clause_date(verb, self.ctx.article.published)
                out.append(self.ctx.make_fact(guest.entity, "VISITED", target, sent, reading.modality,
                                              min(reading.confidence, self.ctx.conf["guest_visit"]),
                                              date=date, cameo="042"))
        return out

    def _guest(self, tok) -> Mention | None:
        """The person the participle qualifies: the name it modifies ("the visiting Prime Minister
        X"), or the name the small parser made its object while the participle stands where a
        modifier would ("welcomed visiting Prime Minister X", "A and visiting President X")."""
        doc = self.ctx.doc
        if tok.dep_ in ("amod", "compound"):
            head = tok.head
            while head.dep_ == "compound" and head.head.i > head.i:
                head = head.head
            m = self.args.mention_at(head)
            if m is None:  # "visiting President, X": the name the title stands in apposition to
                m = next((self.args.mention_at(c) for c in head.children if c.dep_ == "appos"
                          and self.args.mention_at(c) is not None), None)
            if m is not None and m.start > tok.i and m.entity.type == EntityType.PERSON:
                return m
            return None
        if tok.dep_ == "csubj" and tok.i == tok.sent.start:
            # "Visiting Ruritanian President X met ...": opening the sentence, the participle is
            # read as a clause subject whose object is the guest
            guest = self.args.titled_guest(tok)
            return self.args.mention_at(guest) if guest is not None else None
        if tok.dep_ == "pcomp":
            return self._prepositional_guest(tok)
        if tok.dep_ not in ("xcomp", "conj") or tok.i == 0:
            return None
        before = doc[tok.i - 1]
        if tok.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in tok.head.children):
            return None  # "X was seen visiting Y": a clause of its own
        if tok.dep_ == "conj" and before.dep_ != "cc":
            return None
        # only title words between the participle and the name ("visiting Indian Prime Minister X")
        guest = self.args.titled_guest(tok)
        return self.args.mention_at(guest) if guest is not None else None

    def _prepositional_guest(self, tok) -> Mention | None:
        """"talks with visiting Prime Minister X", "in the presence of visiting President X", "a
        ceremony for visiting King X": right after a preposition the small parser reads the
        participle as a clause whose object is the guest (`Arguments.guest_objects`). Only in a
        "with" phrase (not on a passive participle: "charged with visiting President X") or a
        phrase on a common noun is it a modifier; on a verb, an adjective or a name it is a gerund
        whose object is the one visited ("accused A of visiting President X")."""
        prep = tok.head
        if prep.dep_ != "prep":
            return None
        on = prep.head
        if not (prep.lower_ == "with" and on.tag_ != "VBN"
                or on.pos_ == "NOUN" and self.args.mention_at(on) is None):
            return None
        found = [m for g in self.args.guest_objects(prep) if (m := self.args.mention_at(g)) is not None
                 and m.entity.type == EntityType.PERSON]
        return found[0] if found else None

    def _clause_verb(self, tok, guest: Mention):
        """The verb of the clause the guest takes part in: for a participle the parser made a
        clause of, the first verb above it ("A and visiting President X are holding talks": the
        participle is conjoined to A, the subject of "holding"; "talks with visiting X": the
        phrase's noun hangs on the verb)."""
        participle = tok.dep_ in ("xcomp", "conj", "csubj", "pcomp")
        node = tok.head if participle else self.ctx.doc[guest.end - 1]
        for _ in range(6):
            if node.pos_ in ("VERB", "AUX"):
                return node
            if node.head.i == node.i:
                return None
            node = node.head
        return None

    def _host_state(self, sent, guest: Mention) -> Entity | None:
        """With no place phrase, "visiting" still says the guest is abroad, and the host beside
        him names where ("A and his visiting counterpart B held talks", "visiting President B
        met President A"): the one state the sentence's other persons hold office for, when the
        guest's own state is known and is another."""
        home = self.homes.home(guest.entity)
        if home is None:
            return None
        states: dict[str, Entity] = {}
        for m in self.ctx.res.mentions:
            if m.entity.type != EntityType.PERSON or m.entity.id == guest.entity.id:
                continue
            if not (sent.start <= m.start < sent.end):
                continue
            host = self.homes.home(m.entity)
            if host is not None:
                states[host.id] = host
        if len(states) != 1:
            return None
        host = next(iter(states.values()))
        return None if self.homes.at_home(home, host) else host

    def _place(self, tok, guest: Mention, verb) -> Mention | None:
        """The first city, state or place an in/at phrase names on the participle, the guest's
        name (or the first of the names it is conjoined to) or the clause's verb."""
        name = self.ctx.doc[guest.end - 1]
        if name.dep_ == "appos":
            name = name.head  # "visiting President, X": the title holds the name's place
        heads = {tok.i, name.i, verb.i}
        node = name
        while node.dep_ == "conj":
            node = node.head
            heads.add(node.i)
        for t in docindex.tokens(self.ctx.sentence(verb)):
            if t.dep_ != "pobj" or t.head.lower_ not in ("in", "at") or t.head.head.i not in heads:
                continue
            m = self.args.mention_at(t)
            if m is not None and m.entity.type in _PLACES:
                return m
        return None
