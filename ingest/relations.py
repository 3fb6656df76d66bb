"""Facts from the dependency parse: triggers (verbs and nouns of ingest/data/verbs.json) and the
entity mentions their arguments reach.

The reader works sentence by sentence and never guesses an argument it cannot reach through
the parse: precision matters more than recall for a knowledge graph people query. The
arguments are followed through the constructions wire copy uses all the time: coordination
("Russia and China"), apposition ("the leader of North Korea, Kim Jong Un"), actor nouns
standing for their state ("officials from Russia", "the Chinese side"), relative clauses,
passives with by-agents, control verbs ("welcomed X to visit Y") and possessive nominals
("Russia's invasion of Ukraine").
"""
from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ingest import modality as modality_mod
from ingest import temporal
from ingest.mentions import Mention, is_all_caps, words
from ingest.resolve import GazetteerView, Resolution
from schemas.models import Entity, EntityType, Evidence, Fact, Modality
from schemas.names import fold_name
from schemas.ontology import relation as relation_info

_DATA = Path(__file__).parent / "data" / "verbs.json"
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


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return json.loads(_DATA.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def trigger_lemmas() -> dict[str, set[str]]:
    """Per relation, the words that can carry it (the relation reader's lexicon), so that
    dating can find the event word of a fact's sentence."""
    lex = lexicon()
    out: dict[str, set[str]] = {}
    for kind in ("verbs", "nouns"):
        for lemma, patterns in lex.get(kind, {}).items():
            for p in patterns:
                out.setdefault(p["relation"], set()).add(lemma)
    # "paid a visit to President X" is read as a meeting
    out.setdefault("MET_WITH", set()).update(out.get("VISITED", ()))
    return out


@dataclass
class Arg:
    mention: Mention
    via: str = "direct"   # direct | actor_noun | owner | anaphora

    @property
    def entity(self) -> Entity:
        return self.mention.entity


def _after(date: str, published) -> bool:
    """Whether a YYYY[-MM[-DD]] date lies wholly after the publication day."""
    if published is None:
        return False
    pub = published.isoformat()[: len(date)]
    return date > pub


def _preps(spec: str) -> set[str]:
    return set(spec.split(":", 1)[1].split("|"))


class SentenceReader:
    """Reads the facts of one parsed, resolved article."""

    def __init__(self, doc, res: Resolution, article, gz: GazetteerView):
        self.doc, self.res, self.article, self.gz = doc, res, article, gz
        self.lex = lexicon()
        self.w = words()
        self.conf = self.lex["confidence"]
        self.noun_facts: set[int] = set()
        self.visit_triggers: list[tuple] = []  # (trigger, fact) of every VISITED read

    # ---- roles known in this article -------------------------------------------------------
    def index_roles(self, roles: list[Fact]) -> None:
        """Who holds which post for which state, as this article says: lets "South Korea's
        president" stand for the person and "his allies" for his state."""
        self.role_holders: dict[tuple[str, str], Entity] = {}
        self.person_state: dict[str, Entity] = {}
        for f in roles:
            head = (f.title or "").split()[-1].lower() if f.title else ""
            person = Entity(id=f.subject_id, name=f.subject, type=f.subject_type)
            state = Entity(id=f.object_id, name=f.object, type=f.object_type)
            self.role_holders.setdefault((f.object_id, head), person)
            if f.object_type == EntityType.STATE:
                self.person_state.setdefault(f.subject_id, state)

    def lift_person_alliance(self, fact: Fact) -> Fact | None:
        """Alliances are between states: "Kim welcomed his allies China and Russia" is North
        Korea's alliance when the article makes Kim North Korea's leader."""
        if fact.relation != "ALLIED_WITH":
            return fact
        update = {}
        for side in ("subject", "object"):
            if getattr(fact, side + "_type") == EntityType.PERSON:
                state = self.person_state.get(getattr(fact, side + "_id"))
                if state is None:
                    return None
                update.update({side: state.name, side + "_id": state.id, side + "_type": state.type})
        lifted = fact.model_copy(update=update) if update else fact
        return None if lifted.subject_id == lifted.object_id else lifted

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
        elif tok.lower_ in self.w["pair_nouns"] and any(c.lower_ in ("two", "both") for c in tok.children):
            out.extend(self._pair_antecedent(tok))
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
        return [Arg(next(iter(earlier.values())), "anaphora")] if len(earlier) == 1 else []

    def _pair_antecedent(self, tok) -> list[Arg]:
        """"the two countries", "both sides": the two states named last, when exactly two
        are named in this sentence before the phrase or, failing that, the two before it."""
        sent = tok.sent
        lo, found = sent.start, {}
        for _ in range(3):
            found = {}
            for m in self.res.mentions:
                if not lo <= m.start < tok.i:
                    continue
                if m.entity.type == EntityType.STATE:
                    found.setdefault(m.entity.id, m)
                elif m.entity.type == EntityType.CITY and m.alt is not None:  # a capital: its state
                    found.setdefault(m.alt.id, Mention(m.start, m.end, m.text, "GPE", entity=m.alt))
            if len(found) >= 2 or lo == 0:
                break
            lo = self.doc[lo - 1].sent.start
        if len(found) != 2:
            return []
        return [Arg(m, "anaphora") for m in found.values()]

    def _actor_noun_states(self, tok, depth: int) -> list[Arg]:
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
        for c in tok.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod"):
                m = self.mention_at(c)
                if m is not None and m.entity.type in _ACTOR_TYPES:
                    return [Arg(m, "owner")]
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
        return []

    def subjects(self, verb, depth: int = 0) -> list[Arg]:
        if depth > 6:
            return []
        nsubjs = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        for c in nsubjs:
            if c.lower_ in self.lex["subject_pronouns"] and verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX"):
                return self._pronoun_subject(c, verb.head, depth)
            found = self.actors(c, depth=depth + 1)
            if found or c is nsubjs[-1]:
                # "the militant group al-Shabab is claiming": the parser split one subject in two
                return found
        for c in verb.children:
            if c.dep_ == "agent":
                return [a for p in c.children if p.dep_ == "pobj" for a in self.actors(p, depth=depth + 1)]
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
            return self.subjects(head.head, depth + 1)
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            return self.actors(head, depth=depth + 1)
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
                        return self.actors(p)
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
                    and node.head.lower_ in ("in", "with", "of", "for", "during", "to", "into"):
                verb = node.head.head
                if verb.lemma_.lower() in self.lex["light_verbs"] or node.head.lower_ in ("in", "with"):
                    return verb
                return None
            if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ == "NOUN":
                node = node.head.head  # "ties with allies": the owner of "ties"
                continue
            if node.dep_ == "pobj" and node.head.lower_ == "in" and node.head.head.ent_type_ == "MONEY":
                node = node.head.head  # "provided $100 million in aid": the sum stands for the aid
                continue
            break
        return None

    @staticmethod
    def _in_sum(noun, verb) -> bool:
        """"$3 billion in aid": the noun is what a sum the verb governs consists of."""
        return noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.ent_type_ == "MONEY" \
            and noun.head.head.dep_ == "dobj" \
            and noun.head.head.head.i == verb.i

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

    # ---- triggers --------------------------------------------------------------------
    def _theme_ok(self, trig, pattern) -> bool:
        theme = pattern.get("theme")
        if not theme:
            return True
        scope = []
        for c in trig.children:
            if c.dep_ in ("dobj", "nsubjpass", "prep", "dative", "attr", "agent"):
                scope.extend(c.subtree)
        if trig.dep_ == "acl":
            scope.append(trig.head)
        if trig.pos_ == "NOUN":
            scope.append(trig)
        return any(t.lemma_.lower() in theme or t.lower_ in theme for t in scope)

    def _with_ok(self, trig, pattern) -> bool:
        need = pattern.get("with")
        if not need:
            return True
        return any(c.lemma_.lower() in need for c in trig.children if c.dep_ in ("amod", "compound"))

    def candidates(self, sent):
        verbs, nouns = self.lex["verbs"], self.lex["nouns"]
        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.pos_ in ("VERB",) and lemma in verbs:
                for pattern in verbs[lemma]:
                    yield tok, pattern, False
            elif tok.pos_ in ("NOUN", "PROPN") and lemma in nouns and self.mention_at(tok) is None:
                courtesy = self.lex["courtesy_visit"]
                if lemma in courtesy["nouns"] and any(c.lemma_.lower() in courtesy["with"] for c in tok.children):
                    yield tok, {"relation": courtesy["relation"], "cameo": courtesy["cameo"],
                                "subject": ["subj", "poss"], "object": ["prep:to|on|with"],
                                "object_types": ["Person", "State", "Organization"]}, True
                    continue
                for pattern in nouns[lemma]:
                    yield tok, pattern, True

    def read(self) -> list[Fact]:
        facts: list[Fact] = []
        for sent in self.doc.sents:
            if is_all_caps(sent.text):
                continue
            for trig, pattern, is_noun in self.candidates(sent):
                if not self._theme_ok(trig, pattern) or not self._with_ok(trig, pattern):
                    continue
                found = self._apply(trig, pattern, is_noun)
                facts.extend(found)
                if is_noun:
                    self.noun_facts.update(id(f) for f in found)
        return self._plans_stay_plans(facts)

    def _plans_stay_plans(self, facts: list[Fact]) -> list[Fact]:
        """"X plans to visit Y ... X's visit to Y will ...": a nominal mention of an event the
        article announced as planned is that planned event, not a second, past one."""
        planned = {(f.subject_id, f.relation, f.object_id) for f in facts if f.modality == Modality.PLANNED}
        out = []
        for f in facts:
            if id(f) in self.noun_facts and f.modality == Modality.ASSERTED and \
                    (f.subject_id, f.relation, f.object_id) in planned:
                f = f.model_copy(update={"modality": Modality.PLANNED})
            out.append(f)
        return out

    def _apply(self, trig, pattern, is_noun) -> list[Fact]:
        owner = bool(pattern.get("owner"))
        pairs: list[tuple[Arg, Arg]] = []
        if "pairs" in pattern:
            for path in pattern["pairs"]:
                pairs = self._pairs(trig, path)
                if pairs:
                    break
        else:
            subjects = next((s for s in (self._path(trig, p, owner, is_noun) for p in pattern["subject"]) if s), [])
            if is_noun and "poss" in pattern["subject"] and self._unknown_possessor(trig, subjects):
                subjects = []  # "during Biden's visit": Biden's, not the clause subject's
            objects = next((o for o in (self._path(trig, p, owner, is_noun) for p in pattern["object"]) if o), [])
            if not subjects and objects and not is_noun and pattern["relation"] == "VISITED":
                # "The delegation, which includes X and Y, arrived in Z": a party no state is
                # named for travels as its members
                parties = PartyVisits(self)
                group = parties._group_subject(trig)
                subjects = [Arg(m, "member") for m in parties.members(group)] if group is not None else []
            if subjects and objects:
                pairs = [(s, o) for s in subjects for o in objects]
            elif subjects and pattern.get("pairwise") and len(subjects) >= 2:
                pairs = list(itertools.combinations(subjects, 2))
        out = []
        for s, o in pairs:
            fact = self._fact(trig, pattern, is_noun, s, o)
            if fact is not None:
                out.append(fact)
        if pattern["relation"] == "MET_WITH" and out:
            out.extend(self._guest_visits(trig, out))
        if pattern["relation"] == "VISITED":
            self.visit_triggers.extend((trig, f) for f in out if f.relation == "VISITED")
        return out

    # ---- where a meeting took place --------------------------------------------------------
    def _meeting_places(self, trig) -> list[Mention]:
        """"met Putin in Sochi", "talks in the Black Sea resort of Sochi", "a meeting with X in
        the Russian Far East": places in an in/at phrase of the meeting itself or of its
        participants (the small parser attaches it to either), not of another clause."""
        heads = {trig.i} | {c.i for c in trig.children if c.dep_ in ("dobj", "pobj")}
        verb = self._governing_verb(trig) if trig.pos_ in ("NOUN", "PROPN") else None
        if verb is not None and verb.lemma_.lower() in self.lex["light_verbs"]:
            heads.add(verb.i)  # "held talks in Kazan": the place hangs on the light verb
        heads |= {p.i for c in trig.children if c.dep_ == "prep" and c.lower_ == "with"
                  for p in c.children if p.dep_ == "pobj"}
        found = []
        for tok in trig.sent:
            # "on the Indonesian island of Bali": "on" only before a place, never a day
            if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at", "on") or tok.head.head.i not in heads:
                continue
            of = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]  # "the resort of Sochi"
            for a in self.actors(tok) or [a for p in of for a in self.actors(p)] or self._part_of(tok):
                if a.entity.type in (EntityType.CITY, EntityType.PLACE, EntityType.STATE):
                    found.append(a.mention)
        return found[:1]

    def _home(self, entity: Entity) -> Entity | None:
        """The state an actor belongs to: itself, or the state it holds a post for (in this
        article first, else in the gazetteer)."""
        if entity.type == EntityType.STATE:
            return entity
        if entity.type != EntityType.PERSON:
            return None
        state = getattr(self, "person_state", {}).get(entity.id)
        if state is not None:
            return state
        for role in self.gz.roles(entity, self.article.published.isoformat() if self.article.published else None):
            found = self.gz.by_id(getattr(role, "state", "") or "")
            if found is not None and found.type == EntityType.STATE:
                return found
        return None

    def _place_state(self, m: Mention) -> Entity | None:
        ent = m.entity
        if ent.type == EntityType.STATE:
            return ent
        country = self.gz.country_of(ent)
        return country if country is not None and country.type == EntityType.STATE else None

    def _guest_visits(self, trig, meetings: list[Fact]) -> list[Fact]:
        """Who travelled to a meeting: a participant from another state than the place's when
        the other participant is at home there, or both when neither is ("Erdogan met Putin in
        Sochi": Erdogan visited Sochi; "Biden and Xi met in Bali": both did)."""
        places = self._meeting_places(trig)
        if not places:
            return []
        place = places[0]
        country = self._place_state(place)
        if country is None:
            return []
        out = []
        for f in meetings:
            sides = [Entity(id=f.subject_id, name=f.subject, type=f.subject_type),
                     Entity(id=f.object_id, name=f.object, type=f.object_type)]
            homes = [self._home(e) for e in sides]
            if any(h is None for h in homes) or homes[0].id == homes[1].id:
                continue
            for side, home, other_home in ((sides[0], homes[0], homes[1]), (sides[1], homes[1], homes[0])):
                if home.id == country.id:
                    continue
                # A region ("the Russian Far East") is visited as its state; a city as itself.
                targets = [country] if place.entity.type == EntityType.PLACE else [place.entity]
                for target in targets:
                    if target.id == side.id:
                        continue
                    out.append(f.model_copy(update={
                        "subject_id": side.id, "subject": side.name, "subject_type": side.type,
                        "relation": "VISITED", "object_id": target.id, "object": target.name,
                        "object_type": target.type, "cameo": "042",
                        "confidence": round(min(f.confidence, self.conf["guest_visit"]), 2)}))
        return out

    def _fact(self, trig, pattern, is_noun, s: Arg, o: Arg) -> Fact | None:
        rel = pattern["relation"]
        subj, obj = s.entity, o.entity
        # A capital acting stands for its government; as a destination it is the city.
        if subj.type == EntityType.CITY:
            if s.mention.alt is None:
                return None
            subj = s.mention.alt
        if obj.type == EntityType.CITY and rel not in ("VISITED", "ATTACKED"):
            if o.mention.alt is None:
                return None
            obj = o.mention.alt
        if rel == "VISITED" and obj.type == EntityType.PERSON:
            rel = "MET_WITH"  # "paid a visit to President X"
        info = relation_info(rel)
        if subj.type.value not in (pattern.get("subject_types") or info.subject_types):
            return None
        if obj.type.value not in (pattern.get("object_types") or info.object_types):
            return None
        if subj.id == obj.id:
            return None
        if pattern.get("object_kinds") and self._kind(obj) not in pattern["object_kinds"]:
            return None  # "joined NATO" is an alliance; "joined the WTO" is not
        reading = self._modality(trig, pattern, is_noun)
        mod, conf = reading.modality, reading.confidence
        if pattern.get("planned") and mod == Modality.ASSERTED:
            mod = Modality.PLANNED
        base = self.conf["noun" if is_noun else "verb"]
        for a in (s, o):
            if a.via == "actor_noun":
                base = min(base, self.conf["state_via_actor_noun"])
            elif a.via == "owner":
                base = min(base, self.conf["owner"])
            elif a.via == "anaphora":
                base = min(base, self.conf["anaphora"])
            elif a.via == "member":
                base = min(base, self.conf["group_member"])
        conf = round(min(conf, base) if conf < 0.9 else base, 2)
        date = temporal.clause_date(trig, self.article.published, prefer_future=(mod == Modality.PLANNED))
        if mod == Modality.ASSERTED and date and _after(date, self.article.published):
            mod = Modality.PLANNED  # an event dated after the article was written has not happened
        cameo = pattern.get("cameo") or info.default_cameo
        if rel == "MET_WITH" and pattern["relation"] == "VISITED":
            cameo = "043"
        if rel == "ATTACKED" and subj.type == EntityType.PERSON:
            state = self._acting_state(subj, date)
            if state is not None and state.id != obj.id:
                subj = state  # a leader's act of war is his state's
        return self.make_fact(subj, rel, obj, trig.sent, mod, conf, date=date, cameo=cameo)

    def _acting_state(self, person: Entity, date: str | None) -> Entity | None:
        """The state a person acted for: the one this article gives him a post in, else the one
        the gazetteer has him holding office for at the event's date (or the article's), else,
        for a former holder, the only state he ever held office for."""
        state = getattr(self, "person_state", {}).get(person.id)
        if state is not None:
            return state
        published = self.article.published.isoformat() if self.article.published else None
        for on in dict.fromkeys(d for d in (date, published, None) if d or d is None):
            states = {getattr(r, "state", None) for r in self.gz.roles(person, on)}
            states.discard(None)
            if len(states) == 1:
                found = self.gz.by_id(next(iter(states)))
                if found is not None and found.type == EntityType.STATE:
                    return found
            if states:
                return None
        return None

    def _kind(self, entity: Entity) -> str | None:
        """The gazetteer's kind of an organisation ("military alliance"), if it knows one."""
        g = self.gz.g
        entry = g.by_id(entity.id) if g is not None and hasattr(g, "by_id") else None
        return (getattr(entry, "attributes", None) or {}).get("kind") if entry is not None else None

    def _modality(self, trig, pattern, is_noun):
        """A noun's event is only as planned or negated as the verb that carries it ("will hold
        talks"); a verb it is merely the object of ("condemning Russia's attack") says nothing
        about whether the attack happened. Relational nouns ("allies") read only their copula."""
        if not is_noun:
            return modality_mod.read(trig)
        verb = self._governing_verb(trig)
        if pattern.get("stative"):
            node = trig
            while node.dep_ == "conj":
                node = node.head
            if node.dep_ in ("attr", "acomp") and node.head.lemma_.lower() in self.lex["copulas"]:
                if any(c.lower_ in modality_mod.cues()["negation_words"] for c in trig.children):
                    # "neighbours but not allies"
                    return modality_mod.Reading(Modality.NEGATED, modality_mod.cues()["negated_confidence"])
                return modality_mod.read(node.head)
            return modality_mod.read(trig, noun_trigger=True, local=True)
        if verb is not None and verb.lemma_.lower() in modality_mod.cues()["planned_heads"] and (
                trig.dep_ in ("dobj", "conj") or self._in_sum(trig, verb)):  # "pledged $3 billion in aid"
            return modality_mod.Reading(Modality.PLANNED, self.lex["confidence"]["noun"])  # "arrange a summit"
        if verb is not None and modality_mod.phrasal_lemma(verb) in modality_mod.cues()["negating_heads"] and trig.dep_ in ("dobj", "conj", "nsubjpass"):
            # "postponed a trip to China", "called off the talks", "lifted sanctions on Iran"
            return modality_mod.Reading(Modality.NEGATED, modality_mod.cues()["negated_confidence"])
        if verb is not None and (verb.lemma_.lower() in self.lex["light_verbs"]) and trig.dep_ in ("dobj", "conj", "pobj"):
            return modality_mod.read(verb)
        if trig.dep_ in ("nsubj", "nsubjpass"):
            return modality_mod.read(trig, noun_trigger=True)
        own = modality_mod.read(trig, noun_trigger=True)
        if own.modality != Modality.ASSERTED and not any(
                c.lower_ in modality_mod.cues()["planned_nouns"] or c.lower_ in modality_mod.cues()["negation_words"]
                for c in trig.children):
            return modality_mod.Reading(Modality.ASSERTED, min(0.9, own.confidence if own.confidence < 0.9 else 0.9))
        return own

    def evidence(self, sent) -> Evidence:
        start = sent.start_char
        end = sent.end_char
        text = self.doc.text
        while end > start and text[end - 1].isspace():
            end -= 1
        return Evidence(article_id=self.article.id, sentence=text[start:end], start=start, end=end)

    def make_fact(self, subj: Entity, rel: str, obj: Entity, sent, mod, conf, date=None, cameo=None, title=None) -> Fact:
        return Fact(subject_id=subj.id, subject=subj.name, subject_type=subj.type, relation=rel,
                    object_id=obj.id, object=obj.name, object_type=obj.type, date=date, modality=mod,
                    confidence=max(0.0, min(1.0, conf)), title=title, cameo=cameo,
                    evidence=self.evidence(sent))


# ---- roles ---------------------------------------------------------------------------------
_APPOINT = ("appoint", "reappoint", "re-appoint", "named", "names", "name ", "nominat", "elect", "re-elect",
            "reelect", "promot", "install")
_TITLE_SMALL = {"of", "for", "and", "the", "on", "in", "to", "at"}


def _title_case(words_: list[str]) -> str:
    out = []
    for i, word in enumerate(words_):
        low = word.lower()
        if low in _TITLE_SMALL and i > 0:
            out.append(low)
        elif word.isupper() and len(word) > 1:
            out.append(word)
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


class RoleReader:
    """HOLDS_ROLE from titles: "Indian Defence Minister Rajnath Singh", "the leader of North
    Korea, Kim Jong Un", "Yoon Suk Yeol, South Korean president", "China reappointed Wang Yi as
    foreign minister"."""

    def __init__(self, reader: SentenceReader):
        self.r = reader
        self.w = reader.w

    def _is_title_token(self, tok) -> bool:
        low = tok.lower_
        return low in self.w["title_heads"] or low in self.w["title_words"] or tok.lemma_.lower() in self.w["title_heads"]

    def _state_prefix(self, text: str) -> tuple[Entity, int] | None:
        """The state an organisation's name starts with ("Chinese Foreign Ministry",
        "China's Ministry of Foreign Affairs") and how many words name it."""
        from ingest.resolve import _demonym_fallback

        parts = text.split()
        states = [e for e in self.r.res.entities.values() if e.type == EntityType.STATE]
        for n in (2, 1):
            if len(parts) <= n:
                continue
            head = re.sub(r"(’s|'s)$", "", " ".join(parts[:n]))
            state = self.r.gz.demonym_state(head) or self.r.gz.lookup(head)
            if state is None:
                state = next((e for e in states if fold_name(e.name) == fold_name(head)), None) \
                    or _demonym_fallback(head, states)
            if state is not None and state.type == EntityType.STATE:
                return state, n
        return None

    def _employer(self, m: Mention | None) -> Entity | None:
        if m is None:
            return None
        ent = m.entity
        if ent.type == EntityType.CITY:
            return m.alt
        if ent.type == EntityType.ORGANIZATION:
            # A state's own body named after it ("Chinese Foreign Ministry") means the state.
            found = self._state_prefix(m.text)
            return found[0] if found else ent
        if ent.type == EntityType.STATE:
            return ent
        return None

    def _org_rest(self, m: Mention, employer: Entity) -> list[str]:
        """"Chinese Foreign Ministry" read as China: "Foreign Ministry" belongs to the title."""
        if m.entity.id == employer.id:
            return []
        found = self._state_prefix(m.text)
        if found and found[0].id == employer.id:
            return m.text.split()[found[1]:]
        return []

    def premodifier(self, m: Mention):
        doc = self.r.doc
        i = m.start - 1
        words_: list[str] = []
        employer = None
        has_head = False
        sent_start = doc[m.start].sent.start
        while i >= sent_start:
            tok = doc[i]
            other = self.r.mention_at(tok)
            if other is not None and other is not m and all(
                    self._is_title_token(t) for t in doc[other.start:other.end]):
                # "Defense" tagged ORG in "Russian Defense Minister": part of the title.
                words_ = [t.text for t in doc[other.start:other.end]] + words_
                i = other.start - 1
                continue
            if other is not None and other is not m:
                emp = self._employer(other)
                if emp is None or employer is not None:
                    break
                employer = emp
                words_ = self._org_rest(other, emp) + words_
                i = other.start - 1
                continue
            if tok.text in ("’s", "'s") and i > sent_start and self.r.mention_at(doc[i - 1]) is not None:
                i -= 1
                continue
            if tok.text in ("-", "‐") and words_ and i - 1 >= sent_start and self._is_title_token(doc[i - 1]) \
                    and not tok.whitespace_ and not doc[i - 1].whitespace_:
                words_[0] = doc[i - 1].text + "-" + words_[0]  # "Secretary-General"
                if doc[i - 1].lower_ in self.w["title_heads"] or words_[0].lower() in self.w["title_heads"]:
                    has_head = True
                i -= 2
                continue
            if tok.lower_ == "the" and employer is not None and not words_ and i - 1 >= sent_start \
                    and doc[i - 1].lower_ == "of":
                i -= 2  # "President of the European Commission Jose Manuel Barroso"
                continue
            if self._is_title_token(tok) or (tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.dep_ == "compound"):
                if tok.lower_ in ("the", "of", "and", "for") and not words_:
                    break
                if tok.lower_ == "the":
                    break
                words_.insert(0, tok.text)
                if tok.lower_ in self.w["title_heads"] or tok.lemma_.lower() in self.w["title_heads"]:
                    has_head = True
                i -= 1
                continue
            break
        while words_ and words_[0].lower() in _TITLE_SMALL:
            words_.pop(0)
        if not has_head or employer is None or not words_:
            return None
        return employer, words_

    def appositive(self, m: Mention):
        """A title phrase set off by commas next to the name, either side: "the leader of North
        Korea, Kim Jong Un," / "Yoon Suk Yeol, South Korean president,". Read on the token
        sequence: the small parser's attachments in long appositive lists are unreliable."""
        doc = self.r.doc
        sent = doc[m.start].sent
        phrases = []
        first = m.start
        # "the US commander in Iraq, General David Petraeus": a rank between comma and name
        while first - 1 > sent.start and doc[first - 1].text[:1].isupper() and self._is_title_token(doc[first - 1]) \
                and self.r.mention_at(doc[first - 1]) is None and m.start - first < 3:
            first -= 1
        if first - 2 >= sent.start and doc[first - 1].text == ",":
            j = first - 2
            while j >= sent.start and doc[j].text not in (",", ";", ":", "“", "”", '"', "(", ")") \
                    and doc[j].pos_ not in ("VERB", "AUX") and doc[j].lower_ not in ("and", "or", "but") \
                    and first - j <= 16:
                j -= 1
            phrases.append(list(doc[j + 1:first - 1]))
        if m.end + 1 < sent.end and doc[m.end].text == ",":
            j = m.end + 1
            while j < sent.end and doc[j].text not in (",", ";", ":", "“", "”", '"', "(", ")", ".") \
                    and doc[j].pos_ not in ("VERB", "AUX") and j - m.end <= 16:
                j += 1
            if j < sent.end and (doc[j].text in (",", ".", ")") or doc[j].pos_ in ("VERB", "AUX")):
                phrases.append(list(doc[m.end + 1:j]))
        for tokens in phrases:
            found = self._title_phrase(tokens, m)
            if found:
                return found
        return None

    def _title_phrase(self, tokens, m: Mention):
        if not tokens or not any(t.lower_ in self.w["title_heads"] or t.lemma_.lower() in self.w["title_heads"]
                                 for t in tokens):
            return None
        if any(self.r.mention_at(t) is not None and self.r.mention_at(t).entity.type == EntityType.PERSON
               for t in tokens):
            return None
        employer, emp_tokens, cut = None, set(), None
        seen_head = False
        for k, t in enumerate(tokens):
            if t.lower_ in self.w["title_heads"] or t.lemma_.lower() in self.w["title_heads"]:
                seen_head = True
            other = self.r.mention_at(t)
            if other is None or employer is not None:
                continue
            prev = tokens[k - 1].lower_ if k > 0 else ""
            if prev in ("to", "in", "with", "on", "toward", "towards", "against"):
                continue  # "ambassador to Russia": the host, not the employer
            emp = self._employer(other)
            if emp is None:
                continue
            employer = emp
            emp_tokens.update(range(other.start, other.end))
            if seen_head and prev in ("of", "for", "at"):
                cut = k - 1  # "the Defense Minister of Russia": the title ends before "of"
        if employer is None:
            return None
        kept = tokens[:cut] if cut is not None else tokens
        words_ = [t.text for t in kept if t.i not in emp_tokens and t.dep_ not in ("det",)
                  and t.lower_ not in ("a", "an", "the") and t.text not in ("’s", "'s", ",")]
        while words_ and words_[-1].lower() in _TITLE_SMALL:
            words_.pop()
        while words_ and words_[0].lower() in _TITLE_SMALL:
            words_.pop(0)
        return (employer, words_) if words_ else None

    def bare_title(self, m: Mention):
        """"with Prime Minister Ulf Kristersson handing over ...", "the then leader X": a title
        before the name and no state in the phrase. The state is the one the gazetteer gives the
        person for that title (at the article's time, or any time for a 'then'/'former' title),
        else the only state the article has named so far; anything less certain is no role."""
        doc = self.r.doc
        i, words_ = m.start - 1, []
        sent_start = doc[m.start].sent.start
        while i >= sent_start and self._is_title_token(doc[i]) and self.r.mention_at(doc[i]) is None \
                and doc[i].lower_ not in ("the", "of", "and", "for"):
            words_.insert(0, doc[i].text)
            i -= 1
        if i >= sent_start and self.r.mention_at(doc[i]) is not None:
            return None  # "Russian President X", "Kenya's X": the premodifier reader's case
        if not any(w.lower() in self.w["title_heads"] for w in words_):
            return None
        past = any(w.lower() in ("then", "former", "late", "ex") for w in words_)
        words_ = [w for w in words_ if w.lower() not in ("then", "late")]
        title = self.r.gz.normalise_title(" ".join(words_))
        if not title:
            return None
        published = self.r.article.published.isoformat() if self.r.article.published else None
        on = None if past else published
        roles = self.r.gz.roles(m.entity, on) if published or past else []
        wanted = title[len("Former "):] if title.startswith("Former ") else title
        states = {getattr(r, "state", None) for r in roles if getattr(r, "title", None) == wanted}
        if len(states) == 1:
            found = self.r.gz.by_id(next(iter(states)) or "")
            if found is not None and found.type in (EntityType.STATE, EntityType.ORGANIZATION):
                return found, words_
        root = doc[m.start:m.end].root
        if past or root.dep_ not in ("nsubj", "nsubjpass"):
            return None  # only an acting holder of a current post is read from context
        named = {x.entity.id: x.entity for x in self.r.res.mentions
                 if x.start < m.start and x.entity.type == EntityType.STATE}
        if len(named) == 1 and not any(x.entity.type == EntityType.STATE and x.entity.id not in named
                                       for x in self.r.res.mentions if x.start > m.start):
            return next(iter(named.values())), words_
        return None

    def appointment(self, m: Mention):
        """"X has (re)appointed P as foreign minister"."""
        root = self.r.doc[m.start:m.end].root
        verb = root.head
        if root.dep_ != "dobj" or not verb.lower_.startswith(_APPOINT):
            return None
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                for p in c.children:
                    if p.dep_ == "pobj" and (p.lemma_.lower() in self.w["title_heads"] or p.lower_ in self.w["title_heads"]):
                        subj = [a for a in self.r.subjects(verb) if a.entity.type in (EntityType.STATE, EntityType.ORGANIZATION)]
                        if subj:
                            words_ = [t.text for t in p.subtree if t.dep_ not in ("det", "punct")]
                            return subj[0].entity, words_, verb
        return None

    def read(self) -> list[Fact]:
        facts = []
        for m in self.r.res.mentions:
            if m.entity.type != EntityType.PERSON:
                continue
            sent = self.r.doc[m.start].sent
            if is_all_caps(sent.text):
                continue
            found, date, trig = None, None, self.r.doc[m.start]
            appointed = self.appointment(m)
            if appointed:
                employer, words_, trig = appointed
                date = temporal.clause_date(trig, self.r.article.published)
                found = (employer, words_)
            found = found or self.premodifier(m) or self.appositive(m) or self.bare_title(m)
            if not found:
                continue
            employer, words_ = found
            title = _title_case(words_)
            title = self.r.gz.normalise_title(title) or title
            conf = self.r.conf["role"]
            if modality_mod.read(trig, local=True).modality == Modality.NEGATED:
                continue
            facts.append(self.r.make_fact(m.entity, "HOLDS_ROLE", employer, sent, Modality.ASSERTED, conf,
                                          date=date, title=title))
        return facts


def located_in(reader: SentenceReader) -> list[Fact]:
    """City -> State for cities named literally, from the gazetteer's geography."""
    facts, seen = [], set()
    for m in reader.res.mentions:
        if m.entity.type != EntityType.CITY or m.entity.id in seen:
            continue
        country = reader.gz.country_of(m.entity)
        if country is None or country.type != EntityType.STATE:
            continue
        seen.add(m.entity.id)
        sent = reader.doc[m.start].sent
        facts.append(reader.make_fact(m.entity, "LOCATED_IN", country, sent, Modality.ASSERTED,
                                      reader.conf["located"]))
    return facts


class PartyVisits:
    """Who travelled with a visit the article reports of a state or a party of its officials.

    Wire copy reports the visit once ("Senior officials from Japan visited Manila") and names
    the travellers apart ("The officials, who include Defence Minister X, ..."; "a delegation
    led by X"); and it shows a visiting state's official with the hosts ("X met President Y",
    "Y and X watched a parade") without repeating that X travelled. Both say X made the trip."""

    def __init__(self, reader: SentenceReader):
        self.r = reader
        self.spec = reader.lex["group_members"]
        self.groups = set(reader.w["group_nouns"])

    def _is_group(self, tok) -> bool:
        return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in self.groups and self.r.mention_at(tok) is None

    # ---- 1. members of a travelling party -----------------------------------------------------
    def _group_subject(self, trig):
        """The group noun a visit verb has for subject: "officials ... visited", "the
        delegation arrived", "the officials who travelled to Y"."""
        verb = trig
        for _ in range(3):
            for c in verb.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    if self._is_group(c):
                        return c
                    if c.lower_ in self.r.w["relative_pronouns"] and verb.dep_ == "relcl" and self._is_group(verb.head):
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
        found = [a.mention for a in self.r.actors(tok) if a.entity.type == EntityType.PERSON]
        inner = [t.i for t in tok.subtree if t.dep_ in ("relcl", "acl", "advcl")]
        stop = min(inner) if inner else tok.right_edge.i + 1
        within = [m for m in self.r.res.mentions if tok.left_edge.i <= m.start < stop
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
        if group.dep_ == "pobj" and head.lower_ == "among" and head.head.lemma_.lower() in self.r.lex["copulas"]:
            out.extend(m for c in head.head.children if c.dep_ == "nsubj" for m in self._persons(c))
        return _one_per_entity(out)

    def _anaphors(self, sent):
        """"The officials", "the delegation": a definite group noun, not itself a state's."""
        for tok in sent:
            if not self._is_group(tok) or not (tok.tag_ in ("NNS", "NNPS") or
                                               tok.lemma_.lower() in self.r.w["group_collectives"]):
                continue  # "the leader of X" is one person, not the party
            if any(c.dep_ == "det" and c.lower_ in ("the", "these", "this") for c in tok.children) \
                    and not any(c.dep_ in ("amod", "compound", "poss", "nmod") and self.r.mention_at(c) is not None
                                for c in tok.children) \
                    and not any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in tok.children):
                yield tok

    def member_visits(self) -> list[Fact]:
        sents = list(self.r.doc.sents)
        index = {s.start: i for i, s in enumerate(sents)}
        by_group: dict[int, list[Fact]] = {}
        by_sent: dict[int, list[Fact]] = {}
        for trig, fact in self.r.visit_triggers:
            if fact.modality == Modality.NEGATED:
                continue
            group = self._group_subject(trig)
            if group is None:
                continue
            by_group.setdefault(group.i, []).append(fact)
            by_sent.setdefault(index[trig.sent.start], []).append(fact)
        out = []
        doc = self.r.doc
        for gi, facts in by_group.items():
            out.extend(self._share(self.members(doc[gi]), facts, doc[gi].sent))
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

    def _before(self, tok, facts: list[Fact]) -> bool:
        return all(f.evidence.end <= tok.idx for f in facts)

    def _share(self, persons: list[Mention], facts: list[Fact], sent) -> list[Fact]:
        out = []
        cap = self.r.conf["group_member"]
        for m in persons:
            person = m.entity
            home = self.r._home(person)
            for f in facts:
                if person.id == f.object_id or (home is not None and home.id == f.object_id):
                    continue
                out.append(f.model_copy(update={
                    "subject_id": person.id, "subject": person.name, "subject_type": person.type,
                    "confidence": round(min(f.confidence, cap), 2), "evidence": self.r.evidence(sent)}))
        return out

    # ---- 2. a visiting state's officials seen with the hosts ---------------------------------------
    def official_visits(self, facts: list[Fact]) -> list[Fact]:
        r = self.r
        published = r.article.published
        frame = temporal.infer_frame(r.doc) if published is None else None
        dated = temporal.date_facts(r.doc, list(facts), published, frame, trigger_lemmas())
        visits = []  # (visiting state, host state, date)
        for f in dated:
            if f.relation != "VISITED" or f.modality != Modality.ASSERTED or f.subject_type != EntityType.STATE:
                continue
            obj = Entity(id=f.object_id, name=f.object, type=f.object_type)
            host = obj if obj.type == EntityType.STATE else (
                self.r.gz.country_of(obj) if obj.type == EntityType.CITY else None)
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
            sent = self._sentence(f)
            if sent is None:
                continue
            for p, q in ((sides[0], sides[1]), (sides[1], sides[0])):
                out.extend(self._official_visit(p, [q], visits, f.date, sent))
        for sent in r.doc.sents:  # "Y and X watched a parade"
            for verb in sent:
                if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.spec["joint_event_verbs"]:
                    continue
                subj = [c for c in verb.children if c.dep_ == "nsubj"]
                if len(subj) != 1 or not any(t.dep_ == "cc" for t in subj[0].subtree):
                    continue
                span = range(subj[0].left_edge.i, subj[0].right_edge.i + 1)
                people = {m.entity.id: m.entity for m in r.res.mentions
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

    def _sentence(self, fact: Fact):
        for sent in self.r.doc.sents:
            if sent.start_char <= fact.evidence.start < sent.end_char:
                return sent
        return None

    @staticmethod
    def _same_frame(a: str | None, b: str | None) -> bool:
        if a is None or b is None:
            return a is None and b is None
        return len(a) >= 7 and len(b) >= 7 and a[:7] == b[:7]

    def _elsewhere(self, sent, host: Entity) -> bool:
        """The sentence sets the meeting in a place outside the host state."""
        for tok in sent:
            if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "at"):
                continue
            m = self.r.mention_at(tok)
            if m is None or m.entity.type not in (EntityType.CITY, EntityType.PLACE, EntityType.STATE):
                continue
            state = self.r._place_state(m)
            if state is None or state.id != host.id:
                return True
        return False

    def _official_visit(self, person: Entity, others: list[Entity], visits, date, sent) -> list[Fact]:
        if person.type != EntityType.PERSON:
            return []
        home = self.r._home(person)
        if home is None:
            return []
        out = []
        for state_id, host, visit_date in visits:
            if home.id != state_id or home.id == host.id:
                continue
            if not any(q.type == EntityType.PERSON and (h := self.r._home(q)) is not None and h.id == host.id
                       for q in others):
                continue
            if not self._same_frame(date, visit_date) or self._elsewhere(sent, host):
                continue
            out.append(self.r.make_fact(person, "VISITED", host, sent, Modality.ASSERTED,
                                        self.r.conf["visiting_official"], date=date, cameo="042"))
        return out


def read_facts(doc, res: Resolution, article, gz: GazetteerView) -> list[Fact]:
    reader = SentenceReader(doc, res, article, gz)
    roles = RoleReader(reader).read()
    reader.index_roles(roles)
    facts = [reader.lift_person_alliance(f) for f in reader.read()]
    facts = [f for f in facts if f is not None]
    parties = PartyVisits(reader)
    facts += parties.member_visits()
    facts += parties.official_visits(facts + roles)
    return merge(facts + roles + located_in(reader))


def merge(facts: list[Fact]) -> list[Fact]:
    """One fact per key per article: the first evidence, the most precise date any
    occurrence gives, the highest confidence."""
    out: dict[tuple, Fact] = {}
    for f in facts:
        k = f.key()
        if k not in out:
            out[k] = f
            continue
        kept = out[k]
        update = {}
        if f.date and (not kept.date or (len(f.date) > len(kept.date) and f.date.startswith(kept.date))):
            update["date"] = f.date
        if f.confidence > kept.confidence:
            update["confidence"] = f.confidence
        if update:
            out[k] = kept.model_copy(update=update)
    return list(out.values())
