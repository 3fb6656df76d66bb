"""TriggerReader: facts from the trigger words of verbs.json, sentence by sentence. A trigger
whose theme and modifiers fit a pattern yields one fact per subject-object pair its paths
reach, typed, dated and given the modality and confidence the clause supports."""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from ingest import docindex, temporal
from ingest import modality as modality_mod
from ingest.lexicon import Pattern
from ingest.mentions import Mention, words
from ingest.relations import paths
from ingest.relations.arguments import Arg, Arguments, one_per_entity
from ingest.relations.context import ArticleContext, Homes
from ingest.relations.meeting_places import MeetingPlaces
from ingest.relations.visits import PartyVisits
from schemas.models import Entity, EntityType, Fact, Modality
from schemas.ontology import relation as relation_info

#: "delivered medical aid to X city": a relief word (verbs.json themes aid_only) in the verb's
#: direct object, checked as a pattern's theme is (TriggerReader._carries_aid).
_RELIEF_IN_OBJECT = Pattern(relation="AIDED", theme="aid_only", theme_in="object")


def _after(date: str, published) -> bool:
    """Whether a YYYY[-MM[-DD]] date lies wholly after the publication day."""
    if published is None:
        return False
    pub = published.isoformat()[: len(date)]
    return date > pub


def _before(date: str, published) -> bool:
    """Whether a YYYY[-MM[-DD]] date lies wholly before the publication day."""
    if published is None:
        return False
    return date < published.isoformat()[: len(date)]


def _in_title(tok, envoys=frozenset()) -> bool:
    """A word of a person's title, not of the phrase's theme: "Defence" in "Deputy Minister of
    Defence" or "the Defence Minister" (mentions.json title_heads). Two words of an envoy's
    title (verbs.json envoy_channels: "chargé d'affaires") are the envoy, the theme itself."""
    w = words()
    heads = w["title_heads"]
    if tok.lower_ not in w["title_words"]:
        return False  # "summoned the charge d'affaires": the envoy is the theme
    if tok.dep_ in ("compound", "amod") and tok.head.lower_ in heads:
        return not (tok.lower_ in envoys and tok.head.lower_ in envoys)
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in heads


@dataclass
class TriggerReading:
    """What the trigger reader found: its facts, every VISITED fact with its trigger (the
    party-visit reader finds the travelling party from the trigger), and the visits its hosts'
    receptions tell of their guests ("X received President Y": Y visited X's state)."""

    facts: list[Fact]
    visits: list[tuple] = field(default_factory=list)  # (trigger token, VISITED fact)
    hosted: list[Fact] = field(default_factory=list)


class TriggerReader:
    """Reads the trigger facts of one parsed, resolved article."""

    def __init__(self, ctx: ArticleContext, args: Arguments, homes: Homes, parties: PartyVisits,
                 meetings: MeetingPlaces):
        self.ctx, self.args, self.homes, self.parties, self.meetings = ctx, args, homes, parties, meetings
        self.lex = ctx.lex
        self.conf = ctx.conf
        self._qualified: frozenset[int] | None = None
        self._event_stated: dict[int, bool] = {}  # trigger index -> whether its clause states an event
        self._hosted: list[Fact] = []  # guests' visits read from their hosts' receptions (`_apply`)

    # ---- triggers --------------------------------------------------------------------
    def _not_theme_ok(self, trig, pattern: Pattern) -> bool:
        """No word of `not_theme` in the trigger's phrase ("blasting Beirut's airport", "a
        cooperation agreement ... that will involve fisheries")."""
        banned = pattern.not_theme
        if not banned:
            return True
        if isinstance(banned, str):
            banned = self.lex["themes"][banned]
        # a verb's object ("blasting the airport", not "blasted X for bombing a village"); a noun's phrase
        scope = trig.subtree if trig.pos_ in ("NOUN", "PROPN") else \
            [t for c in trig.children if c.dep_ == "dobj" for t in c.subtree]
        return not any(t.lemma_.lower() in banned or t.lower_ in banned for t in scope)

    def _argument_theme_ok(self, trig, pattern: Pattern) -> bool:
        """No noun of the `not_argument_theme` list in the trigger's subject, object or own
        phrases ("hit five firms with sanctions", "the sanctions target X": penalties, no strike)."""
        if pattern.not_argument_theme is None:
            return True
        banned = self.lex["themes"][pattern.not_argument_theme]
        scope = [t for c in trig.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "prep", "agent")
                 for t in c.subtree]
        if trig.dep_ == "advcl" and trig.tag_ == "VBG":  # "imposed sanctions on X, targeting Y": the
            # participle says what the head verb's act reached; that act's object is its own
            scope.extend(c for c in trig.head.children if c.dep_ == "dobj")
        return not any(t.pos_ == "NOUN" and (t.lemma_.lower() in banned or t.lower_ in banned) for t in scope)

    def _channel_ok(self, trig, pattern: Pattern) -> bool:
        """No word of the `not_channel` list in a prepositional phrase of the trigger's own
        ("welcomed X in a message on his account", "greeted Y in a letter"): a welcome sent
        from afar is no meeting."""
        if pattern.not_channel is None:
            return True
        banned = self.lex["themes"][pattern.not_channel]
        return not any(t.lemma_.lower() in banned or t.lower_ in banned
                       for c in trig.children if c.dep_ == "prep" for t in c.subtree)

    def _conjoined_ok(self, trig, pattern: Pattern) -> bool:
        """No verb of the `not_conjoined` list coordinated with the trigger on one shared object
        ("the US and Japan smeared and attacked China", "a statement that attacks and smears
        China": words, no strike); a verb of its own object is an act of its own ("attacked X and
        accused Y of ...")."""
        if pattern.not_conjoined is None or trig.pos_ not in ("VERB", "AUX"):
            return True
        banned = self.lex["themes"][pattern.not_conjoined]

        def has_object(verb) -> bool:
            return any(c.dep_ == "dobj" for c in verb.children)
        return not any(k.pos_ == "VERB" and k.lemma_.lower() in banned and not (has_object(k) and has_object(trig))
                       for k in trig.conjuncts)

    def _theme_ok(self, trig, pattern: Pattern) -> bool:
        if not self._not_theme_ok(trig, pattern) or not self._channel_ok(trig, pattern) \
                or not self._argument_theme_ok(trig, pattern) or not self._conjoined_ok(trig, pattern):
            return False
        theme = pattern.theme
        if not theme:
            return True
        if isinstance(theme, str):  # a shared list of verbs.json "themes"
            theme = self.lex["themes"][theme]
        scope = []
        within = pattern.theme_in  # "came under fire from ...": only the "under" phrase
        for c in trig.children:  # "Russian missiles hit X": the weapon may be the subject
            if within == "subject" and c.dep_ not in ("nsubj", "nsubjpass", "agent"):
                # "the sanctions target X": the subject names the act; in the passive ("ten were
                # killed in X by Ruritanian drones") the by-phrase is the clause's doer
                continue
            if within == "object" and c.dep_ != "dobj":
                continue  # "exchanged views with X": what they exchange, not a phrase ("in full view of")
            if within and within not in ("subject", "object") and not (c.dep_ == "prep" and c.lower_ == within):
                continue
            if c.dep_ in ("dobj", "nsubj", "nsubjpass", "prep", "dative", "attr", "agent"):
                scope.extend(c.subtree)
        if within == "subject" and trig.dep_ == "conj" and not self.args.subject_tokens(trig):
            # "a missile broke through the defences and slammed into X": a conjoined verb with no
            # subject of its own shares its first conjunct's (as the `subj` path reads it)
            head = trig.head
            while head.dep_ == "conj" and not self.args.subject_tokens(head):
                head = head.head
            scope.extend(t for c in self.args.subject_tokens(head) for t in c.subtree)
        if trig.dep_ == "xcomp" and not within:  # "a plane carrying aid was seen arriving"
            scope.extend(t for c in self.args.subject_tokens(trig) if c.head.i != trig.i for t in c.subtree)
        if trig.dep_ in ("acl", "relcl"):
            scope.append(trig.head)  # "missiles that are banned": what the clause is about
        elif trig.dep_ == "advcl" and trig.tag_ == "VBG" and trig.head.pos_ == "VERB":
            # "launched strikes on X, targeting Y", "stormed the border, targeting Z": the
            # clause a participle adjoins carries its theme (its verb and that verb's object)
            scope.append(trig.head)
            scope.extend(t for c in trig.head.children if c.dep_ == "dobj" for t in c.subtree)
        if trig.pos_ == "NOUN":
            scope.append(trig)
        if not within and any(c.dep_ == "nsubj" for c in trig.children):
            # "A plane arrived in X, carrying aid": what the subject's vehicle carries
            scope.extend(t for d in self.args.trailing_cargo(trig) for t in d.subtree)
        return any((t.lemma_.lower() in theme or t.lower_ in theme) and not _in_title(t, self.lex["themes"]["envoy_channels"])
                   and not self._in_person(t)
                   for t in scope)

    def _in_person(self, tok) -> bool:
        """A word of a person's name is not the phrase's theme: "Rice" in "Condoleezza Rice gave a
        speech to X" names the speaker, not rice given as aid."""
        m = self.ctx.mention_at(tok)
        return m is not None and m.entity.type == EntityType.PERSON

    @staticmethod
    def _manner_ok(trig, words) -> bool:
        """Whether an adverb of the verb, or an adjective of the noun, that the trigger has is one
        of `words` ("strongly opposed X", "expressed firm opposition to X")."""
        return any(c.dep_ in ("advmod", "amod") and (c.lower_ in words or c.lemma_.lower() in words)
                   for c in trig.children)

    def _with_ok(self, trig, pattern: Pattern) -> bool:
        need = pattern.with_
        # "a defence pact", "a defence cooperation agreement" (the modifier of the modifier),
        # "a Status of Forces Agreement" (a named modifier with its own phrase)
        if need and not any(t.lemma_.lower() in need for c in trig.children if c.dep_ in ("amod", "compound", "nmod", "nummod")
                            for t in c.subtree) and not self._domain_named(trig, need) \
                and not self._clause_named(trig, need) and not self._title_named(trig, need) \
                and not self._topic_named(trig, need):
            return False
        if pattern.counted and not self._counted(trig):
            return False
        if pattern.manner and not self._manner_ok(trig, self.lex["themes"][pattern.manner]):
            return False
        particle = pattern.particle  # "hit back at"
        if particle and not any(c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in trig.children) \
                and not (trig.i + 1 < len(trig.doc) and trig.doc[trig.i + 1].lower_ == particle):
            # "turned over twenty vehicles": the parser may take the particle for the number's
            return False
        complement = pattern.complement  # "called the decision unacceptable", "described it as a betrayal"
        if complement:
            names = [complement] if isinstance(complement, str) else complement
            words_ = {w for name in names for w in self.lex[name]}
            said = paths.complement_tokens(trig, self.lex["copulas"])
            if not any(t.lower_ in words_ or t.lemma_.lower() in words_ for t in said if t.pos_ in ("ADJ", "NOUN")):
                return False
        if pattern.purpose and not self._purpose_ok(trig, pattern.purpose):
            return False
        if pattern.bare and (trig.dep_ == "acl" or any(c.dep_ == "prep" and c.lower_ == "as" for c in trig.children) or any(
                c.dep_ in ("prt", "xcomp", "ccomp", "attr", "acomp", "nsubjpass", "auxpass", "dative")
                or (c.dep_ == "oprd" and any(d.dep_ == "dobj" for d in trig.children)) for c in trig.children)):
            return False  # "called X a liar", "called off", "a group called X": no call to X
        if pattern.deployed and not self._deployed(trig):
            return False
        return self._states_event(trig)

    def _states_event(self, trig) -> bool:
        """Neither kept from happening nor an open question; asked once per trigger (a trigger
        with several patterns asks for each)."""
        known = self._event_stated.get(trig.i)
        if known is None:
            known = self._event_stated[trig.i] = not self._prevented(trig) and not self._open_question(trig)
        return known

    @staticmethod
    def _clause_named(trig, need) -> bool:
        """"a pact that obliges each side to defend the other": a verb of the relative
        clause on the noun that the pattern's `with` list names says what kind of pact it is."""
        return any(t.pos_ == "VERB" and t.lemma_.lower() in need
                   for c in trig.children if c.dep_ == "relcl" for t in c.subtree)

    def _title_named(self, trig, need) -> bool:
        """"the Declaration on Allied Interaction between X and Y", "the Treaty of Mutual Defence":
        a capitalised document's name states the modifier a pattern needs in its own of/on phrase
        (verbs.json title_prepositions), written in capitals too; a document with a name of its own
        before it ("the Riga Declaration on allied relations") also in lower case (and in the
        phrase the small parser hung on the verb whose object the document is)."""
        if trig.pos_ != "PROPN" or not trig.text[:1].isupper():
            return False
        own_name = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in trig.children)
        return any(t.lemma_.lower() in need or t.lower_ in need
                   for p in paths.document_topics(trig, set(self.lex["title_prepositions"]))
                   for t in p.subtree if t.text[:1].isupper() or own_name)

    def _topic_named(self, trig, need) -> bool:
        """"a treaty on friendship and mutual assistance", "a treaty on deepening allied
        relations": a treaty noun (verbs.json topic_documents) states its kind in its topic phrase
        (topic_prepositions) too, but only with the words that name an alliance there
        (topic_words): "a pact on border security" is no alliance."""
        if trig.pos_ not in ("NOUN", "PROPN") or trig.lemma_.lower() not in self.lex["topic_documents"]:
            return False
        words = set(need) & set(self.lex["topic_words"])
        return any(t.lemma_.lower() in words or t.lower_ in words
                   for p in paths.document_topics(trig, set(self.lex["topic_prepositions"])) for t in p.subtree)

    def _domain_named(self, trig, need) -> bool:
        """"cooperation in the area of defence", "in the field of security": the modifier a
        pattern needs, named in the phrase of a domain noun (verbs.json domain_nouns) instead."""
        domains = [p for c in trig.children if c.dep_ == "prep" and c.lower_ == "in"
                   for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in self.lex["domain_nouns"]]
        return any(t.lemma_.lower() in need for d in domains for c in d.children if c.dep_ == "prep"
                   and c.lower_ == "of" for p in c.children if p.dep_ == "pobj" for t in p.subtree)

    def _purpose_ok(self, trig, name: str) -> bool:
        """"arrived in X to help restore order", "arrived as part of a peacekeeping force": a word
        of the named `themes` list in a clause of purpose or a phrase of the trigger."""
        words = self.lex["themes"][name]
        scope = [t for c in trig.children if c.dep_ in ("xcomp", "advcl", "prep") for t in c.subtree]
        return any(t.lemma_.lower() in words or t.lower_ in words for t in scope)

    @staticmethod
    def _counted(trig) -> bool:
        """A noun used as a count noun, one occasion of what it names: plural, or with a
        determiner, possessor or number ("held a dialogue with X", "the 15th Strategic Dialogue",
        "their dialogue"). A bare singular is the mass noun, the activity in general ("urged X to
        engage in dialogue with Y", "resolve issues through dialogue"): no meeting told."""
        return trig.tag_ in ("NNS", "NNPS") or any(c.dep_ in ("det", "poss", "nummod") for c in trig.children)

    @staticmethod
    def _open_question(trig) -> bool:
        """"declined to say whether he would visit China": a 'whether' clause states no event."""
        node = trig
        for _ in range(4):
            if any(c.dep_ == "mark" and c.lower_ == "whether" for c in docindex.children(node)):
                return True
            head = node.head  # (a new Token on each read)
            if head.i == node.i:
                return False
            node = head
        return False

    def _prevented(self, trig) -> bool:
        """"warned Finland against joining NATO", "stopped X from visiting": what one is kept
        from doing is no event at all."""
        head = trig.head
        return trig.dep_ == "pcomp" and head.lower_ in ("against", "from") \
            and head.head.lemma_.lower() in self.lex["preventing_verbs"]

    def candidates(self, sent):
        verbs, nouns = self.ctx.verbs.verbs, self.ctx.verbs.nouns
        copulas = self.lex["presence_copulas"]
        index = docindex.of(sent.doc)  # its tokens and their strings, no Token made or decoded anew
        for i in range(sent.start, sent.end):
            tok, lemma = index.tokens[i], index.lemmas[i]
            # (a gerund split from its noun is tagged VBG: the cheap test first)
            if index.tags[i] == "VBG" and self.args.gerund_read_as_noun(tok):
                for pattern in nouns[index.lowers[i]]:
                    yield tok, pattern, True
                continue
            pos, dep = index.poses[i], index.deps[i]
            if pos == "PROPN" and dep == "advcl" and i == sent.start:
                verb_lemma = self._capitalised_participle(tok, verbs)
                if verb_lemma is not None:  # "Visiting X in July, the president said ...": a verb
                    pos, lemma = "VERB", verb_lemma
            if pos == "NOUN" and dep == "ROOT" and lemma in verbs and self._verb_tagged_noun(tok):
                pos = "VERB"  # "Cameroonian officials and state media accuse Nigeria of ...": a verb
            if pos in ("AUX", "VERB") and lemma in copulas and dep not in ("aux", "auxpass"):
                yield tok, self.ctx.verbs.presence, False  # "Macron was in Kinshasa on Saturday"
                for pattern in verbs.get(lemma, []):  # "X said Y's decision was illegal"
                    yield tok, pattern, False
                continue
            if dep == "ROOT" and pos in ("PROPN", "VERB", "NOUN") and self.ctx.mention_at(tok) is not None \
                    and self.ctx.mention_at(tok).entity.type == EntityType.PERSON:
                yield tok, self.ctx.verbs.presence, False  # a headline: "Putin in Beijing for talks"
                continue
            nominal = pos in ("NOUN", "PROPN") or (self._noun_tagged_verb(tok) and lemma in nouns)
            if nominal and self._verdict(tok, lemma, index.lowers[i]):
                yield tok, self.ctx.verbs.verdict.pattern, True  # "X said Y is a dictator"
            if pos == "VERB" and not nominal and any(index.deps[c.i] == "prep" for c in index.kids(i)):
                yield tok, self.ctx.verbs.gathering_presence, False  # "said at a news conference in X"
            if pos == "VERB" and lemma in verbs and not nominal and not self._guest_modifier(tok):
                for pattern in verbs[lemma]:
                    yield tok, pattern, False
            elif nominal and lemma in nouns and self.ctx.mention_at(tok) is None:
                courtesy = self.ctx.verbs.courtesy_visit
                if lemma in courtesy.nouns and any(c.lemma_.lower() in courtesy.with_ for c in tok.children):
                    yield tok, courtesy.pattern, True
                    continue
                # "held a formal talks session with X", "a new round of ...": the event noun
                # modifying a noun of its occasion (verbs.json session_heads) reads that noun's phrase
                at = tok.head if dep == "compound" and tok.head.lemma_.lower() in self.lex["session_heads"] \
                    and self.ctx.mention_at(tok.head) is None else tok
                for pattern in nouns[lemma]:
                    yield at, pattern, True

    def _guest_modifier(self, tok) -> bool:
        """"signed by A and B in front of C and visiting President X": a participle of visiting
        (verbs.json guest_participles) the small parser conjoined to a verb that is no -ing form
        itself, with no subject or auxiliary of its own and the titled person it qualifies right
        after it, modifies that person's name; it tells no visit to him."""
        if tok.tag_ != "VBG" or tok.dep_ != "conj" or tok.i == 0 or self.ctx.doc[tok.i - 1].dep_ != "cc" \
                or tok.lemma_.lower() not in self.lex["guest_participles"] or tok.head.tag_ == "VBG" \
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children):
            return False
        return self.args.titled_guest(tok) is not None

    def _verdict(self, tok, lemma: str, lower: str) -> bool:
        """A censure noun ("a betrayal", "an aggression") or a noun a censure adjective
        qualifies ("the cowardly attack"), no name itself. `lemma`: the token's, lower case;
        `lower`: its `lower_`."""
        censure = lemma in self.lex["censure_nouns"] or lower in self.lex["censure_nouns"] \
            or tok.i in self._censure_qualified()
        return censure and self.ctx.mention_at(tok) is None  # (the word lists first: most nouns are in none)

    def _censure_qualified(self) -> frozenset[int]:
        """The tokens a censure adjective qualifies as their `amod` child, found in one pass over
        the article (every noun of every sentence asks)."""
        if self._qualified is None:
            adjectives = self.lex["censure_adjectives"]
            groups = self.lex["classing_group_nouns"]  # "the Honduran criminal gang": a class, no verdict
            index = docindex.of(self.ctx.doc)
            self._qualified = frozenset(
                t.head.i for t, dep, lower in zip(index.tokens, index.deps, index.lowers, strict=True)
                if dep == "amod" and lower in adjectives and t.head.i != t.i
                and t.head.lemma_.lower() not in groups and t.head.lower_ not in groups)
        return self._qualified

    def _capitalised_participle(self, tok, verbs) -> str | None:
        """"Visiting X in July 2022, the president said ...": a sentence's first word, an -ing
        form the small model took for a name (capitalised) and hung on the main verb as an
        adjunct clause, with an object or a phrase of its own and no mention on it, is the
        participle of a trigger verb: that verb's lemma (the -ing cut off, an "e" put back,
        a doubled consonant undone), or None."""
        word = tok.lower_
        if not word.endswith("ing") or len(word) < 6 or self.ctx.mention_at(tok) is not None \
                or not any(c.dep_ in ("dobj", "prep") for c in tok.children):
            return None
        stem = word[:-3]
        for lemma in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
            if lemma in verbs:
                return lemma
        return None

    @staticmethod
    def _verb_tagged_noun(tok) -> bool:
        """A sentence root the small model tagged a noun but that has both a subject and a
        direct object, the subject to its left and no determiner of its own ("officials and
        state media accuse Nigeria of ..."), or a modal before it and a subject on it or on the
        modal ("X will on Thursday travel to Y"): a verb in a verb's slot."""
        kids = list(tok.children)
        if any(c.dep_ == "aux" and c.tag_ == "MD" and c.i < tok.i
               and any(k.dep_ == "nsubj" for k in [*kids, *c.children]) for c in kids):
            return True  # (a time phrase after the modal makes the parser hang the subject there)
        return any(c.dep_ == "nsubj" and c.i < tok.i for c in kids) and any(c.dep_ == "dobj" and c.i > tok.i for c in kids) \
            and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in kids)

    @staticmethod
    def _noun_tagged_verb(tok) -> bool:
        """"Aid from the EU to Syria arrived": a word in a noun's slot is a noun, whatever tag
        the small model gave it (sentence-initial capitals mislead it)."""
        return tok.pos_ == "VERB" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
            and not any(c.dep_ in ("nsubj", "dobj", "aux") for c in tok.children)

    def read(self) -> TriggerReading:
        facts: list[Fact] = []
        visits: list[tuple] = []
        noun_facts: dict[int, object] = {}  # id(fact) -> its noun trigger
        self._hosted = []
        for sent in self.ctx.prose():
            for trig, pattern, is_noun in self.candidates(sent):
                if not self._theme_ok(trig, pattern) or not self._with_ok(trig, pattern):
                    continue
                found = self._apply(trig, pattern, is_noun)
                facts.extend(found)
                if pattern.relation == "VISITED":
                    visits.extend((trig, f) for f in found if f.relation == "VISITED")
                if is_noun:
                    noun_facts.update((id(f), trig) for f in found)
        return TriggerReading(self._plans_stay_plans(facts, noun_facts), visits, self._hosted)

    def told_events(self, sent, relation: str, first: str | None = None) -> list[tuple]:
        """The events of `relation` a sentence tells, whatever parties they name: for each trigger
        whose theme and modifiers fit, (trigger, the arguments its object paths reach, the path
        `first` tried before the others, its modality). For readers that complete an event told
        without all its parties ("X sanctioned three officials. They are A, B and C")."""
        out = []
        for trig, pattern, is_noun in self.candidates(sent):
            if pattern.relation != relation or pattern.pairs:
                continue
            if not (self._theme_ok(trig, pattern) and self._with_ok(trig, pattern)):
                continue
            paths = sorted(pattern.object, key=lambda p: p != first) if first else pattern.object
            objects = self._first(paths, trig, pattern.owner, is_noun)
            out.append((trig, objects, self._modality(trig, pattern, is_noun).modality))
        return out

    def _plans_stay_plans(self, facts: list[Fact], noun_facts: dict[int, object]) -> list[Fact]:
        """"X plans to visit Y ... X's visit to Y will ...": a nominal mention of an event the
        article announced as planned is that planned event, not a second, past one."""
        planned = {(f.subject_id, f.relation, f.object_id) for f in facts if f.modality == Modality.PLANNED}
        out = []
        for f in facts:
            trig = noun_facts.get(id(f))
            verb = self.args.governing_verb(trig) if trig is not None else None
            if verb is not None and verb.tag_ == "VBD":
                pass  # "held talks on Monday and will meet again": the talks held are past
            elif trig is not None and trig.dep_ in ("attr", "appos"):
                pass  # "X is the biggest lender to Y": a standing role described, no event announced
            elif trig is not None and f.modality == Modality.ASSERTED and \
                    (f.subject_id, f.relation, f.object_id) in planned:
                f = f.model_copy(update={"modality": Modality.PLANNED})
            out.append(f)
        return out

    def _apply(self, trig, pattern: Pattern, is_noun: bool) -> list[Fact]:
        owner = pattern.owner
        pairs: list[tuple[Arg, Arg]] = []
        attended: list[tuple[Arg, Arg]] = []  # the pairs of a multilateral gathering: no meetings
        if pattern.pairs:
            for path in pattern.pairs:
                pairs = paths.pairs_of(path, self.args, trig)
                if pairs:
                    break
            if self._multilateral(pattern, {a.entity.id for pair in pairs for a in pair}) \
                    or (pattern.relation == "MET_WITH" and is_noun and self._meeting_of_many(trig)):
                attended, pairs = pairs, []
            if pattern.both_ways:  # "accused each other": one fact each way
                pairs = pairs + [(o, s) for s, o in pairs]
        else:
            # A pair needs an object unless the pattern pairs its subjects among themselves ("X
            # and Y met"): then the objects, whose paths are short and mostly find nothing, are
            # looked for first and the subjects (the clause's subject, far dearer to find) only
            # when there is one. A pairwise pattern looks for its objects only with a subject, or
            # for a visit whose party travels as its members (below).
            visit = not is_noun and pattern.relation == "VISITED"
            if pattern.pairwise:
                subjects = self._subjects(pattern, trig, owner, is_noun)
                objects = self._first(pattern.object, trig, owner, is_noun) if subjects or visit else []
            else:
                objects = self._first(pattern.object, trig, owner, is_noun)
                subjects = self._subjects(pattern, trig, owner, is_noun) if objects else []
            if owner and pattern.relation == "CONDEMNED":
                objects = objects + self._event_holders(objects)
            if not subjects and objects and not is_noun and pattern.relation == "VISITED":
                # "The delegation, which includes X and Y, arrived in Z": a party no state is
                # named for travels as its members
                group = self.parties.group_subject(trig)
                subjects = [Arg(m, "member") for m in self.parties.members(group)] if group is not None else []
            if subjects and objects:
                # "sanctions on A, a firm in X; B; and C", "met A, and then B": the members of a
                # list after the trigger that the parse lost
                subjects = subjects + self.args.lost_list_members(trig, subjects)
                objects = objects + self.args.lost_list_members(trig, objects)
                pairs = [(s, o) for s in subjects for o in objects]
                if pattern.relation == "CONDEMNED":
                    pairs = self._protecting_powers(trig, pattern, is_noun, pairs)
                if pattern.relation == "MET_WITH" and is_noun and self._joint_meeting(trig):
                    # "X held a trilateral meeting with A and B": A and B sat at it together
                    guests = {o.entity.id: o for o in objects if o.entity.id not in {s.entity.id for s in subjects}}
                    pairs += list(itertools.combinations(guests.values(), 2))
            elif subjects and pattern.pairwise and len(subjects) >= 2 and not self._unnamed_partner(trig, is_noun) \
                    and not self._agents_of_passive(trig, is_noun, subjects):
                pairs = list(itertools.combinations(subjects, 2))
                if pattern.relation == "MET_WITH" and self._sides(subjects) >= self.ctx.lex["multilateral_subjects"]:
                    attended, pairs = pairs, []
        out = []
        for s, o in pairs:
            fact = self._fact(trig, pattern, is_noun, s, o)
            if fact is not None:
                out.append(fact)
                if pattern.relation == "MET_WITH" and not is_noun and not pattern.pairs \
                        and trig.lemma_.lower() in self.ctx.lex["reception_verbs"] and not self.args.passive(trig):
                    # "X received President Y": the guest came to where the host received him
                    self._hosted.extend(self.meetings.received_guest(trig, fact, o.entity, s.entity, s.mention,
                                                                          o.mention))
        if pattern.relation == "MET_WITH" and (out or attended) and not pattern.remote and not pattern.resident:
            # those who came to a multilateral gathering from abroad still visited its place
            gathered = [f for s, o in attended if (f := self._fact(trig, pattern, is_noun, s, o)) is not None]
            out.extend(self.meetings.guest_visits(trig, out + gathered))
        if pattern.relation == "VISITED":
            # "arrived at X Airport, Ruritania": the visit is to the state or city named with
            # the place, not to the airport or hall it happened at
            wider = {f.subject_id for f in out if f.object_type in (EntityType.STATE, EntityType.CITY)}
            out = [f for f in out if not (f.object_type == EntityType.PLACE and f.subject_id in wider)]
        return out

    def _multilateral(self, pattern: Pattern, members: set[str]) -> bool:
        """"It brought together representatives from A, B, C and D", "At the summit, the heads of
        six states - A, B, C, D, E and F - signed a declaration": the parties a pair path reads
        from one list around an event are its attendees; a list of verbs.json multilateral_parties
        or more is a multilateral gathering, whose attendance tells no bilateral meeting of any two
        of them (three who met still pair). A pairwise verb's own joined subjects ("A, B, C and D
        discussed the issue") are not capped: there the verb tells who talked, sides and all."""
        return pattern.relation == "MET_WITH" and len(members) >= self.ctx.lex["multilateral_parties"]

    def _sides(self, actors: list[Arg]) -> int:
        """How many sides a list of actors is: the states its members act for (persons of one
        state, or a state and its official, are one side; an actor of no known state is its own).
        "The leaders of A, B, C, D and E met in X", "Heads of state of A, ..., O met in X": a
        pairwise verb whose joined subjects are verbs.json multilateral_subjects sides or more
        tells a multilateral gathering, each side attending it (and visiting its place), not a
        bilateral meeting of every two of them; the analysts' sets list the visits and no pair
        there, while three or four sides who met ("A, B and C held talks") still pair."""
        sides = set()
        for a in actors:
            home = self.homes.home(a.entity)
            sides.add(home.id if home is not None else a.entity.id)
        return len(sides)

    def _joint_meeting(self, noun) -> bool:
        """"a trilateral meeting with A and B", "tripartite talks with A and B": a meeting noun
        that an adjective of mentions.json joint_meeting_adjectives counts three parties (the
        subject and the two it names) is one all of them sat at, not a round of talks with each."""
        return any(c.dep_ in ("amod", "compound") and c.lower_ in self.ctx.words["joint_meeting_adjectives"]
                   for c in noun.children)

    def _meeting_of_many(self, noun) -> bool:
        """"came to attend a summit of the region's heads of state", "a summit of SCO leaders":
        a gathering noun whose "of" phrase names its members as a class of
        leaders (mentions.json person_group_nouns), neither counted two or three nor named one by
        one ("the leaders of A and B"), is a multilateral gathering, however few of its
        attendees the sentence names: attending it tells no bilateral meeting."""
        counts = self.ctx.words["group_counts"]
        for group in (p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"):
            if group.lower_ not in self.ctx.words["person_group_nouns"] or group.tag_ not in ("NNS", "NNPS"):
                continue
            phrase = list(group.subtree)
            if any(counts.get(t.lower_, self.ctx.lex["multilateral_parties"]) < self.ctx.lex["multilateral_parties"]
                   for t in phrase):
                continue  # "the meeting of the two leaders", "of the leaders of the three states"
            if any(t.dep_ == "conj" and self.ctx.mention_at(t) is not None for t in phrase):
                continue  # "the meeting of the leaders of A and B": named one by one, as many as named
            return True
        return False

    def _unnamed_partner(self, trig, is_noun: bool) -> bool:
        """"X and Y met yesterday with the commanders of the Z faction": a verb's own "with"
        phrase names the other side, even where no name of it was read; its coordinated subjects
        met it side by side, not each other ("X and Y met with each other" still pairs them). So
        does the "with" phrase of the verb whose subjects a purpose or conjoined clause shares ("X
        and Y met with Z to discuss ..."): they discuss with Z."""
        if is_noun:
            return False
        verbs = [trig]
        if trig.dep_ in ("advcl", "xcomp", "conj") and trig.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children):
            verbs.append(trig.head)
        for c in (c for v in verbs for c in v.children):
            if c.dep_ == "prep" and c.lower_ == "with" and self.args.names_partner(c):
                return True
        return self._partner_in_clause(trig)

    def _agents_of_passive(self, trig, is_noun: bool, subjects: list[Arg]) -> bool:
        """"X was met on arrival by A and B": the joined agents of a passive verb with a
        subject of its own met that subject, whose name may go unread (a lone family name), not
        each other ("A and B are united by a treaty": the passive subjects themselves still pair)."""
        if is_noun or not self.args.passive(trig) or not any(c.dep_ == "nsubjpass" for c in trig.children):
            return False
        spans = [(p.left_edge.i, p.right_edge.i) for p in self.args.agent_phrases(trig)]
        return bool(spans) and all(a.mention is not None and any(lo <= a.mention.start <= hi for lo, hi in spans)
                                   for a in subjects)

    def _partner_in_clause(self, trig) -> bool:
        """"X and Y called Z to discuss ...", "X and Y met, then held talks with him": the other
        side is the person a verb whose subjects the trigger shares takes for object (the verb
        above a purpose or conjoined clause, up the chain of clauses with no subject of their
        own), or the one a meeting noun that a verb conjoined to the trigger takes has in its
        "with" phrase; its joined subjects met that side, not each other."""
        nouns = self.ctx.verbs.nouns
        node = trig
        for _ in range(3):  # up: "called Z to greet him and discuss ..."
            if node.dep_ not in ("advcl", "xcomp", "conj") or node.head.pos_ not in ("VERB", "AUX") \
                    or any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
                break
            node = node.head
            for c in node.children:
                if c.dep_ != "dobj" or self.args.reciprocal(c):
                    continue
                if any(a.entity.type == EntityType.PERSON for a in self.args.actors(c)):
                    return True
        for verb in (c for c in trig.children if c.dep_ == "conj" and c.pos_ == "VERB"
                     and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)):
            for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns
                        and any(p.relation == "MET_WITH" for p in nouns[c.lemma_.lower()])):
                if any(c.dep_ == "prep" and c.lower_ == "with" and self.args.names_partner(c)
                       for c in obj.children):
                    return True
        return False

    def _event_holders(self, objects: list[Arg]) -> list[Arg]:
        """"condemned Chinese military exercises", "a protest over South Korea's drills": an
        event named for the state holding it is that state's act, and the state is censured."""
        out = []
        for o in objects:
            if o.entity.type == EntityType.EVENT and o.mention is not None:
                out.extend(self.args.owner_of(self.ctx.doc[o.mention.end - 1], 0))
        return out

    def _givers_own(self, trig, subj, state) -> bool:
        """Whether the giver is of `state`: an organisation the gazetteer places there, or a
        subject phrase that names the state's people ("Turkish aid agencies, including X")."""
        if subj.type == EntityType.ORGANIZATION:
            country = self.ctx.gz.country_of(subj)
            if country is not None and country.id == state.id:
                return True
        verb = trig
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head  # a noun trigger: "sent aid to the country"
        for s in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            for t in s.subtree:
                m = self.args.mention_at(t)
                if m is not None and "demonym" in m.notes and m.entity.id == state.id:
                    return True
        return False

    def _officials_states(self, giver: Entity, taker: Entity) -> tuple[Entity, Entity] | None:
        """"X's ambassador handed over the aid to Y's defence secretary", "... to the chairman of
        the Y Red Crescent, Name": goods an official takes are taken for the state he acts for
        (his post in the article, else the gazetteer's; a state the gazetteer knows), or else
        for the one body the article makes him serve; then a giver who is an official of a state
        gave them for it. Both stay as read when the taker's side is unknown. None when both
        sides are of one state: a transfer at home is no aid between actors."""
        state = self.homes.acting_state(taker, self.ctx.published)
        if state is not None and state.type == EntityType.STATE and self.ctx.gz.by_id(state.id) is not None:
            taken_for, home = state, state
        else:
            bodies = {b.id: b for b in self.homes.roles.bodies.get(taker.id, [])}
            if len(bodies) != 1:
                return giver, taker
            taken_for = next(iter(bodies.values()))
            home = self.ctx.gz.country_of(taken_for)
        given_for = self.homes.acting_state(giver, self.ctx.published) if giver.type == EntityType.PERSON else giver
        if given_for is not None and home is not None and given_for.id == home.id:
            return None
        if given_for is not None and given_for.type == EntityType.STATE:
            giver = given_for
        return giver, taken_for

    def _handed_to(self, verb, mention) -> bool:
        """Whether a person is named as the one the giving verb's goods go to: in its own phrases
        or its object's ("handed over the vehicles to Y's minister, Name", "gave Y's envoy a
        cheque"), not as its subject ("the minister received Y's defence chief", read as aid
        through a title word: the subject_state path reads receivers) nor in a clause below it
        ("sent troops to support President X": whom a purpose clause helps is read apart)."""
        if mention is None:
            return False
        node = self.ctx.doc[mention.end - 1]
        while node.dep_ in ("compound", "appos", "conj", "flat") and node.head.i != node.i:
            node = node.head
        if node.dep_ in ("nsubj", "nsubjpass"):
            return False
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head
        return node.i == verb.i

    def _facility_state(self, mention):
        """The state a named building or work (verbs.json facility_heads) stands in, named in an
        "in" phrase on its name or on the noun it heads; a city or place there stands for its state."""
        root = self.ctx.doc[mention.end - 1]
        for t in root.subtree:
            m = self.args.mention_at(t)
            if t.dep_ != "pobj" or t.head.lower_ != "in" or t.i < mention.end or m is None or t.i != m.end - 1:
                continue
            if m.entity.type == EntityType.STATE:
                return m.entity
            if m.entity.type in (EntityType.CITY, EntityType.PLACE):
                return self.homes.place_state(m)
        return None

    def _venue_root(self, mention):
        """"X International Airport", "Y Air Force Base", "X airport": a place named for a venue
        (verbs.json venue_heads), or the name modifying a venue noun, is where a visit happened,
        not where it went; the venue's head noun, or None for a name that is no venue."""
        words = mention.text.lower().split()
        root = self.ctx.doc[mention.end - 1]
        if words and words[-1] in self.ctx.lex["venue_heads"]:
            return root
        top = next((t for t in self.ctx.doc[mention.start:mention.end]
                    if not mention.start <= t.head.i < mention.end or t.head.i == t.i), None)
        if top is not None and top.i < root.i and top.lemma_.lower() in self.ctx.lex["venue_heads"] \
                and any(c.dep_ == "prep" for c in top.children):
            return top  # "the Palace of the Revolution": the venue noun heads the name
        head = root.head
        if root.dep_ in ("compound", "amod", "nmod") and head.i > root.i \
                and head.lemma_.lower() in self.ctx.lex["venue_heads"]:
            return head
        return None

    def _compatriots(self, a, b) -> bool:
        """Whether the article or the gazetteer gives two actors as one state's."""
        home_a, home_b = self.homes.home(a), self.homes.home(b)
        return home_a is not None and home_b is not None and home_a.id == home_b.id

    def _owned_by(self, tok, state) -> bool:
        """Whether the possessor `tok` names `state` or a part of it, a place in it or a region
        named by it ("X's Y", "South X's Y": Y is X's)."""
        m = self.args.mention_at(tok)
        if m is None:
            return False
        where = self.homes.place_state(m)
        return m.entity.id == state.id or (where is not None and where.id == state.id) \
            or (m.entity.type == EntityType.PLACE and tok.text == state.name)

    def _foreigners(self, a, b) -> bool:
        """Whether the article or the gazetteer gives two actors as two different states'."""
        home_a, home_b = self.homes.home(a), self.homes.home(b)
        return home_a is not None and home_b is not None and home_a.id != home_b.id

    def _venue(self, mention) -> bool:
        return self._venue_root(mention) is not None

    @staticmethod
    def _unplaced_site(mention) -> bool:
        """A building or site the model names (a facility) that the gazetteer does not know:
        "received at the X Hall of the People", "welcomed in the Y Hall of the Z Palace". It is
        where a visit happened, not where it went; like a venue, it is visited as the city its
        own phrases place it in, and otherwise names no destination."""
        return mention is not None and mention.entity is not None and mention.entity.type == EntityType.PLACE \
            and mention.gazetteer_id is None and mention.label == "FAC"

    def _venue_place(self, mention) -> Entity | None:
        """The city or state a venue's own phrases place it in ("X Airport in Nairobi",
        "Y Airbase outside Kabul", "Z Airport, Kenya"), else none."""
        root = self._venue_root(mention) or self.ctx.doc[mention.end - 1]
        last = self.ctx.doc[mention.end - 1]  # "the Palace of the Revolution in Havana": on the name's last word
        phrases = list(root.children) + (list(last.children) if last.i != root.i else [])
        if mention.end < len(self.ctx.doc) and self.ctx.doc[mention.end].dep_ == "prep":
            # "shelled the X Palace in Y": the parser may hang the phrase right after the name on the verb
            phrases.append(self.ctx.doc[mention.end])
        for c in phrases:
            inside = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" \
                and c.lower_ in self.ctx.lex["venue_prepositions"] else [c] if c.dep_ == "appos" else []
            for p in inside:
                m = self.args.mention_at(p)
                if m is not None and m.entity is not None and m.entity.type in (EntityType.CITY, EntityType.STATE):
                    return m.entity
        return self.homes.airport_place(mention)

    def _homeless(self, person: Entity) -> bool:
        """Whether neither the article nor the gazetteer gives the person a state or a seat:
        then no home can be tested, and only the clause can tell a journey."""
        return person.type == EntityType.PERSON and self.homes.home(person) is None and not self.homes.seats(person)

    def _purposeful_stay(self, trig) -> bool:
        """"X was in Y to attend the summit", "X is in Y for a two-day visit": a stay told with
        what it is for (a to-clause of verbs.json stay_purpose_verbs, or a phrase of
        trip_goal_prepositions naming a trip, trip_nouns, or a gathering, mentions.json
        event_nouns) is a journey's; one staying at home is not said to be there for a visit."""
        if trig.lemma_.lower() not in self.lex["presence_copulas"]:
            return False
        events = set(self.lex["trip_nouns"]) | set(words()["event_nouns"])
        for c in trig.children:
            if c.dep_ in ("advcl", "xcomp") and modality_mod.to_infinitive(c) \
                    and c.lemma_.lower() in self.lex["stay_purpose_verbs"]:
                return True
            if c.dep_ == "prep" and c.lower_ in self.lex["trip_goal_prepositions"] \
                    and any(p.dep_ == "pobj" and p.lemma_.lower() in events for p in c.children):
                return True
        return False

    def _trip_begun(self, trig) -> bool:
        """"has left for X", "departed for Y on a state visit": a departure told in the perfect,
        or in the past with its trip named in a phrase after it (verbs.json
        trip_goal_prepositions, trip_nouns), tells a visit under way, whatever day it began; a
        bare "left for X" told the same day may yet be only the start of the journey."""
        if trig.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in trig.children):
            return True
        return trig.tag_ == "VBD" and any(c.dep_ == "prep" and c.lower_ in self.lex["trip_goal_prepositions"] and c.i > trig.i
                            and any(p.dep_ == "pobj" and p.lemma_.lower() in self.lex["trip_nouns"] for p in c.children)
                            for c in trig.children)

    def _at_home(self, person: Entity, place: Mention, where: Entity | None = None) -> bool:
        """Whether a place lies in the state the gazetteer has the person in office for on the
        article's date (leaders.json): a head of state or government in his own country, or
        returning to it, makes no visit. The gazetteer's office, not a title this article gives:
        a title misread from the page ("PM X ... India's Minister Y") would cost true visits."""
        gz = self.ctx.gz
        states = {r.state for r in gz.roles(person, self.ctx.published)}
        home = gz.by_id(next(iter(states)) or "") if len(states) == 1 else None
        where = where or self.homes.place_state(place)  # (`where`: the state an airport's name gives)
        return home is not None and home.type == EntityType.STATE and where is not None \
            and self.homes.at_home(home, where)

    def _homeward(self, trig) -> bool:
        """"headed home", "flew home to X": the verb's own adverb says the way is home."""
        return any(c.dep_ in ("advmod", "npadvmod", "dobj") and c.lower_ in self.ctx.lex["homeward_words"]
                   for c in trig.children)

    def _subjects(self, pattern: Pattern, trig, owner: bool, is_noun: bool) -> list[Arg]:
        subjects = self._first(pattern.subject, trig, owner, is_noun)
        if is_noun and "poss" in pattern.subject and self.args.unknown_possessor(trig, subjects):
            return []  # "during Biden's visit": Biden's, not the clause subject's
        # "X joined Y in their condemnation of Z": those joined in an act a noun names act too, for
        # the relations whose pattern subject is the doer (verbs.json joinable_relations); a
        # verb's joined partners are its subjects' companions (`Arguments.companions`)
        if is_noun and subjects and not pattern.pairwise and pattern.relation in self.lex["joinable_relations"]:
            partners = self.args.joined_partners(trig)  # "X joined Y in condemning Z": Y too
            if partners:
                subjects = one_per_entity(subjects + partners)
        return subjects

    def _first(self, specs: list[str], trig, owner: bool, is_noun: bool, drop: frozenset[str] = frozenset()) -> list[Arg]:
        """The arguments of the first of a pattern's paths that reaches any (other than the
        entities `drop` names)."""
        for spec in specs:
            found = paths.compile_path(spec).follow(self.args, trig, owner, is_noun)
            if drop:
                found = [a for a in found if a.entity.id not in drop]
            if found:
                return found
        return []

    def _protecting_powers(self, trig, pattern: Pattern, is_noun: bool, pairs: list[tuple[Arg, Arg]]) -> list[tuple[Arg, Arg]]:
        """A protest addressed to the envoy (or embassy) of a protecting power in the protester's
        state (protecting_powers.json: "Iran summoned the Swiss envoy, who represents US
        interests") goes through him: it censures what the pattern's other object paths name
        ("... to protest Z's remarks"), else the state he represents there when the protest is
        stated (a protest word, or a summons over a grievance: `paths.protest_stated`), else no
        one ("summoned the Swiss envoy to hand him a message"). An envoy summoned over his own
        state's act stays the one censured. A protecting power's envoy neither censures the state
        he represents nor is censured by it."""
        gz, on = self.ctx.gz, self.ctx.published
        out: list[tuple[Arg, Arg]] = []
        channels: list[tuple[Arg, Arg]] = []
        # "summoned the Swiss envoy over Switzerland's decision": his own state's act, no channel
        own_acts = {a.entity.id for a in self.args.acting_states(paths.grievance_owners(self.args, trig))}
        for s, o in pairs:
            s_states = self.args.acting_states([s])
            o_states = {a.entity.id for a in self.args.acting_states([o])}
            if s.entity.type == EntityType.STATE and self._through_envoy(s) \
                    and {z.id for z in gz.represented_by(s.entity, on)} & o_states:
                continue  # "the Swiss envoy heard a protest over Z's claim": the channel, no censure
            if o.entity.type == EntityType.STATE and self._through_envoy(o) and o.entity.id not in own_acts:
                if any(gz.represented_by(o.entity, on, host.entity) for host in s_states):
                    channels.append((s, o))
                    continue
                if {a.entity.id for a in s_states} & {z.id for z in gz.represented_by(o.entity, on)}:
                    continue  # the represented state never protests to its own protecting power's envoy
            out.append((s, o))
        if not channels:
            return out
        others = self._first(pattern.object, trig, pattern.owner, is_noun,
                             drop=frozenset(o.entity.id for _, o in channels))
        stated = is_noun or not pattern.theme or paths.protest_stated(self.args, trig)
        for s, o in channels:
            if others:
                out.extend((s, x) for x in others if x.entity.id != s.entity.id)
            elif stated:  # "protested to the Swiss envoy over ...": to the state he represents there
                m = o.mention
                out.extend((s, Arg(Mention(m.start, m.end, m.text, "GPE", entity=z), "anaphora"))
                           for host in self.args.acting_states([s]) for z in gz.represented_by(o.entity, on, host.entity))
        unique: dict[tuple[str, str], tuple[Arg, Arg]] = {}
        for s, o in out:
            unique.setdefault((s.entity.id, o.entity.id), (s, o))
        return list(unique.values())

    def _through_envoy(self, a: Arg) -> bool:
        """Whether an argument is a state reached through its envoy or mission (verbs.json themes
        envoy_channels: "the Swiss ambassador", "the Swiss embassy"), or through a person this
        article titles an envoy."""
        m = a.mention
        if m is None:
            return False
        channels = self.lex["themes"]["envoy_channels"]
        last = self.ctx.doc[m.end - 1]
        if any(t.lower_ in channels or t.lemma_.lower() in channels for t in (last, last.head)):
            return True
        person = self.ctx.mention_at(last)
        return person is not None and person.entity.type == EntityType.PERSON and self.homes.envoy(person.entity)

    def _fact(self, trig, pattern: Pattern, is_noun: bool, s: Arg, o: Arg) -> Fact | None:
        rel = pattern.relation
        subj, obj = s.entity, o.entity
        airport = False
        # A capital acting stands for its government; as a destination it is the city.
        if subj.type == EntityType.CITY:
            if s.mention.alt is None:
                return None
            subj = s.mention.alt
        if rel == "AIDED" and obj.type == EntityType.PLACE and o.mention is not None and not is_noun \
                and self._venue(o.mention) and self._deployed(trig):
            # "a team arrived at X Airport in Y": help landed at an airport is help to its state
            where = self._venue_place(o.mention)
            where = where if where is None or where.type == EntityType.STATE else self.ctx.gz.country_of(where)
            obj = where if where is not None and where.type == EntityType.STATE else obj
        if obj.type == EntityType.CITY and rel not in ("VISITED", "ATTACKED"):
            # (goods delivered to a city that is no capital, "relief flown into X", reach its state)
            obj = o.mention.alt or (self.homes.place_state(o.mention) if rel == "AIDED" and (
                pattern.theme == "aid_only" or self._carries_aid(trig, is_noun)) else None)
            if obj is None:
                return None
        if rel == "AIDED" and obj.type == EntityType.PLACE and o.mention is not None \
                and self._kind(obj) in self.ctx.lex["aided_place_kinds"]:
            # "aid to Gaza": a territory receives aid for the state it belongs to
            obj = self.homes.place_state(o.mention) or obj
        if rel == "AIDED" and obj.type in (EntityType.ORGANIZATION, EntityType.PERSON) and o.mention is not None \
                and o.mention.text.lower().split()[-1] in self.lex["facility_heads"]:
            # (the parser may take a building's name for an organisation's or a person's)
            obj = self._facility_state(o.mention)  # "funded the X Hospital in Y": the state it stands in
            if obj is None:
                return None
        if rel == "AIDED" and obj.type == EntityType.ORGANIZATION and o.mention is not None:
            force = self._bodys_force(o.mention)
            if force is not None:
                # "contributes troops to the AU force in X": a body's force placed in a state is
                # aid to its host; placed nowhere, to the body ("$5 million to the AU force")
                obj = self._force_host(force) or obj
        if rel == "AIDED" and obj.type == EntityType.PERSON and o.via != "owner" and not is_noun \
                and self._handed_to(trig, o.mention):
            sides = self._officials_states(subj, obj)
            if sides is None:
                return None  # "the minister handed over the cheques to the governor": a transfer at home
            subj, obj = sides
        if rel == "AIDED" and obj.type == EntityType.ORGANIZATION and not is_noun and self._team_arrives(trig):
            return None  # "a medical team arrived in the Capital of X" (a place taken for a body): none is helped
        if rel == "AIDED" and subj.type in (EntityType.PLACE, EntityType.ORGANIZATION) and obj.type == EntityType.STATE \
                and getattr(self.ctx.gz.country_of(subj), "id", None) == obj.id:
            return None  # "medical teams from a province (or the army) arrived in the capital": help at home
        if rel == "AIDED" and s.mention is not None and any(
                self._owned_by(c, obj) for c in self.ctx.doc[s.mention.end - 1].children if c.dep_ == "poss"):
            return None  # "teams from X's province Y arrived in X's capital": Y is X's own
        if rel == "AIDED" and o.via == "anaphora" and obj.type == EntityType.STATE and self._givers_own(trig, subj, obj):
            return None  # "Turkish agencies sent aid to the drought-hit country": not to Turkey itself
        if rel == "VISITED" and obj.type == EntityType.PLACE and self._kind(obj) in self.ctx.lex["unvisited_place_kinds"]:
            return None  # "his first visit to the Pacific": an ocean is crossed or named as a region, not visited
        if rel == "VISITED" and obj.type == EntityType.PLACE and o.mention is not None \
                and self._kind(obj) in self.ctx.lex["venue_place_kinds"]:
            # "received at the presidential palace": a seat of government is visited as its state
            obj = self.homes.place_state(o.mention) or obj
        if rel == "AIDED" and subj.type == EntityType.ORGANIZATION and self._kind(subj) in self.lex["giving_organ_kinds"]:
            # "the US Congress voted to send aid": a state's legislature gives as its state
            country = self.ctx.gz.country_of(subj)
            subj = country if country is not None and country.type == EntityType.STATE else subj
        if obj.type == EntityType.CITY and rel != "VISITED" and "capital" in o.mention.notes:
            obj = o.mention.alt or obj  # "a bombing in Kenya's capital": the attack on the state
        if rel == "VISITED" and obj.type == EntityType.PERSON:
            rel = "MET_WITH"  # "paid a visit to President X"
        if rel == "VISITED" and o.mention is not None and (obj.type in (EntityType.PLACE, EntityType.CITY) or (
                obj.type in (EntityType.STATE, EntityType.ORGANIZATION) and o.mention.gazetteer_id is None)) \
                and (self._venue(o.mention) or self._unplaced_site(o.mention)):
            # (a name the gazetteer lacks, "Nausori airport", may be taken for a state or a body)
            obj = self._venue_place(o.mention)
            if obj is None:
                return None  # "was received at X Airport": the airport is where, not the destination
            airport = obj.type == EntityType.STATE and self.homes.airport_place(o.mention) is not None
            home = self.homes.home(subj) if airport else None
            if airport and (home is not None and self.homes.at_home(home, obj) or self._at_home(subj, o.mention, obj)):
                return None  # "Kenyan President X arrived at Y International Airport" (in Kenya): home
        if rel == "ATTACKED" and obj.type in (EntityType.PLACE, EntityType.ORGANIZATION) and o.mention is not None \
                and self._venue(o.mention):
            # "struck the Presidential Palace in X", "shelled the airport in Y": a building is struck
            # in the city its phrase places it in (a venue placed nowhere stays the target)
            obj = self._venue_place(o.mention) or obj
        if rel == "VISITED" and o.via == "actor_noun" and o.mention is not None \
                and self._deployed_noun(self.ctx.doc[o.mention.end - 1].head):
            return None  # "after visiting British troops in X": a visit to the troops, not to Britain
        if rel == "VISITED" and not is_noun and self._homeward(trig):
            return None  # "headed home to Caracas", "flew home": a journey home is no visit
        if rel == "VISITED" and subj.type == EntityType.PERSON and o.mention is not None \
                and (self.homes.place_state(o.mention) or obj).id in self.homes.posted_to(subj):
            return None  # "the Ambassador to X, Name, was received in X's capital": he lives there
        if rel == "VISITED" and subj.type == EntityType.PERSON and o.mention is not None \
                and self._at_home(subj, o.mention):
            return None  # "the President landed back in his own capital": at home, no visit
        info = relation_info(rel)
        if subj.type.value not in (pattern.subject_types or info.subject_types):
            return None
        if obj.type.value not in (pattern.object_types or info.object_types) and not (airport and rel == "VISITED"):
            return None  # (an airport its name places in a state: "received X at Entebbe airport", Uganda)
        if subj.id == obj.id:
            return None
        if is_noun and any(c.dep_ == "det" and c.lower_ in modality_mod.cues()["hypothetical_determiners"]
                           for c in trig.children):
            return None  # "warned of a response to any attack on X": no attack is told
        if rel == "VISITED" and subj.type in (EntityType.STATE, EntityType.ORGANIZATION) and s.via != "actor_noun" \
                and self.args.sport_told(trig):
            # "Pakistan arrived in Nepal to play a friendly match": a side named by its state, no state's visit
            # ("Chilean officials arrived for the tournament" still travel for Chile: Arguments._sporting)
            return None
        if rel == "VISITED" and not is_noun and self._deployed(trig):
            return None  # "Burundi troops arrived in Somalia", "the shipment arrived": a deployment
        if pattern.away and not self.homes.away_from_home(subj, o.mention) \
                and not (self._homeless(subj) and self._purposeful_stay(trig)):
            return None  # being somewhere is a visit only away from one's own country
        if pattern.not_envoy and self.homes.envoy(subj):
            return None  # "the ambassador thanked his hosts for the years of his stay in X": a posting
        if rel == "MET_WITH" and {subj.type, obj.type} == {EntityType.STATE, EntityType.PERSON} \
                and self._compatriots(subj, obj):
            return None  # "X's envoy, Name, held talks in Y" (parsed as two subjects): no one meets his own state
        if pattern.foreign and self._compatriots(subj, obj):
            return None  # "X accompanied her own president": a party travelling together, no meeting
        if pattern.foreign_known and not self._foreigners(subj, obj):
            return None  # "X was accompanied by ministers A and B": of no known other state, his party
        if pattern.subject_via and s.via not in pattern.subject_via:
            return None  # "came under fire from Guterres" condemns; "from Azerbaijani artillery" attacks
        if pattern.object_not_via and o.via in pattern.object_not_via:
            return None
        if pattern.actor_target and self._people_target(s):
            return None  # "restrictions on Ruritanians", "on the entry of X worshippers": a people, no state's
        if pattern.object_not_kinds and self._kind(obj) in pattern.object_not_kinds:
            return None  # "fired a missile into the Sea of Japan" is a launch, not an attack on the sea
        if rel == "ATTACKED" and self.args.open_water(o):
            return None  # "targeted a ship in the Bab el-Mandeb": the ship was struck, not the strait
        if pattern.object_not_regions and self._kind(obj) in pattern.object_not_regions \
                and self.ctx.gz.country_of(obj) is None:
            return None  # "a tour of Asia", "a visit to the Middle East": a region of many states is no destination
        if pattern.object_kinds and self._kind(obj) not in pattern.object_kinds:
            return None  # "joined NATO" is an alliance; "joined the WTO" is not
        if pattern.asserted_clause and self._modality(trig, pattern, is_noun, s.mention).modality != Modality.ASSERTED:
            return None  # "X said Y had not violated the truce": no wrong is told, no one is accused
        voice = paths.voicing_verb(self.args, trig) if pattern.voiced and not is_noun else None
        # "X urged Y to stop smearing Z": the censure is the urging, as told as that verb
        actor = o.mention if pattern.relation in modality_mod.cues()["object_actor_relations"] else s.mention
        reading = self._modality(voice if voice is not None else trig, pattern, is_noun, s.mention, actor)
        mod, conf = reading.modality, reading.confidence
        if pattern.planned and mod == Modality.ASSERTED and not (pattern.past_dated_done and self._trip_begun(trig)):
            mod = Modality.PLANNED  # "has left for X on a four-day visit": the visit is under way
        if pattern.itinerary and mod == Modality.ASSERTED and trig.tag_ in ("VBZ", "VBP"):
            mod = Modality.PLANNED  # "his tour includes stops in X": an itinerary's stops are to come
        if pattern.relation == "VISITED" and is_noun and mod == Modality.ASSERTED and self._prospective_trip(trig, subj):
            mod, conf = Modality.PLANNED, modality_mod.cues()["planned_confidence"]
        if self._negated_conjunct(o):
            mod, conf = Modality.NEGATED, modality_mod.cues()["negated_confidence"]  # "visited A and B, but not C"
        if not is_noun and trig.dep_ == "relcl" and trig.head.dep_ == "ROOT" and mod == Modality.ASSERTED \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children):
            mod = Modality.PLANNED  # a headline's "Xi to visit France" announces the visit
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
        said = paths.speech_verb(self.args, trig) if pattern is self.ctx.verbs.verdict.pattern else voice
        if said is None and is_noun and pattern.pairs:
            said = self.args.relative_verb(trig)  # "an accord both states signed in 2019"
        date = temporal.clause_date(said if said is not None else trig, self.ctx.article.published,
                                    prefer_future=(mod == Modality.PLANNED))  # a verdict is of its saying
        if pattern.undated:
            date = None  # "will open the Y-funded bridge next month": the funding is not the opening
        if pattern.past_dated_done and mod == Modality.PLANNED and reading.modality == Modality.ASSERTED \
                and trig.tag_ == "VBD" and date and _before(date, self.ctx.article.published):
            mod = reading.modality  # "left for X on Monday", told on Thursday: the trip happened
        if mod == Modality.PLANNED and not is_noun and not pattern.planned and date is not None \
                and self.ctx.article.published is not None and date == self.ctx.article.published.isoformat() \
                and modality_mod.arranged_today(trig):
            mod, conf = Modality.ASSERTED, base  # "X is visiting Y on Tuesday", told that Tuesday
        if mod == Modality.ASSERTED and not pattern.undated and (
                (date and _after(date, self.ctx.article.published)) or temporal.points_ahead(trig)):
            mod = Modality.PLANNED  # an event dated after the article was written has not happened
        cameo = pattern.cameo or info.default_cameo
        if rel == "MET_WITH" and pattern.relation == "VISITED":
            cameo = "043"
        if rel == "AIDED" and obj.type == EntityType.PERSON and o.via == "owner":
            state = self.homes.acting_state(obj, date)
            if state is not None and state.id == subj.id:
                return None  # "Russians who support their president's invasion": no state aids its own war
            if state is not None:
                obj = state  # "supported X's invasion": the war effort of the state X led
        if rel == "ATTACKED" and subj.type == EntityType.PERSON:
            state = self.homes.acting_state(subj, date)
            if state is not None and state.id != obj.id:
                subj = state  # a leader's act of war is his state's
        return self.ctx.make_fact(subj, rel, obj, self.ctx.sentence(trig), mod, conf, date=date, cameo=cameo)

    def _people_target(self, arg: Arg) -> bool:
        """A target named only by a demonym that stands for a people: the demonym alone
        ("restrictions on Ruritanians") or on a noun of persons by origin or abode (verbs.json
        populace_nouns: "on X travellers", "on the entry of X worshippers"). A restriction on
        a state's officials, firms or makers ("curbs on X chip makers") is a sanction on that
        state; one on its people is a measure of travel, worship or health, which a support verb
        and an on-phrase do not tell apart from it."""
        m = arg.mention
        if m is None or "demonym" not in m.notes:
            return False
        tok = self.ctx.doc[m.end - 1]
        while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("ADJ", "PROPN"):
            tok = tok.head  # "X and Y companies": the first of the listed demonyms modifies the noun
        if tok.dep_ not in ("amod", "compound", "nmod"):
            return True  # the demonym is the noun: its people
        noun = tok.head
        while noun.dep_ == "compound" and noun.head.i != noun.i:
            noun = noun.head  # "X chip makers": the noun the compound heads
        populace = self.lex["populace_nouns"]
        return noun.lower_ in populace or noun.lemma_.lower() in populace

    def _negated_conjunct(self, arg: Arg) -> bool:
        """An argument conjoined under a negation ("A and B, but not C"): C is the exception."""
        if arg.mention is None or arg.via != "direct":
            return False
        tok = self.ctx.doc[arg.mention.end - 1]
        return tok.dep_ == "conj" and any(c.dep_ == "neg" and c.lower_ in modality_mod.cues()["negation_words"]
                                          for c in tok.children)

    def _deployed(self, trig) -> bool:
        """Whether the verb's subject is troops, police, goods or vehicles carrying them
        (mentions.json deployment_nouns; Arguments.cargo): their arrival is a deployment or a delivery, not a visit.
        The subject of a conjoined verb ("officers deployed ... have arrived") and the noun a
        quantity counts ("hundreds of Kenyan troops", "the first planeload of police") are the subject too."""
        nouns = self.ctx.words["deployment_nouns"]
        node = trig
        while node.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            node = node.head
        for c in self.args.subject_tokens(node):
            heads = [c] + [p for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
                           for p in prep.children if p.dep_ == "pobj"
                           and (c.pos_ == "NUM" or c.lower_ in self.lex["quantity_words"]
                                or c.lower_ in self.lex["deployment_quantities"])]
            heads += self.args.cargo(c)  # "an aid plane", "a plane carrying aid"
            for h in heads:
                m = self.args.mention_at(h)
                head = m.text.split()[-1].lower() if m is not None else h.lower_
                if head in nouns or h.lemma_.lower() in nouns or h.lower_ in nouns:
                    return True
                if m is None and self.args.aid_team(h):
                    return True  # "a Ruritanian rescue team arrived in X": help sent, no visit
                if m is None and any(k.dep_ in ("compound", "nmod") and k.i < h.i and k.lower_ in nouns
                                     for k in h.children):
                    return True  # "a US cargo plane arrived": a vehicle named by what it carries
        return False

    def _team_arrives(self, trig) -> bool:
        """Whether the verb's subject is an aid team with no object of its own to give: "a
        rescue team arrived", "a group of medical workers landed" (Arguments.aid_team)."""
        if any(c.dep_ == "dobj" for c in trig.children):
            return False
        for c in self.args.subject_tokens(trig):
            if any(self.args.aid_team(h) for h in [c, *self.args.pobjs(c, {"of"})]):
                return True
        return False

    def _deployed_noun(self, tok) -> bool:
        """A noun of troops, police or goods (mentions.json deployment_nouns)."""
        nouns = self.ctx.words["deployment_nouns"]
        return tok.lower_ in nouns or tok.lemma_.lower() in nouns

    def _bodys_force(self, mention):
        """The force noun (verbs.json themes aid_forces) a body's name modifies ("the AU force"),
        or None."""
        tok = self.ctx.doc[mention.end - 1]
        head = tok.head
        if tok.dep_ in ("compound", "nmod", "poss", "amod") and head.i > tok.i \
                and head.lemma_.lower() in self.lex["themes"]["aid_forces"]:
            return head
        return None

    def _force_host(self, force):
        """The state a force is in: its place phrase, or the one of a relative clause of being
        ("the force that is in X"); a city stands for its state. None when none is told."""
        found = self.args.place_of(force)
        if not found:
            for c in force.children:
                if c.dep_ == "relcl" and c.lemma_.lower() == "be":
                    found = [a for k in c.children if k.dep_ == "prep" for p in k.children
                             if p.dep_ == "pobj" for a in self.args.place_of(p)]
                    if found:
                        break
        for a in found:
            if a.entity.type == EntityType.STATE:
                return a.entity
            state = a.mention.alt or self.homes.place_state(a.mention)
            if state is not None:
                return state
        return None

    def _carries_aid(self, trig, is_noun: bool) -> bool:
        """"delivered medical aid to X city": a verb whose object holds a word of relief (verbs.json
        themes aid_only) brings it to the city's state, as a pattern of that theme does; the
        object is scoped by the patterns' own theme check, not a second reading of it."""
        return not is_noun and self._theme_ok(trig, _RELIEF_IN_OBJECT)

    def _kind(self, entity: Entity) -> str | None:
        """The gazetteer's kind of an organisation ("military alliance"), if it knows one."""
        return self.ctx.gz.kind_of(entity)

    def _signed(self, noun) -> bool:
        """Whether the verb that carries a prospect noun signs it ("signed an agreement on ..."):
        a signed text is no prospect; its own modality ("will sign") still holds."""
        return self._signing_verb(self.args.governing_verb(noun))

    @staticmethod
    def _signing_verb(verb) -> bool:
        """Whether verb signs or seals a text (modality.json signing_verbs: "signed", "sealed",
        "locked in"): what it signs is as done as the signing."""
        return verb is not None and verb.lemma_.lower() in modality_mod.cues()["signing_verbs"]

    def _definite(self, noun) -> bool:
        """"the alliance", "their pact", "the A-B treaty": a definite noun phrase, which tells of
        one that stands; not "a new pact" nor one qualified as still to come ("the proposed pact")."""
        cues = modality_mod.cues()
        if self._qualified_unreal(noun):
            return False
        if any(c.dep_ == "predet" or c.lower_ in cues["hypothetical_determiners"] for c in noun.children):
            return False  # "such an alliance would ...", "any pact would ..."
        return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in self.lex["event_censure_frame"]["determiners"]
                   for c in noun.children)

    def _prospective_trip(self, noun, traveller: Entity) -> bool:
        """"ahead of the Ruritanian leader's trip to X", "on the eve of a tour by Y of Z", "in the
        run-up to the visit of Y to Z": a trip noun (verbs.json trip_nouns) a prospective phrase
        (modality.json prospective_phrases) sets later than its clause is still to come, when its
        traveller is someone other than the clause's subject. "X reached Y ahead of a three-day
        stay", "X landed in Y ahead of his visit to Z": a trip whose traveller is the clause's own
        subject (or that has none of its own, and takes the subject's) may be under way as told."""
        if noun.dep_ != "pobj" or noun.lemma_.lower() not in self.lex["trip_nouns"] \
                or not modality_mod.prospective_phrase(noun.head):
            return False
        clause = noun.head
        for _ in range(6):  # up to the verb the phrase hangs on
            if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
                break
            clause = clause.head
        if clause.pos_ not in ("VERB", "AUX"):
            return True  # a headline or a phrase with no verb: no subject to be under way
        return traveller.id not in {a.entity.id for a in self.args.subjects(clause)}

    def _trip_goal_verb(self, noun):
        """The verb whose phrase (verbs.json trip_goal_prepositions) after it names the trip noun
        (trip_nouns) `noun`: the phrase hung on the verb, or on the verb's object ("host X of Y on a
        visit"); the modal (modality.json planned_aux) when the parser lost the verb and hung the
        phrase on it; None for any other noun, and for a phrase set before the verb ("X, on a visit
        to Y, will ...": a trip under way as the clause is told)."""
        if noun.lemma_.lower() not in self.lex["trip_nouns"] or noun.dep_ != "pobj":
            return None
        prep = noun.head
        if prep.dep_ != "prep" or prep.lower_ not in self.lex["trip_goal_prepositions"]:
            return None
        head = prep.head
        if head.dep_ in ("dobj", "pobj") and head.pos_ in ("NOUN", "PROPN") and head.head.pos_ == "VERB":
            head = head.head
        if head.tag_ == "MD" and head.lower_ in modality_mod.cues()["planned_aux"] and head.i < prep.i:
            return head  # "X will on Wednesday depart Y on a visit to Z", the verb lost: the modal
        return head if head.pos_ == "VERB" and head.i < prep.i else None

    @staticmethod
    def _gathering_ahead(noun) -> bool:
        """Whether the gathering noun (modality.json prospective_gatherings), or the first of the
        nouns it is coordinated with, is the object or attribute of a verb, or the object of an
        occasion phrase (occasion_prepositions) hung on a verb (or on the place its own phrase
        names), whose own auxiliary is a future one (planned_aux). A noun with a date of its own
        ("will review Monday's talks") is left to its own reading."""
        cues = modality_mod.cues()
        if noun.lemma_.lower() not in cues["prospective_gatherings"] and noun.lower_ not in cues["prospective_gatherings"]:
            return False
        if any(c.ent_type_ in ("DATE", "TIME") for c in noun.children):
            return False
        node = docindex.first_conjunct(noun)
        head = node.head
        if node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in cues["occasion_prepositions"]:
            verb = head.head
            if verb.dep_ == "pobj" and verb.pos_ in ("NOUN", "PROPN") and verb.head.dep_ == "prep":
                verb = verb.head.head  # "will be in the capital for talks": the phrase hung on the place
        elif node.dep_ in ("dobj", "attr"):
            verb = head
        else:
            return False
        return verb.pos_ in ("VERB", "AUX") and any(
            k.dep_ == "aux" and k.lower_ in cues["planned_aux"] for k in verb.children)

    @staticmethod
    def _qualified_unreal(noun) -> bool:
        """Whether a word hung on the event noun says it is still to come or did not happen ("the
        proposed pact", "the up-coming visit", "no talks"): its own modifier, not the clause it
        stands in, then tells its modality."""
        cues = modality_mod.cues()
        return any(c.lower_ in cues["planned_nouns"] or c.lower_ in cues["negation_words"] for c in noun.children) \
            or bool(modality_mod.hyphen_joined(noun) & cues["planned_nouns"])

    @staticmethod
    def _anticipated_event(trig) -> bool:
        """Whether the noun (or the first of the nouns it is coordinated with) is the object of a
        phrase of anticipation ("was looking forward to the talks with A, B and C")."""
        node = docindex.first_conjunct(trig)
        return node.dep_ == "pobj" and modality_mod.anticipated(node.head)

    def _ceased(self, trig, cues) -> bool:
        """Whether the help `trig` names is what a verb or a noun of ceasing (modality.json
        ceasing_heads, ceasing_nouns) stops: its object ("halted its aid", "cut off aid"), the
        sum it makes up ("suspended $700 million in aid"), or its "of", "on" or "to" phrase ("a
        suspension of assistance", "a freeze on aid")."""
        node = docindex.first_conjunct(trig)
        amount = self.args.sum_of(node)
        if amount is not None:
            node = amount
        head = node.head
        if node.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
            lemma = head.lemma_.lower()
            return lemma in cues["ceasing_heads"] or any(
                k.dep_ == "prt" and f"{lemma} {k.lower_}" in cues["ceasing_heads"] for k in head.children)
        if node.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("of", "on", "to") \
                and head.head.pos_ == "NOUN":
            stop = head.head
            # ("lifted the suspension of aid to X": the stop itself undone, the help resumes)
            return stop.lemma_.lower() in cues["ceasing_nouns"] and not (
                stop.dep_ == "dobj" and modality_mod.phrasal_lemma(stop.head) in cues["negating_heads"])
        return False

    @staticmethod
    def _prohibited(trig, prohibitions) -> bool:
        """"a ban on visits by X", "imposed a ban on visits by X" (the parser hangs the phrase on
        the verb whose object the prohibition noun is): the event the phrase names is barred."""
        if trig.dep_ != "pobj" or trig.head.dep_ != "prep":
            return False
        head = trig.head.head
        if head.lemma_.lower() in prohibitions:
            return True
        return head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.i < trig.head.i and c.lemma_.lower() in prohibitions
                                           for c in head.children)

    def _subjection_clause(self, trig):
        """The clause head that says whether the penalty `trig` is borne: the passive verb of
        "X was subjected to sanctions", the verb "X is subject to sanctions" hangs its adjective
        on (for a penalty conjoined to the phrase's own, "a travel ban and an asset freeze", too);
        None for any other noun."""
        while trig.dep_ == "conj" and trig.head.pos_ in ("NOUN", "PROPN"):
            trig = trig.head
        if trig.dep_ != "pobj" or trig.head.lower_ != "to":
            return None
        word = trig.head.head
        if word.lemma_.lower() not in self.lex["subjection_words"]:
            return None
        if word.pos_ == "VERB":
            return word
        if word.pos_ == "ADJ" and word.dep_ in ("acomp", "oprd") and word.head.pos_ in ("VERB", "AUX"):
            return word.head
        return None

    @staticmethod
    def _agent_modifier(noun, agent) -> bool:
        """Whether the event noun's agent is a modifier inside its own phrase ("the Israeli
        aggression", "Houthi attacks"): such a noun names one party's event, as a possessor does."""
        if agent is None:
            return False
        return any(c.dep_ in ("amod", "compound", "nmod") and agent.start <= c.i < agent.end for c in noun.children)

    def _agent_carried(self, trig, verb, actor, enacted: bool):
        """"X will file a protest with Y", "X refused to join the sanctions against Y": an event
        noun with no owner of its own, the direct object of a verb of performing (modality.json
        performing_verbs) whose subject is the event's own actor, is the act that verb tells the
        actor doing; it is as planned or negated as that verb. (A verb over someone else's or an
        owned event says nothing of it, "would ignore the U.S. sanctions", nor does a verb that
        presupposes the event, "will not abrogate the treaty", "pledged to boost the alliance".)
        None when the verb asserts, or the noun is not so carried."""
        if actor is None or verb is None or verb.pos_ != "VERB" or trig.dep_ not in ("dobj", "conj") \
                or verb.lemma_.lower() not in modality_mod.cues()["performing_verbs"]:
            return None
        node = trig
        while node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN"):
            node = node.head
        if node.dep_ != "dobj" or node.head.i != verb.i \
                or any(c.dep_ == "poss" for c in node.children) or self._agent_modifier(node, actor):
            return None
        if not any(a.entity.id == actor.entity.id for a in self.args.subjects(verb)):
            return None
        carried = modality_mod.read(verb, enacted=enacted)
        return carried if carried.modality != Modality.ASSERTED else None

    def _modality(self, trig, pattern: Pattern, is_noun: bool, agent=None, actor=None):
        """A noun's event is only as planned or negated as the verb that carries it ("will hold
        talks"); a verb it is merely the object of ("condemning Russia's attack") says nothing
        about whether the attack happened. Relational nouns ("allies") read only their copula.
        agent is the subject's mention, which may sit inside the noun's own phrase; actor is the
        mention of the side that carries the event out (the object's, for a relation of
        modality.json object_actor_relations: the sanctioner of SANCTIONED_BY)."""
        cues = modality_mod.cues()
        enacted = pattern.relation in cues["decision_enacted_relations"]
        if not is_noun:
            # ("will open the Y-funded bridge": an undated standing fact reads only its own modifiers)
            return modality_mod.read(trig, enacted=enacted, local=pattern.undated)
        if pattern.relation in ("ALLIED_WITH", "SANCTIONED_BY", "AIDED") and trig.dep_ == "pobj" \
                and trig.head.lower_ in cues["prospect_prepositions"] \
                and trig.head.head.lemma_.lower() in cues["prospect_nouns"] and trig.head.head.i != trig.i \
                and not self._signed(trig.head.head):
            # "reached an agreement on a defence pact", "talks on sanctions": the pact is to come (an
            # attack talked about happened all the same); but an agreement signed on defence
            # cooperation is that cooperation's pact, as asserted as its signing
            return modality_mod.Reading(Modality.PLANNED, self.lex["confidence"]["noun"])
        verb = self.args.governing_verb(trig)
        if pattern.relation in ("ALLIED_WITH", "SANCTIONED_BY", "AIDED") and verb is not None \
                and verb.lemma_.lower() in cues["negotiating_verbs"] and verb.tag_ not in ("VBD", "VBN") \
                and trig.dep_ in ("dobj", "conj"):
            # "is negotiating a security cooperation pact with X": the pact is still being
            # worked out ("negotiated a defence pact" reports one concluded)
            return modality_mod.Reading(Modality.PLANNED, self.lex["confidence"]["noun"])
        if pattern.relation == "ALLIED_WITH" and verb is not None and trig.dep_ in ("dobj", "conj") \
                and verb.lemma_.lower() in cues["strengthening_heads"]:
            # "aims to strengthen the alliance between the two countries": whatever the aim, an
            # alliance to be strengthened already stands (a presupposition, like an ended campaign)
            return modality_mod.Reading(Modality.ASSERTED, self.lex["confidence"]["noun"])
        if pattern.relation == "ALLIED_WITH" and trig.dep_ == "nsubj" and self._definite(trig):
            # "the US alliance with X would outlast any government", "(they agree that) the A-B
            # alliance remains robust": what a standing alliance, named as the subject, would do
            # or may do is uncertain, not the alliance itself (negated, the clause says so)
            own = modality_mod.read(trig, noun_trigger=True)
            if own.modality == Modality.PLANNED:
                return modality_mod.Reading(Modality.ASSERTED, self.lex["confidence"]["noun"])
            return own
        if pattern.relation == "SANCTIONED_BY" and verb is not None and trig.dep_ in ("dobj", "conj") \
                and verb.lemma_.lower() in cues["prolonging_heads"] \
                and not any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children):
            # "said it would extend / maintain the sanctions on X": sanctions prolonged are in
            # force ("extend sanctions to Y" is a new listing, read as it is)
            return modality_mod.Reading(Modality.ASSERTED, self.lex["confidence"]["noun"])
        if trig.dep_ == "pobj" and modality_mod.prospective_phrase(trig.head) \
                and (trig.lemma_.lower() in cues["prospective_gatherings"] or trig.lower_ in cues["prospective_gatherings"]):
            # "the penalties were imposed ahead of Friday's summit", "on the eve of the talks": the
            # gathering is still to come
            return modality_mod.Reading(Modality.PLANNED, modality_mod.cues()["planned_confidence"])
        if trig.dep_ == "pobj" and trig.head.lower_ in cues["prospect_prepositions"] \
                and trig.head.head.lemma_.lower() in cues["plan_nouns"] and trig.head.head.i != trig.i \
                and trig.head.head.pos_ == "NOUN":
            # "plans for a summit between X and Y", "a proposal for talks with Z": the event a
            # plan's phrase names is still to come, whatever the clause says of the plan
            return modality_mod.Reading(Modality.PLANNED, cues["planned_confidence"])
        if self._anticipated_event(trig):
            # "said she looked forward to the talks with A and B": what a phrase of
            # anticipation (modality.json anticipation_phrases) awaits is still to come, a noun as
            # much as a gerund ("looks forward to meeting X")
            return modality_mod.Reading(Modality.PLANNED, cues["planned_confidence"])
        bearer = self._subjection_clause(trig)
        if bearer is not None:
            # "X is not subject to EU sanctions", "X will be subjected to a travel ban": a penalty
            # a word of subjection (verbs.json subjection_words) puts on X is as done as its clause
            return modality_mod.read(bearer, enacted=enacted)
        if pattern.relation in cues["ceased_relations"] and self._ceased(trig, cues):
            # "halted its aid to X", "suspended $700 million in aid to X", "announced a suspension
            # of military assistance to X", "threatened to withdraw aid to X": help stopped is no
            # help given from now on (modality.json ceasing_heads, ceasing_nouns)
            return modality_mod.Reading(Modality.NEGATED, cues["negated_confidence"])
        if self._prohibited(trig, cues["prohibition_nouns"]):
            # "a total ban on trips by X to Y": an event a prohibition's phrase names is barred
            return modality_mod.Reading(Modality.NEGATED, cues["negated_confidence"])
        if pattern.stative:
            node = docindex.first_conjunct(trig)
            if node.dep_ in ("attr", "acomp") and node.head.lemma_.lower() in self.lex["copulas"]:
                if any(c.lower_ in modality_mod.cues()["negation_words"] for c in trig.children) \
                        or modality_mod.is_former(trig):
                    # "neighbours but not allies", "X was once a former ally of Y"
                    return modality_mod.Reading(Modality.NEGATED, modality_mod.cues()["negated_confidence"])
                return modality_mod.read(node.head)
            return modality_mod.read(trig, noun_trigger=True, local=True)
        if enacted and verb is not None and trig.dep_ in ("dobj", "conj") and verb.tag_ in ("VBD", "VBN") \
                and verb.lemma_.lower() in cues["decision_heads"]:
            # "ministers agreed fresh sanctions against X": a decision whose object is the penalty
            # adopts it ("agreed to impose sanctions" still plans the legal acts)
            return modality_mod.read(verb, enacted=enacted)
        if verb is not None and verb.lemma_.lower() in modality_mod.cues()["planned_heads"] and (
                trig.dep_ in ("dobj", "conj") or self.args.in_sum(trig, verb)):
            # "pledged $3 billion in aid", "pledged 700 million euros in emergency aid"
            return modality_mod.Reading(Modality.PLANNED, self.lex["confidence"]["noun"])  # "arrange a summit"
        if verb is not None and modality_mod.phrasal_lemma(verb) in modality_mod.cues()["cessation_heads"] \
                and trig.dep_ == "dobj" and (any(c.dep_ == "poss" for c in trig.children)
                                             or self._agent_modifier(trig, agent)
                                             or trig.lemma_.lower() in self.lex["trip_nouns"]):
            # "to end his campaign against X", "refused to halt its strikes on X": ending an event
            # someone owns says it was going on (a presupposition, not a negation); the reading
            # is the ending verb's own ("refused to halt" / "agreed to halt": either way it went on).
            # The owner may be a modifier as well as a possessor: "to stop the Israeli aggression
            # on X", "stopping Ruritanian attacks on Y" name strikes already under way.
            # A trip is always someone's: "ended a three-day visit to X" was there
            return modality_mod.Reading(Modality.ASSERTED, self.lex["confidence"]["noun"])
        if verb is not None and modality_mod.phrasal_lemma(verb) in modality_mod.cues()["negating_heads"] \
                and trig.dep_ in ("dobj", "conj", "nsubjpass") and not pattern.reported:
            # "postponed a trip to China", "called off the talks", "lifted sanctions on Iran";
            # but "rejected accusations by X" does not unsay them ("reported" nouns)
            return modality_mod.Reading(Modality.NEGATED, modality_mod.cues()["negated_confidence"])
        if self._signing_verb(verb) and trig.dep_ in ("dobj", "conj") or verb is not None \
                and verb.lemma_.lower() in self.lex["light_verbs"] and trig.dep_ in ("dobj", "conj", "pobj"):
            # "failed to seal a defence pact with X", "will lock in a pact": a text signed or
            # sealed is as done as its signing; "made a visit", "held talks": a light verb's
            # object event is as done as the verb
            undertaking = modality_mod.framed_undertaking(trig, verb)
            if undertaking is not None:
                # "agreed to expand trade during talks": the talks are the occasion of the agreement
                return modality_mod.read(undertaking, enacted=enacted)
            return modality_mod.read(verb, enacted=enacted)
        if trig.dep_ in ("attr", "dobj") and verb is not None and verb.lemma_.lower() in cues["equating_verbs"]:
            carried = modality_mod.read(verb)
            if carried.modality == Modality.PLANNED:
                # "It will be X's first meeting with Y", "..., marking the first visit by X to Y"
                # after a clause still ahead: an event the verb equates its subject with is as
                # far ahead as that verb (a past or present "It was his first visit" is read as told)
                return carried
        if self._gathering_ahead(trig):
            # "There will be a lunch and a meeting between A and B", "his programme will include
            # talks with A", "X will be in Y for talks with Z", "it will come up during A's meeting
            # with B": a gathering that a clause still ahead names as its object or sets at, during
            # or for is as far ahead as that clause
            return modality_mod.Reading(Modality.PLANNED, cues["planned_confidence"])
        carried = self._agent_carried(trig, verb, actor, enacted)
        if carried is not None:
            return carried
        if trig.dep_ in ("nsubj", "nsubjpass"):
            return modality_mod.read(trig, noun_trigger=True)
        goal = self._trip_goal_verb(trig)
        if goal is not None:
            carried = modality_mod.Reading(Modality.PLANNED, cues["planned_confidence"]) \
                if goal.lower_ in cues["planned_aux"] else modality_mod.read(goal)
            if carried.modality == Modality.PLANNED:
                # "will host X on a visit to Y", "will depart for a state visit to Y", "will travel
                # to B, in the first visit to C": a trip the verb's phrase after it names is the
                # journey the verb tells, as far ahead as that verb
                return carried
        own = modality_mod.read(trig, noun_trigger=True)
        if own.modality != Modality.ASSERTED and not self._qualified_unreal(trig):
            return modality_mod.Reading(Modality.ASSERTED, min(0.9, own.confidence if own.confidence < 0.9 else 0.9))
        return own
