"""Sanction targets listed in the sentence after the sanction: "The Treasury sanctioned three
officials on Thursday. The officials are A, B and C", "X announced sanctions against seven
oligarchs. These include A and B", "... sanctions imposed by Y on the four officials. They are A; B; C".

A listing clause (a copula, or a listing verb of verbs.json `sanction_list_frame.list_verbs`)
whose subject is a pronoun (`pronouns`: "They are", "These include") or a definite group noun
(`determiners`: "The officials are", "The seven officials, which include ..., are") stands for the
targets the sentence before told: that sentence tells a sanction (a trigger of SANCTIONED_BY)
and, for a noun, names the group with the same noun ("sanctions on three officials"). The
clause's object or complement, with its conjuncts and appositions, names persons and
organisations sanctioned by that sanction's one imposer (the trigger reader's imposer side,
its clause subject first). Two different imposers read nothing; so does a sanction that is not
asserted, or a listing clause that is not. A group noun with a phrase or modifier of its own
("The officials of X are", "The Russian officials are") is no such anaphor; nor is a name the
recogniser cut out of a longer one or ran on over a word of it ("Rosneft [CEO Name]").
"""
from __future__ import annotations

from ingest import docindex, temporal
from ingest import modality as modality_mod
from ingest.relations.arguments import Arg, Arguments, one_per_entity
from ingest.relations.context import ArticleContext
from ingest.relations.triggers import TriggerReader
from schemas.models import EntityType, Fact, Modality

_TARGET_TYPES = (EntityType.PERSON, EntityType.ORGANIZATION)
_IMPOSER_TYPES = (EntityType.STATE, EntityType.ORGANIZATION, EntityType.PERSON)
_RELATION = "SANCTIONED_BY"


class SanctionLists:
    def __init__(self, ctx: ArticleContext, args: Arguments, triggers: TriggerReader):
        self.ctx, self.args, self.triggers = ctx, args, triggers
        self.frame = ctx.lex["sanction_list_frame"]
        self.list_verbs = set(self.frame["list_verbs"])
        self.copulas = set(ctx.lex["copulas"])
        self.pronouns = set(self.frame["pronouns"])
        self.determiners = set(self.frame["determiners"])

    def read(self) -> list[Fact]:
        out: list[Fact] = []
        index = docindex.of(self.ctx.doc)
        for sent in self.ctx.prose():
            for i in range(sent.start, sent.end):  # (the strings of the index: no Token made or decoded anew)
                lemma = index.lemmas[i]
                if index.poses[i] not in ("VERB", "AUX") or lemma not in self.list_verbs and lemma not in self.copulas:
                    continue
                verb = index.tokens[i]
                holders = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
                if len(holders) == 1 and self._anaphor(holders[0]):
                    out.extend(self._listed(sent, verb, holders[0]))
        return out

    def _anaphor(self, holder) -> bool:
        """"They", "These", "The officials", "The seven officials": a pronoun or a definite
        plural group noun with no name, phrase or modifier of its own."""
        if self.ctx.mention_at(holder) is not None:
            return False
        if holder.lower_ in self.pronouns and holder.pos_ in ("PRON", "DET"):
            return True
        if holder.lemma_.lower() in self.ctx.lex["nouns"]:
            return False  # "the sanctions include ...": an event noun is no group of targets
        return holder.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ in self.determiners for c in holder.children) \
            and not any(c.dep_ in ("prep", "acl", "amod", "compound", "poss") for c in holder.children)

    def _listed(self, sent, verb, holder) -> list[Fact]:
        prev = self._sentence_before(sent)
        if prev is None or not self._told_group(prev, holder):
            return []
        members = self._members(verb)
        if not members:
            return []
        events = self._events(prev)
        imposers = {a.entity.id: a for imp, _, _ in events for a in imp}
        if len(imposers) != 1 or {m for _, m, _ in events} != {Modality.ASSERTED} \
                or modality_mod.read(verb).modality != Modality.ASSERTED:
            return []
        imposer = next(iter(imposers.values()))
        date = temporal.clause_date(events[0][2], self.ctx.article.published)
        return [self.ctx.make_fact(m.entity, _RELATION, imposer.entity, sent, Modality.ASSERTED,
                                   self.ctx.conf["anaphora"], date=date, cameo=self.frame["cameo"])
                for m in members if m.entity.id != imposer.entity.id]

    def _members(self, verb) -> list[Arg]:
        """The persons and organisations the clause lists: its object or complement after the
        verb, their conjuncts and appositions (not the phrases of their descriptions)."""
        heads = [c for c in verb.children if c.i > verb.i and (
            c.dep_ in ("dobj", "attr") or c.dep_ in ("conj", "npadvmod", "appos") and c.pos_ in ("NOUN", "PROPN"))]
        found: list[Arg] = []
        seen: set[int] = set()
        stack = list(heads)
        while stack:
            tok = stack.pop()
            if tok.i in seen:
                continue
            seen.add(tok.i)
            own = self.args.mention_at(tok)
            person = own is not None and own.entity.type == EntityType.PERSON
            found.extend(a for a in self.args.actors(tok)
                         if a.via == "direct" and a.entity.type in _TARGET_TYPES and a.mention.start > verb.i
                         and not self._fragment(a.mention)
                         # "A, the head of X", "B (IRGC)": what a person's apposition names describes him
                         and (not person or a.entity.type == EntityType.PERSON))
            stack.extend(c for c in tok.children if c.dep_ == "conj" or c.dep_ == "appos" and not (
                person and self.args.mention_at(c) is not None
                and self.args.mention_at(c).entity.type != EntityType.PERSON))
        return one_per_entity(found)

    def _fragment(self, m) -> bool:
        """A name the recogniser cut out of a longer proper name, or ran on over a word of one
        ("Rosneft [CEO Name]"): a capitalised word of the phrase runs on into it from the left, or
        the name ends inside a word."""
        doc = self.ctx.doc
        if m.end < len(doc) and not doc[m.end - 1].whitespace_ and doc[m.end].is_alpha:
            return True  # a name the tokenizer cut inside a word
        if m.start == 0:
            return False
        before = doc[m.start - 1]
        if before.lower_ in self.ctx.words["title_words"] or before.lower_ in self.ctx.words["title_heads"]:
            return False  # "Minister of Health [Name]": the portfolio's last word, no part of the name
        return before.pos_ == "PROPN" and before.dep_ in ("compound", "nmod") and m.start <= before.head.i < m.end

    def _events(self, sent) -> list[tuple[list[Arg], Modality, object]]:
        """The sanction events a sentence tells whose imposer the trigger reader reaches:
        (imposers, modality, trigger); the clause's subject first ("X announced sanctions against
        oligarchs from Y" is X's)."""
        found = []
        for trig, objects, mod in self.triggers.told_events(sent, _RELATION, first="subj"):
            imposers = [a for a in objects if a.entity.type in _IMPOSER_TYPES]
            if imposers:
                found.append((one_per_entity(imposers), mod, trig))
        return found

    def _told_group(self, prev, holder) -> bool:
        """Whether the sentence before sanctioned the group a pronoun or definite noun stands for:
        a sanction trigger there, and, for a noun, that noun in the sentence."""
        if not self.triggers.told_events(prev, _RELATION):
            return False
        if holder.lower_ in self.pronouns:
            return True
        lemma = holder.lemma_.lower()
        return lemma in docindex.of(prev.doc).lemmas[prev.start:prev.end]

    def _sentence_before(self, sent):
        """The sentence before, also over a paragraph break: news gives each sentence a paragraph
        of its own, and a list of targets opens the one after the announcement."""
        if sent.start == 0:
            return None
        prev = self.ctx.sentence(sent.start - 1)
        return prev if self.ctx.is_prose(prev) else None
