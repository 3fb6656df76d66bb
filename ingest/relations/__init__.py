"""Facts from the dependency parse: triggers (verbs and nouns of ingest/data/verbs.json) and the
entity mentions their arguments reach.

The reader works sentence by sentence and never guesses an argument it cannot reach through
the parse: precision matters more than recall for a knowledge graph people query. The
arguments are followed through the constructions wire copy uses all the time: coordination
("Russia and China"), apposition ("the leader of North Korea, Kim Jong Un"), actor nouns
standing for their state ("officials from Russia", "the Chinese side"), relative clauses,
passives with by-agents, control verbs ("welcomed X to visit Y") and possessive nominals
("Russia's invasion of Ukraine").

Modules: lexicon_data (verbs.json), arguments and paths (what a trigger reaches), triggers
(SentenceReader), meeting_places (who travelled to a meeting), roles (HOLDS_ROLE), visits
(travelling parties and visiting officials), blame ("X says Y was behind the attack"),
geography (LOCATED_IN), merge_facts.
"""
from __future__ import annotations

from ingest.relations.blame import BlameReader
from ingest.relations.geography import located_in
from ingest.relations.lexicon_data import lexicon, trigger_lemmas
from ingest.relations.merge_facts import merge
from ingest.relations.roles import RoleReader
from ingest.relations.triggers import SentenceReader
from ingest.relations.visits import PartyVisits
from ingest.resolve import GazetteerView, Resolution
from schemas.models import Fact

__all__ = ["read_facts", "lexicon", "trigger_lemmas"]


def read_facts(doc, res: Resolution, article, gz: GazetteerView) -> list[Fact]:
    reader = SentenceReader(doc, res, article, gz)
    roles = RoleReader(reader).read()
    reader.index_roles(roles)
    facts = [reader.lift_person_alliance(f) for f in reader.read()]
    facts += BlameReader(reader).read()
    facts = [f for f in facts if f is not None]
    parties = PartyVisits(reader)
    facts += parties.member_visits()
    facts += parties.official_visits(facts + roles)
    return merge(facts + roles + located_in(reader))
