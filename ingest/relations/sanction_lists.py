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

A listing clause may also say itself what it lists (`_self_told`): a definite list noun with no
owner ("The list of those sanctioned includes A", "The latest listings include B";
`list_nouns`), or a definite plural noun a word of `qualifiers` qualifies ("The targeted
officials include C"), stands for the listing the sentence before made with whatever noun, or,
when that sentence tells no sanction, the one before it. A listing of persons (`person_nouns`)
lists persons only; those a plural group's own phrase names ("family members of A and B") and
the firms a title's phrase names ("chairman of X") are no members.
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
        self.list_nouns = set(self.frame["list_nouns"])
        self.qualifiers = set(self.frame["qualifiers"])
        self.person_nouns = set(self.frame["person_nouns"])
        self.event_verbs = set(self.frame["event_verbs"])

    def read(self) -> list[Fact]:
        out: list[Fact] = []
        index = docindex.of(self.ctx.doc)
        for sent in self.ctx.prose():
            for i in range(sent.start, sent.end):  # (the strings of the index: no Token made or decoded anew)
                lemma = index.lemmas[i]
                if index.poses[i] not in ("VERB", "AUX"):
                    continue
                listing = lemma in self.list_verbs or lemma in self.copulas
                if not listing and lemma not in self.event_verbs:
                    continue
                verb = index.tokens[i]
                holders = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
                if len(holders) != 1:
                    continue
                # "The new sanctions include A": a sanction noun lists its targets with an event verb
                if listing and self._anaphor(holders[0]) or lemma in self.event_verbs and self._sanction_noun(holders[0]):
                    out.extend(self._listed(sent, verb, holders[0]))
        return out

    def _anaphor(self, holder) -> bool:
        """"They", "These", "The officials", "The seven officials": a pronoun or a definite
        plural group noun with no name, phrase or modifier of its own; or a definite noun that
        says itself what it stands for (`_self_told`)."""
        if self.ctx.mention_at(holder) is not None:
            return False
        if self._pronoun(holder):
            return True
        if holder.lemma_.lower() in self.ctx.lex["nouns"]:
            return False  # "the sanctions include ...": an event noun is no group of targets
        if self._self_told(holder):
            return True
        return holder.tag_ == "NNS" and self._definite(holder) \
            and not any(c.dep_ in ("prep", "acl", "amod", "compound", "poss") for c in holder.children)

    def _pronoun(self, holder) -> bool:
        """"They", "These", "Those": a listing's pronoun subject (a determiner the parser may tag so)."""
        return holder.lower_ in self.pronouns and holder.pos_ in ("PRON", "DET")

    def _definite(self, holder) -> bool:
        return any(c.dep_ in ("det", "amod") and c.lower_ in self.determiners for c in holder.children)

    def _owners(self, holder) -> list[Arg]:
        """The state or body whose list noun this is ("X's stop list"; a capital for its state)."""
        found = []
        for c in holder.children:
            m = self.args.mention_at(c) if c.dep_ == "poss" else None
            if m is not None and m.entity.type == EntityType.CITY and m.alt is not None:
                m = m.as_state()
            if m is not None and m.entity.type in _IMPOSER_TYPES:
                found.append(Arg(m, "owner"))
        return found

    def _self_told(self, holder) -> bool:
        """"The list of those sanctioned", "The latest listings", "X's blacklist": a definite or
        owned list noun (`list_nouns`) is the listing a sanction made; "The targeted officers",
        "Other sanctioned officials", "The six people subject to these sanctions", "Those
        sanctioned by X": a definite plural noun, or a pronoun, a word of `qualifiers` qualifies
        is the group a sanction hit, whatever noun it named it by; "The new sanctions include":
        the sanction itself, a trigger of the sentence, lists its targets."""
        if holder.lemma_.lower() in self.list_nouns and (self._definite(holder) or bool(self._owners(holder))):
            return True
        if self._pronoun(holder):
            return any(c.dep_ in ("acl", "amod") and self._qualifier(c) for c in holder.children)
        if self._sanction_noun(holder):
            return True
        if not self._definite(holder) or any(c.dep_ == "poss" for c in holder.children):
            return False
        return holder.tag_ == "NNS" and any(c.dep_ in ("amod", "acl") and self._qualifier(c) for c in holder.children)

    def _qualifier(self, word) -> bool:
        return word.lower_ in self.qualifiers and (
            word.lower_ not in self.ctx.lex["subjection_words"] or any(k.dep_ == "prep" for k in word.children))

    def _sanction_noun(self, holder) -> bool:
        """A plural sanction noun its sentence tells as a sanction ("The new sanctions")."""
        return holder.tag_ == "NNS" and holder.lemma_.lower() in self.ctx.lex["nouns"] and any(
            trig.i == holder.i for trig, _, _ in self.triggers.told_events(self.ctx.sentence(holder.i), _RELATION))

    def _listed(self, sent, verb, holder) -> list[Fact]:
        strict = self._self_told(holder)
        events = self._own_events(sent, holder) if strict else []
        if not events:
            prev = self._told_before(sent, holder, strict)
            if prev is None:
                return []
            events = self._events(prev)
        members = self._members(verb, strict=strict)
        if strict and self._of_persons(holder):
            # "The list of blacklisted officials includes ...": what the recogniser took for a firm
            # there ran a portfolio on into a name
            members = [m for m in members if m.entity.type == EntityType.PERSON]
        if not members:
            return []
        imposers = {a.entity.id: a for imp, _, _ in events for a in imp}
        if len(imposers) != 1 or {m for _, m, _ in events} != {Modality.ASSERTED} \
                or modality_mod.read(verb).modality != Modality.ASSERTED:
            return []
        imposer = next(iter(imposers.values()))
        date = temporal.clause_date(events[0][2], self.ctx.article.published)
        return [self.ctx.make_fact(m.entity, _RELATION, imposer.entity, sent, Modality.ASSERTED,
                                   self.ctx.conf["anaphora"], date=date, cameo=self.frame["cameo"])
                for m in members if m.entity.id != imposer.entity.id]

    def _own_events(self, sent, holder) -> list[tuple[list[Arg], Modality, object]]:
        """The sanction a listing that names itself tells in its own subject, with its imposer:
        "Those sanctioned by X include", "X's blacklist includes", "The new Ruritanian sanctions
        include"; the trigger is the subject or a word of its phrase."""
        own = {t.i for t in holder.subtree}
        # the trigger and its imposer both inside the subject ("The list of targeted executives"
        # names no one who targets them: that is the sanction told before)
        found = [e for e in self._events(sent) if e[2].i in own and all(a.mention.start in own for a in e[0])]
        if found:
            return found
        owners = self._owners(holder)
        if owners and holder.lemma_.lower() in self.list_nouns:
            return [(one_per_entity(owners), Modality.ASSERTED, holder)]
        return []

    def _told_before(self, sent, holder, strict: bool):
        """The sentence whose sanction the listing recalls: the sentence before; for a listing
        that names itself or a group noun, the nearest of the `reach` sentences before that tells
        a sanction whose imposer the trigger reader reaches, so long as no sentence between tells
        one without (a credit or a quotation between the sanction and its list)."""
        prev = self._sentence_before(sent)
        pronoun = holder.lower_ in self.pronouns and not strict
        for _ in range(1 if pronoun else self.frame["reach"]):
            if prev is None:
                return None
            told = self._events(prev)
            if told and self._told_group(prev, holder):
                return prev
            if told:
                return None  # another group's sanction between: the listing is not that one's
            prev = self._sentence_before(prev)
        return None

    def _members(self, verb, strict: bool = False) -> list[Arg]:
        """The persons and organisations the clause lists: its object or complement after the
        verb, their conjuncts and appositions (not the phrases of their descriptions). A listing
        that names itself (`strict`) takes no one a plural group's own phrase names ("family members
        of A and B") and only persons from a title's phrase ("chairman of X")."""
        heads = [c for c in verb.children if c.i > verb.i and (
            c.dep_ in ("dobj", "attr") or c.dep_ in ("conj", "npadvmod", "appos") and c.pos_ in ("NOUN", "PROPN"))]
        found: list[Arg] = []
        seen: set[int] = set()
        owners: set[int] = set()  # "family members of A and B": B may be the members' second owner
        stack = list(heads)
        while stack:
            tok = stack.pop()
            if tok.i in seen:
                continue
            seen.add(tok.i)
            own = self.args.mention_at(tok)
            person = own is not None and own.entity.type == EntityType.PERSON
            if strict and own is None and self._owned_by_person(tok):
                owners.update(c.i for c in tok.children if c.dep_ == "conj")
            if tok.i in owners and person:
                stack.extend(c for c in tok.children if c.dep_ == "conj")
                continue
            # "family members of president X": whom a group's phrase names is not listed; a title's
            # phrase ("Minister of Culture X", "chief of staff Y") names its holder, a person only
            phrased = {t.i for c in tok.children if c.dep_ == "prep" for t in c.subtree} if strict else set()
            group = tok.tag_ == "NNS"
            found.extend(a for a in self.args.actors(tok)
                         if a.via == "direct" and a.entity.type in _TARGET_TYPES and a.mention.start > verb.i
                         and (a.mention.start not in phrased or not group and a.entity.type == EntityType.PERSON)
                         and not self._fragment(a.mention)
                         # "A, the head of X", "B (IRGC)": what a person's apposition names describes him
                         and (not person or a.entity.type == EntityType.PERSON))
            stack.extend(c for c in tok.children if c.dep_ == "conj" or c.dep_ == "appos" and not (
                person and self.args.mention_at(c) is not None
                and self.args.mention_at(c).entity.type != EntityType.PERSON))
        return one_per_entity(found)

    def _of_persons(self, holder) -> bool:
        """Whether the listing says it lists persons: its noun, or the noun of a list noun's "of"
        phrase, is one of `person_nouns` ("The targeted officials", "The list of sanctioned persons")."""
        kinds = [holder] + [k for c in holder.children if c.dep_ == "prep" and c.lower_ == "of"
                            and holder.lemma_.lower() in self.list_nouns for k in c.children if k.dep_ == "pobj"]
        return any(k.lower_ in self.person_nouns for k in kinds)

    def _owned_by_person(self, tok) -> bool:
        """A plural noun whose "of" phrase names a person ("members of A", "relatives of A")."""
        return tok.tag_ == "NNS" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            (m := self.args.mention_at(k)) is not None and m.entity.type == EntityType.PERSON
            for k in c.children if k.dep_ == "pobj") for c in tok.children)

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
        if holder.lower_ in self.pronouns or self._self_told(holder):
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
