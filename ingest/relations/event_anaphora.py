"""CONDEMNED for an event named before: "Iran struck camps in Pakistan. Pakistan condemned the
attack" -- Pakistan censures Iran.

News tells an attack, then the reactions to it with only "the attack", "the strikes", "this
raid": a definite event noun with no actor of its own. The censure goes to whoever the article
has just said carried it out (an asserted ATTACKED fact in the same sentence or the one before,
in the same paragraph), when that is one actor and not the censurer. An event noun that names its
own actor or target ("the Israeli strike", "the attack by X", "the raid on Y") is the trigger
reader's, not this one's. The words live in verbs.json under "event_censure_frame".
"""
from __future__ import annotations

from ingest import docindex, temporal
from ingest import modality as modality_mod
from ingest.relations import paths
from ingest.relations.arguments import ACTOR_TYPES, Arguments
from ingest.relations.context import ArticleContext
from schemas.models import Entity, EntityType, Fact, Modality


class EventCensureReader:
    def __init__(self, ctx: ArticleContext, args: Arguments):
        self.ctx, self.args = ctx, args
        self.frame = ctx.lex["event_censure_frame"]

    def read(self, facts: list[Fact]) -> list[Fact]:
        attacks = [f for f in facts if f.relation == "ATTACKED" and f.modality == Modality.ASSERTED]
        if not attacks:
            return []
        out: list[Fact] = []
        verbs, nouns = set(self.frame["verbs"]), set(self.frame["event_nouns"])
        index = docindex.of(self.ctx.doc)  # (its strings: no Token made or decoded anew)
        for sent in self.ctx.prose():
            for tok in docindex.tokens(sent):
                if index.poses[tok.i] != "VERB" or index.lemmas[tok.i] not in verbs:
                    continue
                for event in (c for c in tok.children if c.dep_ == "dobj" and c.lower_ in nouns):
                    if self._bare(event):
                        out.extend(self._facts(tok, event, sent, attacks))
        for sent in self.ctx.prose():
            for tok in docindex.tokens(sent):
                # "X fired at Y. Z called it a violation": a naming verb (verbs.json naming_verbs)
                # whose pronoun object is the act just told, and whose complement censures it
                if index.poses[tok.i] == "VERB" and index.lemmas[tok.i] in self.ctx.lex["naming_verbs"] \
                        and self._censured_act(tok):
                    out.extend(self._facts(tok, tok, sent, attacks))
        for sent in self.ctx.prose():
            # "X said Y's troops crossed into Z and condemned it": a censure verb whose one object
            # is an event pronoun censures the act told earlier in its own sentence
            told = [f for f in attacks if f.evidence is not None and f.evidence.start >= sent.start_char]
            for tok in docindex.tokens(sent) if told else ():
                if index.poses[tok.i] == "VERB" and index.lemmas[tok.i] in verbs and self._pronoun_object(tok):
                    out.extend(self._facts(tok, tok, sent, told))
        for sent in self.ctx.prose():
            for tok in docindex.tokens(sent):
                if index.poses[tok.i] != "VERB" or index.lemmas[tok.i] not in self.frame["drawing_verbs"]:
                    continue
                # "The strikes drew condemnation from X": the censurers are the "from" phrase's
                for event in (c for c in tok.children if c.dep_ == "nsubj" and c.lower_ in nouns):
                    censures = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ in self.frame["censure_nouns"]]
                    if censures and self._bare(event):
                        froms = [p for n in censures + [tok] for c in n.children if c.dep_ == "prep"
                                 and c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
                        censurers = [a for p in froms for a in self.args.actors(p)]
                        out.extend(self._facts(tok, event, sent, attacks, censurers))
        return out

    def _pronoun_object(self, verb) -> bool:
        """"condemned it", "denounced this": the verb's one object is an event pronoun."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return len(objects) == 1 and objects[0].lower_ in self.frame["pronouns"] and objects[0].pos_ == "PRON"

    def _censured_act(self, verb) -> bool:
        """"called it a violation", "described this as reckless": the verb's one object is an
        event pronoun (the frame's pronouns) and its complement a censure noun or adjective."""
        if not self._pronoun_object(verb):
            return False
        obj = next(c for c in verb.children if c.dep_ == "dobj")
        words = set(self.ctx.lex["censure_nouns"]) | set(self.ctx.lex["censure_adjectives"])
        said = [t for t in paths.complement_tokens(verb) if t.i != obj.i]
        return any(t.pos_ in ("ADJ", "NOUN") and (t.lower_ in words or t.lemma_.lower() in words) for t in said)

    def _bare(self, event) -> bool:
        """"the attack", "Sunday's strikes": a definite event with no name in its phrase."""
        dets = [c for c in event.children if c.dep_ in ("det", "poss") and c.i < event.i]
        if len(dets) != 1 or dets[0].lower_ not in self.frame["determiners"] \
                and f"{dets[0].lower_}{dets[0].nbor().lower_}" not in self.frame["determiners"]:
            return False
        if any(c.dep_ in ("prep", "agent") for c in event.children):
            return False  # "the attack on a bus", "the raid by gunmen": its own phrase says whose
        nxt = event.nbor() if event.i + 1 < len(event.doc) else None
        if nxt is not None and nxt.pos_ == "ADP" and nxt.lower_ not in self.frame["complement_prepositions"]:
            return False  # ... also where the parser hung that phrase on the verb
        return not any(self.ctx.mention_at(t) is not None for t in event.subtree)

    def _facts(self, verb, event, sent, attacks: list[Fact], censurers: list | None = None) -> list[Fact]:
        lo = self.ctx.reach_start_char(sent)
        before = [f for f in attacks if f.evidence is not None and lo <= f.evidence.start < verb.idx]
        prev = self.ctx.previous_sentence(sent)
        if not before and prev is not None and self.ctx.previous_sentence(prev) is not None:
            # "X launched strikes on Y. The strikes were carried out in Z. W condemned the strikes":
            # the sentence between retold the event without its agent; one more back
            lo = self.ctx.reach_start_char(prev)
            before = [f for f in attacks if f.evidence is not None and lo <= f.evidence.start < verb.idx]
        attackers = {f.subject_id: f for f in before}
        if len(attackers) != 1 and not self._one_event(before):
            return []
        reading = modality_mod.read(verb)
        if reading.modality != Modality.ASSERTED:
            return []
        date = temporal.clause_date(verb, self.ctx.article.published)
        conf = round(min(reading.confidence, self.ctx.conf["anaphora"]), 2)
        out = []
        for s in (self.args.subjects(verb) if censurers is None else censurers):
            censurer = s.entity if s.entity.type in ACTOR_TYPES else \
                (s.mention.alt if s.entity.type == EntityType.CITY and s.mention is not None else None)
            if censurer is None or censurer.id in attackers:
                continue
            for told in attackers.values():
                attacker = Entity(id=told.subject_id, name=told.subject, type=told.subject_type)
                out.append(self.ctx.make_fact(censurer, "CONDEMNED", attacker, self.ctx.sentence(verb),
                                              Modality.ASSERTED, conf, date=date, cameo=self.frame["cameo"]))
        return out

    @staticmethod
    def _one_event(told: list[Fact]) -> bool:
        """"X and Y launched strikes on Z. Z condemned the attacks": the attackers of one
        sentence's facts against the same target, none of them attacked by another, did it together."""
        return len({(f.evidence.start if f.evidence is not None else None) for f in told}) == 1 \
            and len({f.object_id for f in told}) == 1 and not {f.object_id for f in told} & {f.subject_id for f in told}
