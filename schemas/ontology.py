"""The relation ontology, read from schemas/data/relations.json (knowledge is data)."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel

_DATA = Path(__file__).parent / "data" / "relations.json"


class Relation(BaseModel):
    name: str
    description: str
    subject_types: list[str]
    object_types: list[str]
    symmetric: bool = False
    cameo: list[str] = []
    default_cameo: str | None = None
    question_verbs: list[str] = []
    reverse_question_verbs: list[str] = []


@lru_cache(maxsize=1)
def _load() -> dict[str, Relation]:
    raw = json.loads(_DATA.read_text(encoding="utf-8"))
    return {item["name"]: Relation(**item) for item in raw["relations"]}


class _Relations:
    def __getitem__(self, name: str) -> Relation:
        return _load()[name]

    def __iter__(self):
        return iter(_load().values())

    def __contains__(self, name: object) -> bool:
        return name in _load()

    def names(self) -> list[str]:
        return list(_load())


RELATIONS = _Relations()


def relation(name: str) -> Relation:
    try:
        return _load()[name]
    except KeyError:
        raise KeyError(f"unknown relation {name!r}; known: {', '.join(_load())}") from None
