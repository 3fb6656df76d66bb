"""CONDEMNED from blame laid in a reported clause: "Ukraine says Russia was behind the
strikes", "Seoul has evidence that Pyongyang was responsible for the hack".

Wire copy accuses as often by attribution as with "accuse" or "blame": a reporter (the subject
of a reporting verb, or the holder of evidence) says a culprit was behind a harmful act. The
reporter condemns the culprit. The writer's own statement ("Russia was behind the attack")
accuses nobody, and a reporter naming itself ("Hamas said it was behind the attack") claims,
it does not accuse: neither gives a fact. The words live in verbs.json under "blame_frame".
"""
from __future__ import annotations

from ingest import docindex, temporal
from ingest import modality as modality_mod
from ingest.relations.arguments import ACTOR_TYPES, Arg, Arguments
from ingest.relations.context import ArticleContext
from schemas.models import Entity, EntityType, Fact, Modality

#: How far up the parse a blame clause may sit below its reporting verb.
MAX_CLAUSE_DEPTH = 5
_CLAUSE_LINKS = {"ccomp", "acl", "advcl", "xcomp", "relcl", "conj", "dobj", "pobj", "prep", "pcomp", "mark"}


class BlameReader:
    def __init__(self, ctx: ArticleContext, args: Arguments):
        self.ctx, self.args = ctx, args
        self.frame = ctx.lex["blame_frame"]

    def read(self) -> list[Fact]:
        facts: list[Fact] = []
        index = docindex.of(self.ctx.doc)
        for sent in self.ctx.prose():
            for i in range(sent.start, sent.end):  # (the strings of the index: no Token made or decoded anew)
                if index.deps[i] not in ("prep", "acomp"):
                    continue  # (the one test of `_blame_clause` most words fail)
                blamed = self._blame_clause(index.tokens[i])
                if blamed is not None:
                    facts.extend(self._facts(*blamed))
        return facts

    def _blame_clause(self, tok):
        """(copula, harm noun) of "Y was behind Z" / "Y was responsible for Z", else None."""
        frame = self.frame
        if tok.dep_ == "prep" and tok.lower_ in frame["prepositions"] and tok.head.lemma_ == "be":
            copula, preps = tok.head, [tok]
        elif tok.dep_ == "acomp" and tok.lemma_.lower() in frame["adjectives"] and tok.head.lemma_ == "be":
            copula, preps = tok.head, [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"]
        else:
            return None
        harms = [p for prep in preps for p in prep.children
                 if p.dep_ == "pobj" and p.lemma_.lower() in frame["harm_nouns"]]
        if not harms:
            return None
        negation = modality_mod.cues()["negation_words"]
        if any(c.dep_ == "neg" or c.lower_ in negation for c in copula.children):
            return None  # "X said Y was not behind the attack" blames nobody
        return copula, harms[0]

    def _culprits(self, copula) -> list[Arg]:
        """The copula's subject; the small parser sometimes hangs it on the verb before
        ("evidence proving Russia was behind"), so a name ending just before the copula counts."""
        found = [a for a in self.args.subjects(copula) if _acting(a) is not None]
        if found:
            return found
        before = self.ctx.mention_at(self.ctx.doc[copula.i - 1]) if copula.i > self.ctx.sentence(copula).start else None
        if before is not None and before.end == copula.i and _acting(Arg(before)) is not None:
            return [Arg(before)]
        return []

    def _reporter(self, copula):
        """(reporting word, its actors): the nearest reporting verb or evidence noun above the
        clause whose subject names an actor."""
        node = copula
        for _ in range(MAX_CLAUSE_DEPTH):
            if node.dep_ not in _CLAUSE_LINKS or node.head.i == node.i:
                return None, []
            node = node.head
            lemma = node.lemma_.lower()
            if node.pos_ in ("VERB", "AUX") and lemma in self.frame["reporting_verbs"]:
                found = self.args.subjects(node)
                if found:
                    return node, found
            elif node.pos_ == "NOUN" and lemma in self.frame["evidence_nouns"]:
                verb = self.args.governing_verb(node)
                if verb is None and node.head.pos_ in ("VERB", "AUX"):
                    verb = node.head
                found = self.args.subjects(verb) if verb is not None else []
                if found:
                    return verb, found
        return None, []

    def _facts(self, copula, harm) -> list[Fact]:
        culprits = self._culprits(copula)
        if not culprits:
            return []
        verb, reporters = self._reporter(copula)
        if verb is None:
            return []
        reading = modality_mod.read(verb)
        if reading.modality != Modality.ASSERTED:
            return []  # "X did not say Y was behind", "X will say ..."
        published = self.ctx.article.published
        date = temporal.clause_date(verb, published)
        conf = round(min(reading.confidence, self.ctx.conf["blame"]), 2)
        out, seen = [], set()
        for reporter in filter(None, map(_acting, reporters)):
            for culprit in filter(None, map(_acting, culprits)):
                if reporter.id == culprit.id or (reporter.id, culprit.id) in seen:
                    continue
                seen.add((reporter.id, culprit.id))
                out.append(self.ctx.make_fact(reporter, "CONDEMNED", culprit, self.ctx.sentence(copula),
                                            Modality.ASSERTED, conf, date=date, cameo=self.frame["cameo"]))
        return out


def _acting(arg: Arg) -> Entity | None:
    """The actor an argument names: a capital speaking or blamed is its government."""
    if arg.entity.type in ACTOR_TYPES:
        return arg.entity
    if arg.entity.type == EntityType.CITY and arg.mention.alt is not None:
        return arg.mention.alt
    return None
