"""Argument paths: where a trigger's arguments hang in the parse, each a small function
registered under the name verbs.json uses for it (as spaCy registers its factories, with
`catalogue`).

A path is written in verbs.json as steps joined by ">": "subj", "dobj", "prep:to|with",
"head>prep:with" (from the verb a noun trigger hangs on), "dobj>prep:in>prep:to" (through the
object's phrases), "where:in|at". The last step is a registered path (`PATHS`); every step
before it is a registered hop (`HOPS`: "head", "dobj", "prep") that moves to other tokens.
"prep" and "where" take the prepositions after the colon. Symmetric readings use a pair path,
"pairs:between", "pairs:mod", ... (`PAIRS`), which yields the pairs of one list of members;
each is registered with the kinds of trigger it reads (`@pair_path("name", "verb")`), and one
used on the other kind ("pairs:subj" on a verb) is a load error too.

`compile_path` turns the text into an `ArgumentPath` once, when the lexicon is loaded; an
unknown name there is a load error (`UnknownPath`), never a path that silently finds nothing.

Adding a construction: write a function `(args, trig, preps, owner, is_noun) -> list[Arg]`,
register it with `@PATHS.register("name")`, and use "name" in verbs.json.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import catalogue

from ingest import docindex
from ingest.coreference import leading_phrases
from ingest.mentions import bare_possessive_mark, plural_title_head
from ingest.modality import cues as modality_cues
from ingest.modality import phrasal_lemma as modality_phrasal
from ingest.relations.arguments import ACTOR_TYPES, Arg, one_per_entity
from schemas.models import EntityType

if TYPE_CHECKING:
    from ingest.relations.arguments import Arguments

PATHS = catalogue.create("kg", "argument_paths", entry_points=False)
HOPS = catalogue.create("kg", "argument_hops", entry_points=False)
PAIRS = catalogue.create("kg", "pair_paths", entry_points=False)
#: Paths and hops written with prepositions after a colon ("prep:to|with").
WITH_PREPOSITIONS = {"prep", "where", "frame", "addressee", "addresser", "led_party",
                     "helped", "institution", "carried", "listed", "described_owner",
                     "gathering", "gathering_antecedent", "recalled_gathering", "framing_gathering", "gathering_owner",
                     "framed_of", "beneficiaries",
                     "one_state_place", "object_after_place", "thanked", "thanker", "adjoined_host",
                     "inclusion_list", "held_relative", "honoured", "support_prep", "thing_place", "goods_tail",
                     "cargo_bound"}


class UnknownPath(ValueError):
    """An argument path whose name no function is registered under."""


@dataclass(frozen=True)
class Step:
    name: str
    preps: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ArgumentPath:
    """A compiled path: hops, then the path that finds the arguments."""

    spec: str
    steps: tuple[Step, ...]

    def follow(self, args: Arguments, trig, owner: bool, is_noun: bool) -> list[Arg]:
        return follow(self.steps, args, trig, owner, is_noun)


def _registered(registry, name: str):
    """`registry.get(name)` by one look-up in catalogue's table (`get` builds and checks the
    namespace anew on each call; a path is followed thousands of times per article)."""
    found = catalogue.REGISTRY.get((*registry.namespace, name))
    return found if found is not None else registry.get(name)


def follow(steps: tuple[Step, ...], args: Arguments, trig, owner: bool, is_noun: bool) -> list[Arg]:
    step, rest = steps[0], steps[1:]
    if not rest:
        return _registered(PATHS, step.name)(args, trig, step.preps, owner, is_noun)
    return _registered(HOPS, step.name)(args, trig, step.preps, rest, owner)


def _step(text: str, spec: str) -> Step:
    name, _, preps = text.partition(":")
    if name in WITH_PREPOSITIONS:
        if not preps:
            raise UnknownPath(f"{spec!r}: {name!r} needs prepositions ({name}:to|with)")
        return Step(name, frozenset(preps.split("|")))
    if preps:
        raise UnknownPath(f"{spec!r}: {name!r} takes no prepositions")
    return Step(name)


@cache
def compile_path(spec: str) -> ArgumentPath:
    """The path verbs.json writes as `spec`; UnknownPath names what is wrong with it.

    A name is checked by one look-up (`name in registry`); `get_all` scans every registration
    of every catalogue in the process (spaCy's too, some thousands) and is only for listing the
    known names in an error."""
    steps = tuple(_step(part, spec) for part in spec.split(">"))
    for hop in steps[:-1]:
        if hop.name not in HOPS:
            raise UnknownPath(f"{spec!r}: {hop.name!r} is no hop (known: {', '.join(sorted(HOPS.get_all()))})")
    if steps[-1].name not in PATHS:
        raise UnknownPath(f"{spec!r}: no path named {steps[-1].name!r} (known: {', '.join(sorted(PATHS.get_all()))})")
    return ArgumentPath(spec, steps)


@cache
def compile_pairs(spec: str):
    """The pair path verbs.json writes as "pairs:NAME"."""
    kind, _, name = spec.partition(":")
    if kind != "pairs" or name not in PAIRS:
        raise UnknownPath(f"{spec!r}: no pair path of that name (known: "
                          f"{', '.join('pairs:' + n for n in sorted(PAIRS.get_all()))})")
    return PAIRS.get(name)


#: pair path name -> the trigger kinds ("verb", "noun") whose tree it reads: "pairs:subj" looks for
#: the verb that carries an event noun, so on a verb trigger it finds nothing, every time.
PAIR_TRIGGERS: dict[str, frozenset[str]] = {}


def pair_path(name: str, *kinds: str):
    """Register a pair path under `name`, for triggers of these kinds."""
    def register(func):
        PAIR_TRIGGERS[name] = frozenset(kinds)
        return PAIRS.register(name)(func)
    return register


def check_pair_trigger(spec: str, kind: str) -> None:
    """A pair path used on a trigger whose tree it cannot read is an error, not a silent miss."""
    compile_pairs(spec)
    name = spec.partition(":")[2]
    allowed = PAIR_TRIGGERS.get(name)
    if allowed is not None and kind not in allowed:
        raise UnknownPath(f"{spec!r} reads a {' or '.join(sorted(allowed))} trigger, not a {kind}")


def pairs_of(spec: str, args: Arguments, trig) -> list[tuple[Arg, Arg]]:
    """Every pair of the distinct members a pair path finds (none below two)."""
    members = compile_pairs(spec)(args, trig)
    unique = {a.entity.id: a for a in members}
    if len(unique) < 2:
        return []
    return [(a, b) for a, b in itertools.combinations(unique.values(), 2) if not _bracketed(args, a, b)]


def _bracketed(args, a: Arg, b: Arg) -> bool:
    """"the X Liberation Front (XLF)": a name in brackets right after another restates it (the
    two may resolve apart when only the short form is known); they are no pair."""
    for x, y in ((a, b), (b, a)):
        if x.mention is not None and y.mention is not None and y.mention.start == x.mention.end + 1 \
                and args.doc[x.mention.end].text == "(" and y.mention.end < len(args.doc) \
                and args.doc[y.mention.end].text == ")":
            return True
    return False


# ---- hops -----------------------------------------------------------------------------------
@HOPS.register("head")
def _head_hop(args, trig, preps, rest, owner):
    """From a noun trigger to the verb it hangs on ("held talks with X": head>prep:with)."""
    verb = args.governing_verb(trig) or args.harmed_by(trig)
    return follow(rest, args, verb, owner, False) if verb is not None else []


def _through(args, starts, rest, owner) -> list[Arg]:
    out = []
    for s in starts:
        if rest == (Step("mod"),):
            out.extend(follow(rest, args, s, owner, True) or
                       [Arg(args.mention_at(c)) for c in s.children if c.dep_ in ("compound", "amod", "nmod")
                        and args.mention_at(c) is not None])
        else:
            out.extend(follow(rest, args, s, owner, True))
    return out


@HOPS.register("dobj")
def _dobj_hop(args, trig, preps, rest, owner):
    """To the direct object ("launched an attack on X": dobj>prep:on); when the object's own
    phrases reach nobody, a phrase the parser hung inside its "of" phrase ("donated a consignment
    of medicines and supplies to X": the goods' "to" is the verb's)."""
    objects = [c for c in trig.children if c.dep_ == "dobj"]
    found = _through(args, objects, rest, owner)
    if found or len(rest) != 1 or rest[0].name != "prep":
        return found  # (only a last "prep" step: "dobj>prep:of>mod" walks the "of" phrase itself)
    inner = [k for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
             for n in p.children if n.dep_ == "pobj" and args.mention_at(n) is None
             for k in [n, *n.conjuncts] if args.mention_at(k) is None]
    return _through(args, inner, rest, owner)


@HOPS.register("sum")
def _sum_hop(args, trig, preps, rest, owner):
    """From an aid noun to the amount it makes up ("announced $2 billion in security assistance
    to X": the parser hangs the recipient's phrase on the sum, beside the "in" phrase)."""
    amount = args.sum_of(trig)
    return follow(rest, args, amount, owner, True) if amount is not None else []


@HOPS.register("prep")
def _prep_hop(args, trig, preps, rest, owner):
    """To the objects of these prepositions ("came under fire from X": prep:under>prep:from);
    when they reach nobody and one phrase is left to walk, the coordinated objects too: "a
    freeze on the accounts and other assets of X", whose last conjunct carries the shared phrase."""
    objects = list(args.pobjs(trig, preps))
    found = _through(args, objects, rest, owner)
    if found or len(rest) != 1 or rest[0].name != "prep":
        return found
    return _through(args, [k for o in objects for k in o.conjuncts if k.i > o.i], rest, owner)


# ---- paths ----------------------------------------------------------------------------------
@PATHS.register("subj")
def subj(args, trig, preps, owner, is_noun):
    """The subject: of the verb, through control and relative clauses; of a noun trigger, the
    subject of the verb that carries its event."""
    if is_noun:
        if trig.dep_ == "pobj" and trig.head.lower_ == "for" and args.gratitude_word(trig.head) is not None:
            return []  # "X expressed his thanks for the donation": the one thanking received it
        verb = args.governing_verb(trig)
        if verb is None and args.harmed_by(trig) is not None:
            # "Strikes by X killed eight. The attack on Y also wounded 20": the earlier attack's agent
            return args.earlier_attack_agent(trig)
        if verb is not None and trig.dep_ == "pobj" and trig.head.lower_ in ("in", "during") \
                and trig.head.head.i == verb.i and verb.lemma_.lower() in args.lex["dying_verbs"]:
            # "A raid by X hit a camp. Ten rebels died in the attack": the earlier attack's agent
            return args.earlier_attack_agent(trig)
        if verb is None or not args.carries_event(verb):
            # "Egypt condemned the attack on X": Egypt reacted to the attack, it did
            # not carry it out.
            return []
        if args.received_trip(trig, verb):
            return []  # "X received a visit from Y in Z": the host stayed; Y made the trip
        return args.subjects(verb)
    if args.nominal_gerund(trig):
        # "Shelling by the X forces killed ten people": a gerund subject, its agent the doer
        return [a for c in trig.children if args.by_agent(c)
                for p in c.children if p.dep_ == "pobj" for a in args.actors(p, owner=owner)]
    if args.passive(trig):
        # "hit by a barrage of Russian missiles": the weapons' owner is the agent.
        return [a for c in args.agent_phrases(trig)
                for p in c.children if p.dep_ == "pobj" for a in args.actors(p, owner=owner)]
    carried = args.carried(trig)
    if carried:
        return carried
    found = args.subjects(trig)
    if not found and owner:  # "Russian missiles hit X": the weapons' owner
        node = trig  # "ships have been ramming into and firing at X": the first conjunct's subject
        while node.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in node.children):
            node = node.head.head if node.head.dep_ == "prep" else node.head
        # "Iran fired missiles that hit X": a relative pronoun stands for the noun it follows
        found = [a for c in node.children if c.dep_ == "nsubj"
                 for a in args.owner_of(node.head if node.dep_ == "relcl" and c.lower_ in args.w["relative_pronouns"] else c, 0)]
    return found


@PATHS.register("active_subj")
def active_subj(args, trig, preps, owner, is_noun):
    """"X and Y signed the accord": the subject of the verb in the active voice only; the agents
    of a passive ("an accord signed by X and Y", "signed in A and B by X and Y") may have acted
    apart."""
    if is_noun or args.passive(trig) or args.nominal_gerund(trig):
        return []
    return subj(args, trig, preps, owner, is_noun)


@PATHS.register("subj_source")
def subj_source(args, trig, preps, owner, is_noun):
    """"Vaccines from India reached Nepal", "Indian vaccines arrived in Nepal": where the
    goods that are the verb's subject, or that the vehicle there carries, come from (their
    "from" phrase or their owner)."""
    out = []
    for c in args.subject_tokens(trig):
        goods = [c] + list(args.pobjs(c, {"of"}))  # "a shipment of vaccines from Japan"
        carried = args.cargo(c)
        goods += carried  # "a plane carrying aid from Japan"
        out.extend(a for g in goods for p in args.pobjs(g, {"from"}) for a in args.actors(p))
        if not out:
            out.extend(_giver_compound(args, goods))
        if not out:  # "doses donated by X arrived in Y", "aid sent from X reached Y"
            out.extend(_giver_participle(args, goods))
        if not out:
            out.extend(args.owner_of(c, 0))
        if not out:  # "a Ruritanian aid plane" parsed with the name on "aid"
            out.extend(a for g in carried if g.dep_ == "compound" for a in args.owner_of(g, 0))
        if not out:  # "a plane carrying X's aid", "a ship containing Ruritanian supplies": the goods' owner
            out.extend(a for g in carried if g.dep_ != "compound" for a in args.owner_of(g, 0))
        if not out and carried:  # "a flight of the X Air Force carrying aid": whose vehicle it is
            out.extend(a for p in args.pobjs(c, {"of"}) for a in args.actors(p) or args.owner_of(p, 0))
        team = [g for g in goods if args.aid_team(g)]
        if not out and team:  # "a group of Ruritanian medical workers": the people counted are owned
            out.extend(a for g in team for a in args.owner_of(g, 0))
        if not out and team:  # "relief teams arrived in X from Y": the parser hangs their home on the verb
            out.extend(a for p in args.pobjs(trig, {"from"}) for a in args.actors(p))
    return out


@PATHS.register("cargo_bound")
def cargo_bound(args, trig, preps, owner, is_noun):
    """"A plane carrying aid to X left for Y", "a flight carrying aid for X has left for Y": the
    phrases of these prepositions on the goods the verb's subject is or carries (Arguments.cargo),
    or on the carrying participle (verbs.json carrying_verbs) that says what it carries, or on
    the goods of the verb's "with" phrase, name where the goods are bound (the people there, verbs.json
    beneficiary_nouns, stand for their state); a stop the verb names on the way (Y) is no
    recipient. Read before the verb's own destination."""
    out = []
    for c in args.subject_tokens(trig):
        carriers = [k for k in c.children if k.dep_ == "acl" and k.lemma_.lower() in args.lex["carrying_verbs"]]
        carriers += [k for k in trig.children if k.dep_ == "advcl" and k.tag_ == "VBG"
                     and k.lemma_.lower() in args.lex["carrying_verbs"]]
        nodes = [c, *args.cargo(c), *carriers]
        nodes += args.pobjs(trig, {"with"})  # "a ship departed for Y with supplies for X"
        nodes += [k for g in nodes for k in g.children if k.dep_ == "acl" and k.tag_ == "VBN"]  # "aid destined for X"
        for p in (p for g in nodes for p in args.pobjs(g, preps)):
            # "aid for X", "tents for the flood victims in X"
            out.extend(args.actors(p, owner=owner) or args.beneficiaries_state(p))
    return out


def _giver_participle(args, goods) -> list[Arg]:
    """"doses donated by X", "supplies sent from X": the agent, or the "from" phrase, of a
    participle of giving (verbs.json giving_participles) after the goods is the giver; the goods
    may be named through "of" ("a shipment of doses of vaccine donated by X")."""
    nodes = list(goods)
    for g in goods:
        node = g
        for _ in range(2):
            node = next(iter(args.pobjs(node, {"of"})), None)
            if node is None:
                break
            nodes.append(node)
    return [a for g in nodes for k in g.children
            if k.dep_ == "acl" and k.tag_ == "VBN" and k.lemma_.lower() in args.lex["giving_participles"]
            for a in agent(args, k, set(), False, False) or [a for p in args.pobjs(k, {"from"}) for a in args.actors(p)]]


def _giver_compound(args, goods) -> list[Arg]:
    """"China-donated vaccines", "US-funded equipment": the name joined by a hyphen to a
    participle of giving (verbs.json giving_participles) before the goods is the giver."""
    return [a for g in goods for k in g.children
            if k.dep_ in ("amod", "compound") and k.i < g.i and k.lemma_.lower() in args.lex["giving_participles"]
            for a in _hyphened_name(args, k)]


def _hyphened_name(args, participle) -> list[Arg]:
    """The actor named right before a hyphen joined to a participle ("China-donated",
    "Iran-allied"): the parser makes the name the participle's adverbial or compound."""
    return [a for d in participle.children if d.dep_ in ("npadvmod", "compound", "nmod", "advmod")
            and d.i + 2 == participle.i and args.doc[d.i + 1].text in ("-", "‐") for a in args.actors(d)]


@PATHS.register("hyphen_name")
def hyphen_name(args, trig, preps, owner, is_noun):
    """"the Iran-allied militia", "Iranian-allied X": the name joined by a hyphen to a participle
    that qualifies a noun (the parser's adverbial or compound of the participle)."""
    if is_noun or trig.dep_ != "amod" or trig.head.i < trig.i:
        return []
    return _hyphened_name(args, trig)


@PATHS.register("funded_host")
def funded_host(args, trig, preps, owner, is_noun):
    """"X inaugurated the Y-funded bridge", "a Y-aided hospital in X": the state a work a donor's
    participle qualifies (the name joined to it by a hyphen is the donor) stands in or was
    handed to (`Arguments.funded_work_host`)."""
    if is_noun or trig.dep_ != "amod" or trig.head.i < trig.i or not _hyphened_name(args, trig):
        return []
    return args.funded_work_host(trig.head)


@PATHS.register("modified_noun")
def modified_noun(args, trig, preps, owner, is_noun):
    """"the Iran-allied X": the name a participle qualifies as its adjective."""
    if is_noun or trig.dep_ != "amod" or trig.head.i < trig.i:
        return []
    return args.actors(trig.head)


@PATHS.register("qualified_noun")
def qualified_noun(args, trig, preps, owner, is_noun):
    """"X, a country allied with Y", "militias allied with Y": the noun a participle after it
    qualifies (a reduced relative clause); when that noun only restates a name set off before
    it, the name."""
    if is_noun or trig.dep_ != "acl" or trig.tag_ != "VBN" or trig.head.i > trig.i:
        return []
    found = args.actors(trig.head, owner=owner)
    if not found and trig.head.dep_ == "appos":
        found = args.actors(trig.head.head, owner=owner)
    return found


@PATHS.register("stock_owner")
def stock_owner(args, trig, preps, owner, is_noun):
    """"a shipment of arms from German stocks to X", "arms from its own stockpiles": goods
    drawn from a stock (verbs.json stock_nouns) are given by the stock's owner."""
    phrases = args.event_preps(trig, {"from"}) if is_noun \
        else [c for c in trig.children if c.dep_ == "prep" and c.lower_ == "from"]
    # "a delivery of arms from U.S. stocks": the phrase hung on the goods of the "of" phrase
    phrases += [c for g in args.pobjs(trig, {"of"}) for c in g.children if c.dep_ == "prep" and c.lower_ == "from"]
    return [a for c in phrases for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in args.lex["stock_nouns"]
            for a in args.owner_of(p, 0)]


@PATHS.register("held_relative")
def held_relative(args, trig, preps, owner, is_noun):
    """"attends the summit, which is taking place in X", "the forum being held in Y": the place a
    relative clause (or a participle) on the verb's object says that event happens in (the clause's verb
    takes an occurrence object, verbs.json occurrence_objects, or is the passive of a light
    verb)."""
    if is_noun:
        return []
    return [a for obj in trig.children if obj.dep_ == "dobj" for a in _occurrence_clause_places(args, obj, preps)]


def _occurrence_clause_places(args, event, preps) -> list[Arg]:
    """What the phrases of these prepositions name on a relative clause or participle in an
    event's phrase that says the event happens (its verb takes an occurrence object, verbs.json
    occurrence_objects, or is the passive of a light verb): "the summit, which is taking place
    in X", "a session of the council, to be held in Y" (also where the parser hung the
    clause on a name inside the event's phrase; only an event takes place)."""
    out = []
    for rel in (t for t in event.subtree if t.dep_ in ("relcl", "acl") and t.head.i != t.i):
        happens = bool(_occurrence_objects(args, rel)) \
            or (args.passive(rel) and rel.lemma_.lower() in args.lex["light_verbs"])
        if happens:
            out.extend(a for p in args.pobjs(rel, preps) for a in args.actors(p))
    return out


@PATHS.register("arriving_from")
def arriving_from(args, trig, preps, owner, is_noun):
    """"Condemnation of X poured in from A and B", "criticism came from C": a noun event that is
    the subject of a verb takes its source from that verb's "from" phrase."""
    if not is_noun or trig.dep_ != "nsubj" or trig.head.pos_ not in ("VERB", "AUX"):
        return []
    found = [a for p in args.pobjs(trig.head, {"from"}) for a in args.actors(p)]
    # "... poured in from A, along with B and C": the sources named alongside it too
    return found + args.companions(trig.head, 0) if found else found


def complement_tokens(trig, copulas=()):
    """The words of a verb's predicate complement: "called it reckless", "called the move a
    betrayal", "described the decision as unjustified", "said the launch was a violation"."""
    copula = trig.lemma_.lower() in copulas  # "said the launch was a violation": a copula's noun
    return [t for c in trig.children
            if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "dobj") or (c.dep_ == "attr" and copula)
            or (c.dep_ == "prep" and c.lower_ == "as")
            for t in c.subtree]


@PATHS.register("complement_agent")
def complement_agent(args, trig, preps, owner, is_noun):
    """"X was designated a terror group by Y": a passive verb's by-phrase the parser hung on
    its object predicate (oprd, or the object the parser made of it) names its agent."""
    if is_noun or not args.passive(trig):
        return []
    return [a for c in trig.children if c.dep_ in ("oprd", "dobj")
            for b in c.children if b.dep_ == "prep" and b.lower_ == "by"
            for p in b.children if p.dep_ == "pobj" for a in args.actors(p)]


@PATHS.register("verdict_agent")
def verdict_agent(args, trig, preps, owner, is_noun):
    """"called the cancellation a betrayal by X", "described it as X's aggression": the agent of
    the censure noun of the complement."""
    censure = args.lex["censure_nouns"]
    out = []
    for t in complement_tokens(trig):
        if t.lemma_.lower() in censure or t.lower_ in censure:
            out.extend(a for c in args.by_phrases(t) for p in c.children if p.dep_ == "pobj" for a in args.actors(p))
            out.extend(a for c in t.children if c.dep_ == "poss" for a in args.actors(c))
            # "considers X's decision a provocation": the small clause's subject, or its owner
            out.extend(a for c in t.children if c.dep_ == "nsubj" for a in args.actors(c, owner=True))
    return out


@PATHS.register("speaker")
def speaker(args, trig, preps, owner, is_noun):
    """"X said (that) Y is a dictator", '"... a cowardly attack," X said': the subject of the
    verb of saying whose reported clause holds the trigger."""
    verb = speech_verb(args, trig)
    return args.subjects(verb) if verb is not None else []


@PATHS.register("passive_speaker")
def passive_speaker(args, trig, preps, owner, is_noun):
    """"The Treasury said X and Y were sanctioned": with no agent, a passive listing act in a
    reported clause is the act of the state or body that reports it."""
    if is_noun or not args.passive(trig) or args.agent_phrases(trig):
        return []
    return [a for a in speaker(args, trig, preps, owner, is_noun)
            if a.entity.type in (EntityType.STATE, EntityType.ORGANIZATION)]


def speech_verb(args, trig):
    """The verb of saying whose reported clause holds `trig` and that has a named subject
    ("the vote confirms that ...", X said: X's "said")."""
    node = trig
    for _ in range(8):
        if node.head.i == node.i:
            return None
        came, node = node.dep_, node.head
        if came in ("ccomp", "parataxis") and node.lemma_.lower() in args.lex["verdict"]["speaker_verbs"] \
                and args.subjects(node):
            return node
    return None


@PATHS.register("doer")
def doer(args, trig, preps, owner, is_noun):
    """"Y has carried out an aggression", "Y committed a provocation": the doer of the act."""
    verb = args.governing_verb(trig)
    if verb is None or trig.dep_ != "dobj":
        return []
    doing = args.lex["verdict"]["doing_verbs"]
    if verb.lemma_.lower() in doing or modality_phrasal(verb) in doing:
        return args.subjects(verb)
    return []


@PATHS.register("patient_owner")
def patient_owner(args, trig, preps, owner, is_noun):
    """"The peacekeeping forces of the bloc have been sent to X": a passive verb with no agent;
    the owner of what was sent sent it."""
    if is_noun or not args.passive(trig) or any(c.dep_ == "agent" for c in trig.children):
        return []
    return [a for c in trig.children if c.dep_ == "nsubjpass" for a in args.owner_of(c, 0)]


@PATHS.register("self")
def self_(args, trig, preps, owner, is_noun):
    """A headline's "Putin in Beijing for talks": the name is the clause."""
    m = args.mention_at(trig)
    return [Arg(m)] if m is not None else []


@PATHS.register("group")
def group(args, trig, preps, owner, is_noun):
    """"the two U.S. allies": the counted group the trigger noun itself stands for (the two
    states named before it, ingest/coreference.py)."""
    return [a for a in args.actors(trig) if a.via == "anaphora"] if is_noun else []


@PATHS.register("agent")
def agent(args, trig, preps, owner, is_noun):
    return [a for c in trig.children if c.dep_ == "agent"
            for p in c.children if p.dep_ == "pobj" for a in args.actors(p, owner=owner)]


def _thanked_for(args, trig, preps, is_noun):
    """The thanking word of an aid noun in a "for" phrase of it, and that preposition."""
    if not is_noun or trig.dep_ != "pobj" or trig.head.lower_ not in preps:
        return None, None
    return args.gratitude_word(trig.head), trig.head


@PATHS.register("thanked")
def thanked(args, trig, preps, owner, is_noun):
    """"X thanked Y for its assistance", "expressed gratitude to Y for the aid": the one thanked
    for aid gave it (verbs.json gratitude_words)."""
    word, prep = _thanked_for(args, trig, preps, is_noun)
    return args.thanked(word, prep) if word is not None else []


@PATHS.register("thanker")
def thanker(args, trig, preps, owner, is_noun):
    """... and the one thanking for it, or the state he acts for, received it."""
    word, _ = _thanked_for(args, trig, preps, is_noun)
    return args.thanker(word) if word is not None else []


@PATHS.register("given_by")
def given_by(args, trig, preps, owner, is_noun):
    """"received 5,000 doses donated by X", "aid provided by X": the agent of a participle of
    giving (verbs.json giving_participles) on the noun names the giver; a participle of trade
    ("exported by X", "sold by X") names none, so a purchase is not read as a gift. The goods
    may be named through "of" ("the first batch of doses of vaccines donated by X")."""
    nodes, node = [trig], trig
    for _ in range(3):
        node = next((p for c in node.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), None)
        if node is None:
            break
        nodes.append(node)
    for n in nodes:
        found = [a for c in n.children
                 if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in args.lex["giving_participles"]
                 for a in agent(args, c, preps, owner, False)]
        if found:
            return found
    return []


@PATHS.register("described_owner")
def described_owner(args, trig, preps, owner, is_noun):
    """"X's neighbour Y responded by sending a rescue team": with no destination phrase at all,
    the state whose neighbour or partner (verbs.json kin_nouns) the subject is named as is the
    one its help went to."""
    if is_noun or any(c.dep_ == "prep" and c.lower_ in preps for node in [trig, *[d for d in trig.children if d.dep_ == "dobj"]]
                      for c in node.children):
        return []
    out = []
    for a in args.subjects(trig):
        if a.mention is None:
            continue
        name = args.doc[a.mention.end - 1]
        described = [name.head] if name.dep_ == "appos" else [c for c in name.children if c.dep_ == "appos"]
        out.extend(o for d in described if d.lemma_.lower() in args.lex["kin_nouns"]
                   for c in d.children if c.dep_ == "poss" for o in args.actors(c))
    return out


@PATHS.register("dobj")
def dobj(args, trig, preps, owner, is_noun):
    """The object (a passive verb's subject); "struck dozens of Houthi targets", "pounded the
    port of Odesa": a part or a quantity of something named stands for it."""
    if not is_noun and args.passive(trig):
        targets = [c for c in trig.children if c.dep_ == "nsubjpass"]
        if not targets and trig.dep_ == "acl":
            targets = [trig.head]
        elif not targets and trig.dep_ == "advcl":
            # "X arrived in Y, welcomed by Z": the participle's patient is its clause's subject
            return args.subjects(trig.head)
        elif not targets and trig.dep_ == "pcomp" and trig.head.dep_ == "prep" \
                and trig.head.head.pos_ in ("VERB", "AUX"):
            # "After being received by Z at the palace, Y said ...": a participle fronted by a
            # preposition has its clause's surface subject for patient, as an adjunct does
            return args.surface_subjects(trig.head.head)
        elif not targets and trig.dep_ == "conj" and trig.head.pos_ in ("VERB", "AUX"):
            # "X landed in Y and was greeted by Z": a passive conjunct without its own subject
            # has the first conjunct's subject as its patient
            return args.clause_subjects(trig.head, together=False)
    else:
        targets = [c for c in trig.children if c.dep_ == "dobj"] or named_object(args, trig) \
            or credited_object(args, trig) or _participle_subject_object(trig)
        if len(targets) > 1:
            # "the rebels, which X accused Y of supporting": a verb has one object; the relative
            # pronoun the parser gave it as a second one is the embedded gerund's
            targets = [t for t in targets if t.tag_ not in ("WDT", "WP")] or targets
            # "designated Ruritania’s rebels as ...": a curly possessive the parser took for a noun
            # leaves the owner as a second object; an object carrying a possessive marker owns
            # the next one and is no object itself
            targets = [t for t in targets if not any(k.dep_ == "case" for k in t.children)] or targets
        # "helping the government fight Y": an object phrase holding a subject before its head is
        # a clause the parser flattened; Y is that clause's object, not the verb's
        targets = [t for t in targets if not any(k.dep_ == "nsubj" and k.i < t.i for k in t.subtree)]
        if trig.lemma_.lower() in args.lex["help_verbs"]:
            # "helping the Malian army battle Y": the parser took the clause's verb (verbs.json
            # combat_verbs) for a noun after the helped one; Y is fought, not helped
            targets = [t for t in targets if not _flattened_combat(args, t)]
    out = []
    for t in targets:
        found = args.actors(t, owner=owner) or args.part_of(t)
        if not found and t.pos_ == "NOUN":
            # "invaded the separatist Ruritanian province of X": the parser made the head noun an
            # apposition of the word before it; the apposition names what was struck
            found = [a for c in t.children if c.dep_ == "appos" and args.set_off(t, c)
                     for a in (args.actors(c, owner=owner) or args.part_of(c))]
        out.extend(found)
    return out


def _participle_subject_object(trig) -> list:
    """"bombed Ruritanian forces attacking the town": with no object, the small parser makes
    the noun right after the verb the subject of the participle that describes it (a clause
    complement); that noun is the verb's object."""
    return [k for c in trig.children if c.dep_ == "ccomp" and c.tag_ == "VBG"
            for k in c.children if k.dep_ == "nsubj" and k.pos_ in ("NOUN", "PROPN")
            and k.left_edge.i == trig.i + 1 and k.i < c.i]


def named_object(args, trig) -> list:
    """"condemned what it called the hostile acts of X", "denounced what it described as X's
    aggression": a free relative object ("what" of a naming verb's clause) stands for what the
    clause names, the naming verb's complement or its "as" phrase."""
    out = []
    for c in trig.children:
        if c.dep_ not in ("ccomp", "xcomp") or c.lemma_.lower() not in args.lex["naming_verbs"]:
            continue
        if not any(k.dep_ == "dobj" and k.tag_ in ("WP", "WDT") for k in c.children):
            continue
        # the complement, or a second object the parser gives a bare noun ("labelled X's coercion")
        out.extend(k for k in c.children if k.dep_ == "oprd" or (k.dep_ == "dobj" and k.tag_ not in ("WP", "WDT")))
        out.extend(p for k in c.children if k.dep_ == "prep" and k.lower_ == "as"
                   for p in k.children if p.dep_ == "pobj")
    return out


@PATHS.register("party_leader")
def party_leader(args, trig, preps, owner, is_noun):
    """"received the Japanese delegation led by X", "met a team headed by Y": the one who leads
    the party the verb takes for object (mentions.json group_nouns; verbs.json group_members
    led_by), a person, rather than the state the party comes from."""
    parties = [c for c in trig.children if c.dep_ == "dobj"]
    parties += [p for c in trig.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj"]
    return _party_leaders(args, parties)


def _support_verb(trig, is_noun):
    """The word an event noun is the direct object of ("hosted a dinner", "carried out strikes"),
    where a phrase of the event the parser hung there belongs to the noun; None for a verb trigger
    or a noun in any other slot."""
    return trig.head if is_noun and trig.dep_ == "dobj" else None


@PATHS.register("honoured")
def honoured(args, trig, preps, owner, is_noun):
    """"hosted a luncheon in honour of X", "gave a dinner in the honour of Y": the guest an
    honour phrase (a phrase of these prepositions whose noun is one of verbs.json honour_nouns,
    with its "of" phrase) names, hung on the event noun or on the verb whose object it is. The
    parser breaks the phrase after "of" now and then (a name read as a preposition, a name after
    its title's "of" phrase made the verb's object): then the first person named after "of" before
    a punctuation mark or a verb."""
    support = _support_verb(trig, is_noun)
    if support is None and is_noun and trig.dep_ == "nsubjpass" \
            and trig.head.lemma_.lower() in args.lex["hosting_participles"]:
        support = trig.head  # "a banquet was hosted by Y in honour of X": the passive host verb
    holders = [trig] + ([support] if support is not None else [])
    out: list[Arg] = []
    for holder in holders:
        for honour in args.pobjs(holder, preps):
            if honour.lemma_.lower() not in args.lex["honour_nouns"]:
                continue
            after = args.doc[honour.i + 1] if honour.i + 1 < len(args.doc) else None
            ofs = [c for c in honour.children if c.dep_ == "prep" and c.lower_ == "of"] or (
                [after] if after is not None and after.lower_ == "of" else [])  # (or hung on the verb)
            for of in ofs:
                found = [a for p in of.children if p.dep_ == "pobj" for a in args.actors(p)
                         if a.entity.type == EntityType.PERSON]
                if not found:
                    for t in args.doc[of.i + 1:]:
                        if t.is_punct or t.pos_ in ("VERB", "AUX"):
                            break
                        named = args.mention_at(t)
                        if named is not None and named.entity.type == EntityType.PERSON:
                            found = [Arg(named)]
                            break
                out.extend(found)
    return out


@PATHS.register("hosted_by")
def hosted_by(args, trig, preps, owner, is_noun):
    """"X attended a banquet hosted by Y", "a dinner was given by Y in honour of X", "a dinner
    was held, hosted by Y": the agent of a participle of hosting (verbs.json hosting_participles)
    on the meal noun, of the passive verb whose subject the noun is, or of such a participle hung
    on that verb, is the host; the guest sits at his table, so the two met. (A noun alone names
    no host: "attended a banquet" with the other guests is no meeting with any one of them.)
    A co-host named through a possessive and a word that is no title ("hosted by Y and his wife
    Z") is of the host's household, at the table for him, not a party the guest met."""
    if not is_noun:
        return []
    hosting = args.lex["hosting_participles"]
    verbs = [c for c in trig.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if trig.dep_ == "nsubjpass":
        verbs.append(trig.head)
        verbs.extend(c for c in trig.head.children if c.dep_ in ("advcl", "conj") and c.tag_ == "VBN")
    found = [a for v in verbs if v.lemma_.lower() in hosting for a in agent(args, v, preps, owner, False)]
    return [a for a in found if not _household_member(args, a)]


def _household_member(args, a: Arg) -> bool:
    """"his wife Z", "her son Z": a person named right after a possessive pronoun and a word that
    is no title (mentions.json title_words, title_heads, relative_titles)."""
    m = a.mention
    if m is None or m.start < 2:
        return False
    word, owner_word = args.doc[m.start - 1], args.doc[m.start - 2]
    titles = (args.w["title_words"], args.w["title_heads"], args.w["relative_titles"])
    return owner_word.lower_ in args.w["possessive_pronouns"] and word.pos_ == "NOUN" \
        and not any(word.lower_ in t for t in titles)


@PATHS.register("led_party")
def led_party(args, trig, preps, owner, is_noun):
    """"hosted a reception for a delegation from X led by Y", "a welcome ceremony for the
    delegation headed by Z": the one who leads the party a phrase of these prepositions names
    (as `party_leader`)."""
    return _party_leaders(args, [p for c in trig.children if c.dep_ == "prep" and c.lower_ in preps
                                 for p in c.children if p.dep_ == "pobj"])


def _party_leaders(args, parties) -> list[Arg]:
    """The persons who lead these party nouns (mentions.json group_nouns, verbs.json
    group_members led_by), for a party that is no name itself."""
    out: list[Arg] = []
    for party in parties:
        if party.lemma_.lower() not in args.w["group_nouns"] or args.mention_at(party) is not None:
            continue
        out.extend(a for p in leading_phrases(party, args.lex["group_members"]["led_by"])
                   for a in args.actors(p) if a.entity.type == EntityType.PERSON)
    return out


def credited_object(args, trig) -> list:
    """"X received Y, the Z agency cites the press service": the parser hangs the source's
    credit (verbs.json source_credit_verbs) on the verb as a clause whose subjects are the
    verb's object and the source; the subject right after the verb, before a comma, is the
    object when the credit has a subject of its own after it."""
    for c in trig.children:
        if c.dep_ != "ccomp" or c.i < trig.i or c.lemma_.lower() not in args.lex["source_credit_verbs"]:
            continue
        subjects = sorted((k for k in c.children if k.dep_ == "nsubj"), key=lambda k: k.i)
        if not subjects or subjects[0].left_edge.i != trig.i + 1 or subjects[0].i + 1 >= c.i \
                or args.doc[subjects[0].i + 1].text != ",":
            continue
        # the source: a second subject, or the name's apposition after the comma ("Y, X agency cites")
        if len(subjects) >= 2 or any(k.dep_ == "appos" and k.i > subjects[0].i for k in subjects[0].children):
            return [subjects[0]]
    return []


@PATHS.register("defender")
def defender(args, trig, preps, owner, is_noun):
    """"X in its defence against Y's strikes", "X defends itself against Y's shelling": the one
    defending (verbs.json defence_words) against an attack noun was its target: the defence
    noun's possessor, the verb's object, or the verb's subject when that object is a pronoun
    standing for it or there is none."""
    if not is_noun or trig.dep_ != "pobj" or trig.head.lower_ != "against":
        return []
    word = trig.head.head
    if word.lemma_.lower() not in args.lex["defence_words"] and word.lower_ not in args.lex["defence_words"]:
        return []
    if word.pos_ in ("NOUN", "PROPN"):
        return [a for c in word.children if c.dep_ == "poss" for a in args.actors(c)]
    if word.pos_ != "VERB":
        return []
    objs = [c for c in word.children if c.dep_ == "dobj"]
    if objs and not all(o.pos_ == "PRON" for o in objs):
        return [a for o in objs for a in args.actors(o)]
    return args.subjects(word)


@PATHS.register("victim")
def victim(args, trig, preps, owner, is_noun):
    """"a US strike that killed General X", "the raid that wounded two Ruritanian soldiers": the
    named victims of a relative clause of killing (verbs.json victim_verbs) on an attack noun."""
    out = []
    for c in trig.children:
        if c.dep_ == "relcl" and c.pos_ == "VERB" and c.lemma_.lower() in args.lex["victim_verbs"] \
                and not args.passive(c):
            out.extend(a for d in c.children if d.dep_ == "dobj" for a in args.actors(d))
    # ("Shelling by X killed ...": a gerund the parser made a verb, subject or adverbial clause)
    if (is_noun and trig.dep_ == "nsubj" or args.nominal_gerund(trig)) and trig.head.pos_ == "VERB" \
            and trig.head.lemma_.lower() in args.lex["victim_verbs"] and not args.passive(trig.head):
        # "The strike killed two commanders of the X group": the named victims of the attack
        for d in (c for c in trig.head.children if c.dep_ == "dobj"):
            # ("two leading figures in the X group": the members of an organisation stand for it)
            # ("killed five militants from the X group": the parser may hang the phrase on the verb,
            # right after the victims)
            hung = [c for c in trig.head.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                    and c.i == d.right_edge.i + 1]
            out.extend(args.actors(d, owner=owner) or [
                a for p in list(args.pobjs(d, {"in", "of", "from"})) + [p for c in hung for p in c.children
                                                                          if p.dep_ == "pobj"]
                for a in args.actors(p) if a.entity.type == EntityType.ORGANIZATION])
    phrase = trig
    if trig.dep_ == "pobj" and trig.head.lower_ == "of" and trig.head.head.dep_ == "pobj" \
            and trig.head.head.pos_ == "NOUN" and args.mention_at(trig.head.head) is None \
            and trig.head.head.lemma_.lower() not in args.lex["nouns"]:
        phrase = trig.head.head  # "killed in a wave of air strikes by X": the strikes the series holds
    # ("wounded by X shelling": the attack as the passive's agent names its victims the same way)
    verb = phrase.head.head if phrase.dep_ == "pobj" and (phrase.head.lower_ in ("in", "during")
                                                         or phrase.head.dep_ == "agent") else None
    if is_noun and verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in args.lex["victim_verbs"]:
        if not args.passive(verb) and verb.dep_ == "conj" and verb.head.pos_ == "VERB" \
                and verb.head.lemma_.lower() in args.lex["victim_verbs"]:
            verb = verb.head  # "five X soldiers were killed and ten wounded in an attack by Y"
        if args.passive(verb):
            # "five Ruritanian soldiers were killed in an attack by X": those killed were its target
            out.extend(_passive_subjects(args, verb))
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and not out:
            # "Commander X, killed last week in a Y strike": the one the participle follows
            out.extend(args.actors(verb.head))
            before = args.mention_at(args.doc[verb.i - 2]) if verb.i >= 2 and args.doc[verb.i - 1].text == "," else None
            if not out and before is not None and before.entity.type == EntityType.PERSON:
                # (the parser may hang it on the phrase the name is in: "the funeral of X, killed ...")
                out.append(Arg(before))
    if is_noun and verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in args.lex["dying_verbs"]:
        # "17 rebels of the X group died in the attack": those who died were its target
        out.extend(args.subjects(verb))
    return out


@PATHS.register("what_named")
def what_named(args, trig, preps, owner, is_noun):
    """"condemned what it described as the hostile acts of X", "denounced what it called Russian
    aggression": a free relative of a verb of naming (verbs.json naming_verbs) stands for the act
    it names; the act's owner is censured."""
    if is_noun:
        return []
    out = []
    for clause in trig.children:
        if clause.dep_ not in ("ccomp", "dobj", "relcl") or clause.lemma_.lower() not in args.lex["naming_verbs"] \
                or not any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in clause.children):
            continue
        named = [c for c in clause.children if c.dep_ == "oprd"] + list(args.pobjs(clause, {"as"}))
        for noun in named:
            out.extend(args.actors(noun) or args.owner_of(noun, 0))
    return out


@PATHS.register("posting")
def posting(args, trig, preps, owner, is_noun):
    """"X's ambassador to Y was summoned": with no agent, the state an envoy who is the passive's
    patient is posted to (his "to" or "in" phrase) is the one that summoned him."""
    if is_noun or not args.passive(trig) or any(c.dep_ == "agent" for c in trig.children):
        return []
    out = []
    for c in trig.children:
        if c.dep_ != "nsubjpass":
            continue
        # "the Borduria ambassador to the country": a state never summons its own envoy (a
        # "the country" read as his own state is a misreading; no summoner is named)
        own = {m.entity.id for k in c.children if k.dep_ in ("amod", "compound", "nmod", "poss")
               for m in [args.mention_at(k)] if m is not None}
        out.extend(a for p in args.pobjs(c, {"to", "in"}) for a in args.actors(p) if a.entity.id not in own)
    return out


@PATHS.register("urged_censure")
def urged_censure(args, trig, preps, owner, is_noun):
    """"X urged the bloc to condemn Y": asking others to censure Y censures Y; the object of the
    censure verb (a CONDEMNED verb of the lexicon) that is the trigger's infinitive complement."""
    out: list[Arg] = []
    for c in trig.children:
        # "called on Y to join its allies in condemning Z": the censure the infinitive joins
        joined = [g for p in c.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                  if g.dep_ == "pcomp" and g.pos_ == "VERB"] if c.dep_ == "xcomp" and c.pos_ == "VERB" else []
        for v in [c] + joined:
            if c.dep_ == "xcomp" and c.pos_ == "VERB" and any(
                    isinstance(p, dict) and p.get("relation") == "CONDEMNED"
                    for p in args.lex["verbs"].get(v.lemma_.lower(), [])):
                out.extend(dobj(args, v, preps, owner, False))
        if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.lemma_.lower() in args.lex["light_verbs"]:
            # "asked the world to issue a condemnation of Y": a censure noun (a CONDEMNED noun of
            # the lexicon) as the object of a support verb
            for n in c.children:
                if n.dep_ == "dobj" and any(isinstance(p, dict) and p.get("relation") == "CONDEMNED"
                                            for p in args.lex["nouns"].get(n.lemma_.lower(), [])):
                    out.extend(a for p in args.pobjs(n, {"of"}) for a in args.actors(p, owner=owner))
    return out


def _ceased_censure(args, trig) -> bool:
    """Whether the trigger, a verb of ceasing, has a censured act (verbs.json themes
    ceased_censures) for gerund or object: "stop smearing X", "stop slandering and accusations"."""
    words = args.lex["themes"]["ceased_censures"]
    acts = [c for c in trig.children if c.dep_ in ("xcomp", "dobj")]
    acts += [k for c in acts for k in c.children if k.dep_ == "conj"]  # "stop those activities and provocations"
    return any(c.lemma_.lower() in words or c.lower_ in words for c in acts)


@PATHS.register("ceasing_doer")
def ceasing_doer(args, trig, preps, owner, is_noun):
    """"X urged Y to stop interfering in its affairs", "Y should stop smearing X, Z said": the one
    told to cease a censured act is censured (by the one asking, `asker`, or saying, `speaker`):
    the subject of the verb of ceasing."""
    if is_noun or not _ceased_censure(args, trig):
        return []
    return args.subjects(trig)


def asking_verb(args, trig):
    """The verb of asking (verbs.json themes asking_verbs) whose infinitive complement the trigger
    is or joins: "urged" in "X urged Y to stop A and stop B"."""
    node = trig
    if node.dep_ == "conj" and node.head.dep_ == "xcomp":
        node = node.head
    if node.dep_ != "xcomp" or node.head.lemma_.lower() not in args.lex["themes"]["asking_verbs"]:
        return None
    return node.head


def voicing_verb(args, trig):
    """For a fact that is its asking or saying (a pattern's `voiced`): the verb of asking over the
    trigger, else the verb of saying whose reported clause holds it."""
    verb = asking_verb(args, trig)
    return verb if verb is not None else speech_verb(args, trig)


@PATHS.register("asker")
def asker(args, trig, preps, owner, is_noun):
    """"X urged Y to stop ...", "X called on Y to stop A and stop B": the subject of the verb of
    asking whose infinitive complement the trigger is or joins."""
    verb = asking_verb(args, trig)
    return args.subjects(verb) if verb is not None else []


@PATHS.register("dative")
def dative(args, trig, preps, owner, is_noun):
    return [a for c in trig.children if c.dep_ in ("dative", "iobj") for a in args.actors(c)]


@PATHS.register("poss")
def poss(args, trig, preps, owner, is_noun):
    if is_noun and any(c.dep_ == "poss" and c.lower_ in args.w["possessive_pronouns"] for c in trig.children):
        # "X was welcomed by Y upon his arrival": the pronoun of a trip that frames a clause is
        # its subject's, not the nearest name's
        framed = frame_subj_any(args, trig, preps, owner, is_noun)
        singular = any(c.dep_ == "poss" and c.lower_ == "its" for c in trig.children)
        if framed and not (singular and len({a.entity.id for a in framed}) > 1):
            # (not "its" for a list: "X and Y moved to isolate Z after its invasion of W")
            return framed
    out = [a for c in trig.children if c.dep_ == "poss" for a in args.actors(c)]
    if out and trig.dep_ == "appos" and any(c.dep_ == "poss" and c.lower_ in args.w["possessive_pronouns"]
                                            for c in trig.children):
        # "stands by the X government, its key ally": the pronoun of a phrase restating a name
        # is not that name's own (read below from the clause's subject)
        restated = {a.entity.id for a in args.actors(trig.head)}
        out = [a for a in out if a.entity.id not in restated]
    if not out:
        # "her \"vicious\" and \"provocative\" actions": the parser hung the possessor on the
        # quoted adjective before the noun
        out = [a for c in trig.children if c.dep_ == "amod" and c.i < trig.i
               for k in c.children if k.dep_ == "poss" and k.i < c.i for a in args.actors(k)]
    if not out and trig.dep_ == "appos":
        # "defend the Philippines, its oldest ally": "its" is the clause's subject
        for c in trig.children:
            if c.dep_ == "poss" and c.lower_ in args.w["possessive_pronouns"]:
                verb = args.governing_verb(trig.head)
                named = trig.head
                if verb is None and named.dep_ == "pobj" and named.head.dep_ == "prep" \
                        and named.head.head.pos_ in ("VERB", "AUX"):
                    verb = named.head.head  # "stands by the X government, its key ally"
                out = args.subjects(verb) if verb is not None else []
    if not out and is_noun:
        out = _poss_across_dates(args, trig)
    if not out and is_noun:
        out = _poss_by_bare_mark(args, trig)
    return out


def _poss_by_bare_mark(args, trig):
    """"Marles’ meeting with Y", "with Name’ private visit to Z": a possessor whose mark is a bare
    apostrophe (a name ending in s) the small parser may take for a closing quote, hanging the
    name on the noun as a modifier or subject, or elsewhere: the name just before the mark, when
    only the noun's own modifiers stand between the mark and the noun, is still its owner."""
    doc = trig.doc
    marks = {c.i + 1 for c in trig.children if c.i + 1 < trig.i} \
        | {c.i for c in trig.children if c.dep_ == "punct" and c.i < trig.i}
    for i in sorted(marks):
        if not bare_possessive_mark(doc, i) or any(t.head.i != trig.i for t in doc[i + 1:trig.i]):
            continue
        if args.mention_at(doc[i - 1]) is not None:
            return args.actors(doc[i - 1])
    return []


def _poss_across_dates(args, trig):
    """"during X's March 22 to 23 state visit to Y": the small parser breaks the noun phrase at a
    date range and hangs the possessor elsewhere; a possessor whose marker only dates (and the
    noun's own modifiers) separate from the trigger is still its owner."""
    doc, i, dated = trig.doc, trig.i - 1, False
    while i > trig.i - 10 and i > 0:
        t = doc[i]
        if t.tag_ == "POS" or t.text in ("’s", "'s"):
            break
        if t.ent_type_ in ("DATE", "CARDINAL") or t.like_num:
            dated = True
        elif not (t.dep_ in ("compound", "amod") and t.i < t.head.i <= trig.i) and t.pos_ not in ("ADP", "PUNCT", "SYM", "PART"):
            return []
        i -= 1
    else:
        return []
    if not dated or doc[i].head.i != i - 1:
        return []
    return args.actors(doc[i - 1])


@PATHS.register("mod")
def mod(args, trig, preps, owner, is_noun):
    """One named modifier before the trigger ("US sanctions", "the Russian invasion")."""
    out = []
    split = args.split_gerund_head(trig)
    modifiers = list(trig.children) + (list(split.children) if split is not None else [])
    coordinated = False
    for c in modifiers:
        if c.dep_ in ("compound", "amod", "nmod") and c.i < trig.i:
            m = args.mention_at(c)
            if m is not None:
                out.append(Arg(m))
                # "British and U.S. sanctions": each of a coordination of modifiers is one
                for k in c.subtree:
                    if k.dep_ == "conj" and k.i < trig.i and args.mention_at(k) is not None \
                            and args.mention_at(k).entity.id != m.entity.id:
                        out.append(Arg(args.mention_at(k)))
                        coordinated = True
            elif c.dep_ == "amod" and c.lower_ in args.w["leader_participles"]:
                # "the US-led strikes on X", "a Saudi-led coalition airstrike": the leader
                out.extend(Arg(args.mention_at(k), "actor_noun") for k in c.children
                           if k.i < c.i and args.mention_at(k) is not None
                           and args.mention_at(k).entity.type in (EntityType.STATE, EntityType.ORGANIZATION))
    if not out and is_noun:
        # "Russian drone strikes", "Russian missile and drone attacks": the parser hung the
        # name on the weapon noun before the trigger (its compound, or the first conjunct of a
        # coordinated pair of modifiers) rather than on the trigger itself
        heads = [c for c in trig.children if c.dep_ == "compound" and c.i < trig.i and args.mention_at(c) is None]
        if trig.dep_ == "conj" and trig.head.i < trig.i and trig.head.pos_ == "NOUN" \
                and not any(k.dep_ == "det" for k in trig.head.children):
            heads.append(trig.head)
        for h in heads:
            out.extend(Arg(args.mention_at(k)) for k in h.children
                       if k.dep_ in ("amod", "compound", "nmod") and k.i < h.i and args.mention_at(k) is not None)
    return out if len({a.entity.id for a in out}) == 1 or coordinated else []


@PATHS.register("leader_mod")
def leader_mod(args, trig, preps, owner, is_noun):
    """"the bloc, a Ruritania-led military alliance": only the state or organisation a leading
    participle before the noun names (mentions.json leader_participles), no other modifier."""
    return [Arg(args.mention_at(k), "actor_noun") for c in trig.children
            if c.dep_ == "amod" and c.i < trig.i and c.lower_ in args.w["leader_participles"]
            for k in c.children if k.i < c.i and args.mention_at(k) is not None
            and args.mention_at(k).entity.type in (EntityType.STATE, EntityType.ORGANIZATION)]


@PATHS.register("unowned_mod")
def unowned_mod(args, trig, preps, owner, is_noun):
    """"the U.S. ally Chile": the one named modifier, when no possessor owns the noun ("its NATO
    ally X" is the possessor's ally; the modifier only qualifies it)."""
    return [] if any(c.dep_ == "poss" for c in trig.children) else mod(args, trig, preps, owner, is_noun)


@PATHS.register("owned_mod")
def owned_mod(args, trig, preps, owner, is_noun):
    """"Syria's Russian ally", "its Iranian allies": a relational noun a possessor owns takes the
    state named as its modifier for the one it stands for (the possessor is the other side);
    never without a possessor ("the U.S. ally X": `unowned_mod`)."""
    if not is_noun or not any(c.dep_ == "poss" for c in trig.children):
        return []
    return [a for a in mod(args, trig, preps, owner, is_noun) if a.entity.type == EntityType.STATE]


def _named_head(args, trig):
    """The name a relational noun stands before ("allies Zimbabwe": its compound head, or the
    name the parser set in apposition right after it) and the token that holds the noun's place
    in the clause; else (None, None)."""
    if trig.dep_ == "compound" and trig.head.pos_ == "PROPN" and args.mention_at(trig.head) is not None:
        return trig.head, trig.head
    name = next((c for c in trig.children if c.dep_ == "appos" and c.i == trig.i + 1 and c.pos_ == "PROPN"
                 and args.mention_at(c) is not None), None)
    if name is None:
        split = _split_sibling(args, trig)
        return (split, split) if split is not None else (None, None)
    return (name, trig)


def _split_sibling(args, trig):
    """"Y's ally X caused ...": the small parser makes the noun and the name right after it two
    subjects (or objects) of one verb; the name is the noun's, and holds its place."""
    if trig.dep_ not in ("nsubj", "nsubjpass", "dobj") or trig.i + 1 >= len(args.doc):
        return None
    m = args.mention_at(args.doc[trig.i + 1])
    if m is None or m.start != trig.i + 1:
        return None
    name = args.doc[m.end - 1]
    return name if name.dep_ == trig.dep_ and name.head.i == trig.head.i else None


@PATHS.register("named_head")
def named_head(args, trig, preps, owner, is_noun):
    """"an offensive by Congolese allies Zimbabwe", "sent doctors to socialist allies A and B":
    the name (and its conjuncts) the noun stands right before, as "the ally X"."""
    head = _named_head(args, trig)[0] if is_noun else None
    if head is None:
        return []
    # "socialist allies A and B as well as C": the noun qualifies the list up to "as well as"
    cut = next((k.i for k in head.subtree if k.dep_ == "cc" and k.head.i == head.i and k.pos_ != "CCONJ"),
               head.right_edge.i + 1)
    return [a for a in args.actors(head) if a.mention.start < cut]


@PATHS.register("clause_owner")
def clause_owner(args, trig, preps, owner, is_noun):
    """"Cuba sent doctors to socialist allies A and B": a relational noun before a name, with
    no possessor or named modifier of its own, is the ally of the state that is the subject of
    the clause whose object (or prepositional object) the name is."""
    _, head = _named_head(args, trig) if is_noun else (None, None)
    if head is None or any(c.dep_ == "poss" or args.mention_at(c) is not None for c in trig.children if c.i < trig.i):
        return []
    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ in ("prep", "dative") else \
        head.head if head.dep_ == "dobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    return [a for a in args.subjects(verb) if a.mention.entity.type == EntityType.STATE]


def _other_list(args, trig):
    """The first member of the list a relational noun qualified as others closes ("the US, the
    UK and other allies": "US"), with the list's names before the noun; (None, [])."""
    if trig.dep_ != "conj" or not any(c.dep_ == "amod" and c.lower_ in args.lex["other_words"] for c in trig.children):
        return None, []
    root = docindex.first_conjunct(trig)
    members, todo = [], [root]
    while todo:
        t = todo.pop()
        if t.i < trig.i:
            members.append(t)
            todo.extend(c for c in t.children if c.dep_ == "conj")
    found = [args.mention_at(t) for t in sorted(members, key=lambda t: t.i)]
    return root, [Arg(m) for m in found if m is not None]


@PATHS.register("others_listed")
def others_listed(args, trig, preps, owner, is_noun):
    """"joined the US, the UK and other allies": the names a noun qualified as others (verbs.json
    other_words) closes a list of are of its kind."""
    return _other_list(args, trig)[1] if is_noun else []


@PATHS.register("list_owner")
def list_owner(args, trig, preps, owner, is_noun):
    """"X joined the US, the UK and other allies": whose the others are: the list's possessor,
    else the subject of the verb the list is the object of."""
    root, members = _other_list(args, trig) if is_noun else (None, [])
    if root is None or not members:
        return []
    for c in root.children:
        if c.dep_ == "poss":
            return args.poss_actor(c, root)
    if root.dep_ == "dobj" and root.head.pos_ in ("VERB", "AUX"):
        listed = {a.entity.id for a in members}
        return [a for a in args.subjects(root.head) if a.entity.id not in listed]
    return []


@PATHS.register("appos")
def appos(args, trig, preps, owner, is_noun):
    return [a for c in trig.children if c.dep_ == "appos" for a in args.actors(c)]


def _partitive_top(args, node):
    """"one of Y's closest allies": the partitive head that stands where the noun would."""
    node = docindex.first_conjunct(node)
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in args.lex["partitive_heads"]:
        return node.head.head
    return node


@PATHS.register("appos_head")
def appos_head(args, trig, preps, owner, is_noun):
    """"Qatar, a close ally of Turkey,", "Poland, one of Ukraine's closest allies,": the name the
    phrase restates; also when the parser did not make the phrase an apposition ("trust in Japan,
    the Kingdom's treaty ally, warning ..." with "ally" the verb's object): a phrase set off by
    commas right after a name."""
    node = _partitive_top(args, trig)
    if node.dep_ == "appos":
        return args.actors(node.head)
    m = args.restated_name(trig) or args.predicated_by_as(trig)
    return [Arg(m)] if m is not None else []

@PATHS.register("as_role")
def as_role(args, trig, preps, owner, is_noun):
    """"Denmark's cooperation as one of the US's allies", "regards Chile as an ally", "Kenya
    joined as an ally": who the "as" phrase says it of: the owner of the noun it qualifies, else
    the verb's object, else the verb's subject."""
    node = _partitive_top(args, trig)
    if node.dep_ != "pobj" or node.head.lower_ != "as":
        return []
    head = node.head.head
    if head.pos_ in ("NOUN", "PROPN"):
        return [a for c in head.children if c.dep_ == "poss" for a in args.poss_actor(c, head)]
    if head.pos_ in ("VERB", "AUX"):
        objects = [a for c in _cast_objects(args, head) for a in args.actors(c)]
        # "X is seen as Y's ally": a passive casts its subject
        return objects or _passive_subjects(args, head) or args.subjects(head)
    return []


def _passive_subjects(args, verb) -> list[Arg]:
    """The actors of a passive verb's subject ("X is considered ...", "five soldiers were
    killed"): the one the verb's act is done to or its predicate is said of."""
    return [a for c in verb.children if c.dep_ == "nsubjpass" for a in args.actors(c)]


def _cast_objects(args, verb) -> list:
    """What a verb casts "as" something: its object, or the object of its preposition for a
    prepositional verb (verbs.json casting_prepositions: "referred to X as an ally")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    prep_word = args.lex["casting_prepositions"].get(verb.lemma_.lower())
    if not objects and prep_word:
        objects = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == prep_word
                   for p in c.children if p.dep_ == "pobj"]
    return objects


@PATHS.register("as_regarder")
def as_regarder(args, trig, preps, owner, is_noun):
    """"Britain regards Japan as an ally", "the US sees Chile as one of its closest allies": the
    subject of a verb that casts its object "as" the trigger, when no name owns the trigger."""
    node = _partitive_top(args, trig)
    if node.dep_ != "pobj" or node.head.lower_ != "as" or node.head.head.pos_ != "VERB":
        return []
    verb = node.head.head
    if not _cast_objects(args, verb):
        return []
    if any(c.dep_ == "poss" and c.lower_ not in args.w["possessive_pronouns"] for c in trig.children) \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in trig.children):
        return []
    return args.subjects(verb)


@PATHS.register("helped")
def helped(args, trig, preps, owner, is_noun):
    """"intervened in X to help the government", "began an intervention in X to help the
    authorities stem ...", "to support Y": whom the purpose clause helps, a named actor, or an
    unowned government or army, which is that of the state of the trigger's `preps` phrase.
    "sent troops to help stabilise X": the parser makes "help" an auxiliary of a verb of
    mission (verbs.json mission_verbs), whose object is the one helped; "to help defeat X"
    helps no X, so the verb must be one of those lists."""
    anchor = args.governing_verb(trig) if is_noun else trig
    nodes = [trig, anchor] if anchor is not None else [trig]
    if not is_noun and trig.dep_ == "xcomp" and trig.head.pos_ == "VERB":
        # "began sending troops to help stabilise X": the parser hangs the purpose on the
        # catenative verb the trigger completes
        nodes.append(trig.head)
    nouns = [trig] + ([trig.head] if is_noun and trig.dep_ == "compound" else [])  # "an aid package to ..."
    nodes += nouns[1:]
    helps = args.lex["help_verbs"]
    clauses = [c for node in nodes for c in node.children
               if (c.dep_ in ("xcomp", "advcl") or (is_noun and node in nouns and c.dep_ in ("acl", "relcl") and any(
                   k.dep_ == "aux" and k.lower_ == "to" for k in c.children)))  # "a package to support X"
               and (node is not trig.head or c.i > trig.i) and (
                   c.lemma_.lower() in helps or (c.lemma_.lower() in args.lex["mission_verbs"] and any(
                       k.dep_ == "aux" and k.lemma_.lower() in helps for k in c.children)))]
    for clause in clauses:
        helped_ = [o for o in clause.children if o.dep_ == "dobj"]
        helped_ += [s for k in clause.children if k.dep_ in ("ccomp", "xcomp")
                    for s in k.children if s.dep_ == "nsubj"]  # "help the government stem ..."
        helped_ += [o for k in clause.children if k.dep_ == "xcomp" and k.lemma_.lower() in args.lex["mission_verbs"]
                    for o in k.children if o.dep_ == "dobj"]  # "help defend X"
        # "to help fight an insurgency in X's north": the fight is on the side of the state
        # whose territory it is in (verbs.json combat_verbs; the threat itself is helped by no one)
        wheres = [p for k in clause.children if k.dep_ == "xcomp" and k.lemma_.lower() in args.lex["combat_verbs"]
                  for n in [k] + [o for o in k.children if o.dep_ == "dobj"]
                  for p in args.pobjs(n, frozenset({"in"}))]
        for p in wheres:
            states = [a for a in args.actors(p, owner=True) if a.entity.type == EntityType.STATE]
            if states:
                return states
        for o in helped_:
            named = args.actors(o, owner=True) or args.beneficiaries_state(o) \
                or args.stranded_beneficiaries_state(o)  # "to help people in X"
            if named:
                return named
            if o.lemma_.lower() in args.lex["host_actor_nouns"] and not any(
                    k.dep_ in ("poss", "compound", "amod") and args.mention_at(k) is not None for k in o.children):
                return [a for a in prep(args, trig, preps, owner, is_noun) if a.entity.type == EntityType.STATE]
    return []


@PATHS.register("clause_subject_helped")
def clause_subject_helped(args, trig, preps, owner, is_noun):
    """"A, B and C helped X fend off an attack", "who helped him topple Y", "helped Y's army to
    retake Z": with a bare or to-infinitive after the verb the parser makes the one helped the
    subject of that clause rather than the verb's object. Only a clause in the base form (the
    tagger may call it a present, VBP) with no auxiliary but "to" and no "that": a finite
    clause ("helped ensure that X won", "help X will get") has a subject nobody helped."""
    if is_noun:
        return []
    return [a for k in trig.children if k.dep_ in ("ccomp", "xcomp") and k.tag_ in ("VB", "VBP") and k.i > trig.i
            and not any(c.dep_ == "mark" or (c.dep_ in ("aux", "auxpass") and c.lower_ != "to") for c in k.children)
            for s in k.children if s.dep_ == "nsubj" and trig.i < s.i < k.i for a in args.actors(s, owner=owner)]


def _unowned_host(args, o) -> bool:
    """An unowned government or army (verbs.json host_actor_nouns): no name owns it, a
    hyphen-joined one aside ("the UN-backed government" is still the host's)."""
    return o.lemma_.lower() in args.lex["host_actor_nouns"] and not any(
        k.dep_ in ("poss", "compound", "amod") and args.mention_at(k) is not None
        and not (k.i + 1 < len(args.doc) and args.doc[k.i + 1].text == "-") for k in o.children)


def _flattened_combat(args, target) -> bool:
    """An object phrase whose word of combat (verbs.json combat_verbs), tagged a noun, follows
    the noun of the helped party: "the government battle Y", "the army fight Y"."""
    for k in target.subtree:
        if k.lower_ in args.lex["combat_verbs"] and k.pos_ == "NOUN" and k.i > 0 and k.i < target.i + 1 \
                and args.doc[k.i - 1].pos_ in ("NOUN", "PROPN") and args.doc[k.i - 1].dep_ == "compound":
            return True
    return False


@PATHS.register("adjoined_host")
def adjoined_host(args, trig, preps, owner, is_noun):
    """"X's forces operate in Y, helping the government fight ...", "X has troops in a mission in
    Y, assisting the government": the unowned government a trailing participle helps is that of
    the one state the clause it adjoins places things in (its `preps` phrases, however deep,
    outside other clauses)."""
    if is_noun or trig.dep_ != "advcl" or trig.tag_ != "VBG" or trig.head.pos_ not in ("VERB", "AUX"):
        return []
    helped_ = [o for o in trig.children if o.dep_ == "dobj"]
    helped_ += [s for k in trig.children if k.dep_ in ("ccomp", "xcomp") for s in k.children if s.dep_ == "nsubj"]
    if not any(_unowned_host(args, o) for o in helped_):
        return []
    head, found = trig.head, []
    stack = [c for c in head.children if c.i != trig.i and c.dep_ not in ("advcl", "ccomp", "relcl", "acl", "conj", "nsubj")]
    while stack:
        t = stack.pop()
        if t.dep_ == "pobj" and t.head.lower_ in preps:
            found.extend(a for a in args.actors(t) if a.entity.type == EntityType.STATE)
        stack.extend(c for c in t.children if c.dep_ not in ("advcl", "ccomp", "relcl", "acl"))
    found = one_per_entity(found)
    return found if len(found) == 1 else []


@PATHS.register("targeting")
def targeting(args, trig, preps, owner, is_noun):
    """"sanctions targeting X", "measures aimed at X": the object of a participle of aiming on
    the noun (verbs.json targeting_verbs)."""
    out = []
    for c in trig.children:
        if c.dep_ != "acl" or c.tag_ not in ("VBG", "VBN") or c.lemma_.lower() not in args.lex["targeting_verbs"]:
            continue
        objs = [k for k in c.children if k.dep_ == "dobj"] + list(args.pobjs(c, frozenset({"at", "against"})))
        out.extend(a for o in objs for a in (args.actors(o, owner=owner) or args.owner_of(o, 0)))
    return out


@PATHS.register("launcher")
def launcher(args, trig, preps, owner, is_noun):
    """"X launched four missiles targeting Y", "the launching of missiles by X targeting Y": a
    participle of aiming on a weapon (verbs.json themes fired_weapons) that a verb of launching
    (launch_words) has for object, or on a noun of launching with the weapon in its "of" phrase,
    is said of who launched it: that verb's subject (or agent), that noun's by-phrase or owner.
    A weapon no one is said to launch here ("missiles targeting Y were deployed", "intercepted a
    missile targeting Y") names no attacker."""
    if is_noun or trig.dep_ != "acl" or trig.tag_ != "VBG":
        return []
    words = args.lex["launch_words"]
    head = trig.head
    if _fired_weapon(args, head):
        verb = head.head
        if head.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() in words:
            return args.subjects(verb)
        if not (head.dep_ == "pobj" and verb.lower_ == "of" and verb.head.pos_ == "NOUN"
                and verb.head.lemma_.lower() in words):
            return []
        head = verb.head
    elif not (head.pos_ == "NOUN" and head.lemma_.lower() in words
              and any(_fired_weapon(args, p) for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj")):
        return []
    return [a for c in args.by_phrases(head) for p in c.children if p.dep_ == "pobj"
            for a in args.actors(p)] or args.owner_of(head, 0)


def _fired_weapon(args, tok) -> bool:
    """A noun of a weapon that is fired (verbs.json themes fired_weapons: "missiles", "shells")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in args.lex["themes"]["fired_weapons"]


@PATHS.register("extraposed")
def extraposed(args, trig, preps, owner, is_noun):
    """"It is unacceptable that X continues to ...", "said it was regrettable that X ...": the
    subject of the clause an expletive subject stands for (its owner, for "X's troops")."""
    if is_noun or not any(c.dep_ == "nsubj" and c.lower_ in args.lex["expletive_subjects"] for c in trig.children):
        return []
    return [a for c in trig.children if c.dep_ == "ccomp" and c.i > trig.i
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for a in args.actors(s, owner=owner)]


@PATHS.register("that_subj")
def that_subj(args, trig, preps, owner, is_noun):
    """"complained that X had not let Y in": the subject of the that-clause after the verb
    (its owner, for "X's authorities")."""
    if is_noun:
        return []
    return [a for c in trig.children if c.dep_ == "ccomp" and c.i > trig.i
            and any(k.dep_ == "mark" and k.i < c.i for k in c.children)
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for a in args.actors(s, owner=owner)]


@PATHS.register("copula_subj")
def copula_subj(args, trig, preps, owner, is_noun):
    """"X is an ally of Y", "X is one of Y's closest allies": the copula's subject."""
    node = docindex.first_conjunct(trig)
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in args.lex["partitive_heads"]:
        node = node.head.head  # "X is one of Y's closest allies"
    if node.dep_ in ("attr", "acomp", "oprd") and node.head.lemma_.lower() in args.lex["copulas"]:
        return args.subjects(node.head)
    if node.dep_ == "oprd" and is_noun and node.head.pos_ == "VERB":
        # "X is considered Y's closest ally": the object predicate of a passive verb says it of
        # the verb's subject; "Z considers X an ally": of an active verb's object
        if args.passive(node.head):
            return _passive_subjects(args, node.head)
        return [a for c in node.head.children if c.dep_ == "dobj" and c.i < node.i for a in args.actors(c)]
    if node.dep_ == "nsubj" and node.head.lemma_.lower() in args.lex["copulas"] and is_noun \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in node.children):
        # "the culprit is X": the definite noun is the subject and the one it names follows the copula
        return [a for c in node.head.children if c.dep_ == "attr" and c.i > node.head.i for a in args.actors(c)]
    return []


def _compared_nouns(args, trig):
    """"X has no stronger ally than Y", "no truer friend and ally than Y", "no closer ally, no
    closer partner than Y": the noun and those it is coordinated or restated with, when one of
    them carries a comparative modifier; [] when none does."""
    node = docindex.first_conjunct(trig)
    nodes = [node] + [c for c in node.children if c.dep_ in ("conj", "appos")]
    if trig not in nodes:
        nodes.append(trig)
    compared = any(c.dep_ == "amod" and c.tag_ in ("JJR", "RBR") for n in nodes for c in n.children)
    return nodes if compared else []


@PATHS.register("than_named")
def than_named(args, trig, preps, owner, is_noun):
    """"X has no stronger ally than Y": the one a comparison phrase (verbs.json
    comparison_prepositions) on a compared relational noun names is of its kind."""
    nodes = _compared_nouns(args, trig) if is_noun else []
    words = set(args.lex["comparison_prepositions"])
    return [a for n in nodes for p in args.pobjs(n, words) for a in args.actors(p)]


@PATHS.register("comparison_owner")
def comparison_owner(args, trig, preps, owner, is_noun):
    """... and whose: the subject of the verb of having (verbs.json having_verbs) whose object
    the compared noun is, when that noun has a comparison phrase."""
    nodes = _compared_nouns(args, trig) if is_noun else []
    if not nodes or not than_named(args, trig, preps, owner, is_noun):
        return []
    head = nodes[0]
    if head.dep_ != "dobj" or head.head.lemma_.lower() not in args.lex["having_verbs"]:
        return []
    return args.subjects(head.head)


@PATHS.register("head_poss")
def head_poss(args, trig, preps, owner, is_noun):
    """The possessor of the trigger or of the noun whose phrase it is in ("X's ties with Y")."""
    node = docindex.first_conjunct(trig)
    for c in node.children:
        if c.dep_ == "poss":
            return args.poss_actor(c, node)
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ == "NOUN":
        owner_noun = node.head.head
        for c in owner_noun.children:
            if c.dep_ == "poss":
                return args.poss_actor(c, owner_noun)
    return []


@PATHS.register("lone_oprd")
def lone_oprd(args, trig, preps, owner, is_noun):
    """"X called Prime Minister Y on Tuesday" parsed as a naming ("called [Z] [Y]") with no
    object: the name the parser took for the complement is the one called."""
    if any(c.dep_ == "dobj" for c in trig.children):
        return []
    return [a for c in trig.children if c.dep_ == "oprd" for a in args.actors(c)]


@PATHS.register("support_subj")
def support_subj(args, trig, preps, owner, is_noun):
    """"began a tour in X", "wrapped up a four-nation tour in Y", "is on a tour in Z": the subject
    of the verb that carries an event noun when that verb only carries it, a support verb
    (verbs.json light_verbs, also as a phrasal lemma: "kick off") or a verb of being on a
    journey (presence_copulas, journey_verbs, which reach the noun through "on"). Any other
    verb does something of its own with the noun: "served two tours in X" is a posting."""
    if not is_noun:
        return []
    verb = args.governing_verb(trig)
    if verb is None:
        return []
    lex = args.lex
    carriers = (lex["light_verbs"], lex["presence_copulas"], lex["journey_verbs"])
    lemma = verb.lemma_.lower()
    lemmas = [lemma, *(f"{lemma} {k.lower_}" for k in verb.children if k.dep_ == "prt")]
    if not any(form in words for form in lemmas for words in carriers):
        return []
    return subj(args, trig, preps, owner, is_noun)


@PATHS.register("trip_owner")
def trip_owner(args, trig, preps, owner, is_noun):
    """"a tour that included X and Y", "his tour of Asia which included X", "his trip will take
    him to X", "a trip by Y which included stops in X": the one whose trip the
    verb's relative head or subject is (verbs.json trip_nouns): its possessor, else the subject
    of the clause it frames ("headed home after a tour that ..."), else of the verb that
    carries it ("began a tour that ...")."""
    trips = args.lex["trip_nouns"]
    head = trig.head
    if trig.dep_ == "relcl" and head.dep_ == "pobj" and head.head.dep_ == "prep" \
            and head.head.head.lemma_.lower() in trips:
        head = head.head.head  # "a tour of Africa that included X": the clause hung on the region
    if trig.dep_ == "relcl" and head.lemma_.lower() in trips:
        noun = head
    else:
        noun = next((c for c in trig.children if c.dep_ == "nsubj" and c.lemma_.lower() in trips), None)
    if noun is None:
        return []
    # ("a trip by X, which included ...": the traveller in the trip's own "by" phrase)
    for name in ("poss", "by", "frame_subj_any", "subj"):
        if name == "subj" and noun.dep_ == "pobj" and noun.head.lower_ not in args.lex["trip_frame_prepositions"]:
            continue  # "gave no information about this tour, which included X": a topic, no one's trip
        found = PATHS.get(name)(args, noun, frozenset(), owner, True)
        if found:
            return found
    return []


@PATHS.register("by")
def by(args, trig, preps, owner, is_noun):
    return [a for c in args.by_phrases(trig) for p in c.children if p.dep_ == "pobj"
            for a in args.actors(p)]


@PATHS.register("held_culprit")
def held_culprit(args, trig, preps, owner, is_noun):
    """"X held Y responsible for Z", "X holds Y accountable": the one a verb puts under a blame
    adjective (verbs.json blame_frame adjectives) is the one blamed, not the verb's object as
    such ("held talks", "held Y hostage"). The small parser makes the adjective the object's
    predicate ("held Y responsible": oprd), a clause whose subject is Y ("hold Y responsible":
    ccomp), a modifier after Y's name ("held the Authority responsible": amod), or the object
    with Y for its compound."""
    if is_noun:
        return []
    blame = set(args.lex["blame_frame"]["adjectives"])
    objects = [c for c in trig.children if c.dep_ == "dobj"]
    held: list = []
    for c in trig.children:
        if c.lemma_.lower() not in blame or c.pos_ != "ADJ":
            continue
        if c.dep_ in ("oprd", "xcomp", "acomp"):
            held += [o for o in objects if o.i < c.i]
        elif c.dep_ == "dobj":
            # "held Al-Shabaab accountable": the adjective taken for the object, the name before
            # it for its compound
            held += [k for k in c.children if k.dep_ == "compound" and k.i < c.i]
        elif c.dep_ == "ccomp":
            held += [k for k in c.children if k.dep_ == "nsubj" and k.i < c.i]
    held += [o for o in objects if any(a.dep_ == "amod" and a.i > o.i and a.pos_ == "ADJ"
                                       and a.lemma_.lower() in blame for a in o.children)]
    return [a for t in held for a in args.actors(t, owner=owner)]


@PATHS.register("under_subj")
def under_subj(args, trig, preps, owner, is_noun):
    """"X came under fire": the subject of the verb the "under" phrase hangs on. "X is subject to
    EU sanctions", "X was subjected to a travel ban" (verbs.json subjection_words): the one the
    word of subjection is said of bears the penalty, as under it; so does every penalty conjoined
    to the phrase's own ("subjected to a travel ban and an asset freeze by X")."""
    if trig.dep_ == "pobj" and trig.head.lower_ == "under" and trig.head.head.pos_ in ("VERB", "AUX"):
        return args.subjects(trig.head.head)
    while trig.dep_ == "conj" and trig.head.pos_ in ("NOUN", "PROPN"):
        trig = trig.head
    if trig.dep_ != "pobj" or trig.head.lower_ != "to" or trig.head.head.lemma_.lower() not in args.lex["subjection_words"]:
        return []
    word = trig.head.head
    if word.pos_ == "VERB" and args.passive(word):
        return args.surface_subjects(word)  # "X was subjected to ...": not the agent, who imposed it
    if word.pos_ == "ADJ" and word.dep_ in ("acomp", "oprd") and word.head.pos_ in ("VERB", "AUX"):
        return args.subjects(word.head)  # "X is subject to ...", "X has been subject to ..."
    if word.pos_ == "ADJ" and word.dep_ == "amod" and word.head.pos_ in ("NOUN", "PROPN"):
        return args.actors(word.head, owner=owner)  # "officials subject to EU sanctions"
    return []


@PATHS.register("imposed_mod")
def imposed_mod(args, trig, preps, owner, is_noun):
    """"X imposed new Y sanctions", "X issued Y-related sanctions": a state named before a
    penalty noun is its imposer ("EU sanctions") unless the verb carrying the penalty is one of
    imposing (verbs.json imposing_verbs) whose subject is someone else: then the state is the one
    it is imposed on. One such state only ("A and B sanctions" may name both sides)."""
    verb = args.governing_verb(trig) if is_noun else None
    if verb is None or verb.lemma_.lower() not in args.lex["imposing_verbs"]:
        return []
    named = [c for c in trig.children if c.dep_ == "compound" and c.i < trig.i]
    # "Y-related sanctions": the name hangs on the participle (penalty_topic_participles)
    named += [k for c in trig.children if c.dep_ == "amod" and c.i < trig.i
              and c.lower_ in args.lex["penalty_topic_participles"]
              for k in c.children if k.i < c.i and k.dep_ in ("npadvmod", "compound", "nmod")]
    targets = one_per_entity([Arg(m) for m in map(args.mention_at, named)
                              if m is not None and m.entity.type == EntityType.STATE and "demonym" not in m.notes])
    imposers = {a.entity.id for a in args.subjects(verb)}
    if len(targets) != 1 or not imposers or targets[0].entity.id in imposers:
        return []
    return targets


@PATHS.register("shifted_dobj")
def shifted_dobj(args, trig, preps, owner, is_noun):
    """"France condemned as unacceptable allegations by Rwanda": a heavy object moved behind
    its "as" predicate is parsed as the object of "as"."""
    if any(c.dep_ == "dobj" for c in trig.children):
        return []
    return [a for p in args.pobjs(trig, {"as"}) for a in args.actors(p, owner=owner)]


@PATHS.register("object_after_place")
def object_after_place(args, trig, preps, owner, is_noun):
    """"received at the X Palace the Ruritanian Minister of Trade, Name": a definite
    object placed after the verb's place phrase (these prepositions), which the parser made the
    place's appositive; a title there is the person named after its comma. Only for a verb with
    no object of its own."""
    if is_noun or any(c.dep_ == "dobj" for c in trig.children):
        return []
    out = []
    places = list(args.pobjs(trig, preps))
    level = places
    for _ in range(3):
        # "welcomed in the seat of the Government of X the Minister of Y, Name": the
        # parser may hang the object on a noun of the place's "of" chain
        level = [p for t in level for p in args.pobjs(t, {"of"})]
        places += level
    for place in places:
        for a in place.children:
            if a.dep_ != "appos" or a.i < place.i or not any(d.dep_ == "det" and d.lower_ == "the" for d in a.children):
                continue
            named = args.mention_at(a)
            if named is None:
                named = args.title_of_next_name(a)
            if named is None and a.right_edge.i + 1 < len(args.doc):
                # "... the Minister of Trade of Y Name": the name right after the title's phrase
                after = args.mention_at(args.doc[a.right_edge.i + 1])
                named = after if after is not None and after.start == a.right_edge.i + 1 else None
            if named is not None and named.entity.type == EntityType.PERSON:
                out.append(Arg(named))
    return out


@PATHS.register("reported_object")
def reported_object(args, trig, preps, owner, is_noun):
    """"A delegation met X and Y, a spokesman said": the small parser makes the object of a
    clause reported by a verb of saying after it (modality.json reporting_verbs) that verb's
    subject; the words right after the objectless verb are its object, not the speaker (the
    speaker is the apposition that closes them, left out)."""
    if is_noun or trig.dep_ != "ccomp" or any(c.dep_ in ("dobj", "nsubjpass") for c in trig.children):
        return []
    said = trig.head
    if said.i < trig.i or said.lemma_.lower() not in modality_cues()["reporting_verbs"]:
        return []
    out: list[Arg] = []
    for n in said.children:
        if n.dep_ != "nsubj" or not trig.i < n.i < said.i or n.left_edge.i != trig.right_edge.i + 1:
            continue
        speaker: set[int] = set()
        for t in n.subtree:
            if t.dep_ == "appos" and t.right_edge.i == n.right_edge.i and args.doc[t.left_edge.i - 1].text == ",":
                speaker.update(k.i for k in t.subtree)
        out.extend(a for a in args.actors(n) if a.mention is None or a.mention.start not in speaker)
    return out


@PATHS.register("envoy_dobj")
def envoy_dobj(args, trig, preps, owner, is_noun):
    """"X received the Ruritanian diplomat", "the Ruritanian delegation was hosted by X", "X
    received the envoys of A and B", "X welcomed a delegation from A": an object that is a
    state's envoy, official or delegation unnamed (mentions.json group_nouns, envoy_titles)
    stands for the state its demonym or its "of" or "from" phrase names; never troops, aircraft
    or goods a verb of receiving also takes; not through the "of" phrase of a title of office
    ("the prime ministers of A and B"), which describes its holders, whom the article may name,
    nor one naming no state ("the Minister of State"), which says nothing of whose he is."""
    if is_noun:
        return []
    return _unnamed_object_states(args, trig, set(args.w["group_nouns"]) | set(args.w["envoy_titles"]))


@PATHS.register("office_dobj")
def office_dobj(args, trig, preps, owner, is_noun):
    """"X received the Ruritanian President", "the Ruritanian Deputy FM was greeted by X": an
    object holding one of a state's top offices (mentions.json role_descriptions, by its head
    word) with no name of its own, and no holder the article or the gazetteer gives, stands for
    that state, as an unnamed envoy does; the holder, when one is known, is the object the
    verb's own person paths read."""
    if is_noun:
        return []
    heads = {d.split()[-1] for d in args.w["role_descriptions"]}
    return _unnamed_object_states(args, trig, heads)


@PATHS.register("counterpart_dobj")
def counterpart_dobj(args, trig, preps, owner, is_noun):
    """"X received his Ruritanian counterpart", "X welcomed her Ruritanian colleague": an object
    that is the subject's counterpart (mentions.json relative_titles) of a state, unnamed and
    standing for no one the article named, stands for that state."""
    if is_noun:
        return []
    return _unnamed_object_states(args, trig, set(args.w["relative_titles"]), persons=False)


def _of_states(args, prep) -> bool:
    """An "of" phrase naming only states ("the ambassadors of X and Y"): it says whose the unnamed
    officials are; a title's own "of" phrase ("Minister of State") names no one."""
    objs = [p for p in prep.children if p.dep_ == "pobj"]
    named = [args.mention_at(t) for o in objs for t in (o, *o.conjuncts)]
    return bool(named) and all(m is not None and m.entity.type == EntityType.STATE for m in named)


def _unnamed_object_states(args, trig, nouns: set[str], persons: bool = True) -> list[Arg]:
    """The states the object (a passive's subject) of one of these nouns stands for, when no name
    is its own; with `persons` off, none when the noun reads as a person named before."""
    kind = "nsubjpass" if args.passive(trig) else "dobj"
    offices = {d.split()[-1] for d in args.w["role_descriptions"]}
    out: list[Arg] = []
    for t in trig.children:
        if t.dep_ == kind and args.mention_at(t) is None and (t.lemma_.lower() in nouns or t.lower_ in nouns) \
                and all(_of_states(args, c) and t.lemma_.lower() not in offices
                        for c in t.children if c.dep_ == "prep" and c.lower_ == "of"):
            # (a title of a state's office, "the prime ministers of X and Y", describes its
            # holders, whom the article may name; envoys or officials of states named in the
            # "of" phrase, "the ambassadors of X and Y", stand for them; an "of" phrase of no
            # state, "the Minister of State", does not say whose)
            found = args.actors(t)
            if not persons and any(a.entity.type == EntityType.PERSON for a in found):
                continue
            out.extend(a for a in found if a.via == "actor_noun" and a.entity.type == EntityType.STATE)
    return out


@PATHS.register("dobj_name")
def dobj_name(args, trig, preps, owner, is_noun):
    """"gave Ukraine weapons": the small parser makes the first object a compound of the
    second; a named state or organisation (not a demonym: "gave American weapons") opening the
    object phrase is the recipient, and so is a people ("gave the Haitians tents"). When it
    makes them two objects of the verb ("granted X $5 million"), the named first one is."""
    out = []
    objs = [c for c in trig.children if c.dep_ == "dobj"]
    if len(objs) == 2:
        m = args.mention_at(objs[0])
        if m is not None and m.entity.type in (EntityType.STATE, EntityType.ORGANIZATION) \
                and "demonym" not in m.notes and m.end - 1 == objs[0].i:
            out.append(Arg(m))
    for obj in objs:
        for c in obj.children:
            m = args.mention_at(c)
            if c.dep_ != "compound" or m is None or m.entity.type not in (EntityType.STATE, EntityType.ORGANIZATION):
                continue
            if m.start == obj.left_edge.i and "demonym" not in m.notes:
                out.append(Arg(m))
            elif "demonym" in m.notes and c.tag_ in ("NNPS", "NNS") \
                    and m.start == obj.left_edge.i + 1 and args.doc[obj.left_edge.i].lower_ == "the":
                # "gave the Filipinos rice": a people named in the plural is the recipient
                out.append(Arg(m))
    return out


@PATHS.register("dobj_group")
def dobj_group(args, trig, preps, owner, is_noun):
    """"joined the X military alliance", "joined the military alliance X": an object that is a
    kind noun (mentions.json anaphor_nouns: alliance, bloc, organisation) stands for the
    organisation whose name modifies it or stands in apposition to it."""
    return [a for c in trig.children if c.dep_ == "dobj" for a in args.named_group(c)]


@PATHS.register("frame_subj")
def frame_subj(args, trig, preps, owner, is_noun):
    """"At a meeting with X, Y praised ...", "During talks with X in Ottawa, Y raised ...": the
    event frames the clause, whose subject took part in it."""
    head = trig.head
    if trig.dep_ == "pobj" and head.lower_ in args.lex["frame_prepositions"] \
            and head.head.pos_ in ("VERB", "AUX") and head.i < head.head.i:
        return args.clause_subjects(head.head)
    return []


@PATHS.register("frame")
def frame(args, trig, preps, owner, is_noun):
    """"X told reporters at a news conference with Y", "X spoke in a call with Y": a gathering
    in the phrase of these prepositions, wherever it stands, frames its clause, whose subject
    took part in it."""
    head = trig.head
    if trig.dep_ == "pobj" and head.lower_ in preps and head.head.pos_ in ("VERB", "AUX"):
        return args.clause_subjects(head.head)
    return []


def _addressing_verb(args, trig, preps):
    """The verb of addressing (verbs.json addressing_verbs) a meeting noun in the phrase of these
    prepositions frames, with its addressees: "X told Y during a meeting at Z that ...", also
    where the parser hung the phrase on the that-clause the verb reports when that clause has no
    person for subject ("X told Y that Z will keep its ties during a phone call": Z, a state or
    city, held no call). None when the noun names its own partner ("with" phrase)."""
    head = trig.head
    if trig.dep_ != "pobj" or head.lower_ not in preps or head.head.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ == "prep" and c.lower_ == "with" for c in trig.children):
        return None, []
    verb = head.head
    if verb.lemma_.lower() not in args.lex["addressing_verbs"] and verb.dep_ == "ccomp" \
            and verb.head.lemma_.lower() in args.lex["addressing_verbs"] \
            and not any(a.entity.type == EntityType.PERSON for a in args.subjects(verb, together=False)):
        verb = verb.head
    if verb.lemma_.lower() in args.lex["conveying_verbs"] and not args.passive(verb):
        # "X delivered the message to Y during a phone call": the person of the "to" phrase
        addressed = [a for c in verb.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                     for p in c.children if p.dep_ == "pobj" for a in args.actors(p)
                     if a.entity.type == EntityType.PERSON]
        return (verb, addressed) if addressed else (None, [])
    if verb.lemma_.lower() not in args.lex["addressing_verbs"] or args.passive(verb):
        return None, []
    addressed = [a for c in verb.children if c.dep_ in ("dobj", "dative") for a in args.actors(c)]
    return (verb, addressed) if addressed else (None, [])


@PATHS.register("addressee")
def addressee(args, trig, preps, owner, is_noun):
    """"X told Y during a phone call that ...": the one addressed (`_addressing_verb`)."""
    return _addressing_verb(args, trig, preps)[1] if is_noun else []


@PATHS.register("addresser")
def addresser(args, trig, preps, owner, is_noun):
    """"X told Y during a phone call that ...": the one addressing (`_addressing_verb`)."""
    verb = _addressing_verb(args, trig, preps)[0] if is_noun else None
    return args.subjects(verb) if verb is not None else []


@PATHS.register("frame_subj_any")
def frame_subj_any(args, trig, preps, owner, is_noun):
    """"Maduro met Xi during a visit to Beijing": the one whose clause the trip frames; also
    through a part of the trip ("On the third day of a trip to Y, X met ...", "As part
    of his visit to X, Y led ..."); a possessive pronoun is the clause subject's."""
    node = trig
    for _ in range(3):  # "the second day of", "part of"
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in args.lex["trip_frame_parts"]:
            node = node.head.head
    head = node.head
    frames = args.lex["trip_frame_prepositions"]
    if node is not trig:  # "As part of his visit", "At the end of his visit"
        frames = frames + args.lex["trip_frame_part_prepositions"]
    if node is trig and head.lower_ == "for" and head.head.lemma_.lower() in args.lex["errand_verbs"] \
            and trig.lemma_.lower() in args.lex["trip_nouns"]:
        # "X arrived for an official visit to Y": the trip X came on (a purpose, "arrived for
        # talks with Z", is still ahead)
        frames = frames + [head.lower_]
    owned = any(c.dep_ == "poss" and c.lower_ not in args.w["possessive_pronouns"] for c in trig.children)
    # "received X as part of the first visit by a foreign president to Y": the trip has its own
    # agent, named or not, and is not the receiving clause subject's
    owned = owned or is_noun and any(c.dep_ == "prep" and c.lower_ == "by" and any(p.dep_ == "pobj" for p in c.children)
                                     for c in trig.children)
    if node.dep_ == "pobj" and head.lower_ in frames and head.head.pos_ in ("VERB", "AUX") and not owned:
        if head.head.lemma_.lower() in args.lex["object_trip_verbs"] and not args.passive(head.head):
            # "X received Y at the start of a visit to Z", "accompanying Y on his visit": the object's trip
            return [a for c in head.head.children if c.dep_ == "dobj" for a in args.actors(c)]
        found = args.clause_subjects(head.head)
        pronouns = [c for c in trig.children if c.dep_ == "poss" and c.lower_ in args.w["possessive_pronouns"]]
        if any(c.lower_ in args.w["person_pronouns"] for c in pronouns):
            # "As part of his visit, X and Y led ...": his is the first named, if it is a name
            subjects = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")
                        and not (c.left_edge.i > 0 and args.doc[c.left_edge.i - 1].dep_ == "cc")]  # "X and Y" split
            subjects += [f for c in head.head.children if c.dep_ == "nsubj"
                         for f in [args.stranded_conjunct(c)] if f is not None]
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.head.children):
                # no subject in the parse: the phrase after the frame's comma read as one
                # (`subjects`), whose first name is the owner
                return found[:1] if found and found[0].entity.type == EntityType.PERSON else []
            return [a for a in found[:1] if any(a.mention.start <= t.i < a.mention.end for t in subjects)]
        if len(found) < 2 and any(c.lower_ == "their" for c in pronouns):
            return []  # "X greets leaders upon their arrival": a plural owner is not the one subject
        return found
    return []


@PATHS.register("provoker")
def provoker(args, trig, preps, owner, is_noun):
    """"X fired missiles, prompting Japan to lodge a protest / to condemn the launches": a
    reaction with no object of its own answers the act of the clause its provoking participle
    (verbs.json provoking_verbs) hangs on; that clause's subject is the object."""
    node = args.governing_verb(trig) if is_noun else trig
    if node is None:
        return []
    if node.dep_ == "xcomp":
        node = node.head
    if node.dep_ != "advcl" or node.tag_ != "VBG" or node.lemma_.lower() not in args.lex["provoking_verbs"]:
        return []
    verb = node.head
    found = args.subjects(verb)
    if not found and verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "dobj":
        # "X launched missiles that fell into the sea, prompting ...": the launcher's act
        found = args.subjects(verb.head.head)
    return found


@PATHS.register("clause_subj")
def clause_subj(args, trig, preps, owner, is_noun):
    return args.clause_subject(trig)


@PATHS.register("subj_place")
def subj_place(args, trig, preps, owner, is_noun):
    """"The palace in X hosted a welcome ceremony for Y": the place named in the subject of
    the verb (with "head>": of the verb an event noun hangs on)."""
    return [a for c in trig.children if c.dep_ in ("nsubj", "nsubjpass") for a in args.place_of(c)]


def gathering_particle(args, trig) -> bool:
    """"brought together A and B", "brought X together with Y": a particle of gathering
    (verbs.json gathering_particles) on the verb or on its "with" phrase."""
    words = args.lex["gathering_particles"]
    for c in trig.children:
        if c.dep_ in ("prt", "advmod") and c.lower_ in words:
            return True
        if c.dep_ == "prep" and c.lower_ == "with" and any(k.dep_ == "advmod" and k.lower_ in words for k in c.children):
            return True
    return False


@PATHS.register("together_with")
def together_with(args, trig, preps, owner, is_noun):
    """"X brought Y together with Z": with a particle of gathering, the one the verb's object
    is brought together with (its "with" phrase, or its object's)."""
    if is_noun or not gathering_particle(args, trig):
        return []
    starts = list(args.pobjs(trig, {"with"}))
    starts += [p for c in trig.children if c.dep_ == "dobj" for p in args.pobjs(c, {"with"})]
    return [a for p in starts for a in args.actors(p)]


@PATHS.register("here")
def here(args, trig, preps, owner, is_noun):
    """"arrived here yesterday" under a wire dateline: the filing place the resolver made of
    the verb's deictic adverb (mentions.json dateline_deictics); nothing without a dateline."""
    found = (args.mention_at(c) for c in trig.children if c.dep_ == "advmod")
    return [Arg(m) for m in found if m is not None and "deictic" in m.notes]


@PATHS.register("conquest_aim")
def conquest_aim(args, trig, preps, owner, is_noun):
    """"launched an offensive to retake X": the place or actor an event noun's purpose clause
    (an infinitive of verbs.json conquest_verbs hung on the noun) sets out to take."""
    return [a for c in trig.children
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in args.lex["conquest_verbs"]
            and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)
            for d in c.children if d.dep_ == "dobj" for a in args.actors(d, owner=owner)]


@PATHS.register("where")
def where(args, trig, preps, owner, is_noun):
    return args.where(trig, preps)


@PATHS.register("thing_place")
def thing_place(args, trig, preps, owner, is_noun):
    """"fired two rockets at a van in X", "fired shells on a farm in Y" (reached through the
    verb's at/on phrase: "prep:at|on>thing_place:in"): an unnamed thing fired at lies in the
    place its phrase names, and with nobody named as hit that place is what was struck. Not
    persons fired at (verbs.json populace_nouns, combatant_nouns, captive_nouns; mentions.json
    actor_nouns): "fired on protesters in X" hits them where they stood, not their town."""
    persons = {*args.lex["populace_nouns"], *args.lex["combatant_nouns"], *args.lex["captive_nouns"],
               *args.w["actor_nouns"]}
    if trig.lower_ in persons or trig.lemma_.lower() in persons:
        return []
    return args.where(trig, preps)


@PATHS.register("place_relative")
def place_relative(args, trig, preps, owner, is_noun):
    """"in Hanoi, where she arrived on Monday", "a speech in Y, where he is on an official
    visit": a "where" clause holding the trip (the trigger, or for a noun the verb it hangs on)
    is about the place it follows, so the trip went there. The parser hangs the clause on the
    place or on the noun whose phrase names it."""
    clause = args.governing_verb(trig) if is_noun else trig
    if clause is None or clause.dep_ != "relcl" or not any(
            c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
        return []
    return args.place_of(clause.head)


@PATHS.register("gathering_antecedent")
def gathering_antecedent(args, trig, preps, owner, is_noun):
    """"at the session of the council in X, which brought together A, B and C": a relative
    clause on a gathering noun (mentions.json event_nouns) happens where the gathering's own
    phrases of these prepositions place it (the first city or state down them, outside the clause)."""
    if is_noun or trig.dep_ != "relcl" or trig.head.pos_ not in ("NOUN", "PROPN"):
        return []
    event = trig.head
    for _ in range(2):
        # "the session of the Nordic Council in X, which ...": the clause hung on the body whose
        # gathering the "of" phrase tells
        if event.lemma_.lower() in args.w["event_nouns"] or event.lower_ in args.w["event_nouns"]:
            break
        if event.dep_ != "pobj" or event.head.lower_ != "of" or event.head.head.pos_ not in ("NOUN", "PROPN"):
            return []
        event = event.head.head
    if event.lemma_.lower() not in args.w["event_nouns"] and event.lower_ not in args.w["event_nouns"]:
        return []
    inside = {t.i for t in trig.subtree}
    return _first_place_in_phrases(args, (t for t in event.subtree if t.i not in inside), preps)


def _first_place_in_phrases(args, tokens, preps) -> list[Arg]:
    """The first city or state named as the object of a phrase of these prepositions among
    `tokens`: where a gathering told by them was held."""
    for tok in tokens:
        if tok.dep_ == "pobj" and tok.head.lower_ in preps:
            found = [a for a in args.actors(tok) if a.entity.type in (EntityType.CITY, EntityType.STATE)]
            if found:
                return found[:1]
    return []


@PATHS.register("recalled_gathering")
def recalled_gathering(args, trig, preps, owner, is_noun):
    """"... during a meeting of ministers at the League in X. Y attended the meeting", "The
    summit was held in X. A, B and C attended the summit", "The meeting was attended by A": a
    definite gathering object (the passive subject of a passive verb) with no phrase of its own
    is the one of that noun told before (`_recalled_place`)."""
    if is_noun:
        return []
    deps = ("dobj", "nsubjpass") if args.passive(trig) else ("dobj",)
    for obj in (c for c in trig.children if c.dep_ in deps):
        if _is_gathering(args, obj) and not any(c.dep_ == "prep" and c.lower_ != "of" for c in obj.children):
            found = _recalled_place(args, obj, preps)
            if found:
                return found
    return []


def _is_gathering(args, tok) -> bool:
    """Whether a token names a gathering (mentions.json event_nouns)."""
    return tok.lemma_.lower() in args.w["event_nouns"] or tok.lower_ in args.w["event_nouns"]


def _remote(args, event) -> bool:
    """"a virtual summit", "an online meeting": a gathering held over a line (verbs.json
    remote_modifiers) places none of its participants anywhere."""
    return any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in args.lex["remote_modifiers"]
               for c in event.children)


def _placed_by_predicate(args, event, preps) -> list[Arg]:
    """Where the clause a gathering noun is an argument of places it: "The summit was held in
    X", "The meeting concluded in Y", "The summit ended in Z" (through a part of
    its time, verbs.json trip_frame_parts, or its day: the parser hangs "in X" on the date of
    "was held on 8 June in X"), "Q hosted a meeting of ..." (a verb of holding,
    mentions.json event_host_verbs, placed by its own in/at phrase, else by the city or state
    that is its subject), "The summit opened here" under a dateline. Only the verb's own
    phrases: "the meeting discussed the war in X" names a topic, no place."""
    verb = event.head
    if verb.pos_ not in ("VERB", "AUX") or event.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return []
    if event.dep_ == "dobj" and (verb.lemma_.lower() not in args.w["event_host_verbs"] or args.passive(verb)):
        return []
    parts = args.lex["trip_frame_parts"]
    wheres = list(args.pobjs(verb, preps))
    wheres += [w for c in verb.children if c.dep_ == "prep" for p in c.children
               if p.dep_ == "pobj" and (p.lower_ in parts or p.ent_type_ in ("DATE", "TIME") or p.like_num)
               for w in args.pobjs(p, preps)]
    for where in wheres:
        found = [a for a in args.actors(where) if a.entity.type in (EntityType.CITY, EntityType.STATE)]
        if found:
            return found[:1]
    if not wheres and event.dep_ != "dobj":
        # "The summit opened here today" under a wire dateline: the filing place (`here`)
        found = here(args, verb, preps, False, False)
        if found:
            return found[:1]
    if event.dep_ == "dobj":
        return [a for c in verb.children if c.dep_ == "nsubj" for a in args.actors(c)
                if a.entity.type in (EntityType.CITY, EntityType.STATE)][:1]
    return []


def _own_place(args, event, preps) -> list[Arg]:
    """Where a gathering noun's own words place it: its phrases of these prepositions, a
    relative clause or participle of occurrence on it ("the meeting which was held in X",
    `held_relative`'s test), or the clause it is an argument of (`_placed_by_predicate`)."""
    if _remote(args, event):
        return []
    clauses = {t.i for c in event.children if c.dep_ == "relcl" for t in c.subtree}
    found = _first_place_in_phrases(args, (t for t in event.subtree if t.i not in clauses), preps)
    if found:
        return found
    up = event
    while up.dep_ in ("pobj", "prep") and up.head.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
        # "On 3 May at the session of A and B in X, ...": the parser hangs the place after
        # the gathering on the phrase that holds it (never on the clause's verb)
        up = up.head
        found = [a for w in args.pobjs(up, preps) if w.i > event.i for a in args.actors(w)
                 if a.entity.type in (EntityType.CITY, EntityType.STATE)]
        if found:
            return found[:1]
    found = [a for a in _occurrence_clause_places(args, event, preps) if a.entity.type in (EntityType.CITY, EntityType.STATE)]
    return found[:1] or _placed_by_predicate(args, event, preps)


def _recalled_place(args, event, preps, depth: int = 0) -> list[Arg]:
    """The place of the gathering a definite noun (a determiner of verbs.json
    event_censure_frame: "the meeting", "the Summit") recalls: the nearest earlier mention of
    the same noun in its sentence or the two before that is placed (`_own_place`); an earlier
    mention that is itself definite and unplaced recalls in turn ("The summit was held in X. A
    attended the summit. B chaired the summit. C took part in the summit")."""
    if depth > 4 or _remote(args, event) or not any(
            c.dep_ == "det" and c.lower_ in args.lex["event_censure_frame"]["determiners"] for c in event.children):
        return []
    lemma, doc = event.lemma_.lower(), args.doc
    k = args.ctx.sentence_no(event)
    for j in (k, k - 1, k - 2):
        if j < 0:
            break
        sent = args.ctx.sents[j]
        for tok in reversed(doc[sent.start:min(sent.end, event.i)]):
            if tok.lemma_.lower() != lemma or tok.pos_ not in ("NOUN", "PROPN") or _remote(args, tok):
                continue
            found = _own_place(args, tok, preps) or _recalled_place(args, tok, preps, depth + 1)
            if found:
                return found
    return []


@PATHS.register("owned_place_mod")
def owned_place_mod(args, trig, preps, owner, is_noun):
    """"his first official Ruritania visit", "the minister's US trip": a trip noun its possessor
    owns takes the state or city named as its compound for destination (the possessor is the
    traveller, so the name before the noun is where the trip went). Never without a possessor
    ("a Ruritania visit" may be the state's own) and never an adjective ("a Ruritanian visit")."""
    if not is_noun or not any(c.dep_ == "poss" for c in trig.children):
        return []
    out = []
    for c in trig.children:
        if c.dep_ != "compound" or c.i > trig.i or c.pos_ != "PROPN":
            continue
        m = args.mention_at(c)
        if m is not None and m.entity.type in (EntityType.STATE, EntityType.CITY):
            out.append(Arg(m))
    return out if len({a.entity.id for a in out}) == 1 else []


def _unowned_destination(args, trig, is_noun):
    """"wrapped up a one-day Ruritania trip": the one state or city set as compound before a trip
    noun no possessor owns, and the persons the verb carrying the trip has for subject, unless
    the place is a traveller's home; else ([], []). The name before the noun is where a person's
    trip went; a trip with no person to take it ("a Ruritania visit") may be the state's own, so
    none is read then."""
    if not is_noun or any(c.dep_ == "poss" for c in trig.children):
        return [], []
    places = [args.mention_at(c) for c in trig.children
              if c.dep_ == "compound" and c.i < trig.i and c.pos_ == "PROPN" and args.mention_at(c) is not None]
    if len({m.entity.id for m in places}) != 1 or places[0].entity.type not in (EntityType.STATE, EntityType.CITY):
        return [], []
    travellers = [a for a in subj(args, trig, frozenset(), False, True) if a.entity.type == EntityType.PERSON
                  and (args.homes.home(a.entity) is None or args.homes.away_from_home(a.entity, places[0]))]
    return ([Arg(places[0])], travellers) if travellers else ([], [])


@PATHS.register("unowned_place_mod")
def unowned_place_mod(args, trig, preps, owner, is_noun):
    """"X wrapped up a Ruritania trip": the state or city before a trip noun with no possessor,
    when a person carries the trip (see _unowned_destination)."""
    return _unowned_destination(args, trig, is_noun)[0]


@PATHS.register("destination_traveller")
def destination_traveller(args, trig, preps, owner, is_noun):
    """"X wrapped up a Ruritania trip": the person who carries a trip noun whose compound names
    its destination (see _unowned_destination); read before the modifier, which is the place."""
    return _unowned_destination(args, trig, is_noun)[1]


@PATHS.register("given_to")
def given_to(args, trig, preps, owner, is_noun):
    """"X was accorded a warm welcome", "Y was given a red-carpet reception": the one a passive
    support verb gives the noun's event to is its passive subject."""
    verb = args.governing_verb(trig) if is_noun else None
    if verb is None or trig.dep_ != "dobj" or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    return [a for c in verb.children if c.dep_ == "nsubjpass" for a in args.actors(c)]


@PATHS.register("gathering")
def gathering(args, trig, preps, owner, is_noun):
    """"said at a news conference in X", "On the sidelines of the forum in Y, he added": the city
    or state the in/at phrase of a gathering (mentions.json event_nouns) places it in, the
    gathering named by the trigger's phrase of these prepositions, or through a part of it
    (verbs.json trip_frame_parts: "the sidelines of")."""
    gatherings, parts = set(args.w["event_nouns"]), set(args.lex["trip_frame_parts"])
    for event in args.pobjs(trig, preps):
        if event.lower_ in parts:
            event = next((p for c in event.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj"), event)
        if event.lemma_.lower() not in gatherings and event.lower_ not in gatherings:
            continue
        wheres = list(args.pobjs(event, ("in", "at")))
        if not wheres:
            # "at a meeting of EU ministers in X": the parser hangs the place on the members
            wheres = [w for m in args.pobjs(event, ("of",)) for w in args.pobjs(m, ("in", "at"))]
        if not wheres:
            # "for the summit being held in X": the place of the participle that places it
            wheres = [w for c in event.children if c.dep_ == "acl" for w in args.pobjs(c, ("in", "at"))]
        for where in wheres:
            found = [a for a in args.actors(where) or args.part_of(where)
                     if a.entity.type in (EntityType.CITY, EntityType.STATE)]
            if found:
                return found[:1]
        if not wheres and not any(c.dep_ == "prep" and c.lower_ != "of" for c in event.children):
            # "took part in the NB8 meeting which was held in X", "The summit opened in X. A
            # represented the bloc at the summit": a gathering placed by a clause on it, or
            # the one a definite noun recalls
            found = _own_place(args, event, ("in", "at")) or _recalled_place(args, event, ("in", "at"))
            if found:
                return found
    return []


@PATHS.register("gathering_owner")
def gathering_owner(args, trig, preps, owner, is_noun):
    """"travelled to Ruritania's 30th Independence Celebration": a gathering (mentions.json
    event_nouns) named in a phrase of these prepositions went where its place says (`gathering`),
    else to the state that owns it as possessor."""
    found = gathering(args, trig, preps, owner, is_noun)
    if found:
        return found
    gatherings = set(args.w["event_nouns"])
    for event in args.pobjs(trig, preps):
        if event.lemma_.lower() not in gatherings and event.lower_ not in gatherings:
            continue
        for c in event.children:
            m = args.mention_at(c) if c.dep_ == "poss" else None
            if m is not None and m.entity.type == EntityType.STATE:
                return [Arg(m)]
    return []


@PATHS.register("framing_gathering")
def framing_gathering(args, trig, preps, owner, is_noun):
    """"said upon arrival at a gathering of envoys in X": the parser hangs the
    gathering an arrival noun went to on the verb the noun's frame phrase (verbs.json
    trip_frame_prepositions: "on", "upon") hangs on; its place, as `gathering` reads it, from
    that verb's phrases of these prepositions."""
    if not is_noun or trig.dep_ != "pobj" or trig.head.lower_ not in args.lex["trip_frame_prepositions"]:
        return []
    verb = trig.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return gathering(args, verb, preps, owner, False)


@PATHS.register("institution")
def institution(args, trig, preps, owner, is_noun):
    """"deposited $2 billion in Ruritania's central bank": the state whose institution (mentions.json
    state_institutions) a phrase of these prepositions names, of the trigger or of its object."""
    starts = list(args.pobjs(trig, preps))
    starts += [p for c in trig.children if c.dep_ == "dobj" for p in args.pobjs(c, preps)]
    return [a for p in starts for a in args.institution_state(p)]


@PATHS.register("carried")
def carried(args, trig, preps, owner, is_noun):
    """"sent a ship carrying aid to X", "dispatched planes carrying tents to X": the phrases of
    these prepositions that the parser hangs on a carrying participle (verbs.json
    carrying_verbs) of the object."""
    out = []
    for obj in (c for c in trig.children if c.dep_ == "dobj"):
        for v in obj.children:
            if v.dep_ == "acl" and v.lemma_.lower() in args.lex["carrying_verbs"]:
                out.extend(a for p in args.pobjs(v, preps) for a in args.actors(p, owner=owner))
    return out


@PATHS.register("channel")
def channel(args, trig, preps, owner, is_noun):
    """"provided tents through an agency to X", "sent aid via a fund to X": the recipient of a
    "to" phrase the parser hangs on the channel phrase (verbs.json channel_prepositions) or on
    the channel it names."""
    out = []
    for c in trig.children:
        if c.dep_ != "prep" or c.lower_ not in args.lex["channel_prepositions"]:
            continue
        for node in [c, *(p for p in c.children if p.dep_ == "pobj")]:
            for p in args.pobjs(node, {"to"}):
                out.extend(args.actors(p, owner=owner))
    return out


@PATHS.register("prep")
def prep(args, trig, preps, owner, is_noun):
    """The objects of these prepositions ("travelled to X": prep:to)."""
    out = []
    for p in (args.event_pobjs(trig, preps) if is_noun else args.pobjs(trig, preps)):
        found = args.actors(p, owner=owner)
        if not found:
            found = args.part_of(p)
        out.extend(found)
    return out


#: The arcs a goods list is built of ("12 ambulances, 40 tents and a field clinic", "800 tonnes of
#: flour plus medicine", "kits worth $2 million"): no clause of its own.
_GOODS_ARCS = frozenset({"conj", "prep", "pobj", "pcomp", "dobj", "amod", "npadvmod", "appos", "compound",
                         "nummod", "quantmod", "nmod"})


def _ends_phrase(t, o) -> bool:
    """Whether the phrase `t` ends the object phrase `o`, or only phrases hung on the same word
    follow it ("... and shields to X through the Y Foundation")."""
    k = t.right_edge.i + 1
    while k <= o.right_edge.i:
        nxt = t.doc[k]
        if nxt.is_punct:
            k += 1
            continue
        if nxt.dep_ != "prep" or nxt.head.i != t.head.i:
            return False
        k = nxt.right_edge.i + 1
    return True


@PATHS.register("goods_tail")
def goods_tail(args, trig, preps, owner, is_noun):
    """"donated 800 tonnes of flour and 60 crates of medicine to X", "gifted 12 ambulances, 40
    tents, and a field clinic to X": after a list of goods the small parser hangs the
    recipient's phrase inside the last item rather than on the verb or the object's head. The
    phrase of these prepositions that ends the object, reached from it through the arcs of a
    goods list only (a clause inside the object, "troops tasked to ...", has its own phrases)."""
    if is_noun:
        return []
    out = []
    for o in (c for c in trig.children if c.dep_ == "dobj"):
        for t in o.subtree:
            if t.dep_ != "prep" or t.lower_ not in preps or t.head.i == o.i or not _ends_phrase(t, o):
                continue
            node = t.head
            while node.i != o.i and node.dep_ in _GOODS_ARCS:
                node = node.head
            if node.i != o.i:
                continue
            for p in (c for c in t.children if c.dep_ == "pobj"):
                out.extend(args.actors(p, owner=owner) or args.part_of(p))
    return out


@PATHS.register("support_prep")
def support_prep(args, trig, preps, owner, is_noun):
    """"carried out air strikes on X": the phrase of these prepositions the parser hung on the
    verb whose direct object the event noun is; not for a conjoined noun ("9 strikes on A and
    4 others on B": the verb's phrase is the first noun's)."""
    verb = _support_verb(trig, is_noun)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    out = []
    for p in args.pobjs(verb, preps):
        out.extend(args.actors(p, owner=owner))
    return out


@PATHS.register("framed_of")
def framed_of(args, trig, preps, owner, is_noun):
    """"X expelled the envoy in protest of Y's raid": a noun heading a phrase of these
    prepositions, which frames the clause, names what the clause answers in its own "of" phrase
    (the owner of the act there, with `owner`); "the protest of farmers" outside such a
    phrase is its makers, not its target."""
    if not is_noun or trig.dep_ != "pobj" or trig.head.lower_ not in preps:
        return []
    return [a for p in args.pobjs(trig, {"of"}) for a in args.actors(p, owner=owner)]


@PATHS.register("inclusion_list")
def inclusion_list(args, trig, preps, owner, is_noun):
    """"delivered relief goods, including kits containing soap and mats to X": the small parser
    hangs the goods' destination on the list of what they include (an "including" phrase,
    mentions.json inclusion_words, on the verb or on its object) or on a participle inside that
    list; a phrase of these prepositions hung there on a word that is no noun is the verb's."""
    if is_noun:
        return []
    lists = [c for n in [trig] + [d for d in trig.children if d.dep_ == "dobj"] for c in n.children
             if c.dep_ == "prep" and c.lower_ in args.w["inclusion_words"] and c.i > trig.i]
    out = []
    for lst in lists:
        for t in lst.subtree:
            if t.dep_ == "prep" and t.lower_ in preps and t.i != lst.i \
                    and (t.head.i == lst.i or t.head.pos_ in ("VERB", "AUX")):
                out.extend(a for p in t.children if p.dep_ == "pobj" for a in args.actors(p, owner=owner))
    return out


@PATHS.register("subj_state")
def subj_state(args, trig, preps, owner, is_noun):
    """"Prime Minister X received relief supplies from Y": the state the receiving official acts
    for (his post in the article or the gazetteer's), or the state that is the subject."""
    return args.acting_states(subj(args, trig, preps, owner, is_noun)) if not is_noun else []


@PATHS.register("dobj_state")
def dobj_state(args, trig, preps, owner, is_noun):
    """"X summoned Ruritania's ambassador, Name": the state the official in the object acts for
    (his post in the article or the gazetteer's), or the state the object names; an official of
    no known state is left unread."""
    return args.acting_states(dobj(args, trig, preps, owner, is_noun)) if not is_noun else []


def _grievance_phrases(args, tok) -> list:
    """The nouns of `tok`'s phrases of grievance_prepositions ("over Z's remarks"); through a
    grievance noun ("in protest over Z's claim", "a protest against Z's decision") its own."""
    words, out = args.lex["grievance_prepositions"], []
    for p in tok.children:
        if p.dep_ != "prep":
            continue
        for o in (c for c in p.children if c.dep_ == "pobj"):
            if p.lower_ in words:
                out.append(o)
            if o.lemma_.lower() in args.lex["grievance_nouns"] or o.lower_ in args.lex["grievance_nouns"]:
                out.extend(q for r in o.children if r.dep_ == "prep"
                           for q in r.children if q.dep_ == "pobj")
    return out


def _grievances(args, trig) -> tuple[list, list[Arg]]:
    """What a summons protests: its phrases (`_grievance_phrases`), also where the parser hung them
    on the envoy, and in its purpose clause
    ("to protest Z's remarks", "to hear a protest over Z's claim", "making demarches over Z's
    remarks") the object and the phrases of the clause and of that object; with the owners of
    what a free relative there names ("to condemn what it called Z's claim")."""
    out, named = _grievance_phrases(args, trig), []
    for obj in (c for c in trig.children if c.dep_ in ("dobj", "nsubjpass")):
        out.extend(_grievance_phrases(args, obj))  # "summoned the envoy over ...", hung on the envoy
    for clause in trig.children:
        if clause.dep_ not in ("advcl", "xcomp") or clause.pos_ != "VERB" \
                or not (clause.tag_ == "VBG" or any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)):
            continue
        out.extend(_grievance_phrases(args, clause))
        for obj in (c for c in clause.children if c.dep_ == "dobj"):
            if obj.lemma_.lower() in args.lex["grievance_nouns"] or obj.lower_ in args.lex["grievance_nouns"]:
                out.extend(_grievance_phrases(args, obj))
            elif obj.tag_ not in ("WP", "WDT"):
                out.append(obj)
        named.extend(what_named(args, clause, frozenset(), True, False))
    return out, named


def grievance_owners(args, trig) -> list[Arg]:
    """Who owns what a protest or summons protests (`_grievances`: its phrases of
    grievance_prepositions, its purpose clause, a free relative of naming there): "over
    Switzerland's decision" is Switzerland's."""
    nouns, owners = _grievances(args, trig)
    return owners + [a for t in nouns for a in (args.actors(t) or args.owner_of(t, 0))]


def protest_stated(args, trig) -> bool:
    """Whether a trigger says what it protests: a phrase of grievance_prepositions on it or on its
    object ("protested over Z's remarks", "summoned the envoy over ..."), or a purpose clause
    whose verb is a censure verb of the lexicon or whose object is a grievance noun ("to protest
    Z's claim", "to lodge a protest"); "summoned the envoy to hand him a message" says none."""
    if _grievance_phrases(args, trig):
        return True
    if any(_grievance_phrases(args, c) for c in trig.children if c.dep_ in ("dobj", "nsubjpass")):
        return True
    for clause in trig.children:
        if clause.dep_ not in ("advcl", "xcomp") or clause.pos_ != "VERB":
            continue
        if any(isinstance(p, dict) and p.get("relation") == "CONDEMNED"
               for p in args.lex["verbs"].get(clause.lemma_.lower(), [])):
            return True
        if any(o.lemma_.lower() in args.lex["grievance_nouns"] for o in clause.children if o.dep_ == "dobj"):
            return True
    return False


@PATHS.register("conduit_state")
def conduit_state(args, trig, preps, owner, is_noun):
    """"X summoned the Swiss envoy, who represents Z's interests, to protest Z's remarks", "... over
    Z's decision": when what the summons protests is owned by a state (or an official acting for
    one) other than the envoy's, that owner is the one censured and the envoy's state only the
    channel; otherwise, "summoned Y's envoy over Y's decision", the envoy's state (dobj_state)."""
    envoy = dobj_state(args, trig, preps, owner, is_noun)
    if not envoy:
        return envoy
    owners = grievance_owners(args, trig)
    keep = (EntityType.STATE, EntityType.ORGANIZATION)
    # a state never protests its own act: an owner that is the summoner ("anti-X remarks" read
    # as X's, X the subject; "the envoy to X was summoned", X by his posting) is no owner
    summoners = {a.entity.id for a in args.acting_states(subj(args, trig, preps, owner, is_noun)
                                                         + posting(args, trig, preps, owner, is_noun), keep=keep)}
    owners = [a for a in owners if not {b.entity.id for b in args.acting_states([a], keep=keep)} & summoners]
    states = {a.entity.id for a in args.acting_states(owners, keep=keep)}
    if not states or states & {a.entity.id for a in envoy}:
        return envoy
    return [a for a in owners if a.entity.type in keep + (EntityType.PERSON,)]


@PATHS.register("from_state")
def from_state(args, trig, preps, owner, is_noun):
    """"... received supplies from Y's Ambassador, Name": the state of the official (or the state)
    named in the "from" phrase of the verb or of its object."""
    if is_noun:
        return []
    phrases = list(args.pobjs(trig, {"from"})) + [p for d in trig.children if d.dep_ == "dobj"
                                                  for p in args.pobjs(d, {"from"})]
    return args.acting_states([a for p in phrases for a in args.actors(p)])


@PATHS.register("needed_by")
def needed_by(args, trig, preps, owner, is_noun):
    """"provided aid, including tents and other goods urgently needed by X": the agent of a
    participle of needing (verbs.json needing_participles) on the goods the verb gives, also
    inside the list of what they include, is whom they go to."""
    if is_noun:
        return []
    words = args.lex["needing_participles"]
    return [a for d in trig.children if d.dep_ == "dobj" for t in d.subtree
            if t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in words
            for g in t.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj"
            for a in args.actors(p) if a.entity.type in ACTOR_TYPES]


@PATHS.register("beneficiaries")
def beneficiaries(args, trig, preps, owner, is_noun):
    """"sent aid to refugees in X", "food for flood victims in X": people aid goes to
    (Arguments.beneficiaries_state), named with the state they are in."""
    found = args.event_pobjs(trig, preps) if is_noun else args.pobjs(trig, preps)
    return [a for p in found for a in (args.beneficiaries_state(p) or args.stranded_beneficiaries_state(p))]


def _part_framed_verb(args, trig):
    """The verb whose clause "as part of" a noun frames ("X built homes in Y as part of its
    aid"): through a part noun (verbs.json trip_frame_parts) and its framing preposition."""
    part = trig.head.head if trig.dep_ == "pobj" and trig.head.lower_ == "of" else None
    if part is None or part.lemma_.lower() not in args.lex["trip_frame_parts"] or part.dep_ != "pobj" \
            or part.head.lower_ not in args.lex["trip_frame_part_prepositions"]:
        return None
    verb = part.head.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


@PATHS.register("part_frame_subj")
def part_frame_subj(args, trig, preps, owner, is_noun):
    """"Venezuela built homes in X as part of recovery aid": the subject of the clause an event
    noun frames through "as part of"."""
    verb = _part_framed_verb(args, trig) if is_noun else None
    return args.clause_subjects(verb) if verb is not None else []


@PATHS.register("part_frame_in")
def part_frame_in(args, trig, preps, owner, is_noun):
    """"... built homes in X and Y as part of recovery aid": the states the framed clause's
    object is placed in, when the noun names no recipient of its own."""
    verb = _part_framed_verb(args, trig) if is_noun else None
    if verb is None:
        return []
    out = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for t in obj.subtree:
            m = args.mention_at(t)
            if t.dep_ == "pobj" and t.head.lower_ == "in" and m is not None and m.entity.type == EntityType.STATE:
                out.extend(a for a in args.actors(t) if a.entity.type == EntityType.STATE)
    return out


@PATHS.register("one_state_place")
def one_state_place(args, trig, preps, owner, is_noun):
    """The objects of these prepositions when they all lie in one state ("in Vientiane, Laos");
    "signed in Reykjavik and Washington by X and Y" names two places, and no one's trip."""
    found = [b for a in prep(args, trig, preps, owner, is_noun) for b in _building_place(args, a)]
    states = set()
    for a in found:
        state = a.entity if a.entity.type == EntityType.STATE else args.ctx.gz.country_of(a.entity)
        states.add(state.id if state is not None else a.entity.id)
    return found if len(states) == 1 else []


def _building_place(args, a) -> list:
    """"signed at Parliament House in X": an organisation named as the venue stands for the city
    or state its own in-phrase places it in; anything else for itself."""
    if a.entity.type != EntityType.ORGANIZATION or a.mention is None:
        return [a]
    last = args.doc[a.mention.end - 1]
    where = [b for p in args.pobjs(last, ("in",)) for b in args.actors(p)
             if b.entity.type in (EntityType.CITY, EntityType.STATE)]
    return where[:1] or [a]


@PATHS.register("listed")
def listed(args, trig, preps, owner, is_noun):
    """The objects of these prepositions and the persons the list goes on to name where the
    parser broke it ("sanctions against A, B, Company head C, Senator D": listed:against)."""
    found = prep(args, trig, preps, owner, is_noun) or _restated_persons(args, trig, preps, is_noun) \
        or _located_persons_state(args, trig, preps, is_noun)
    if found and not is_noun:
        found = found + _title_verb_conjuncts(args, trig)
    named = [a for a in found if a.via == "direct"]
    if not named:
        return found
    seen = {a.entity.id for a in found}
    more: list[Arg] = []
    # after each name read ("with A, B, C and D" broken after A and again inside C's title)
    for one in sorted(named, key=lambda a: a.mention.end):
        for a in args.listed_persons_after(args.doc[one.mention.end - 1]):
            if a.entity.id not in seen:
                seen.add(a.entity.id)
                more.append(a)
    return found + more


def _title_verb_conjuncts(args, trig) -> list[Arg]:
    """"met with A and lead negotiator B separately": a title word the tagger read as a verb
    (mentions.json title_verbs) conjoined to the trigger, with no subject of its own and a titled
    person right after it for object, names one more of those the trigger's phrase lists."""
    out: list[Arg] = []
    for c in trig.children:
        if c.dep_ != "conj" or c.lower_ not in args.w["title_verbs"] \
                or any(k.dep_ in ("nsubj", "nsubjpass", "aux") for k in c.children):
            continue
        for o in c.children:
            m = args.mention_at(o)
            if o.dep_ == "dobj" and o.left_edge.i == c.i + 1 and m is not None and m.entity.type == EntityType.PERSON:
                out.extend(args.actors(o))
    return out


def _located_persons_state(args, trig, preps, is_noun) -> list[Arg]:
    """"sanctions on four junta members in the country of X": unnamed officials listed by the state
    they are in (the state only: a city or region names no one's government)."""
    out: list[Arg] = []
    for p in (args.event_pobjs(trig, preps) if is_noun else args.pobjs(trig, preps)):
        if p.lower_ in args.w["actor_nouns"] or p.lemma_.lower() in args.w["actor_nouns"]:
            out.extend(a for q in args.pobjs(p, {"in"}) for a in args.place_of(q)
                       if a.entity.type == EntityType.STATE)
    return out


def _restated_persons(args, trig, preps, is_noun) -> list[Arg]:
    """"penalties on the founder of the X club, A, and B, the chief of Y": a description that
    names no one, restated by the persons the parser hung on its last noun."""
    out: list[Arg] = []
    for p in (args.event_pobjs(trig, preps) if is_noun else args.pobjs(trig, preps)):
        if p.pos_ != "NOUN" or args.mention_at(p) is not None:
            continue
        for t in p.subtree:
            m = args.mention_at(t)
            if m is not None and m.entity.type == EntityType.PERSON and t.dep_ in ("conj", "appos") \
                    and t.head.pos_ == "NOUN" and args.mention_at(t.head) is None:
                out.extend(args.actors(t))
    return out


# ---- pair paths: members of one list, related pairwise --------------------------------------------
@pair_path("between", "noun", "verb")
def pairs_between(args, trig) -> list[Arg]:
    """"talks between X and Y"; "cooperation and alliance between X and Y", "the growth of
    the alliance between X and Y": a "between" phrase after the noun that the parser hung on
    the first of two conjoined nouns, or on the noun whose "of" phrase it is in, is its too."""
    preps = {"between", "among", "amongst"}
    out = [a for p in args.pobjs(trig, preps) for a in args.actors(p)]
    node = trig
    for _ in range(2):
        if out or node.pos_ != "NOUN":
            break
        if node.dep_ == "conj" and node.head.pos_ == "NOUN":
            node = node.head
        elif node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
            node = node.head.head  # "the growth of the alliance between X and Y"
        else:
            break
        out = [a for p in args.pobjs(node, preps) if p.i > trig.i for a in args.actors(p)]
    if not out and trig.pos_ in ("NOUN", "PROPN") and trig.lemma_.lower() in args.lex["themes"]["signed_documents"]:
        # "the Declaration on allied relations between X and Y": a signed text's parties may be
        # named in its topic's "between" phrase (verbs.json themes signed_documents)
        out = [a for topic in document_topics(trig, set(args.lex["topic_prepositions"]))
               for p in args.pobjs(topic, preps) for a in args.actors(p)]
    if not out and trig.pos_ == "NOUN":
        out = _between_after_place(args, trig, preps)
    if not out and trig.pos_ == "NOUN":
        out = _between_on_occurrence(args, trig, preps)
    return out


def document_topics(trig, preps) -> list:
    """The topic phrase of a document noun ("a treaty on allied relations"): its own phrase, or
    the one right after it that the small parser hung on the verb whose object the document is
    ("approved the X Declaration on allied relations")."""
    own = [p for c in trig.children if c.dep_ == "prep" and c.lower_ in preps
           for p in c.children if p.dep_ in ("pobj", "pcomp")]
    if own or trig.dep_ != "dobj" or trig.head.pos_ != "VERB":
        return own
    return [p for c in trig.head.children if c.dep_ == "prep" and c.lower_ in preps and c.i == trig.right_edge.i + 1
            for p in c.children if p.dep_ in ("pobj", "pcomp")]


def _occurrence_objects(args, verb) -> list:
    """The objects of a verb that make it say its subject happened (verbs.json
    occurrence_objects: "took place"): such a clause places or pairs the event, not its own act."""
    return [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in args.lex["occurrence_objects"]]


def _between_on_occurrence(args, trig, preps) -> list[Arg]:
    """"A phone conversation took place today between X and Y", "Talks were held on Monday
    between X and Y": an event noun that is the subject of a verb saying it happened (an
    occurrence object, verbs.json occurrence_objects, or the passive of a light verb) takes the
    "between" phrase the parser hung on that verb or on its object."""
    verb = trig.head
    if trig.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") or verb.i < trig.i:
        return []
    places = _occurrence_objects(args, verb)
    held = trig.dep_ == "nsubjpass" and verb.lemma_.lower() in args.lex["light_verbs"]
    if not places and not held:
        return []
    return [a for n in [verb, *places] for p in args.pobjs(n, preps) for a in args.actors(p)]


def _between_after_place(args, trig, preps) -> list[Arg]:
    """"a meeting yesterday in Z between X and Y": the phrase the parser hung on the place (or
    the day) named right after the noun, read from the words: after the noun's own phrase only
    a day and a place phrase (verbs.json place_prepositions) come before "between"."""
    doc, end = args.doc, args.ctx.sentence(trig).end
    j = trig.right_edge.i + 1
    while j < end and (docindex.is_time(doc[j]) or doc[j].text == ","):
        j += 1
    if j < end and doc[j].lower_ in args.lex["place_prepositions"]:
        m = args.mention_at(doc[j + 1]) if j + 1 < end else None
        if m is None or m.start != j + 1 or m.entity.type not in (EntityType.CITY, EntityType.STATE, EntityType.PLACE):
            return []
        j = m.end
    if j >= end or doc[j].lower_ not in preps or j == trig.right_edge.i + 1:
        return []
    hung = doc[j].head
    if args.mention_at(hung) is None and not docindex.is_time(hung):
        return []
    return [a for p in doc[j].children if p.dep_ == "pobj" for a in args.actors(p)]


@pair_path("of", "noun")
def pairs_of_phrase(args, trig) -> list[Arg]:
    """"The meeting of the Prime Minister of A, X and the leader of B, Y took place in Z": the
    persons named in the "of" phrase of an event noun that is its clause's subject, read from
    the words up to the verb (the parser breaks such a list of titled names); two at least."""
    if trig.dep_ not in ("nsubj", "nsubjpass", "npadvmod") or trig.head.i <= trig.i or trig.head.pos_ not in ("VERB", "AUX"):
        return []
    of = next((c for c in trig.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return []
    persons = {m.entity.id: m for m in args.res.mentions
               if of.i < m.start and m.end <= trig.head.i and m.entity.type == EntityType.PERSON}
    return [Arg(m) for m in persons.values()] if len(persons) >= 2 else []


@pair_path("officials_of", "noun")
def pairs_officials_of(args, trig) -> list[Arg]:
    """"a trilateral meeting of the interior ministers of A, B and C", "the meeting of
    Ruritanian and Bordurian defence chiefs": unnamed officials in the plural, in the gathering
    noun's "of" phrase, stand for the states they are named for; those states met (where the
    text names the state, the state is the actor). A body the officials belong to ("a meeting
    of ASEAN ministers") is one party, no pair."""
    out: list[Arg] = []
    for group in args.pobjs(trig, {"of"}):
        if _plural_officials(args, group):
            out.extend(a for a in args.actors(group) if a.entity.type == EntityType.STATE)
    return out


def _plural_officials(args, group, proper: bool = False) -> bool:
    """Whether a word is unnamed officials in the plural: a plural title head or a group of
    persons (mentions.json person_group_nouns), no name of its own ("the defence ministers",
    "the leaders"), which stands for the states its phrases name. With `proper`, a capitalised
    plural title the parser tags as a singular proper noun ("Foreign Ministers of A and B
    agreed") is one too."""
    heads = args.w["title_heads"]
    if group.tag_ not in ("NNS", "NNPS") and not (proper and plural_title_head(group, heads)) \
            or args.mention_at(group) is not None:
        return False
    return group.lower_ in args.w["person_group_nouns"] or group.lemma_.lower() in heads \
        or plural_title_head(group, heads)


@pair_path("officials_subj", "verb")
def pairs_officials_subj(args, trig) -> list[Arg]:
    """"The defence ministers of A, B and C agreed to ...", "the leaders of A and B agreed on a
    plan": unnamed officials in the plural as the subject of a verb of a joint act stand for the
    states their "of" or "from" phrase names, and those states did it together; so did a party
    named beside them ("X and the foreign ministers of A and B agreed on ...").
    Officials of one state or body alone ("the ministers of the bloc") make no pair."""
    if args.passive(trig):
        return []
    subjects = [t for c in trig.children if c.dep_ == "nsubj" for t in [c, *c.conjuncts]]
    groups = [t for t in subjects if _plural_officials(args, t, proper=True) and args.pobjs(t, {"of", "from"})]
    if not groups:
        return []
    out = [a for t in groups for a in args.actors(t) if a.entity.type == EntityType.STATE]
    out.extend(a for t in subjects if t not in groups for a in args.actors(t) if a.entity.type in ACTOR_TYPES)
    return out


@pair_path("mod", "noun")
def pairs_mod(args, trig) -> list[Arg]:
    """"China-North Korea talks": a hyphenated pair must really be a pair. "a bilateral
    treaty" (mentions.json pair_adjectives): the two states named last, as "the two countries"."""
    if any(t.lower_ in args.w["pair_adjectives"] for t in args.doc[trig.left_edge.i:trig.i]):
        # "bilateral meetings planned with Pacific leaders", "bilateral and trilateral meetings":
        # the other side named in a "with" phrase, or more than one kind, is not the last pair
        if any(t.dep_ == "prep" and t.lower_ == "with" for t in trig.subtree) or _verb_names_other_side(args, trig) \
                or sum(t.lower_ in args.w["pair_adjectives"] or (t.dep_ == "conj" and t.head.lower_ in args.w["pair_adjectives"])
                       for t in args.doc[trig.left_edge.i:trig.i]) > 1:
            return []
        return [Arg(m, "anaphora") for m in args.coref.group(trig)]
    members = []
    doc = args.doc
    for i in range(trig.left_edge.i, trig.i):
        m = args.mention_at(doc[i])
        if m is not None and m.start == i and m.entity.type in ACTOR_TYPES:
            members.append(Arg(m))
    if not any(doc[i].text in ("-", "–") for i in range(trig.left_edge.i, trig.i)):
        return []
    if _pair_event_as_topic(args, trig):
        return []
    if any(p.pos_ == "PROPN" and args.mention_at(p) is None for c in trig.children
           if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"):
        # "the Franco-Ruritanian alliance of Acme and Bolt": the noun's own phrase names its
        # members (names no actor of the gazetteer); the pair before it only says where they are from
        return []
    return members


def _pair_event_as_topic(args, trig) -> bool:
    """"aimed at reviving Israeli-Syrian negotiations", "France worked to renew A-B talks", "no
    breakthrough in the A-B talks", "optimism regarding the A-B talks", "nothing decided about
    the A-B summit": a hyphenated pair's event noun that is the aim of a verb of revival
    (verbs.json revival_verbs: a process stalled, brought back; not "a plan to hold an A-B
    summit", a meeting still to come) with no subject of its own (a gerund after a
    preposition, an infinitive of purpose), or the object of a topic
    phrase (verbs.json topic_phrase_prepositions; "in" only after a noun: "took part in" is
    presence), names a process talked about, not a meeting the sentence tells."""
    node = docindex.first_conjunct(trig)
    head = node.head
    if node.dep_ == "dobj" and head.lemma_.lower() in args.lex["revival_verbs"] \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        if head.tag_ == "VBG" and head.dep_ == "pcomp":
            return True
        if head.tag_ == "VB" and head.dep_ in ("advcl", "acl") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
            return True
    return node.dep_ == "pobj" and head.lower_ in args.lex["topic_phrase_prepositions"] \
        and (head.lower_ != "in" or head.head.pos_ == "NOUN")


@pair_path("frame", "noun")
def pairs_frame(args, trig) -> list[Arg]:
    """"Indonesia and Malaysia signed a border deal after talks in Jakarta": the coordinated
    subjects of the clause the talks frame held them."""
    head = trig.head
    if trig.dep_ == "pobj" and head.lower_ in args.lex["frame_prepositions"] and head.head.pos_ in ("VERB", "AUX"):
        return args.clause_subjects(head.head, together=False)
    return []


@pair_path("their", "noun")
def pairs_their(args, trig) -> list[Arg]:
    """"X and Y reached consensus on many issues in their talks", "X and Y witnessed the signing
    of accords following their talks": a plural possessive pronoun (mentions.json
    plural_possessives) owns the event, wherever the parser hung its phrase, and the coordinated
    subjects of the nearest clause above it are its owners; not when the noun names other parties
    in its own with/of phrase ("X and Y used their meeting with Z"), nor when it is set off in
    apposition or as the verb's adverbial noun, restating the clause's own event ("X and Y met in Z, their first meeting since
    ...": the verb reads it, with its own date)."""
    if trig.dep_ in ("appos", "npadvmod") or not any(c.dep_ == "poss" and c.lower_ in args.w["plural_possessives"]
                                       for c in trig.children):
        return []
    if any(c.dep_ == "prep" and c.lower_ in ("with", "of") and any(p.dep_ == "pobj" for p in c.children)
           for c in trig.children):
        return []
    node = trig
    for _ in range(12):  # (up to the sentence's root at most)
        head = node.head
        if head.i == node.i:
            return []
        node = head
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return args.subjects(node, together=False)
    return []


@pair_path("dobj", "verb")
def pairs_dobj(args, trig) -> list[Arg]:
    """"X hosted Y and Z": the guests of one gathering meet each other too."""
    return [a for c in trig.children if c.dep_ == "dobj" for a in args.actors(c)]


@pair_path("together", "verb")
def pairs_together(args, trig) -> list[Arg]:
    """"The forum brought together A, B and C", "A and B were brought together": with a particle
    of gathering and no "with" phrase (`together_with`), those the verb gathers meet each other:
    the persons its object names (a list of titled names the parser breaks up), else its actors."""
    if not gathering_particle(args, trig) or any(c.dep_ == "prep" and c.lower_ == "with" for c in trig.children):
        return []
    if args.passive(trig):
        return [a for c in trig.children if c.dep_ == "nsubjpass" for a in args.actors(c)]
    out: list[Arg] = []
    for obj in (c for c in trig.children if c.dep_ == "dobj"):
        persons = {}
        for t in obj.subtree:
            m = args.mention_at(t)
            if m is not None and m.entity.type == EntityType.PERSON and args.doc[m.end - 1].dep_ != "poss":
                persons.setdefault(m.entity.id, Arg(m))
        out.extend(persons.values() if len(persons) >= 2 else args.actors(obj))
    return out


@pair_path("subj", "noun")
def pairs_subj(args, trig) -> list[Arg]:
    """"X and Y held talks": the subjects of the verb that carries the event; not of a
    reaction to it ("X and Y welcomed the talks")."""
    verb = args.governing_verb(trig)
    if verb is not None and verb.lemma_.lower() in args.lex["attendance_verbs"]:
        return []  # "X and Y attended the summit": fellow guests, not the summit's parties
    if verb is not None and args.carries_event(verb):
        return args.subjects(verb, together=False)
    # "invoked the pact X and Y signed", "under a treaty both countries signed"
    return args.relative_subjects(trig)


@pair_path("committed", "noun")
def pairs_committed(args, trig) -> list[Arg]:
    """"reaffirmed the commitment of X and Y to the mutual defence treaty", "X and Y's
    adherence to the alliance": the parties a commitment noun (verbs.json commitment_nouns) the
    pact's "to" phrase hangs on names in its "of" phrase or as its possessor."""
    if trig.dep_ != "pobj" or trig.head.lower_ != "to" or trig.head.head.pos_ != "NOUN":
        return []
    noun = trig.head.head
    if noun.lemma_.lower() not in args.lex["commitment_nouns"] and noun.lower_ not in args.lex["commitment_nouns"]:
        return []
    return [a for c in noun.children if c.dep_ == "poss" for a in args.actors(c)] \
        or [a for p in args.pobjs(noun, {"of"}) for a in args.actors(p)]


@pair_path("own_subj", "noun")
def pairs_own_subj(args, trig) -> list[Arg]:
    """As pairs:subj, but not when the noun names other parties in its own phrase: "X and Y
    arrived ahead of meetings with Z" (each meets Z), "X and Y used a meeting of the bloc's
    ministers" (the ministers met)."""
    if any(c.dep_ == "prep" and c.lower_ in ("with", "of") and any(p.dep_ == "pobj" for p in c.children)
           for c in trig.children):
        return []
    if _verb_names_other_side(args, trig):
        return []
    return pairs_subj(args, trig)


def _verb_names_other_side(args, trig) -> bool:
    """"X and Y met with Z for bilateral meetings", "X and Y have met with Z for talks": the
    verb whose phrase the event noun is names the other side in a "with" phrase of its own (no
    reciprocal phrase, "with each other"); each of its subjects met Z, not the other."""
    if trig.dep_ != "pobj":
        return False
    prep = trig.head
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" and c.i != prep.i and args.names_partner(c)
               for c in verb.children)


@pair_path("reciprocal", "verb")
def pairs_reciprocal(args, trig) -> list[Arg]:
    """"X and Y embraced", "X and Y hugged on the steps": the coordinated subjects of a verb of
    mutual contact used without an object (with one, "X and Y embraced the plan", it is no
    meeting; "X embraced Y" is the verb's own subject and object reading)."""
    if trig.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in trig.children):
        return []
    return args.subjects(trig, together=False)


@pair_path("partnerless", "verb")
def pairs_partnerless(args, trig) -> list[Arg]:
    """"X and Y spoke privately", "X and Y spoke by phone": as pairs:reciprocal, and with no one
    else the verb speaks with or to (a "with" or "to" phrase of its own: "X and Y spoke with Z"
    is each one's talk with Z)."""
    if any(c.dep_ == "prep" and c.lower_ in ("with", "to") for c in trig.children):
        return []
    return pairs_reciprocal(args, trig)


@pair_path("subjects", "verb")
def pairs_subjects(args, trig) -> list[Arg]:
    """"X and Y traded blame": the coordinated subjects of the verb trigger itself, when the
    verb's own object names what they exchange (the pattern's theme)."""
    return args.subjects(trig, together=False)


@pair_path("each_other", "verb")
def pairs_each_other(args, trig) -> list[Arg]:
    """"X and Y accused each other of ...", "blamed one another for ...": the subjects, when the
    object is a reciprocal phrase (mentions.json reciprocal_phrases); "each side blamed the
    other": the two states named last, when an "each" subject of a pair noun acts on "the other"."""
    phrases = args.w["reciprocal_phrases"]
    for c in trig.children:
        if c.dep_ != "dobj":
            continue
        # without its prepositional phrases: "each other of opening fire" is still "each other"
        attached = {t.i for p in c.children if p.dep_ == "prep" for t in p.subtree}
        if " ".join(t.lower_ for t in c.subtree if t.i not in attached) in phrases:
            found = args.subjects(trig, together=False)
            both = [k for k in trig.children if k.dep_ == "nsubj" and k.lower_ == "both" and not list(k.children)]
            if len(found) < 2 and both:
                # "Both accuse each other of ...": the two states named last
                found = [Arg(m, "anaphora") for m in args.coref.group(both[0])]
            sides = [k for k in trig.children if k.dep_ == "nsubj" and k.lower_ in args.w["pair_nouns"]
                     and any(d.dep_ == "det" and d.lower_ == "the" for d in k.children)]
            if len(found) < 2 and sides:
                # "The sides accused each other": acting on each other, they are two; the two
                # states named last
                found = [Arg(m, "anaphora") for m in args.coref.group(sides[0])]
            return found
        if " ".join(t.lower_ for t in c.subtree if t.i not in attached) in args.w["other_party_phrases"]:
            each = [k for k in trig.children if k.dep_ == "nsubj" and _each_of_a_pair(k, args.w["pair_nouns"])]
            if each:
                # "each side blamed the other", "each blamed the other", "both sides accused the
                # other": the two states named last, each against the other
                return [Arg(m, "anaphora") for m in args.coref.group(each[0])]
    return []


def _each_of_a_pair(tok, pair_nouns) -> bool:
    """Whether a subject acting on "the other" is each of two: "each" of a singular pair noun
    ("each side"), "both" of a plural one ("both sides"), or "each" or "both" standing alone
    ("each blamed the other"; wire copy drops the noun once the two sides were named)."""
    dets = {d.lower_ for d in tok.children if d.dep_ in ("det", "predet")}
    if tok.lower_ in ("each", "both"):
        return not any(d.dep_ != "punct" for d in tok.children)
    if "each" in dets:
        return _one_of_pair_nouns(tok, pair_nouns)
    return "both" in dets and tok.lower_ in pair_nouns


def _one_of_pair_nouns(tok, pair_nouns) -> bool:
    """Whether a singular noun is one of the plural pair nouns' ("each country", "each ally",
    "each side")."""
    lemma = tok.lemma_.lower()
    return lemma + "s" in pair_nouns or lemma.endswith("y") and lemma[:-1] + "ies" in pair_nouns


@pair_path("against_each_other", "noun")
def pairs_against_each_other(args, trig) -> list[Arg]:
    """"X and Y launched raids against each other", "strikes on one another": the subjects of
    the verb carrying the event, when its target is a reciprocal phrase."""
    phrases = args.w["reciprocal_phrases"]
    if not any(" ".join(t.lower_ for t in p.subtree) in phrases for p in args.pobjs(trig, {"against", "on", "at"})):
        return []
    verb = args.governing_verb(trig)
    if verb is None or not args.carries_event(verb):
        return []
    return args.subjects(verb, together=False)


@pair_path("by_both", "noun")
def pairs_by_both(args, trig) -> list[Arg]:
    """"a conflict with air raids by both sides", "shelling by the two countries": an event
    whose by-phrase is a pair noun counted two (mentions.json pair_nouns), the two states named
    last; each did it to the other."""
    return [a for c in args.by_phrases(trig) for p in c.children
            if p.dep_ == "pobj" and p.lower_ in args.w["pair_nouns"] for a in args.actors(p)
            if a.via == "anaphora"]


@pair_path("copula", "noun")
def pairs_copula(args, trig) -> list[Arg]:
    """"X and Y are (treaty) allies": a plural relational noun predicated of a list."""
    node = docindex.first_conjunct(trig)
    if trig.tag_ in ("NNS", "NNPS") and node.dep_ in ("attr", "oprd") \
            and node.head.lemma_.lower() in args.lex["copulas"] \
            and not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in trig.children):
        return args.subjects(node.head, together=False)
    return []
