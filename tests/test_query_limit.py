"""`kg query --limit N` chooses its N answers inside the store (ORDER BY ... LIMIT), and they are
the first N rows of the whole answer: same rows, same order, on both stores.

The store holds generated articles (bench/facts.py: states and cities from the gazetteer, invented
persons, a few entities in many articles) so that the questions about the much-named ones have
far more answers than the limits asked for, with dates shared by many facts, symmetric meetings
seen from both ends and officials standing for their states.
"""
from __future__ import annotations

import re

import pytest

from bench.facts import Pool, results
from kg.query.engine import answer, explain
from kg.store.sqlite import SqliteStore

ARTICLES = 400
LIMITS = (1, 2, 7, 25)
POOL = Pool(persons=300)


def _questions() -> list[str]:
    p = [e.name for e in POOL.persons]
    s = [e.name for e in POOL.states]
    c = [e.name for e in POOL.cities]
    o = [e.name for e in POOL.orgs]
    return [
        f"who visited {s[0]}?", f"who visited {s[1]} in 2015?", f"which countries visited {s[0]}?",
        f"which countries visited {c[0]}?", f"who condemned {s[0]}?", f"whom did {p[0]} meet?",
        f"who met {s[0]}?", f"who met {s[1]} in 2015?", f"which countries met {s[0]}?",
        f"what did {p[0]} do?", f"what did {s[0]} do?", f"timeline of {s[0]}", f"timeline of {s[2]} in 2015",
        f"who attacked {s[0]}?", f"who did {s[0]} condemn?", f"which people visited {s[0]}?",
        f"whom did {o[0]} meet?", f"who plans to visit {s[0]}?",
    ]


QUESTIONS = _questions()


@pytest.fixture(scope="module")
def generated():
    return list(results(0, ARTICLES, POOL))


@pytest.fixture(scope="module")
def lite(generated, tmp_path_factory):
    store = SqliteStore(tmp_path_factory.mktemp("limit") / "kg.db")
    store.merge_many(generated)
    yield store
    store.close()


def _limit_queries(store, question: str, limit: int) -> list[dict]:
    """The `limit` parameters of the queries a limited answer ran."""
    mark = len(store.executed)
    answer(store, question, limit=limit)
    return [params["limit"] for _, params in store.executed[mark:] if "limit" in params]


def _check_limited_answers(store) -> int:
    """Every question, every limit: the limited rows are the first rows of the whole answer.
    Returns how many (question, limit) pairs had more answers than the limit."""
    cut = 0
    for question in QUESTIONS:
        whole = answer(store, question).rows
        for limit in LIMITS:
            assert answer(store, question, limit=limit).rows == whole[:limit], (question, limit)
            cut += len(whole) > limit
    return cut


def test_a_limited_answer_is_the_first_rows_of_the_whole_one(lite):
    cut = _check_limited_answers(lite)
    assert cut >= len(QUESTIONS) * 2  # most questions have more answers than the small limits


def test_a_corrected_article_moves_its_facts_in_the_limited_answers(generated, tmp_path):
    """An article written again with other facts: the facts it no longer states lose its dates
    (or go), and the limited answers still are the first rows of the whole ones."""
    store = SqliteStore(tmp_path / "kg.db")
    store.merge_many(generated)
    from kg.store.base import WriteOutcome

    for result in generated[:40]:
        kept = result.facts[len(result.facts) // 2:]
        article = result.article.model_copy(update={"text": result.article.text + " Corrected."})
        fewer = result.model_copy(update={"article": article, "facts": kept})
        assert store.write(fewer) == WriteOutcome.UPDATED
    _check_limited_answers(store)
    store.close()


def test_the_limit_is_applied_inside_the_store(lite):
    question = f"who visited {POOL.states[0].name}?"
    whole = answer(lite, question).rows
    assert len(whole) > 40
    limits = _limit_queries(lite, question, 5)
    # the store was asked for a few facts, never for all of them
    assert limits and max(limits) < len(whole)


def test_explain_names_the_index_the_limited_query_used(lite):
    ans = answer(lite, f"who visited {POOL.states[0].name}?", limit=5, plans=True)
    block = next(b for b in explain(ans) if "LIMIT :limit" in b)
    # each visited place's facts are read in date order from the index, a range stopped after N
    assert "SEARCH f USING INDEX facts_at_object (object_id=? AND relation=? AND modality=?)" in block
    assert "USE TEMP B-TREE FOR RIGHT PART OF ORDER BY" in block  # names only break date ties
    assert "SCAN f" not in block and "SCAN fact_evidence" not in block
    ans = answer(lite, f"whom did {POOL.persons[0].name} meet?", limit=5, plans=True)
    block = next(b for b in explain(ans) if "LIMIT :limit" in b)
    assert "SEARCH f USING INDEX facts_at_subject (subject_id=? AND relation=? AND modality=?)" in block
    assert "SEARCH f USING INDEX facts_at_object (object_id=? AND relation=? AND modality=?)" in block
    # a date range: the facts from the index, each one's evidence in the range by its fact id
    ans = answer(lite, f"who visited {POOL.states[1].name} in 2015?", limit=5, plans=True)
    block = next(b for b in explain(ans) if "LIMIT :limit" in b)
    # (a fact first dated after the range is not read at all)
    assert "SEARCH f USING INDEX facts_at_object (object_id=? AND relation=? AND modality=? AND sort_date<?)" in block
    assert "SEARCH e USING INDEX fact_evidence_key (fact_n=?)" in block
    assert "SCAN f" not in block and "SCAN e" not in block and "SCAN fact_evidence" not in block


@pytest.fixture(scope="module")
def neo(generated, neo4j_credentials):
    from kg.store.neo4j import Neo4jStore
    from tests.neo4j_server import reset_database

    uri, user, password = neo4j_credentials
    store = Neo4jStore(uri, user, password)
    reset_database(store.driver)
    store.close()
    store = Neo4jStore(uri, user, password)
    store.merge_many(generated)
    # The planner costs a seek against a scan from index samples, which still describe the data of
    # earlier tests on this server (reset_database emptied it); resample and replan, as the
    # server's background sampler does for a store some time after it is loaded.
    with store.driver.session() as session:
        session.run("CALL db.prepareForReplanning(120000)").consume()
    yield store
    store.close()


@pytest.mark.neo4j
def test_neo4j_limited_answers_are_the_first_rows_and_the_same_as_sqlite(neo, lite):
    assert _check_limited_answers(neo) >= len(QUESTIONS) * 2
    for question in QUESTIONS:
        for limit in (3, 25):
            assert answer(neo, question, limit=limit).rows == answer(lite, question, limit=limit).rows, question


@pytest.mark.neo4j
def test_neo4j_limit_is_applied_inside_the_store_and_explained(neo):
    question = f"who visited {POOL.states[0].name}?"
    whole = answer(neo, question).rows
    limits = _limit_queries(neo, question, 5)
    assert limits and max(limits) < len(whole)
    ans = answer(neo, question, limit=5, plans=True)
    block = next(b for b in explain(ans) if "LIMIT $limit" in b)
    # the named entities are found through the :Entity(id) constraint's index, the first N kept
    # by a bounded sort (Top), not by sorting everything
    # (a list of one id is planned as "id = $object_ids[0]", of several as "id IN $object_ids":
    # which the named state gets depends on whether the generated store holds one of its cities)
    assert re.search(r"NodeUniqueIndexSeek UNIQUE o:Entity\(id\) WHERE id (IN \$object_ids|= \$object_ids\[0\])",
                     block), block
    assert "Top `d IS NULL` ASC" in block, block
    # the evidence is read for the N facts kept, by a seek on their relationship ids
    block = next(b for b in explain(ans) if "elementId(r) = rid" in b)
    assert "RelationshipByElementIdSeek" in block, block


@pytest.fixture
def scan_every_relation(monkeypatch):
    """The Neo4j store reads every named entity's facts off the relations' first_seen indexes, as it
    does for the entities most articles name on a large store (the small store here has none
    much-named enough for the store to choose it by itself)."""
    import kg.store.neo4j as neo4j_module

    monkeypatch.setattr(neo4j_module, "SCAN_MIN_DEGREE", 1)
    monkeypatch.setattr(neo4j_module, "SCAN_ADVANTAGE", 0)


@pytest.mark.neo4j
def test_neo4j_answers_read_off_the_date_indexes_are_the_same(neo, lite, scan_every_relation):
    assert _check_limited_answers(neo) >= len(QUESTIONS) * 2
    for question in QUESTIONS:
        for limit in (3, 25):
            assert answer(neo, question, limit=limit).rows == answer(lite, question, limit=limit).rows, question


@pytest.mark.neo4j
def test_neo4j_explain_shows_the_date_index_read_in_order(neo, scan_every_relation):
    ans = answer(neo, f"who visited {POOL.states[0].name}?", limit=5, plans=True)
    block = next(b for b in explain(ans) if "LIMIT $limit" in b)
    # the facts come off the relation's first_seen index in date order; names only break date ties
    assert "DirectedRelationshipIndexSeekByRange RANGE INDEX (s)-[r:VISITED(first_seen)]->(o)" in block, block
    assert "PartialTop d ASC" in block, block
    assert "Expand(All)" not in block, block
    # how many facts the named entities have came from the degree and count stores, no fact read
    block = next(b for b in explain(ans) if "RETURN degrees" in b)
    assert "getDegree((e)<-[:VISITED]-())" in block and "RelationshipCountFromCountStore" in block, block
    # a symmetric relation, either end named, each relation its own index: the timeline
    ans = answer(neo, f"timeline of {POOL.states[0].name}", limit=5, plans=True)
    block = next(b for b in explain(ans) if "LIMIT $limit" in b)
    for rel in ("VISITED", "MET_WITH", "HOLDS_ROLE"):
        assert f"RANGE INDEX (s)-[r:{rel}(first_seen)]->(o)" in block, (rel, block)


@pytest.mark.neo4j
def test_neo4j_schema_has_a_date_index_per_relation(neo):
    from schemas import RELATIONS

    with neo.driver.session() as session:
        indexed = {(r["types"][0], tuple(r["properties"])) for r in session.run(
            "SHOW INDEXES YIELD type, entityType, labelsOrTypes AS types, properties, state "
            "WHERE entityType = 'RELATIONSHIP' AND type = 'RANGE' AND state = 'ONLINE' RETURN types, properties")}
    for rel in RELATIONS:
        assert (rel.name, ("first_seen",)) in indexed, rel.name


def _holders_in(generated, state) -> int:
    """How many distinct asserted HOLDS_ROLE facts of the generated articles name `state` as the
    state served: counted from the articles, not by a store."""
    return len({f.key() for r in generated for f in r.facts
                if f.relation == "HOLDS_ROLE" and f.object_id == state.id and f.modality.value == "asserted"})


def _check_limited_profile(store, generated) -> None:
    from kg.query.render import render_text

    state = POOL.states[0]
    question = f"who is {state.name}?"
    whole = answer(store, question).profile[0]
    total = _holders_in(generated, state)
    assert total > 10 and whole["role_holders_total"] == len(whole["role_holders"]) == total
    # listed in answer order: by date, the undated last
    firsts = [(not h["dates"], h["dates"][0] if h["dates"] else "") for h in whole["role_holders"]]
    assert firsts == sorted(firsts)
    for limit in (1, 3, 7):
        limited = answer(store, question, limit=limit)
        profile = limited.profile[0]
        assert profile["role_holders"] == whole["role_holders"][:limit], limit
        assert profile["role_holders_total"] == total, limit  # all counted, only the first listed
        assert {k: v for k, v in profile.items() if k not in ("role_holders",)} == {
            k: v for k, v in whole.items() if k not in ("role_holders",)}
    assert f"... and {total - 3} more role holder(s) ({total} in all)" in render_text(
        answer(store, question, limit=3), width=200)
    assert "more role holder" not in render_text(answer(store, question), width=200)


def test_a_limited_profile_lists_the_first_role_holders_and_counts_them_all(lite, generated):
    _check_limited_profile(lite, generated)


@pytest.mark.neo4j
def test_neo4j_limited_profile_lists_the_first_role_holders_and_counts_them_all(neo, lite, generated):
    _check_limited_profile(neo, generated)
    question = f"who is {POOL.states[0].name}?"
    for limit in (None, 3):
        assert answer(neo, question, limit=limit).profile == answer(lite, question, limit=limit).profile


def test_which_countries_reads_only_the_places_among_the_answers_whole(lite, monkeypatch):
    _check_which_countries_reads(lite, monkeypatch)


@pytest.mark.neo4j
def test_neo4j_which_countries_reads_only_the_places_whole_and_the_officials_states_as_pairs(neo, lite, monkeypatch):
    question = f"which countries visited {POOL.states[0].name}?"
    for limit in (None, 5):
        assert answer(neo, question, limit=limit).rows == answer(lite, question, limit=limit).rows
    _check_which_countries_reads(neo, monkeypatch)
    ans = answer(neo, question, limit=5)
    # the states the officials serve: their ids and names, not the role facts with their articles
    roles = [q for q, _ in ans.executed if "HOLDS_ROLE" in q and "$subject_ids" in q]
    assert roles and all("WITH DISTINCT s, o" in q and "article_ids" not in q for q in roles), roles


def _check_which_countries_reads(lite, monkeypatch) -> None:
    """An official among the answers stands for the states it serves: the names on the facts read
    are all a row shows of the official and of those states; only places are read whole (where
    they lie)."""
    asked: list[list[str]] = []
    real = lite.get_entities

    def spy(ids, articles=True):
        asked.append(list(ids))
        return real(ids, articles=articles)

    def spy_one(entity_id):
        asked.append([entity_id])
        return real_one(entity_id)

    real_one = lite.get_entity
    question = f"which countries visited {POOL.states[0].name}?"
    whole = answer(lite, question).rows
    monkeypatch.setattr(lite, "get_entities", spy)
    monkeypatch.setattr(lite, "get_entity", spy_one)
    for limit in (None, 5):
        rows = answer(lite, question, limit=limit).rows
        assert rows == whole[:limit]
    assert any(r["via"] for r in whole)  # officials answered for their states
    assert all(not i.startswith(("person:", "state:")) for ids in asked for i in ids), asked


@pytest.mark.neo4j
def test_neo4j_profile_counts_articles_and_holders_and_reads_evidence_for_the_rows_only(neo, lite):
    question = f"who is {POOL.states[0].name}?"
    ans = answer(neo, question, limit=3, plans=True)
    assert ans.profile == answer(lite, question, limit=3).profile
    assert ans.rows == answer(lite, question, limit=3).rows == answer(neo, question).rows[:3]
    assert ans.profile[0]["articles"] > 20 and len(ans.profile[0]["role_holders"]) == 3
    blocks = explain(ans)
    # the articles are counted off the node's degree, not listed
    assert any("getDegree((e)<-[:MENTIONS]-())" in b for b in blocks), blocks
    assert not any("collect(article_id)" in b for b in blocks), blocks
    # the holders are counted in the server, none returned by the count
    count = [b for b in blocks if "count(r) AS n" in b]
    assert len(count) == 1 and "$object_ids" in count[0], blocks
    # the state's own roles and its first 3 holders are read without their sentences; only the 3
    # facts shown read with them
    bare = [b for b in blocks if "r.article_ids" in b]
    full = [b for b in blocks if "r.evidence," in b]
    assert len(bare) == 2 and not any("evidence" in b.split("-- params")[0] for b in bare), blocks
    assert any('"rids"' in b and "elementId(r) = rid" in b for b in bare), blocks
    assert len(full) == 1 and "elementId(r) = rid" in full[0], blocks
    # every read of the holders' relationships that returns them is a limited one
    for b in blocks:
        query = b.split("-- params")[0]
        if "$object_ids" in query and "HOLDS_ROLE" in query and "count(r)" not in query and "degrees" not in query:
            assert "LIMIT $limit" in query, b


@pytest.mark.neo4j
def test_neo4j_connections_read_the_facts_of_the_kept_paths_only(neo, lite):
    from kg.store.neo4j import MAX_PATHS

    pairs = [(POOL.persons[0].name, POOL.states[0].name), (POOL.persons[1].name, POOL.persons[2].name),
             (POOL.persons[9].name, POOL.states[6].name), (POOL.states[27].name, POOL.persons[15].name)]
    most = 0
    for source, target in pairs:
        question = f"how is {source} connected to {target}?"
        ans = answer(neo, question, plans=True)
        assert ans.paths == answer(lite, question).paths, question
        most = max(most, len(ans.paths))
        search = next(b for b in explain(ans) if "allShortestPaths" in b)
        assert "evidence" not in search.split("-- params")[0], search  # ids only: no sentence of any path
    assert most == MAX_PATHS  # some pair has more shortest paths than are kept


def test_a_many_row_neo4j_query_is_received_as_one_list():
    from kg.store.neo4j import collected

    text, names = collected("UNWIND $rids AS rid MATCH (s)-[r]->(o) RETURN rid, r.fact_id AS fact_id, "
                            "[l IN labels(s) WHERE l <> 'Entity'] AS labels, coalesce(r.title, '') AS title")
    assert text == ("UNWIND $rids AS rid MATCH (s)-[r]->(o) RETURN collect([rid, r.fact_id, "
                    "[l IN labels(s) WHERE l <> 'Entity'], coalesce(r.title, '')]) AS rows")
    assert names == ["rid", "fact_id", "labels", "title"]
    with pytest.raises(ValueError):
        collected("MATCH (n) RETURN n.id")
