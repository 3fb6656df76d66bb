"""The records that flow from loader to extractor to resolver to store.

They are plain pydantic models so every step can be run, tested and serialised on its own:
an ExtractionResult is all a store needs, and it depends on nothing but its article.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from schemas.dates import DATE_PATTERN
from schemas.names import entity_id


class EntityType(str, Enum):
    PERSON = "Person"
    STATE = "State"
    ORGANIZATION = "Organization"
    CITY = "City"
    PLACE = "Place"
    EVENT = "Event"


class Modality(str, Enum):
    ASSERTED = "asserted"
    PLANNED = "planned"
    NEGATED = "negated"


def normalise_text_for_identity(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def article_id_for_text(text: str) -> str:
    """Identity of an article without an id: a hash of its normalised text (contract)."""
    digest = hashlib.sha256(normalise_text_for_identity(text).encode("utf-8")).hexdigest()
    return digest[:16]


class Article(BaseModel):
    """One cleaned article, ready for extraction."""

    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    source: str = Field(description="file path, 'path:line' for JSON Lines, or '-' for stdin")
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_within: tuple[dt.date, dt.date] | None = Field(
        default=None, description="the first and last day `published` can mean when the input gives "
        "only a month or a year (ISO 8601 reduced precision: '2021-08', '2021'); `published` is then "
        "None, since no one day is known")
    outlet: str | None = Field(default=None, description="the `source` field of JSON input")
    dateline: str | None = Field(default=None, description="the filing place of the wire dateline "
                                 "cleaning cut off, as printed: what 'here' in the text means")
    filed: dt.date | None = Field(default=None, description="the day the wire dateline gives when it "
                                  "is a day or few before `published`: what 'today' in the text means")

    @property
    def fingerprint(self) -> str:
        """Hash of the normalised text: tells a re-ingest (unchanged) from a corrected article."""
        return article_id_for_text(self.text)


class Evidence(BaseModel):
    model_config = ConfigDict(frozen=True)

    article_id: str
    sentence: str
    start: int = Field(ge=0, description="character offset of the sentence in the article text")
    end: int = Field(ge=0)


class Entity(BaseModel):
    """A resolved real-world referent: one id and one canonical name, whatever the spelling."""

    id: str
    name: str
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    attributes: dict[str, str | float | int | None] = Field(default_factory=dict)

    @classmethod
    def make(cls, name: str, type: EntityType, **kw) -> Entity:
        return cls(id=entity_id(type.value, name), name=name, type=type, **kw)


class Fact(BaseModel):
    """One typed edge read from one sentence of one article."""

    subject_id: str
    subject: str
    subject_type: EntityType
    relation: str
    object_id: str
    object: str
    object_type: EntityType
    date: str | None = None
    modality: Modality = Modality.ASSERTED
    confidence: float = Field(default=0.8, ge=0.0, le=1.0)
    title: str | None = None
    cameo: str | None = None
    evidence: Evidence

    @field_validator("date")
    @classmethod
    def _date_shape(cls, value: str | None) -> str | None:
        if value is not None and not re.match(DATE_PATTERN, value):
            raise ValueError(f"date must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
        return value

    def key(self) -> tuple[str, str, str, str, str]:
        """What makes two facts the same fact, across sentences and articles."""
        from schemas.ontology import relation as lookup

        subject, obj = self.subject_id, self.object_id
        if lookup(self.relation).symmetric and obj < subject:
            subject, obj = obj, subject
        return (subject, self.relation, obj, self.modality.value, self.title or "")

    def contract_row(self, source: str | None = None) -> dict:
        """The fact JSON of the contract (one line of `kg extract --format jsonl`)."""
        return {
            "article": self.evidence.article_id,
            "source": source,
            "subject": self.subject,
            "subject_type": self.subject_type.value,
            "relation": self.relation,
            "object": self.object,
            "object_type": self.object_type.value,
            "date": self.date,
            "modality": self.modality.value,
            "confidence": round(self.confidence, 2),
            "title": self.title,
            "cameo": self.cameo,
            "evidence": self.evidence.sentence,
        }


class ExtractionResult(BaseModel):
    """Everything one article contributes to the graph; all a store needs to write it."""

    article: Article
    entities: list[Entity]
    facts: list[Fact]

    def contract_rows(self) -> list[dict]:
        return [fact.contract_row(self.article.source) for fact in self.facts]
