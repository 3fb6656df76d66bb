"""VISITED facts for the members of a travelling party and for a visiting state's officials
seen with the hosts, from the visits the trigger reader found."""
from __future__ import annotations

from ingest import docindex, temporal
from ingest import modality as modality_mod
from ingest.mentions import Mention
from ingest.relations.arguments import Arguments, one_per_entity
from ingest.relations.context import ArticleContext, Homes
from ingest.relations.lexicon_data import trigger_lemmas
from schemas.models import Entity, EntityType, Fact, Modality


class PartyVisits:
    """Who travelled with a visit the article reports of a state or a party of its officials.

    Wire copy reports the visit once ("Senior officials from Japan visited Manila") and names
    the travellers apart ("The officials, who include Defence Minister X, ..."; "a delegation
    led by X"); and it shows a visiting state's official with the hosts ("X met President Y",
    "Y and X watched a parade") without repeating that X travelled. Both say X made the trip."""

    def __init__(self, ctx: ArticleContext, args: Arguments, homes: Homes):
        self.ctx, self.args, self.homes = ctx, args, homes
        self.spec = ctx.lex["group_members"]
        self.groups = set(ctx.words["group_nouns"])

    def _is_group(self, tok) -> bool:
        return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in self.groups and self.ctx.mention_at(tok) is None

    # ---- 1. members of a travelling party -----------------------------------------------------
    def group_subject(self, trig):
        """The group noun a visit verb has for subject: "officials ... visited", "the
        delegation arrived", "the officials who travelled to Y"."""
        verb = trig
        for _ in range(3):
            for c in verb.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    if self._is_group(c):
                        return c
                    if c.lower_ in self.ctx.words["relative_pronouns"] and verb.dep_ == "relcl" and self._is_group(verb.head):
                        return verb.head
                    return None
            if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head
                continue
            if verb.dep_ == "relcl" and self._is_group(verb.head):
                return verb.head
            return None
        return None

    def _persons(self, tok) -> list[Mention]:
        """The persons a member phrase names: its actors, or, when the small parser tangles a
        list of titled names, every person named within the phrase (not in a clause of its own)."""
        found = [a.mention for a in self.args.actors(tok) if a.entity.type == EntityType.PERSON]
        inner = [t.i for t in tok.subtree if t.dep_ in ("relcl", "acl", "advcl")]
        stop = min(inner) if inner else tok.right_edge.i + 1
        within = [m for m in self.ctx.res.mentions if tok.left_edge.i <= m.start < stop
                  and m.entity.type == EntityType.PERSON]
        return found + [m for m in within if m.entity.id not in {f.entity.id for f in found}]

    def members(self, group) -> list[Mention]:
        """"led by X", "headed by X", "including X", "which include X", "among them X", an
        appositive list, and "X was among the officials ..."."""
        out: list[Mention] = []
        for c in group.children:
            lemma = c.lemma_.lower()
            if c.dep_ == "acl" and lemma in self.spec["led_by"]:
                for b in c.children:
                    if b.dep_ in ("agent", "prep") and b.lower_ == "by":
                        out.extend(m for p in b.children if p.dep_ == "pobj" for m in self._persons(p))
            elif c.dep_ == "prep" and c.lower_ in self.spec["include_preps"]:
                out.extend(m for p in c.children if p.dep_ == "pobj" for m in self._persons(p))
            elif c.dep_ == "relcl" and lemma in self.spec["include_verbs"]:
                out.extend(m for d in c.children if d.dep_ in ("dobj", "attr") for m in self._persons(d))
            elif c.dep_ == "appos":
                out.extend(self._persons(c))
        head = group.head
        if group.dep_ == "pobj" and head.lower_ == "among" and head.head.lemma_.lower() in self.ctx.lex["copulas"]:
            out.extend(m for c in head.head.children if c.dep_ == "nsubj" for m in self._persons(c))
        return one_per_entity(out)

    def _anaphors(self, sent):
        """"The officials", "the delegation": a definite group noun, not itself a state's."""
        index = docindex.of(sent.doc)
        for tok in docindex.tokens(sent):  # `for tok in sent`, no Token made anew
            if index.lemmas[tok.i] not in self.groups:
                continue  # (the cheap screen of `_is_group`: most words are no group noun)
            if not self._is_group(tok) or not (tok.tag_ in ("NNS", "NNPS") or
                                               tok.lemma_.lower() in self.ctx.words["group_collectives"]):
                continue  # "the leader of X" is one person, not the party
            if any(c.dep_ == "det" and c.lower_ in ("the", "these", "this") for c in tok.children) \
                    and not any(c.dep_ in ("amod", "compound", "poss", "nmod") and self.ctx.mention_at(c) is not None
                                for c in tok.children) \
                    and not any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in tok.children):
                yield tok

    def member_visits(self, visits: list[tuple]) -> list[Fact]:
        """VISITED for the named members of the parties whose visits the trigger reader found
        (`visits`: its (trigger, fact) pairs)."""
        sents = self.ctx.sents
        by_group: dict[int, list[Fact]] = {}
        by_sent: dict[int, list[Fact]] = {}
        for trig, fact in visits:
            if fact.modality == Modality.NEGATED:
                continue
            group = self.group_subject(trig)
            if group is None:
                continue
            by_group.setdefault(group.i, []).append(fact)
            by_sent.setdefault(self.ctx.sentence_no(trig), []).append(fact)
        out = []
        doc = self.ctx.doc
        for gi, facts in by_group.items():
            out.extend(self._share(self.members(doc[gi]), facts, self.ctx.sentence(gi)))
        for si, sent in enumerate(sents):
            for tok in self._anaphors(sent):
                if tok.i in by_group:
                    continue
                if si in by_sent and self._before(tok, by_sent[si]):
                    earlier = by_sent[si]
                else:  # the party of the previous one or two sentences
                    earlier = next((by_sent[j] for j in (si - 1, si - 2) if j >= 0 and j in by_sent), None)
                if earlier is None:
                    continue
                out.extend(self._share(self.members(tok), earlier, sent))
        return out

    def companion_visits(self, facts: list[Fact]) -> list[Fact]:
        """"X arrived in Z ... . X was joined on the journey by A and B", "X, accompanied by A,
        landed in Z": the persons a traveller was accompanied by (verbs.json companion_verbs,
        a passive with its "by" phrase) made the visits the sentence or the one before tells of
        the traveller, unless at home there."""
        visits = [f for f in facts if f.relation == "VISITED" and f.modality == Modality.ASSERTED
                  and f.subject_type == EntityType.PERSON and f.evidence is not None]
        if not visits:
            return []
        out: list[Fact] = []
        index = docindex.of(self.ctx.doc)
        for sent in self.ctx.prose():
            for i in range(sent.start, sent.end):  # (the strings of the index: no Token made or decoded anew)
                if index.tags[i] != "VBN" or index.lemmas[i] not in self.ctx.lex["companion_verbs"]:
                    continue
                tok = index.tokens[i]
                if modality_mod.read(tok).modality == Modality.NEGATED:
                    continue
                # (the parser may hang the "by" phrase on the trip noun: "accompanied on the trip by A")
                bys = [c for c in tok.children if self.args.by_agent(c)]
                bys += [b for c in tok.children if c.dep_ == "prep" for n in c.children
                        if n.dep_ == "pobj" and n.lemma_.lower() in self.ctx.lex["trip_nouns"]
                        for b in n.children if b.dep_ == "prep" and b.lower_ == "by"]
                companions = [a.mention for c in bys for p in c.children
                              if p.dep_ == "pobj" for a in self.args.actors(p) if a.entity.type == EntityType.PERSON]
                if not companions:
                    continue
                if any(c.dep_ == "nsubjpass" for c in tok.children):
                    led = [a for c in tok.children if c.dep_ == "nsubjpass" for a in self.args.actors(c)]
                elif tok.dep_ == "acl":
                    led = self.args.actors(tok.head)  # "X, accompanied by A, arrived"
                elif tok.dep_ == "advcl":
                    led = self.args.subjects(tok.head)  # "X arrived, accompanied by A"
                else:
                    continue
                travellers = {a.entity.id for a in led if a.entity.type == EntityType.PERSON}
                lo = self.ctx.reach_start_char(sent)
                told = [f for f in visits if f.subject_id in travellers and lo <= f.evidence.start < sent.end_char]
                for m in one_per_entity(companions):
                    if m.entity.id in travellers:
                        continue
                    home = self.homes.home(m.entity)
                    for f in told:
                        if self.homes.trip_at_home(home, f):
                            continue  # a host who joined the guest at home
                        out.append(f.model_copy(update={
                            "subject_id": m.entity.id, "subject": m.entity.name, "subject_type": m.entity.type,
                            "confidence": round(min(f.confidence, self.ctx.conf["group_member"]), 2),
                            "evidence": self.ctx.evidence(sent)}))
        return out

    def _before(self, tok, facts: list[Fact]) -> bool:
        return all(f.evidence.end <= tok.idx for f in facts)

    def _share(self, persons: list[Mention], facts: list[Fact], sent) -> list[Fact]:
        out = []
        cap = self.ctx.conf["group_member"]
        for m in persons:
            person = m.entity
            home = self.homes.home(person)
            for f in facts:
                if person.id == f.object_id or (home is not None and home.id == f.object_id):
                    continue
                if self.homes.trip_at_home(home, f):
                    continue  # "the A-ian and B-ian ministers X and Y met in A-city": X was at home
                out.append(f.model_copy(update={
                    "subject_id": person.id, "subject": person.name, "subject_type": person.type,
                    "confidence": round(min(f.confidence, cap), 2), "evidence": self.ctx.evidence(sent)}))
        return out

    # ---- 2. a visiting state's officials seen with the hosts ---------------------------------------
    def official_visits(self, facts: list[Fact]) -> list[Fact]:
        ctx = self.ctx
        published = ctx.article.published
        frame = temporal.infer_frame(ctx.doc) if published is None else None
        dated = temporal.date_facts(ctx.doc, list(facts), published, frame, trigger_lemmas())
        visits = []  # (visiting state, host state, date)
        for f in dated:
            if f.relation != "VISITED" or f.modality != Modality.ASSERTED or f.subject_type != EntityType.STATE:
                continue
            obj = Entity(id=f.object_id, name=f.object, type=f.object_type)
            host = obj if obj.type == EntityType.STATE else (
                self.ctx.gz.country_of(obj) if obj.type == EntityType.CITY else None)
            if host is not None and host.type == EntityType.STATE and host.id != f.subject_id:
                visits.append((f.subject_id, host, f.date))
        if not visits:
            return []
        out = []
        for f in dated:  # "X met President Y"
            if f.relation != "MET_WITH" or f.modality != Modality.ASSERTED:
                continue
            sides = [Entity(id=f.subject_id, name=f.subject, type=f.subject_type),
                     Entity(id=f.object_id, name=f.object, type=f.object_type)]
            sent = ctx.sentence_at_char(f.evidence.start)
            if sent is None:
                continue
            for p, q in ((sides[0], sides[1]), (sides[1], sides[0])):
                out.extend(self._official_visit(p, [q], visits, f.date, sent))
        index = docindex.of(ctx.doc)
        for sent in ctx.sents:  # "Y and X watched a parade"
            for i in range(sent.start, sent.end):  # (the strings of the index: no Token made or decoded anew)
                if index.poses[i] != "VERB" or index.lemmas[i] not in self.spec["joint_event_verbs"]:
                    continue
                verb = index.tokens[i]
                subj = [c for c in verb.children if c.dep_ == "nsubj"]
                if len(subj) != 1 or not any(t.dep_ == "cc" for t in subj[0].subtree):
                    continue
                span = range(subj[0].left_edge.i, subj[0].right_edge.i + 1)
                people = {m.entity.id: m.entity for m in ctx.res.mentions
                          if m.start in span and m.entity.type == EntityType.PERSON}
                if len(people) < 2 or modality_mod.read(verb).modality != Modality.ASSERTED:
                    continue
                date = temporal.clause_date(verb, published, frame=frame)
                if date is None and published is None and frame:
                    date = next((d.date for d in dated if d.date and d.evidence.start == sent.start_char), None)
                for p in people.values():
                    others = [q for q in people.values() if q.id != p.id]
                    out.extend(self._official_visit(p, others, visits, date, sent))
        return out

    @staticmethod
    def _same_frame(a: str | None, b: str | None) -> bool:
        if a is None or b is None:
            return a is None and b is None
        return len(a) >= 7 and len(b) >= 7 and a[:7] == b[:7]

    def _elsewhere(self, sent, host: Entity) -> bool:
        """The sentence sets the meeting in a place outside the host state."""
        index = docindex.of(sent.doc)
        for i in range(sent.start, sent.end):  # (the strings of the index: no Token made or decoded anew)
            if index.deps[i] != "pobj":
                continue
            tok = index.tokens[i]
            if tok.head.lower_ not in ("in", "at"):
                continue
            m = self.ctx.mention_at(tok)
            if m is None or m.entity.type not in (EntityType.CITY, EntityType.PLACE, EntityType.STATE):
                continue
            state = self.homes.place_state(m)
            if state is None or state.id != host.id:
                return True
        return False

    def _official_visit(self, person: Entity, others: list[Entity], visits, date, sent) -> list[Fact]:
        if person.type != EntityType.PERSON:
            return []
        home = self.homes.home(person)
        if home is None:
            return []
        out = []
        for state_id, host, visit_date in visits:
            if home.id != state_id or home.id == host.id:
                continue
            if not any(q.type == EntityType.PERSON and (h := self.homes.home(q)) is not None and h.id == host.id
                       for q in others):
                continue
            if not self._same_frame(date, visit_date) or self._elsewhere(sent, host):
                continue
            out.append(self.ctx.make_fact(person, "VISITED", host, sent, Modality.ASSERTED,
                                        self.ctx.conf["visiting_official"], date=date, cameo="042"))
        return out
