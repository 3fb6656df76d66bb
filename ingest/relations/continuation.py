"""Continuations: a sentence that adds members to the previous sentence's fact without its
trigger. "X was sanctioned by Y. Also named were A and B." / "Also targeted was C.": a fronted
passive of a listing verb with a continuation mark (mentions.json `continuation_verbs`,
`continuation_marks`) gives A, B and C the place the previous sentence's patient (its passive
subject or direct object) has in that sentence's facts, of the same relation and the same
entity type. Nothing is read across a blank line, from the article's first sentence, or when the
previous sentence has no fact about its patient."""
from __future__ import annotations

from ingest.relations.arguments import Arg, Arguments, one_per_entity
from ingest.relations.context import ArticleContext
from schemas.models import Fact

#: Facts that describe an entity rather than something done to it: never continued.
_DESCRIPTIVE = {"HOLDS_ROLE", "LOCATED_IN"}


class ContinuationReader:
    def __init__(self, ctx: ArticleContext, args: Arguments):
        self.ctx, self.args = ctx, args
        self.verbs = ctx.words["continuation_verbs"]
        self.marks = ctx.words["continuation_marks"]

    def read(self, facts: list[Fact]) -> list[Fact]:
        by_sentence: dict[int, list[Fact]] = {}
        for f in facts:
            sent = self.ctx.sentence_at_char(f.evidence.start)
            if sent is not None:
                by_sentence.setdefault(sent.start, []).append(f)
        out: list[Fact] = []
        for sent in self.ctx.prose():
            prev = self.ctx.previous_sentence(sent)
            if prev is None:
                continue
            added = self._added(sent.root)
            if not added:
                continue
            patients = {a.entity.id for a in self._patients(prev.root)}
            for f in by_sentence.get(prev.start, []):
                if f.relation in _DESCRIPTIVE:
                    continue
                for side in ("subject", "object"):
                    if getattr(f, side + "_id") not in patients:
                        continue
                    for a in added:
                        if a.entity.type != getattr(f, side + "_type") or a.entity.id in (f.subject_id, f.object_id):
                            continue
                        out.append(f.model_copy(update={side: a.entity.name, side + "_id": a.entity.id,
                                                        "evidence": self.ctx.evidence(sent)}))
        return out

    def _added(self, root) -> list[Arg]:
        """The members a continuation adds: "Also named were A and B" (the subject after the
        participle, parsed under it or under its auxiliary)."""
        if root.lemma_.lower() not in self.verbs or root.tag_ != "VBN":
            return []
        if not any(c.dep_ == "advmod" and c.lower_ in self.marks and c.i < root.i for c in root.children):
            return []
        holders = [root] + [c for c in root.children if c.dep_ in ("auxpass", "aux") and c.i > root.i]
        subjects = [c for h in holders for c in h.children if c.dep_ in ("nsubjpass", "nsubj") and c.i > root.i]
        return one_per_entity([a for s in subjects for a in self.args.actors(s)])

    def _patients(self, root) -> list[Arg]:
        """What the previous sentence's main verb acted on: its passive subject or its object."""
        deps = ("nsubjpass",) if self.args.passive(root) else ("dobj",)
        return [a for c in root.children if c.dep_ in deps for a in self.args.actors(c)]
