"""Facts as a test states them: by the names a reader would use, relation and direction
(either direction for the symmetric relations)."""
from __future__ import annotations

import datetime as dt

from schemas.names import fold_name

#: The article date the wire-style test sentences are written against: a Friday, so "on
#: Monday" is 4 March, "on Tuesday" the 5th, "on Sunday" the 3rd.
WIRE_DAY = dt.date(2024, 3, 8)

SYMMETRIC = {"MET_WITH", "ALLIED_WITH"}


def find(facts, subject: str, relation: str, obj: str) -> list:
    s, o = fold_name(subject), fold_name(obj)
    return [f for f in facts if f.relation == relation and fold_name(f.subject) == s and fold_name(f.object) == o]


def one(facts, subject: str, relation: str, obj: str):
    """The one fact subject-relation-object (either way round for a symmetric relation)."""
    found = find(facts, subject, relation, obj)
    if relation in SYMMETRIC and fold_name(subject) != fold_name(obj):
        found += find(facts, obj, relation, subject)
    assert len(found) == 1, (subject, relation, obj, [(f.subject, f.relation, f.object) for f in facts])
    return found[0]


def pairs(facts, relation: str) -> set[tuple[str, str]]:
    """The (subject, object) names of every fact of one relation, for a test that asks who did
    it to whom ("no attack read", "not Russia on Moldova") rather than for one fact."""
    return {(f.subject, f.object) for f in facts if f.relation == relation}


def with_relation(facts, relation: str) -> list:
    """Every fact of one relation, for a test that reads their titles, dates or modalities."""
    return [f for f in facts if f.relation == relation]


def named(facts) -> set[str]:
    """Every subject and object name the facts use, for a test that asks whether a name (a
    mangled one, a place read as a person) appears at all."""
    return {n for f in facts for n in (f.subject, f.object)}


def posts_of(facts, surname: str) -> set[str]:
    """The employers of every post held by a person with this family name, for a test that asks
    whether a state or body was (or was not) read as the employer."""
    return {f.object for f in with_relation(facts, "HOLDS_ROLE") if f.subject.split()[-1] == surname}
