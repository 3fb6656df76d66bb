"""LOCATED_IN: where the cities an article names lie."""
from __future__ import annotations

from ingest.relations.context import ArticleContext
from schemas.models import EntityType, Fact, Modality


def located_in(ctx: ArticleContext) -> list[Fact]:
    """City -> State for cities named literally, from the gazetteer's geography."""
    facts, seen = [], set()
    for m in ctx.res.mentions:
        if m.entity.type != EntityType.CITY or m.entity.id in seen:
            continue
        country = ctx.gz.country_of(m.entity)
        if country is None or country.type != EntityType.STATE:
            continue
        seen.add(m.entity.id)
        sent = ctx.sentence(m.start)
        facts.append(ctx.make_fact(m.entity, "LOCATED_IN", country, sent, Modality.ASSERTED,
                                      ctx.conf["located"]))
    return facts
