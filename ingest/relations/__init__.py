"""Facts from the dependency parse: triggers (verbs and nouns of ingest/data/verbs.json) and the
entity mentions their arguments reach.

The reader works sentence by sentence and never guesses an argument it cannot reach through
the parse: precision matters more than recall for a knowledge graph people query. The
arguments are followed through the constructions wire copy uses all the time: coordination
("Russia and China"), apposition ("the leader of North Korea, Kim Jong Un"), actor nouns
standing for their state ("officials from Russia", "the Chinese side"), relative clauses,
passives with by-agents, control verbs ("welcomed X to visit Y") and possessive nominals
("Russia's invasion of Ukraine").

One article is read in this order (read_facts): an ArticleContext is built once (the parse,
the resolved mentions, the gazetteer view, the lexicons, the sentence index); the RoleReader
reads HOLDS_ROLE from titles; from those roles a RoleIndex (who holds which post) and Homes
(which state an actor belongs to); then independent readers, each given what it uses:
TriggerReader (verbs.json triggers and their argument paths, with MeetingPlaces for who
travelled to a meeting), BlameReader ("X says Y was behind the attack"), ClaimedAttacks
("Gunmen raided X. Y claimed responsibility"), ContinuationReader ("Also named were A and B"
after a sentence's fact), SanctionLists ("X sanctioned three
officials. They are A, B and C"), PartyVisits (members of travelling parties,
visiting officials), VisitingGuests ("welcomed visiting President X in Z"), located_in
(LOCATED_IN); merge_facts last.

Modules: lexicon_data (verbs.json, validated), context (ArticleContext, RoleIndex, Homes),
arguments (Arguments: what a token reaches), paths (the registered argument paths), triggers,
meeting_places, roles, visits, guests, blame, claims, continuation, sanction_lists, geography,
merge_facts.
"""
from __future__ import annotations

from ingest.mentions import stateless_organ
from ingest.relations.arguments import Arguments
from ingest.relations.blame import BlameReader
from ingest.relations.claims import ClaimedAttacks
from ingest.relations.context import ArticleContext, Homes, RoleIndex
from ingest.relations.continuation import ContinuationReader
from ingest.relations.event_anaphora import EventCensureReader
from ingest.relations.geography import located_in
from ingest.relations.guests import VisitingGuests
from ingest.relations.lexicon_data import lexicon, trigger_lemmas
from ingest.relations.meeting_places import MeetingPlaces
from ingest.relations.merge_facts import merge
from ingest.relations.roles import RoleReader
from ingest.relations.sanction_lists import SanctionLists
from ingest.relations.triggers import TriggerReader
from ingest.relations.visits import PartyVisits
from ingest.resolve import GazetteerView, Resolution
from schemas.models import Entity, EntityType, Fact

__all__ = ["read_facts", "lexicon", "trigger_lemmas"]


def read_facts(doc, res: Resolution, article, gz: GazetteerView) -> list[Fact]:
    ctx = ArticleContext(doc, res, article, gz)
    reader = RoleReader(ctx, Arguments(ctx, RoleIndex()))
    roles = reader.read()
    index = RoleIndex.from_facts(roles)
    args, homes = Arguments(ctx, index), Homes(ctx, index)
    parties = PartyVisits(ctx, args, homes)
    places = MeetingPlaces(ctx, args, homes)
    triggers = TriggerReader(ctx, args, homes, parties, places)
    reading = triggers.read()
    facts = [index.lift_alliance(index.lift_envoy(f), homes.acting_state)
             for f in reading.facts]
    facts += BlameReader(ctx, args).read()
    facts += ClaimedAttacks(ctx, args, triggers).read([f for f in facts if f is not None])
    facts += EventCensureReader(ctx, args).read([f for f in facts if f is not None])
    facts = [f for f in facts if f is not None and not _censure_of_stateless_organ(f) and not _outlet_party(f, ctx)]
    facts += ContinuationReader(ctx, args).read(facts)
    facts += SanctionLists(ctx, args, triggers).read()
    facts += places.recalled(facts)
    facts += parties.member_visits(reading.visits)
    facts += parties.companion_visits(facts)
    facts += parties.official_visits(facts + roles)
    facts += VisitingGuests(ctx, args, homes).read()
    facts += _untold_trips(reading.hosted, facts, ctx)
    roles += reader.envoy_hosts(facts, roles)
    roles = reader.met_hosts(facts, roles)
    facts = [_force_state(f, ctx) for f in facts]
    return merge([f for f in facts + roles if not _outlet_party(f, ctx)] + located_in(ctx))


def _untold_trips(hosted: list[Fact], facts: list[Fact], ctx: ArticleContext) -> list[Fact]:
    """The guests' visits read from their receptions that the article tells no trip for: none to
    the same place or to a city or site in that state ("hosted X for talks in Tokyo": X's visit to
    Tokyo is the trip told; its own evidence and date, or none, stand)."""
    went = set()
    for f in facts:
        if f.relation == "VISITED":
            where = Entity(id=f.object_id, name=f.object, type=f.object_type)
            country = ctx.gz.country_of(where)
            went |= {(f.subject_id, f.object_id)} | ({(f.subject_id, country.id)} if country is not None else set())
    return [f for f in hosted if (f.subject_id, f.object_id) not in went]


def _outlet_party(fact: Fact, ctx: ArticleContext) -> bool:
    """"• Agency The relief team arrived ...", "X condemns the strike Agency Staff 1 Min Read", "Name/Agency
    The Council approved ...": a page's credits, bylines and captions glued to its sentences put a
    news outlet (organizations.json kinds of mentions.json outlet_kinds) where the parser looks
    for a party. An outlet carries the story; it is the post of its journalists (HOLDS_ROLE) but
    no party to a visit, meeting, pact, sanction, censure, aid or attack the copy tells."""
    if fact.relation == "HOLDS_ROLE":
        return False
    return any(_outlet(Entity(id=i, name=n, type=t), ctx) for i, n, t in (
        (fact.subject_id, fact.subject, fact.subject_type), (fact.object_id, fact.object, fact.object_type)))


def _outlet(entity: Entity, ctx: ArticleContext) -> bool:
    """A news outlet: an organisation of one of the gazetteer's outlet kinds (mentions.json
    outlet_kinds), or one the gazetteer does not know whose name has a word of an outlet's own
    name (outlet_name_words: "told Ruritania TV in a phone call", "A's meeting with B, Q News
    reports", a masthead glued to a headline)."""
    kind = ctx.gz.kind_of(entity)
    if kind in ctx.words["outlet_kinds"]:
        return True
    return kind is None and entity.type == EntityType.ORGANIZATION \
        and any(w.lower() in ctx.words["outlet_name_words"] for w in entity.name.replace("-", " ").split())


def _force_state(fact: Fact, ctx: ArticleContext) -> Fact:
    """"The IDF struck X", "AFRICOM carried out an airstrike on X": a state's own armed forces
    (organizations.json kinds of mentions.json force_kinds, with their state as `country`) attack
    for that state, and the attack is the state's. Only the attacker is lifted: a force attacked
    is the target named ("strikes on the Revolutionary Guards"), and an attack on its own state
    is read as none."""
    if fact.relation != "ATTACKED" or fact.subject_type != EntityType.ORGANIZATION:
        return fact
    force = Entity(id=fact.subject_id, name=fact.subject, type=fact.subject_type)
    if ctx.gz.kind_of(force) not in ctx.words["force_kinds"]:
        return fact
    state = ctx.gz.country_of(force)
    if state is None or state.type != EntityType.STATE or state.id == fact.object_id:
        return fact
    return fact.model_copy(update={"subject": state.name, "subject_id": state.id, "subject_type": state.type})


def _censure_of_stateless_organ(fact: Fact) -> bool:
    """"The Foreign Ministry said the raid was a crime": a censure is between parties, and an organ
    whose state the text does not name (mentions.stateless_organ) is no party; the fact would
    name a ministry of no state, so none is read."""
    if fact.relation != "CONDEMNED":
        return False
    return any(stateless_organ(Entity(id=i, name=n, type=t)) for i, n, t in (
        (fact.subject_id, fact.subject, fact.subject_type), (fact.object_id, fact.object, fact.object_type)))

