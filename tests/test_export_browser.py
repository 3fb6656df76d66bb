"""What a Browser or `kg query` user is shown as a connection: asserted facts, unless nothing else
links the two, and then the planned or negated facts say what they are.

Also the shipped Browser favorites: each one that follows fact relationships keeps to asserted
facts unless it asks for a modality, and the committed zip is built from them. (They run against a
real Neo4j Browser in `make browser-check`.)
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from kg.query.engine import answer
from kg.store.sqlite import SqliteStore
from schemas import Entity, EntityType, ExtractionResult
from tests.builders import article, fact

ROOT = Path(__file__).resolve().parent.parent
FAVORITES = sorted((ROOT / "browser" / "favorites").glob("*.cypher"))
S, P = EntityType.STATE, EntityType.PERSON
ARDENIA = Entity.make("Ardenia", S)
BORVIA = Entity.make("Borvia", S)
CALMAR = Entity.make("Calmar", S)
DESK = Entity.make("Lena Desk", P)


@pytest.fixture
def store(tmp_path):
    s1 = "Ardenia did not send weapons to Borvia, its foreign ministry said."
    s2 = "Ardenia and Calmar signed a defence pact on Monday."
    s3 = "Calmar shipped artillery shells to Borvia in March."
    s4 = "Lena Desk will visit Calmar next week."
    a = article("w-1", " ".join((s1, s2, s3, s4)), "2024-04-05")
    result = ExtractionResult(article=a, entities=[ARDENIA, BORVIA, CALMAR, DESK], facts=[
        fact(a, ARDENIA, "AIDED", BORVIA, s1, modality="negated"),
        fact(a, ARDENIA, "ALLIED_WITH", CALMAR, s2, date="2024-04-01"),
        fact(a, CALMAR, "AIDED", BORVIA, s3, date="2024-03"),
        fact(a, DESK, "VISITED", CALMAR, s4, date="2024-04-12", modality="planned"),
    ])
    st = SqliteStore(tmp_path / "kg.db")
    st.write(result)
    yield st
    st.close()


def _hops(ans):
    return [[(r["subject"], r["relation"], r["object"], r["modality"]) for r in path] for path in ans.paths]


def test_connection_runs_through_asserted_facts_not_a_denial(store):
    # the direct link is "did not send weapons": the connection is the pact and Calmar's shells
    assert _hops(answer(store, "how is Ardenia connected to Borvia")) == [[
        ("Ardenia", "ALLIED_WITH", "Calmar", "asserted"), ("Calmar", "AIDED", "Borvia", "asserted")]]


def test_a_connection_only_planned_facts_make_is_shown_as_planned(store):
    hops = _hops(answer(store, "how is Lena Desk connected to Calmar"))
    assert hops == [[("Lena Desk", "VISITED", "Calmar", "planned")]]


RELATIONSHIP = re.compile(r"\[(\w*):(?:VISITED|MET_WITH|ALLIED_WITH|SANCTIONED_BY|CONDEMNED|AIDED|ATTACKED|"
                          r"HOLDS_ROLE|PARTICIPATED_IN|HOSTED|LOCATED_IN)")


@pytest.mark.parametrize("path", FAVORITES, ids=[p.stem for p in FAVORITES])
def test_favorites_keep_to_asserted_facts_unless_they_ask(path):
    text = path.read_text(encoding="utf-8")
    query = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    assert RELATIONSHIP.search(query) or "-[r]-" in query or "shortestPath" in query, "follows no fact"
    # every fact relationship the favorite follows is filtered on its modality: asserted, unless
    # the favorite's title says it shows the planned and negated ones
    title = text.splitlines()[0].lower()
    if "planned" in title or "negated" in title:
        assert "r.modality IN ['planned', 'negated']" in query, path.name
    else:
        assert "r.modality = 'asserted'" in query, f"{path.name} follows facts of any modality"


def test_the_committed_favorites_zip_is_up_to_date():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_browser_favorites.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
