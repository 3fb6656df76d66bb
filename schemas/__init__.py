"""Typed data passed between the steps of kg: article -> entities -> facts -> store."""
from schemas.models import (
    Article,
    Entity,
    EntityType,
    Evidence,
    ExtractionResult,
    Fact,
    Modality,
)
from schemas.names import entity_id, fold_name, slugify
from schemas.ontology import RELATIONS, Relation, relation

__all__ = [
    "Article", "Entity", "EntityType", "Evidence", "ExtractionResult", "Fact", "Modality",
    "RELATIONS", "Relation", "relation", "entity_id", "fold_name", "slugify",
]
