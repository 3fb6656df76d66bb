"""The argument paths of verbs.json ("subj", "dobj", "prep:to|with", "head>dobj",
"pairs:between", ...) followed from one trigger to the arguments they reach."""
from __future__ import annotations

import itertools

from ingest.relations.arguments import _ACTOR_TYPES, Arg, ArgumentReader


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
                return self.subjects(verb) if verb is not None else []
            if self.passive(trig):
                # "hit by a barrage of Russian missiles": the weapons' owner is the agent.
                return [a for c in trig.children if c.dep_ == "agent"
                        for p in c.children if p.dep_ == "pobj" for a in self.actors(p, owner=owner)]
            return self.subjects(trig)
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
            return [a for c in trig.children if c.dep_ == "poss" for a in self.actors(c)]
        if path == "mod":
            out = []
            for c in trig.children:
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
