"""LOCATED_IN: where the cities an article names lie."""
from __future__ import annotations

from typing import TYPE_CHECKING

from schemas.models import EntityType, Fact, Modality

if TYPE_CHECKING:
    from ingest.relations.triggers import SentenceReader


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
