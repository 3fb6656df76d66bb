"""Which entity mentions a trigger's arguments reach through the parse: names and their
coordination and apposition, actor nouns standing for their state ("officials from Russia"),
a post standing for its holder ("South Korea's president"), pronouns and "the two countries",
the owner of a patient noun, the subject of a verb through control and relative clauses."""
from __future__ import annotations

from dataclasses import dataclass

from ingest.mentions import Mention
from schemas.models import Entity, EntityType

_ACTOR_TYPES = {EntityType.PERSON, EntityType.STATE, EntityType.ORGANIZATION}


def _one_per_entity(items: list) -> list:
    """First occurrence of each entity, in order (arguments and mentions both carry .entity)."""
    seen: set[str] = set()
    unique = []
    for item in items:
        if item.entity.id not in seen:
            seen.add(item.entity.id)
            unique.append(item)
    return unique


@dataclass
class Arg:
    mention: Mention
    via: str = "direct"   # direct | actor_noun | owner | anaphora

    @property
    def entity(self) -> Entity:
        return self.mention.entity


class ArgumentReader:
    """The argument-finding part of SentenceReader; reads self.doc, self.res, self.lex, self.w
    and the roles SentenceReader.index_roles records."""

    def _described_person(self, tok) -> list[Arg]:
        """"South Korea's president", "the North Korean leader": the article's holder of that post."""
        if not getattr(self, "role_holders", None):
            return []
        if tok.lemma_.lower() not in self.w["title_heads"] and tok.lower_ not in self.w["title_heads"]:
            return []
        for c in tok.children:
            if c.dep_ in ("poss", "amod", "compound"):
                m = self.mention_at(c)
                if m is not None and m.entity.type == EntityType.STATE:
                    person = self.role_holders.get((m.entity.id, tok.lower_))
                    if person is not None:
                        return [Arg(Mention(tok.i, tok.i + 1, tok.text, "PERSON", entity=person), "description")]
        return []

    # ---- arguments -------------------------------------------------------------------
    def mention_at(self, tok) -> Mention | None:
        return self.res.at(tok.i)

    def actors(self, tok, owner: bool = False, depth: int = 0) -> list[Arg]:
        if depth > 6:
            return []
        out: list[Arg] = []
        m = self.mention_at(tok)
        if m is not None and m.entity.type in (EntityType.ORGANIZATION, EntityType.STATE):
            # "North Korean Workers' Party Secretary General Kim Jong-un": the person is the actor.
            j = m.end
            while j < len(self.doc) and (self.doc[j].lower_ in self.w["title_words"] or
                                         self.doc[j].lower_ in self.w["title_heads"]) and j - m.end < 6:
                j += 1
            person = self.mention_at(self.doc[j]) if j > m.end and j < len(self.doc) else None
            if person is not None and person.entity.type == EntityType.PERSON:
                m = person
        if m is not None:
            out.append(Arg(m, "anaphora" if "anaphora" in m.notes else "direct"))
            for c in tok.children:
                if c.dep_ == "appos" and self.mention_at(c) is not None and self.mention_at(c) is not m:
                    out.extend(self.actors(c, owner, depth + 1))
        elif tok.lower_ in self.w["relative_pronouns"] and tok.head.dep_ == "relcl":
            return self.actors(tok.head.head, owner, depth + 1)
        elif tok.ent_type_ in ("DATE", "TIME") and any(c.dep_ == "compound" and self.mention_at(c) is not None
                                                      for c in tok.children):
            # "met with Syrian President Bashar Assad Tuesday": the name parsed into the day
            for c in tok.children:
                if c.dep_ == "compound" and self.mention_at(c) is not None:
                    out.extend(self.actors(c, owner, depth + 1))
        elif tok.lower_ in self.w["person_pronouns"] and tok.pos_ == "PRON":
            out.extend(self._antecedent(tok))
        elif tok.lower_ in ("its", "their") and tok.dep_ == "poss":
            out.extend(self._collective_antecedent(tok))
        elif tok.lower_ in self.w["pair_nouns"] and any(c.lower_ in ("two", "both") for c in tok.children):
            out.extend(self._pair_antecedent(tok))
        elif tok.lower_ in self.w["person_group_nouns"] and any(c.lower_ in self.w["group_counts"] for c in tok.children):
            # "The three leaders met Zelensky": the three persons named last
            count = next(self.w["group_counts"][c.lower_] for c in tok.children if c.lower_ in self.w["group_counts"])
            out.extend(self._pair_antecedent(tok, count=count, persons=True))
        elif tok.pos_ in ("NOUN", "PROPN"):
            persons = [c for c in tok.children if c.dep_ == "appos" and self.mention_at(c) is not None]
            described = self._described_person(tok) if not persons else []
            if persons:
                for c in persons:
                    out.extend(self.actors(c, owner, depth + 1))
            elif described:
                out.extend(described)
            elif tok.lower_ in self.w["actor_nouns"] or tok.lemma_.lower() in self.w["actor_nouns"] \
                    or tok.lower_ in self.w["title_heads"] or tok.lemma_.lower() in self.w["title_heads"]:
                # "officials from Russia"; an unnamed official ("Iraq's national security
                # adviser", "a Chinese envoy") acts for the state too.
                titled = [self.mention_at(p) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj" and self.mention_at(p) is not None
                          and self.mention_at(p).entity.type == EntityType.PERSON]
                if titled and (tok.lower_ in self.w["title_heads"] or tok.lemma_.lower() in self.w["title_heads"]):
                    # "President of the European Commission Jose Manuel Barroso" parsed as one phrase
                    out.append(Arg(titled[0]))
                else:
                    out.extend(self._actor_noun_states(tok, depth))
            elif owner:
                out.extend(self._owner(tok, depth))
        # Coordination: "Russia and China", "Russian and Chinese officials".
        for c in tok.children:
            if c.dep_ == "conj":
                out.extend(self.actors(c, owner, depth + 1))
            elif m is not None and c.dep_ in ("nmod", "compound") and c.i < m.start \
                    and any(k.dep_ == "cc" for k in c.children):
                # "Obama and Vietnamese President X met": the parser hung the first conjunct on X
                first = self.mention_at(c)
                if first is not None and first is not m and first.entity.type in _ACTOR_TYPES:
                    out.append(Arg(first))
        return _one_per_entity(out)

    def _antecedent(self, pron) -> list[Arg]:
        """"he", "his", "her": the one person the sentence names before the pronoun; for a
        main-clause subject with nobody named before it, the one person of the previous
        sentence. Two candidates (or none) leave the pronoun unread."""
        sent = pron.sent
        before = {m.entity.id: m for m in self.res.mentions
                  if sent.start <= m.start < pron.i and m.entity.type == EntityType.PERSON}
        if len(before) == 1:
            return [Arg(next(iter(before.values())), "anaphora")]
        if before or pron.dep_ not in ("nsubj", "nsubjpass") or pron.head.dep_ != "ROOT" or sent.start == 0:
            return []
        prev = self.doc[sent.start - 1].sent
        earlier = {m.entity.id: m for m in self.res.mentions
                   if prev.start <= m.start < prev.end and m.entity.type == EntityType.PERSON}
        if len(earlier) == 1:
            return [Arg(next(iter(earlier.values())), "anaphora")]
        # "X met Y in Rome. He later flew to Berlin.": the main-clause subject carries on
        subjects = [a for c in prev.root.children if c.dep_ == "nsubj" for a in self.actors(c)
                    if a.entity.type == EntityType.PERSON]
        return [Arg(subjects[0].mention, "anaphora")] if len({a.entity.id for a in subjects}) == 1 else []

    def _collective_antecedent(self, pron) -> list[Arg]:
        """"its"/"their" for a state or organisation named before it in the sentence: the
        passive subject ("Russia was sanctioned by the EU over its invasion"), else the one
        that is not the active subject ("the Arab League criticized Turkey for its offensive",
        "sanctions on Turkey over its offensive"), else the subject ("China said its navy ...")."""
        kinds = (EntityType.STATE, EntityType.ORGANIZATION)
        before = [m for m in self.res.mentions if pron.sent.start <= m.start < pron.i and m.entity.type in kinds]
        if pron.head.dep_ == "appos":  # "defend the Philippines, its oldest ally": not the Philippines
            restated = self.mention_at(pron.head.head)
            before = [m for m in before if restated is None or m.entity.id != restated.entity.id]
        if not before:
            return []
        roles = {"nsubjpass": [], "nsubj": [], "other": []}
        for m in before:
            dep = self.doc[m.end - 1].dep_
            roles["nsubjpass" if dep == "nsubjpass" else "nsubj" if dep == "nsubj" else "other"].append(m)
        for group in (roles["nsubjpass"], roles["other"], roles["nsubj"]):
            ids = {m.entity.id for m in group}
            if len(ids) == 1:
                return [Arg(group[0], "anaphora")]
            if len(ids) > 1:
                return []
        return []

    def _pair_antecedent(self, tok, count: int = 2, persons: bool = False) -> list[Arg]:
        """"the two countries", "both sides": the two states named last, when exactly two
        are named in this sentence before the phrase or, failing that, the two before it;
        "the three leaders": likewise the three persons."""
        sent = tok.sent
        lo, found = sent.start, {}
        for _ in range(3):
            found = {}
            for m in self.res.mentions:
                if not lo <= m.start < tok.i:
                    continue
                if persons:
                    if m.entity.type == EntityType.PERSON:
                        found.setdefault(m.entity.id, m)
                elif m.entity.type == EntityType.STATE:
                    found.setdefault(m.entity.id, m)
                elif m.entity.type == EntityType.CITY and m.alt is not None:  # a capital: its state
                    found.setdefault(m.alt.id, Mention(m.start, m.end, m.text, "GPE", entity=m.alt))
            if len(found) >= count or lo == 0:
                break
            lo = self.doc[lo - 1].sent.start
        if len(found) != count:
            return []
        return [Arg(m, "anaphora") for m in found.values()]

    def _sporting(self, tok) -> bool:
        """"Pakistan's cricket team", "The German team arrived in Doha for the tournament": a
        sports side, which acts for no state."""
        if any(t.lower_ in self.w["sport_words"] for t in tok.subtree if t.i < tok.i):
            return True
        return tok.lemma_.lower() in ("team", "side", "squad") and any(t.lower_ in self.w["sport_events"] for t in tok.sent)

    def _actor_noun_states(self, tok, depth: int) -> list[Arg]:
        if self._sporting(tok):
            return []
        out = []
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "nmod", "poss"):
                m = self.mention_at(c)
                if m is not None and m.entity.type in (EntityType.STATE, EntityType.ORGANIZATION):
                    out.append(Arg(m, "actor_noun"))
                    for cc in c.children:
                        if cc.dep_ == "conj" and self.mention_at(cc) is not None:
                            out.append(Arg(self.mention_at(cc), "actor_noun"))
            elif c.dep_ == "prep" and c.lower_ in ("from", "of"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.extend(Arg(a.mention, "actor_noun") for a in self.actors(p, depth=depth + 1)
                                   if a.entity.type in (EntityType.STATE, EntityType.ORGANIZATION))
        return out

    def _owner(self, tok, depth: int) -> list[Arg]:
        """The actor a patient noun belongs to: "Russia's actions", "US military support",
        "launches [that the North conducted]", "these missiles" (the last owned ones)."""
        if self._sporting(tok):
            return []
        for c in tok.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod"):
                m = self.mention_at(c)
                if m is not None and m.entity.type in _ACTOR_TYPES:
                    # "American, British and French missiles": every coordinated owner
                    owners = [Arg(m, "owner")] + [Arg(self.mention_at(k), "owner") for k in c.subtree
                                                  if k.dep_ == "conj" and self.mention_at(k) is not None
                                                  and self.mention_at(k).entity.type in _ACTOR_TYPES]
                    return _one_per_entity(owners)
                if m is not None and m.entity.type == EntityType.CITY and m.alt is not None and c.dep_ == "poss":
                    # "Pyongyang's missile launch": a capital's is its government's
                    return [Arg(Mention(m.start, m.end, m.text, "GPE", entity=m.alt), "owner")]
        for c in tok.children:  # "the Syrian government's offensive": the body's state
            if c.dep_ == "poss" and self.mention_at(c) is None and c.pos_ == "NOUN":
                found = [Arg(a.mention, "owner") for a in self.actors(c, depth=depth + 1) if a.entity.type in _ACTOR_TYPES]
                if found:
                    return found
        for c in self._by_phrases(tok):
            for p in c.children:
                if p.dep_ == "pobj":
                    found = [Arg(a.mention, "owner") for a in self.actors(p, depth=depth + 1)
                             if a.entity.type in _ACTOR_TYPES]
                    if found:
                        return found
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        found = self._owner(p, depth + 1)
                        if found:
                            return found
        # An appositive restating what a clause's subject did: "X conducted launches, launches that ..."
        head = tok.head
        if tok.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in self.lex["owning_verbs"]:
            # "Iran fired missiles that are banned ...": what X fires, tests or builds is X's
            return [Arg(a.mention, "owner") for a in self.subjects(head, depth + 1)]
        if tok.dep_ in ("appos", "conj") and head.pos_ in ("VERB", "AUX"):
            return [Arg(a.mention, "owner") for a in self.subjects(head, depth + 1)]
        if tok.dep_ in ("npadvmod", "dep") and head.pos_ in ("VERB", "AUX") and any(
                t.lemma_ == tok.lemma_ for c in head.children if c.dep_ == "dobj" for t in c.subtree):
            # "X conducted missile tests, tests that ...": the repeated noun is X's.
            return [Arg(a.mention, "owner") for a in self.subjects(head, depth + 1)]
        if tok.dep_ == "appos" and head.dep_ == "dobj" and head.head.pos_ == "VERB":
            return [Arg(a.mention, "owner") for a in self.subjects(head.head, depth + 1)]
        # "these missiles": the nearest earlier same-noun phrase (up to 3 sentences) with an owner.
        if any(c.lower_ in ("these", "those", "such", "the") for c in tok.children if c.dep_ == "det"):
            sent_start = tok.sent.start
            earlier_start = max(0, sent_start - 200)
            for other in reversed(self.doc[earlier_start:sent_start]):
                if other.lemma_ == tok.lemma_ and other.pos_ == "NOUN" and other.sent.start >= sent_start - 200:
                    found = [c for c in other.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                             and self.mention_at(c) is not None and self.mention_at(c).entity.type in _ACTOR_TYPES]
                    if found:
                        return [Arg(self.mention_at(found[0]), "anaphora")]
        return []

    def _by_phrases(self, noun):
        """The by-phrase of an event noun: its own ("the attack by Hamas") or, when the noun is
        the object of an active verb, the verb's ("condemned the attack on Israel by Hamas"; the
        small parser attaches it there; an active verb has no by-agent of its own)."""
        own = [c for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"]
        if own:
            return own
        head = noun.head
        if noun.dep_ == "dobj" and head.pos_ == "VERB" and not self.passive(head):
            return [c for c in head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i]
        if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" and not self.passive(head.head):
            # "the war began with the invasion of X by Y": hung on the verb the noun's phrase is in
            return [c for c in head.head.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > noun.i]
        return []

    def subjects(self, verb, depth: int = 0) -> list[Arg]:
        if depth > 6:
            return []
        nsubjs = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        for c in nsubjs:
            if c.lower_ in self.lex["subject_pronouns"] and verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX"):
                return self._pronoun_subject(c, verb.head, depth)
            found = self.actors(c, depth=depth + 1)
            if found and all(a.via == "actor_noun" for a in found) and c is not nsubjs[-1]:
                # "the Somali militant group al-Shabab is claiming": the parser split one subject
                # in two; the name after the description is the actor, not its demonym's state.
                named = [a for n in nsubjs[nsubjs.index(c) + 1:] for a in self.actors(n, depth=depth + 1)
                         if a.via != "actor_noun"]
                if named:
                    return _one_per_entity(named)
            if found or c is nsubjs[-1]:
                return found
        for c in verb.children:
            if c.dep_ == "agent":
                return [a for p in c.children if p.dep_ == "pobj" for a in self.actors(p, depth=depth + 1)]
        if not nsubjs and verb.dep_ == "ROOT":
            # "At a meeting with X, Y praised ...": the small parser hangs the subject after
            # the comma on the fronted phrase's last name as its appositive.
            for c in verb.children:
                if c.dep_ == "prep" and c.i < verb.i:
                    for t in c.subtree:
                        if t.dep_ == "appos" and t.right_edge.i == verb.i - 1 and t.left_edge.i > 0 \
                                and self.doc[t.left_edge.i - 1].text == ",":
                            return self.actors(t, depth=depth + 1)
        head = verb.head
        if head.i == verb.i:
            return []
        if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod") and head.head.pos_ in ("VERB", "AUX"):
            return self.subjects(head.head, depth + 1)  # "X is due / likely / ready to visit Y"
        if verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
            for c in head.children:
                if c.dep_ == "nsubjpass":  # "X is expected / set / scheduled to meet Y"
                    return self.actors(c, depth=depth + 1)
        if verb.dep_ in ("xcomp", "advcl"):
            if head.lemma_.lower() in self.lex["object_control"]:
                for c in head.children:
                    if c.dep_ == "dobj":
                        return self.actors(c, depth=depth + 1)
            if head.pos_ in ("VERB", "AUX"):
                return self.subjects(head, depth + 1)
        if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
            return self.subjects(head, depth + 1)
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX", "ADJ"):
            if head.lower_ in ("of", "for", "against", "from") \
                    and head.head.lemma_.lower() in self.lex["prepositional_object_control"]:
                # "accused Azerbaijan of launching ...": the accused launched it, not the accuser
                objects = [c for c in head.head.children if c.dep_ == "dobj"]
                return [a for o in objects for a in self.actors(o, depth=depth + 1)]
            return self.subjects(head.head, depth + 1)
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            return self.actors(head, depth=depth + 1)
        if verb.dep_ == "relcl" and head.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return self.actors(head, depth=depth + 1)  # a headline: "Xi to visit France"
        return []

    def _pronoun_subject(self, pron, reporting_verb, depth: int) -> list[Arg]:
        """"Ethiopia said it deplored ...", "the minister said he would visit ...": a pronoun
        subject of a reported clause is the reporter, when its number and kind agree."""
        kinds = self.lex["subject_pronouns"][pron.lower_]
        found = self.subjects(reporting_verb, depth + 1)
        # "Kenya's foreign minister said he would ...": the unnamed official's state.
        found = [a for a in found if a.entity.type.value in kinds or a.via == "actor_noun"]
        # "they" needs a plural antecedent: "the US claimed they had ..." may mean anyone.
        return found if (len(found) >= 2) == (pron.lower_ == "they") else []

    @staticmethod
    def passive(verb) -> bool:
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return True
        return verb.dep_ == "acl" and verb.tag_ == "VBN"

    def _part_of(self, tok) -> list[Arg]:
        """"the east of the Gaza Strip", "positions in X": a part stands for the whole place."""
        if tok.pos_ == "NUM" or tok.lower_ in self.lex["quantity_words"]:
            # "five of Russia's arms makers", "some of its banks": the part is the phrase after "of".
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return self.actors(p) or self._part_of(p)
            return []
        parts = self.w["part_nouns"] | set(self.lex["place_parts"])
        if tok.lower_ not in parts and tok.lemma_.lower() not in parts:
            return []
        # "Houthi targets in Yemen", "an Islamic State target southwest of Baghdad": the named
        # owner is the actor hit, not the place the target lies in.
        for c in tok.children:
            if c.dep_ in ("compound", "poss") and self.mention_at(c) is not None:
                return [Arg(self.mention_at(c), "owner")]
        for c in tok.children:  # "an Islamic State target southwest of X": the target's owner
            if c.dep_ == "compound" and c.i < tok.i and self._part_of(c):
                return self._part_of(c)
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "in"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        found = self.actors(p)
                        if found:
                            return found
        for c in tok.children:  # "the Ukrainian town of Bucha" (a town no gazetteer has): Ukraine
            m = self.mention_at(c)
            if c.dep_ == "amod" and m is not None and m.entity.type == EntityType.STATE:
                return [Arg(m, "owner")]
        return []

    def _unknown_possessor(self, noun, subjects: list[Arg]) -> bool:
        """A noun event owned by a name the reader could not resolve ("Biden's visit") is that
        name's event: no other path may supply its subject."""
        for c in noun.children:
            if c.dep_ == "poss" and c.lower_ not in self.w["possessive_pronouns"] and c.pos_ == "PROPN":
                return not any(a.mention.start <= c.i < a.mention.end for a in subjects)
        return False

    def _poss_actor(self, poss_tok, noun) -> list[Arg]:
        if poss_tok.lower_ in self.w["possessive_pronouns"]:
            verb = self._governing_verb(noun)
            return self.subjects(verb) if verb is not None else []
        return self.actors(poss_tok)

    def _governing_verb(self, noun):
        """The verb a noun trigger is the object of: "held talks", "supplying ... in aid"."""
        node = noun
        for _ in range(4):
            if node.dep_ == "conj":
                node = node.head
                continue
            if node.dep_ in ("dobj", "attr", "nsubjpass") and node.head.pos_ in ("VERB", "AUX"):
                return node.head
            if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ in ("VERB", "AUX") \
                    and node.head.lower_ in ("in", "with", "of", "for", "during", "to", "into", "on"):
                verb = node.head.head
                if node.head.lower_ == "on":  # "is on a state visit to X", "embarked on a tour of"
                    return verb if verb.lemma_.lower() in self.lex["presence_copulas"] + ["embark", "go", "set"] else None
                if verb.lemma_.lower() in self.lex["light_verbs"] or node.head.lower_ in ("in", "with"):
                    return verb
                return None
            if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ == "NOUN":
                if node.head.head.lemma_.lower() in self.lex["reaction_nouns"]:
                    return None  # "expressed condemnation of the attack": not the attacker
                node = node.head.head  # "ties with allies": the owner of "ties"
                continue
            if node.dep_ == "pobj" and node.head.lower_ == "in" and node.head.head.ent_type_ == "MONEY":
                node = node.head.head  # "provided $100 million in aid": the sum stands for the aid
                continue
            break
        return None

    @staticmethod
    def _in_sum(noun, verb) -> bool:
        """"$3 billion in aid", "700 million euros in aid": the noun is what an amount the verb
        governs consists of."""
        amount = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
        return amount is not None and amount.dep_ == "dobj" and amount.head.i == verb.i and (
            amount.ent_type_ in ("MONEY", "CARDINAL") or any(c.like_num for c in amount.subtree))
