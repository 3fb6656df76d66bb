"""ATTACKED for an attack told without its attacker and then claimed: "Gunmen stormed a base in
X on Monday. The Y group later claimed the attack" -- Y attacked X.

News tells a raid by "gunmen", "a suicide bomber" or "militants", whom the reader cannot name,
and the group that did it in the claim after it. A claim (a verb of verbs.json
`claimed_act_frame.verbs` with a noun of `claimed_nouns` for object: "claimed responsibility",
"claimed credit") whose act is a definite event noun naming no one in its phrases ("for the
attack", "for the bombings", "for that raid, in a statement") or no act at all ("claimed responsibility.") claims the attack the
sentence told before it, or else the sentence before (in the same paragraph; one more back when
that one tells none). The attack's targets are read as the trigger reader reads them
(`TriggerReader.told_events`); the claimant, an organisation or state subject of the claim,
attacked them. A claim that is not asserted, or hedged ("has not claimed", "may claim"), reads nothing; so
does an act whose phrase names a party ("for the attack on Y": the trigger reader's), and an attack the
article already gives another attacker.
"""
from __future__ import annotations

from ingest import docindex, temporal
from ingest import modality as modality_mod
from ingest.relations.arguments import Arg, Arguments
from ingest.relations.context import ArticleContext
from ingest.relations.triggers import TriggerReader
from schemas.models import EntityType, Fact, Modality

_CLAIMANT_TYPES = (EntityType.ORGANIZATION, EntityType.STATE)
_TARGET_TYPES = (EntityType.STATE, EntityType.CITY, EntityType.PLACE, EntityType.ORGANIZATION)
_RELATION = "ATTACKED"


class ClaimedAttacks:
    def __init__(self, ctx: ArticleContext, args: Arguments, triggers: TriggerReader):
        self.ctx, self.args, self.triggers = ctx, args, triggers
        self.frame = ctx.lex["claimed_act_frame"]
        self.verbs = set(self.frame["verbs"])
        self.claimed = set(ctx.lex["claimed_nouns"])

    def read(self, facts: list[Fact]) -> list[Fact]:
        out: list[Fact] = []
        for sent in self.ctx.prose():
            for verb in docindex.tokens(sent):
                if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.verbs:
                    continue
                objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in self.claimed]
                if len(objects) == 1 and self._unnamed_act(verb, objects[0]):
                    out.extend(self._facts(sent, verb, facts))
        return out

    def _unnamed_act(self, verb, claimed) -> bool:
        """"claimed responsibility" or "claimed responsibility for the attack": no act, or a
        definite event noun (the frame's determiners and event nouns) whose phrases name no one."""
        acts = [p for head in (verb, claimed) for prep in head.children
                if prep.dep_ == "prep" and prep.lower_ in self.frame["act_prepositions"]
                for p in prep.children if p.dep_ == "pobj"]
        return all(self._bare(a) for a in acts)

    def _bare(self, act) -> bool:
        if act.lower_ not in self.frame["event_nouns"]:
            return False
        dets = [c for c in act.children if c.dep_ in ("det", "poss") and c.i < act.i]
        if len(dets) != 1 or dets[0].lower_ not in self.frame["determiners"]:
            return False
        # "the attack on Y", "the raid that hit Y": a name in its own phrases says which (the
        # trigger reader's); "the attack in a posting online" names none
        return not any(self.ctx.mention_at(t) is not None for t in act.subtree)

    def _facts(self, sent, verb, facts: list[Fact]) -> list[Fact]:
        reading = modality_mod.read(verb)
        if reading.modality != Modality.ASSERTED or reading.confidence <= modality_mod.cues()["speculation_confidence"]:
            return []  # "has not claimed", "may claim": no claim made
        claimants = [a.entity for a in self.args.subjects(verb) if a.entity.type in _CLAIMANT_TYPES]
        if not claimants:
            return []
        told = self._told(sent, verb)
        if told is None:
            return []
        trig, targets = told
        claimant_ids = {c.id for c in claimants}
        target_ids = {t.entity.id for t in targets}
        told_sent = self.ctx.sentence(trig)
        if any(f.relation == _RELATION and f.object_id in target_ids and f.subject_id not in claimant_ids
               and f.evidence is not None and f.evidence.start == told_sent.start_char for f in facts):
            return []  # the attack has an attacker of its own: the claim is someone else's word
        date = temporal.clause_date(trig, self.ctx.article.published)
        conf = round(min(reading.confidence, self.ctx.conf["anaphora"]), 2)
        return [self.ctx.make_fact(c, _RELATION, t.entity, sent, Modality.ASSERTED, conf, date=date,
                                   cameo=self.frame["cameo"])
                for c in claimants for t in targets if t.entity.id != c.id]

    def _told(self, sent, verb) -> tuple[object, list[Arg]] | None:
        """The nearest attack told before the claim, in its own sentence or one of the two before
        (news gives each sentence a paragraph of its own, so a blank line does not stop it), the
        nearest that names a target: (its trigger, its targets), or None when that sentence tells
        attacks on different targets."""
        k = self.ctx.sentence_no(verb)
        for step in range(3):
            if k - step < 0:
                return None
            here = self.ctx.sents[k - step]
            events = [(trig, objs) for trig, objs, modality in self.triggers.told_events(here, _RELATION)
                      if modality == Modality.ASSERTED and (step > 0 or trig.i < verb.i)]
            named = [(trig, [o for o in objs if self._target(o)]) for trig, objs in events]
            named = [(trig, objs) for trig, objs in named if objs]
            if not named:
                continue  # "The attack killed four": told again without its target
            if len({o.entity.id for _, objs in named for o in objs}) != len({o.entity.id for o in named[-1][1]}):
                return None
            return named[-1]
        return None

    def _target(self, arg: Arg) -> bool:
        """A state, place or organisation the text names: not a common noun the recogniser took
        for a name after an indefinite article ("a rocket attack on a Kibbutz")."""
        if arg.entity.type not in _TARGET_TYPES:
            return False
        start, end = arg.mention.start, arg.mention.end
        if start == 0:
            return True
        det = self.ctx.doc[start - 1]  # the article of the name itself, not of "an X base"
        return det.lower_ not in ("a", "an") or not start <= det.head.i < end
