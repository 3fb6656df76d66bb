"""The argument paths of verbs.json ("subj", "dobj", "prep:to|with", "head>dobj",
"pairs:between", ...) followed from one trigger to the arguments they reach."""
from __future__ import annotations

import itertools

from ingest import modality as modality_mod
from ingest.relations.arguments import _ACTOR_TYPES, Arg, ArgumentReader
from schemas.models import EntityType

_PLACE_TYPES = {EntityType.STATE, EntityType.CITY, EntityType.PLACE}


def _preps(spec: str) -> set[str]:
    return set(spec.split(":", 1)[1].split("|"))


class ArgumentPaths(ArgumentReader):
    """Paths of the lexicon resolved to arguments; part of SentenceReader."""

    def _pobjs(self, tok, preps: set[str]):
        for c in tok.children:
            if c.dep_ in ("prep", "prt", "agent", "dative") and c.lower_ in preps:
                pobjs = [p for p in c.children if p.dep_ == "pobj"]
                if c.dep_ == "prt" and not pobjs:
                    pobjs = [d for d in tok.children if d.dep_ == "dobj"]
                yield from pobjs

    def _path(self, trig, path: str, owner: bool, is_noun: bool) -> list[Arg]:
        """Arguments one path of verbs.json reaches from the trigger."""
        if path == "subj":
            if is_noun:
                verb = self._governing_verb(trig)
                if verb is None or not self._carries_event(verb):
                    # "Egypt condemned the attack on X": Egypt reacted to the attack, it did
                    # not carry it out.
                    return []
                return self.subjects(verb)
            if self.passive(trig):
                # "hit by a barrage of Russian missiles": the weapons' owner is the agent.
                return [a for c in trig.children if c.dep_ == "agent"
                        for p in c.children if p.dep_ == "pobj" for a in self.actors(p, owner=owner)]
            carried = self._carried(trig)
            if carried:
                return carried
            found = self.subjects(trig)
            if not found and owner:  # "Russian missiles hit X": the weapons' owner
                found = [a for c in trig.children if c.dep_ == "nsubj" for a in self._owner(c, 0)]
            return found
        if path == "self":  # a headline's "Putin in Beijing for talks": the name is the clause
            m = self.mention_at(trig)
            return [Arg(m)] if m is not None else []
        if path == "agent":
            return [a for c in trig.children if c.dep_ == "agent"
                    for p in c.children if p.dep_ == "pobj" for a in self.actors(p, owner=owner)]
        if path == "dobj":
            if not is_noun and self.passive(trig):
                targets = [c for c in trig.children if c.dep_ == "nsubjpass"]
                if not targets and trig.dep_ == "acl":
                    targets = [trig.head]
            else:
                targets = [c for c in trig.children if c.dep_ == "dobj"]
            # "struck dozens of Houthi targets", "pounded the port of Odesa": a part or a
            # quantity of something named stands for it.
            return [a for t in targets for a in (self.actors(t, owner=owner) or self._part_of(t))]
        if path == "dative":
            return [a for c in trig.children if c.dep_ in ("dative", "iobj") for a in self.actors(c)]
        if path == "poss":
            out = [a for c in trig.children if c.dep_ == "poss" for a in self.actors(c)]
            if not out and trig.dep_ == "appos":
                # "defend the Philippines, its oldest ally": "its" is the clause's subject
                for c in trig.children:
                    if c.dep_ == "poss" and c.lower_ in self.w["possessive_pronouns"]:
                        verb = self._governing_verb(trig.head)
                        out = self.subjects(verb) if verb is not None else []
            return out
        if path == "mod":
            out = []
            split = self.split_gerund_head(trig)
            modifiers = list(trig.children) + (list(split.children) if split is not None else [])
            for c in modifiers:
                if c.dep_ in ("compound", "amod", "nmod") and c.i < trig.i:
                    m = self.mention_at(c)
                    if m is not None:
                        out.append(Arg(m))
            return out if len({a.entity.id for a in out}) == 1 else []
        if path == "appos":
            return [a for c in trig.children if c.dep_ == "appos" for a in self.actors(c)]
        if path == "appos_head":  # "Qatar, a close ally of Turkey,": the name the phrase restates
            return self.actors(trig.head) if trig.dep_ == "appos" else []
        if path == "copula_subj":
            node = trig
            while node.dep_ == "conj":
                node = node.head
            if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in self.lex["partitive_heads"]:
                node = node.head.head  # "X is one of Y's closest allies"
            if node.dep_ in ("attr", "acomp", "oprd") and node.head.lemma_.lower() in self.lex["copulas"]:
                return self.subjects(node.head)
            return []
        if path == "head_poss":
            node = trig
            while node.dep_ == "conj":
                node = node.head
            for c in node.children:
                if c.dep_ == "poss":
                    return self._poss_actor(c, node)
            if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ == "NOUN":
                owner_noun = node.head.head
                for c in owner_noun.children:
                    if c.dep_ == "poss":
                        return self._poss_actor(c, owner_noun)
            return []
        if path == "by":
            return [a for c in self._by_phrases(trig) for p in c.children if p.dep_ == "pobj"
                    for a in self.actors(p)]
        if path == "under_subj":
            if trig.dep_ == "pobj" and trig.head.lower_ == "under" and trig.head.head.pos_ in ("VERB", "AUX"):
                return self.subjects(trig.head.head)
            return []
        if path.startswith("head>"):
            verb = self._governing_verb(trig)
            return self._path(verb, path[5:], owner, False) if verb is not None else []
        if ">" in path:
            first, rest = path.split(">", 1)
            if first == "dobj":
                starts = [c for c in trig.children if c.dep_ == "dobj"]
            else:
                starts = list(self._pobjs(trig, _preps(first)))
            out = []
            for s in starts:
                if rest == "mod":
                    out.extend(self._path(s, "mod", owner, True) or
                               [Arg(self.mention_at(c)) for c in s.children if c.dep_ in ("compound", "amod", "nmod")
                                and self.mention_at(c) is not None])
                else:
                    out.extend(self._path(s, rest, owner, True))
            return out
        if path == "shifted_dobj":
            # "France condemned as unacceptable allegations by Rwanda": a heavy object moved
            # behind its "as" predicate is parsed as the object of "as".
            if any(c.dep_ == "dobj" for c in trig.children):
                return []
            return [a for p in self._pobjs(trig, {"as"}) for a in self.actors(p, owner=owner)]
        if path == "dobj_name":
            # "gave Ukraine weapons": the small parser makes the first object a compound of the
            # second; a named state or organisation (not a demonym: "gave American weapons")
            # opening the object phrase is the recipient.
            out = []
            for obj in (c for c in trig.children if c.dep_ == "dobj"):
                for c in obj.children:
                    m = self.mention_at(c)
                    if c.dep_ == "compound" and m is not None and m.start == obj.left_edge.i \
                            and "demonym" not in m.notes and m.entity.type in (EntityType.STATE, EntityType.ORGANIZATION):
                        out.append(Arg(m))
            return out
        if path == "frame_subj":
            # "At a meeting with X, Y praised ...", "During talks with X in Ottawa, Y raised ...":
            # the event frames the clause, whose subject took part in it.
            head = trig.head
            if trig.dep_ == "pobj" and head.lower_ in self.lex["frame_prepositions"] \
                    and head.head.pos_ in ("VERB", "AUX") and head.i < head.head.i:
                return self.subjects(head.head)
            return []
        if path == "frame_subj_any":
            # "Maduro met Xi during a visit to Beijing": the one whose clause the trip frames
            head = trig.head
            if trig.dep_ == "pobj" and head.lower_ in ("during", "on", "after", "following") and head.head.pos_ in ("VERB", "AUX") \
                    and not any(c.dep_ == "poss" for c in trig.children):
                return self.subjects(head.head)
            return []
        if path == "clause_subj":
            return self._clause_subject(trig)
        if path.startswith("where:"):
            return self._where(trig, _preps(path))
        if path.startswith("prep:"):
            out = []
            for p in self._pobjs(trig, _preps(path)):
                found = self.actors(p, owner=owner)
                if not found:
                    found = self._part_of(p)
                out.extend(found)
            return out
        return []

    def _pairs(self, trig, path: str) -> list[tuple[Arg, Arg]]:
        members: list[Arg] = []
        if path == "pairs:between":
            for p in self._pobjs(trig, {"between", "among", "amongst"}):
                members.extend(self.actors(p))
        elif path == "pairs:mod":
            for i in range(trig.left_edge.i, trig.i):
                m = self.mention_at(self.doc[i])
                if m is not None and m.start == i and m.entity.type in _ACTOR_TYPES:
                    members.append(Arg(m))
            # A hyphenated pair must really be a pair: "China-North Korea talks".
            if not any(self.doc[i].text in ("-", "–") for i in range(trig.left_edge.i, trig.i)):
                members = []
        elif path == "pairs:frame":
            # "Indonesia and Malaysia signed a border deal after talks in Jakarta": the
            # coordinated subjects of the clause the talks frame held them
            head = trig.head
            if trig.dep_ == "pobj" and head.lower_ in self.lex["frame_prepositions"] and head.head.pos_ in ("VERB", "AUX"):
                members = self.subjects(head.head)
        elif path == "pairs:dobj":
            # "X hosted Y and Z": the guests of one gathering meet each other too
            members = [a for c in trig.children if c.dep_ == "dobj" for a in self.actors(c)]
        elif path == "pairs:subj":
            verb = self._governing_verb(trig)
            members = self.subjects(verb) if verb is not None else []
        elif path == "pairs:copula":
            # "X and Y are (treaty) allies": a plural relational noun predicated of a list
            node = trig
            while node.dep_ == "conj":
                node = node.head
            if trig.tag_ in ("NNS", "NNPS") and node.dep_ in ("attr", "oprd") \
                    and node.head.lemma_.lower() in self.lex["copulas"] \
                    and not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in trig.children):
                members = self.subjects(node.head)
        unique = {a.entity.id: a for a in members}
        if len(unique) < 2:
            return []
        return list(itertools.combinations(unique.values(), 2))

    def _carries_event(self, verb) -> bool:
        """Whether the subject of the verb a noun event hangs on is the event's agent: it is
        for "held talks", "launched an attack", "claimed responsibility for the bombing",
        "reaffirmed its alliance", not for a reaction to someone else's event: "condemned the
        attack", "welcomed the talks" (verbs.json "reaction_verbs")."""
        if modality_mod.phrasal_lemma(verb) != verb.lemma_.lower():
            return True  # "called off the talks": the caller's own talks
        return verb.lemma_.lower() not in self.lex["reaction_verbs"]

    def _where(self, trig, preps: set[str]) -> list[Arg]:
        """Where an attack struck when no target is named: "attacks across northern Mali", "a
        bombing at a market in Afghanistan's capital", "shelling in the east of X" (also through
        a participle: "an attack targeting shoppers at a mall in X"). The place named, or the
        state whose capital or region the phrase is."""
        starts = list(self._pobjs(trig, preps))
        for c in trig.children:
            if c.dep_ == "acl" and c.pos_ == "VERB":
                starts.extend(self._pobjs(c, preps))
            elif c.dep_ == "dobj":  # "raided the refugee camp in the West Bank"
                starts.extend(self._pobjs(c, preps))
        for start in starts:
            found = self._place_in(start, 0)
            if found:
                return found
        return []

    def _place_in(self, tok, depth: int) -> list[Arg]:
        if depth > 3:
            return []
        m = self.mention_at(tok)
        if m is not None:
            return [Arg(m)] if m.entity.type in _PLACE_TYPES else []
        for c in tok.children:
            if c.dep_ == "poss":
                owner = self.mention_at(c)
                if owner is not None and owner.entity.type in _PLACE_TYPES:
                    return [Arg(owner)]  # "Kenya's capital", "Syria's north"
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in self.lex["place_prepositions"]:
                for p in c.children:
                    if p.dep_ == "pobj":
                        found = self._place_in(p, depth + 1)
                        if found:
                            return found
        return []

    def _clause_subject(self, noun) -> list[Arg]:
        """Whom an accusation accuses when its content is a clause: "accusations by X that Y
        armed the rebels"; "... that it armed the rebels" when "it" is the one who answers
        them (the subject of the verb the accusation hangs on: "Z rejected accusations ...")."""
        for c in noun.children:
            if c.dep_ not in ("acl", "ccomp") or c.pos_ not in ("VERB", "AUX"):
                continue
            for subj in c.children:
                if subj.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                if subj.lower_ not in self.lex["subject_pronouns"]:
                    return self.actors(subj)
                verb = noun.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
                kinds = self.lex["subject_pronouns"][subj.lower_]
                return [a for a in self.subjects(verb) if a.entity.type.value in kinds] \
                    if verb.pos_ in ("VERB", "AUX") else []
        return []

    def split_gerund_head(self, tok):
        """The noun the small parser split off an event gerund ("killed in Israeli tank
        shelling", "wounded in Russian artillery bombing" parsed as a verb "shelling" after a
        noun "tank"), when `tok` is such a gerund: it is then read as the noun event, with
        the split noun's modifiers as its own."""
        if tok.tag_ != "VBG" or tok.pos_ != "VERB" or tok.lower_ not in self.lex["nouns"] or tok.i == 0:
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in tok.children):
            return None
        before = self.doc[tok.i - 1]
        if before.pos_ != "NOUN" or before.dep_ not in ("pobj", "dobj", "compound", "nsubj", "conj") \
                or before.sent.start != tok.sent.start:
            return None
        return before

    def _carried(self, trig) -> list[Arg]:
        """"Air Force One touched down in Hanoi, carrying President Biden", "The plane carrying
        Li Qiang landed in Canberra": the travellers a vehicle subject carries."""
        vehicles = self.w["vehicles"]
        for subj in (c for c in trig.children if c.dep_ == "nsubj"):
            m = self.mention_at(subj)
            name = m.text.lower() if m is not None else subj.lemma_.lower()
            if name not in vehicles:
                continue
            carriers = [c for c in list(subj.children) + list(trig.children)
                        if c.dep_ in ("acl", "advcl") and c.lemma_.lower() in ("carry", "bring", "transport")]
            return [a for v in carriers for c in v.children if c.dep_ == "dobj" for a in self.actors(c)]
        return []
