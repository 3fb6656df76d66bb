"""SentenceReader: facts from the trigger words of verbs.json, sentence by sentence. A trigger
whose theme and modifiers fit a pattern yields one fact per subject-object pair its paths
reach, typed, dated and given the modality and confidence the clause supports."""
from __future__ import annotations

import itertools

from ingest import modality as modality_mod
from ingest import temporal
from ingest.mentions import is_all_caps, words
from ingest.relations.arguments import Arg
from ingest.relations.lexicon_data import lexicon
from ingest.relations.meeting_places import MeetingPlaces
from ingest.relations.paths import ArgumentPaths
from ingest.relations.visits import PartyVisits
from ingest.resolve import GazetteerView, Resolution
from schemas.models import Entity, EntityType, Evidence, Fact, Modality
from schemas.ontology import relation as relation_info


def _after(date: str, published) -> bool:
    """Whether a YYYY[-MM[-DD]] date lies wholly after the publication day."""
    if published is None:
        return False
    pub = published.isoformat()[: len(date)]
    return date > pub


class SentenceReader(ArgumentPaths, MeetingPlaces):
    """Reads the facts of one parsed, resolved article."""

    def __init__(self, doc, res: Resolution, article, gz: GazetteerView):
        self.doc, self.res, self.article, self.gz = doc, res, article, gz
        self.lex = lexicon()
        self.w = words()
        self.conf = self.lex["confidence"]
        self.noun_facts: dict[int, object] = {}  # id(fact) -> its noun trigger
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

    # ---- triggers --------------------------------------------------------------------
    def _theme_ok(self, trig, pattern) -> bool:
        theme = pattern.get("theme")
        if not theme:
            return True
        if isinstance(theme, str):  # a shared list of verbs.json "themes"
            theme = self.lex["themes"][theme]
        scope = []
        within = pattern.get("theme_in")  # "came under fire from ...": only the "under" phrase
        for c in trig.children:  # "Russian missiles hit X": the weapon may be the subject
            if within and not (c.dep_ == "prep" and c.lower_ == within):
                continue
            if c.dep_ in ("dobj", "nsubj", "nsubjpass", "prep", "dative", "attr", "agent"):
                scope.extend(c.subtree)
        if trig.dep_ in ("acl", "relcl"):
            scope.append(trig.head)  # "missiles that are banned": what the clause is about
        if trig.pos_ == "NOUN":
            scope.append(trig)
        return any(t.lemma_.lower() in theme or t.lower_ in theme for t in scope)

    def _with_ok(self, trig, pattern) -> bool:
        need = pattern.get("with")
        if need and not any(c.lemma_.lower() in need for c in trig.children if c.dep_ in ("amod", "compound")):
            return False
        particle = pattern.get("particle")  # "hit back at"
        if particle and not any(c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in trig.children):
            return False
        complement = pattern.get("complement")  # "called the decision unacceptable"
        if complement:
            words_ = set(self.lex[complement])
            if not any(t.lower_ in words_ for c in trig.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "dobj")
                       for t in c.subtree if t.pos_ == "ADJ"):
                return False
        return not self._prevented(trig) and not self._open_question(trig)

    @staticmethod
    def _open_question(trig) -> bool:
        """"declined to say whether he would visit China": a 'whether' clause states no event."""
        node = trig
        for _ in range(4):
            if any(c.dep_ == "mark" and c.lower_ == "whether" for c in node.children):
                return True
            if node.head.i == node.i:
                return False
            node = node.head
        return False

    def _prevented(self, trig) -> bool:
        """"warned Finland against joining NATO", "stopped X from visiting": what one is kept
        from doing is no event at all."""
        head = trig.head
        return trig.dep_ == "pcomp" and head.lower_ in ("against", "from") \
            and head.head.lemma_.lower() in self.lex["preventing_verbs"]

    def candidates(self, sent):
        verbs, nouns = self.lex["verbs"], self.lex["nouns"]
        for tok in sent:
            lemma = tok.lemma_.lower()
            if self.split_gerund_head(tok) is not None:
                for pattern in nouns[tok.lower_]:
                    yield tok, pattern, True
                continue
            if tok.pos_ in ("AUX", "VERB") and lemma in self.lex["presence_copulas"] and tok.dep_ not in ("aux", "auxpass"):
                yield tok, self.lex["presence"], False  # "Macron was in Kinshasa on Saturday"
                continue
            if tok.dep_ == "ROOT" and tok.pos_ in ("PROPN", "VERB", "NOUN") and self.mention_at(tok) is not None \
                    and self.mention_at(tok).entity.type == EntityType.PERSON:
                yield tok, self.lex["presence"], False  # a headline: "Putin in Beijing for talks"
                continue
            nominal = tok.pos_ in ("NOUN", "PROPN") or (self._noun_tagged_verb(tok) and lemma in nouns)
            if tok.pos_ == "VERB" and lemma in verbs and not nominal:
                for pattern in verbs[lemma]:
                    yield tok, pattern, False
            elif nominal and lemma in nouns and self.mention_at(tok) is None:
                courtesy = self.lex["courtesy_visit"]
                if lemma in courtesy["nouns"] and any(c.lemma_.lower() in courtesy["with"] for c in tok.children):
                    yield tok, {"relation": courtesy["relation"], "cameo": courtesy["cameo"],
                                "subject": ["subj", "poss"], "object": ["prep:to|on|with"],
                                "object_types": ["Person", "State", "Organization"]}, True
                    continue
                for pattern in nouns[lemma]:
                    yield tok, pattern, True

    @staticmethod
    def _noun_tagged_verb(tok) -> bool:
        """"Aid from the EU to Syria arrived": a word in a noun's slot is a noun, whatever tag
        the small model gave it (sentence-initial capitals mislead it)."""
        return tok.pos_ == "VERB" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
            and not any(c.dep_ in ("nsubj", "dobj", "aux") for c in tok.children)

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
                    self.noun_facts.update((id(f), trig) for f in found)
        return self._plans_stay_plans(facts)

    def _plans_stay_plans(self, facts: list[Fact]) -> list[Fact]:
        """"X plans to visit Y ... X's visit to Y will ...": a nominal mention of an event the
        article announced as planned is that planned event, not a second, past one."""
        planned = {(f.subject_id, f.relation, f.object_id) for f in facts if f.modality == Modality.PLANNED}
        out = []
        for f in facts:
            trig = self.noun_facts.get(id(f))
            verb = self._governing_verb(trig) if trig is not None else None
            if verb is not None and verb.tag_ == "VBD":
                pass  # "held talks on Monday and will meet again": the talks held are past
            elif trig is not None and f.modality == Modality.ASSERTED and \
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
        if pattern.get("away") and not self._away_from_home(subj, o.mention):
            return None  # being somewhere is a visit only away from one's own country
        if pattern.get("subject_via") and s.via not in pattern["subject_via"]:
            return None  # "came under fire from Guterres" condemns; "from Azerbaijani artillery" attacks
        if pattern.get("object_not_kinds") and self._kind(obj) in pattern["object_not_kinds"]:
            return None  # "fired a missile into the Sea of Japan" is a launch, not an attack on the sea
        if pattern.get("object_kinds") and self._kind(obj) not in pattern["object_kinds"]:
            return None  # "joined NATO" is an alliance; "joined the WTO" is not
        reading = self._modality(trig, pattern, is_noun)
        mod, conf = reading.modality, reading.confidence
        if pattern.get("planned") and mod == Modality.ASSERTED:
            mod = Modality.PLANNED
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
        date = temporal.clause_date(trig, self.article.published, prefer_future=(mod == Modality.PLANNED))
        if mod == Modality.ASSERTED and ((date and _after(date, self.article.published)) or temporal.points_ahead(trig)):
            mod = Modality.PLANNED  # an event dated after the article was written has not happened
        cameo = pattern.get("cameo") or info.default_cameo
        if rel == "MET_WITH" and pattern["relation"] == "VISITED":
            cameo = "043"
        if rel == "AIDED" and obj.type == EntityType.PERSON and o.via == "owner":
            state = self._acting_state(obj, date)
            if state is not None and state.id != subj.id:
                obj = state  # "supported X's invasion": the war effort of the state X led
        if rel == "ATTACKED" and subj.type == EntityType.PERSON:
            state = self._acting_state(subj, date)
            if state is not None and state.id != obj.id:
                subj = state  # a leader's act of war is his state's
        return self.make_fact(subj, rel, obj, trig.sent, mod, conf, date=date, cameo=cameo)

    def _away_from_home(self, person: Entity, place) -> bool:
        home = self._home(person)
        where = self._place_state(place) if place is not None else None
        return home is not None and where is not None and not self._at_home(home, where)

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
                trig.dep_ in ("dobj", "conj") or self._in_sum(trig, verb)):
            # "pledged $3 billion in aid", "pledged 700 million euros in emergency aid"
            return modality_mod.Reading(Modality.PLANNED, self.lex["confidence"]["noun"])  # "arrange a summit"
        if verb is not None and modality_mod.phrasal_lemma(verb) in modality_mod.cues()["negating_heads"] \
                and trig.dep_ in ("dobj", "conj", "nsubjpass") and not pattern.get("reported"):
            # "postponed a trip to China", "called off the talks", "lifted sanctions on Iran";
            # but "rejected accusations by X" does not unsay them ("reported" nouns)
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
