"""The Neo4j store against a real server: what a user browsing the graph or re-ingesting sees.

The articles are written here by hand (wire-copy style, our own sentences) so every expected value
below was read off the text, not off the code's output.
"""
from __future__ import annotations


import pytest

from kg.store.base import FactFilter, WriteOutcome
from schemas import Article, Entity, EntityType, ExtractionResult
from tests.builders import article, fact

pytestmark = pytest.mark.neo4j

P, S, C, O, PL = EntityType.PERSON, EntityType.STATE, EntityType.CITY, EntityType.ORGANIZATION, EntityType.PLACE

LAVROV = Entity.make("Sergei Lavrov", P, aliases=["Lavrov"])
KIM = Entity.make("Kim Jong Un", P, aliases=["Kim Jong-un", "Kim"])
CHOE = Entity.make("Choe Son Hui", P, aliases=["Choe"])
PYONGYANG = Entity.make("Pyongyang", C)
RUSSIA = Entity.make("Russia", S, aliases=["Moscow"], attributes={"iso": "RU"})
NORTH_KOREA = Entity.make("North Korea", S, aliases=["DPRK", "the North"], attributes={"iso": "KP"})
BLINKEN = Entity.make("Antony Blinken", P, aliases=["Blinken"])
SEOUL = Entity.make("Seoul", C)
UN = Entity.make("United Nations", O, aliases=["UN"])


def corpus() -> list[ExtractionResult]:
    """Five short articles: a fact reported twice, a symmetric fact in both orientations, roles,
    planned and negated facts, partial dates, an endpoint missing from the entity list."""
    s1 = "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday for a two-day visit."
    s2 = "Lavrov held talks with North Korean leader Kim Jong Un, state media said."
    a1 = article("wire-001", f"{s1} {s2}", "2024-10-16", "Lavrov in Pyongyang")
    r1 = ExtractionResult(article=a1, entities=[LAVROV, PYONGYANG, KIM], facts=[
        fact(a1, LAVROV, "VISITED", PYONGYANG, s1, date="2024-10-16", confidence=0.9, cameo="042"),
        fact(a1, LAVROV, "MET_WITH", KIM, s2, date="2024-10-16", confidence=0.85, cameo="040"),
    ])

    t1 = "Kim Jong-un received the Russian foreign minister in Pyongyang, the official news agency reported."
    t2 = "Sergei Lavrov's trip to Pyongyang was his second this year."
    t3 = "Choe Son Hui, North Korea's Foreign Minister, is expected to visit Moscow in November."
    a2 = article("wire-002", f"{t1} {t2} {t3}", "2024-10-17")
    r2 = ExtractionResult(article=a2, entities=[KIM, LAVROV, PYONGYANG, CHOE, NORTH_KOREA, RUSSIA], facts=[
        fact(a2, KIM, "MET_WITH", LAVROV, t1, date="2024-10-16", confidence=0.7, cameo="043"),
        fact(a2, LAVROV, "VISITED", PYONGYANG, t2, date="2024", confidence=0.6),
        fact(a2, CHOE, "HOLDS_ROLE", NORTH_KOREA, t3, title="Foreign Minister", confidence=0.95),
        fact(a2, CHOE, "VISITED", RUSSIA, t3, date="2024-11", modality="planned", confidence=0.75),
    ])

    u1 = "U.S. Secretary of State Antony Blinken did not travel to Pyongyang, officials in Seoul said."
    u2 = "Blinken met South Korean officials in Seoul on Thursday."
    a3 = article("wire-003", f"{u1} {u2}", "2024-10-17")
    r3 = ExtractionResult(article=a3, entities=[BLINKEN, PYONGYANG, SEOUL], facts=[
        fact(a3, BLINKEN, "VISITED", PYONGYANG, u1, modality="negated", confidence=0.8),
        fact(a3, BLINKEN, "VISITED", SEOUL, u2, date="2024-10-17", cameo="042"),
        fact(a3, BLINKEN, "VISITED", SEOUL, u2, date="2024-10-17", confidence=0.95, cameo="043"),
    ])

    v1 = "The United Nations condemned North Korea's missile launches in 2024."
    v2 = "Pyongyang is the capital of North Korea."
    a4 = article("wire-004", f"{v1} {v2}")
    # North Korea is named in the facts but missing from the entity list: it must still get a node.
    r4 = ExtractionResult(article=a4, entities=[UN, PYONGYANG], facts=[
        fact(a4, UN, "CONDEMNED", NORTH_KOREA, v1, date="2024", cameo="111"),
        fact(a4, PYONGYANG, "LOCATED_IN", NORTH_KOREA, v2, confidence=0.99),
    ])

    w1 = "Russia and North Korea pledged to deepen their strategic partnership in June 2024."
    a5 = article("wire-005", w1, "2024-06-20")
    r5 = ExtractionResult(article=a5, entities=[NORTH_KOREA, RUSSIA], facts=[
        fact(a5, NORTH_KOREA, "ALLIED_WITH", RUSSIA, w1, date="2024-06", cameo="057"),
    ])
    return [r1, r2, r3, r4, r5]


def graph_counts(store) -> dict:
    """What a user sees in Neo4j Browser: nodes by label, relationships by type."""
    with store.driver.session(database=store.database) as session:
        nodes = {r["label"]: r["n"] for r in session.run(
            "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n")}
        rels = {r["type"]: r["n"] for r in session.run(
            "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")}
    return {"nodes": nodes, "relationships": rels}


def rel_props(store) -> list[dict]:
    with store.driver.session(database=store.database) as session:
        rows = session.run(
            "MATCH (s)-[r]->(o) WHERE type(r) <> 'MENTIONS' "
            "RETURN s.id AS s, type(r) AS type, o.id AS o, properties(r) AS props ORDER BY s, type, o")
        return [dict(r) for r in rows]


@pytest.fixture
def neo4j_store(neo4j_credentials):
    """A Neo4jStore on an emptied database (no nodes, no constraints, no indexes)."""
    from kg.store.neo4j import Neo4jStore
    from tests.neo4j_server import reset_database

    uri, user, password = neo4j_credentials
    store = Neo4jStore(uri, user, password)
    reset_database(store.driver)
    store.close()
    store = Neo4jStore(uri, user, password)
    yield store
    store.close()


def test_writing_the_same_articles_twice_changes_nothing(neo4j_store):
    results = corpus()
    assert [neo4j_store.write(r) for r in results] == [WriteOutcome.NEW] * 5
    counts, props = graph_counts(neo4j_store), rel_props(neo4j_store)
    assert counts["nodes"]["Article"] == 5
    # Lavrov, Kim, Choe, Blinken; Pyongyang, Seoul; Russia, North Korea; the UN
    assert counts["nodes"]["Entity"] == 9
    assert [neo4j_store.write(r) for r in results] == [WriteOutcome.UNCHANGED] * 5
    assert graph_counts(neo4j_store) == counts
    assert rel_props(neo4j_store) == props


def test_the_contract_schema(neo4j_store):
    for result in corpus():
        neo4j_store.write(result)
    with neo4j_store.driver.session() as session:
        labels = session.run("MATCH (e {id: $id}) RETURN labels(e) AS l, e.name AS name, e.aliases AS aliases",
                             id=KIM.id).single()
        assert set(labels["l"]) == {"Person", "Entity"}
        assert labels["name"] == "Kim Jong Un"
        assert set(labels["aliases"]) >= {"Kim Jong-un", "Kim"}
        constraints = {(r["labels"][0], r["properties"][0]) for r in session.run(
            "SHOW CONSTRAINTS YIELD type, labelsOrTypes AS labels, properties WHERE type CONTAINS 'UNIQUENESS' "
            "RETURN labels, properties")}
        assert {("Entity", "id"), ("Article", "id")} <= constraints
        visited = session.run(
            "MATCH (:Person {id: $s})-[r:VISITED]->(:City {id: $o}) RETURN properties(r) AS p",
            s=LAVROV.id, o=PYONGYANG.id).single()["p"]
        for key in ("dates", "modality", "confidence", "cameo", "article_ids", "evidence", "first_seen", "last_seen"):
            assert key in visited, key
        mentioned = {r["id"] for r in session.run(
            "MATCH (:Article {id: 'wire-004'})-[:MENTIONS]->(e:Entity) RETURN e.id AS id")}
        assert mentioned == {UN.id, PYONGYANG.id, NORTH_KOREA.id}
        nk = session.run("MATCH (e:State:Entity {id: $id}) RETURN e.iso AS iso", id=NORTH_KOREA.id).single()
        assert nk["iso"] == "KP"  # attributes are flattened onto the node


def test_one_fact_from_two_articles_is_one_relationship_with_both_provenances(neo4j_store):
    for result in corpus():
        neo4j_store.write(result)
    with neo4j_store.driver.session() as session:
        rows = list(session.run(
            "MATCH (:Entity {id: $s})-[r:VISITED]->(:Entity {id: $o}) RETURN properties(r) AS p",
            s=LAVROV.id, o=PYONGYANG.id))
    assert len(rows) == 1
    props = rows[0]["p"]
    assert props["article_ids"] == ["wire-001", "wire-002"]
    assert props["evidence"] == [
        "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Wednesday for a two-day visit.",
        "Sergei Lavrov's trip to Pyongyang was his second this year.",
    ]
    assert props["dates"] == ["2024", "2024-10-16"]
    assert props["first_seen"] == "2024" and props["last_seen"] == "2024-10-16"
    assert props["confidence"] == pytest.approx(0.9)
    [stored] = neo4j_store.facts(FactFilter(subject_ids=[LAVROV.id], relations=["VISITED"]))
    assert [e.article_id for e in stored.evidence] == ["wire-001", "wire-002"]
    assert stored.evidence[1].source == "wire/wire-002.txt"


def test_a_symmetric_fact_is_stored_once_and_found_from_either_side(neo4j_store):
    for result in corpus():
        neo4j_store.write(result)
    with neo4j_store.driver.session() as session:
        rows = list(session.run(
            "MATCH (a:Entity {id: $a})-[r:MET_WITH]-(b:Entity {id: $b}) "
            "RETURN startNode(r).id AS start, r.article_ids AS articles, r.dates AS dates",
            a=KIM.id, b=LAVROV.id))
    # an undirected match finds it once from each end: one relationship
    assert len({(r["start"], tuple(r["articles"])) for r in rows}) == 1
    assert rows[0]["start"] == min(KIM.id, LAVROV.id)
    assert rows[0]["articles"] == ["wire-001", "wire-002"]
    assert rows[0]["dates"] == ["2024-10-16"]


def test_arrival_order_does_not_change_the_graph(neo4j_credentials):
    from kg.store.neo4j import Neo4jStore
    from tests.neo4j_server import reset_database

    uri, user, password = neo4j_credentials
    snapshots = []
    for order in (corpus(), list(reversed(corpus())), [corpus()[i] for i in (2, 0, 4, 1, 3)]):
        with Neo4jStore(uri, user, password) as store:
            reset_database(store.driver)
        with Neo4jStore(uri, user, password) as store:
            for result in order:
                store.write(result)
            snapshots.append((store.all_entities(), store.all_facts(), store.stats(), rel_props(store)))
    assert snapshots[0] == snapshots[1] == snapshots[2]


def test_the_same_fact_twice_in_one_sentence_keeps_the_strongest_reading(neo4j_store):
    for result in corpus():
        neo4j_store.write(result)
    [seoul] = neo4j_store.facts(FactFilter(subject_ids=[BLINKEN.id], object_ids=[SEOUL.id]))
    assert len(seoul.evidence) == 1
    assert seoul.confidence == pytest.approx(0.95)
    assert seoul.cameo == "042"


def test_a_corrected_article_replaces_its_old_contribution(neo4j_store):
    results = corpus()
    for result in results:
        neo4j_store.write(result)
    # wire-002 corrected: Choe's trip and role sentence withdrawn, the Kim meeting kept.
    t1 = "Kim Jong-un received the Russian foreign minister in Pyongyang, the official news agency reported."
    a2 = article("wire-002", t1 + " The visit ended on Thursday.", "2024-10-17")
    corrected = ExtractionResult(article=a2, entities=[KIM, LAVROV, PYONGYANG], facts=[
        fact(a2, KIM, "MET_WITH", LAVROV, t1, date="2024-10-16", confidence=0.7),
    ])
    assert neo4j_store.write(corrected) == WriteOutcome.UPDATED
    assert neo4j_store.get_entity(CHOE.id) is None  # nothing mentions Choe any more
    assert neo4j_store.facts(FactFilter(relations=["HOLDS_ROLE"])) == []
    [visit] = neo4j_store.facts(FactFilter(subject_ids=[LAVROV.id], object_ids=[PYONGYANG.id]))
    assert visit.article_ids == ["wire-001"] and visit.dates == ["2024-10-16"]
    assert neo4j_store.get_entity(RUSSIA.id).article_ids == ["wire-005"]


def test_updated_equals_written_fresh(neo4j_credentials):
    from kg.store.neo4j import Neo4jStore
    from tests.neo4j_server import reset_database

    uri, user, password = neo4j_credentials
    results = corpus()
    a2 = article("wire-002", "Kim Jong-un received Lavrov. The visit ended on Thursday.", "2024-10-17")
    corrected = ExtractionResult(article=a2, entities=[KIM, LAVROV], facts=[
        fact(a2, KIM, "MET_WITH", LAVROV, "Kim Jong-un received Lavrov.", date="2024-10-16"),
    ])
    views = []
    for sequence in (results + [corrected], [results[0], corrected, *results[2:]]):
        with Neo4jStore(uri, user, password) as store:
            reset_database(store.driver)
        with Neo4jStore(uri, user, password) as store:
            for result in sequence:
                store.write(result)
            views.append((store.all_entities(), store.all_facts(), store.stats(), graph_counts(store)))
    assert views[0] == views[1]


HOSTILE = [
    '"}) DETACH DELETE n //',
    "'; DROP TABLE facts; --",
    "O'Brien \"the \\\"Hammer\\\"\" {braces} `backticks` $param \\u0000 \\\\",
    "MATCH (n) DETACH DELETE n",
]


def test_hostile_strings_are_stored_verbatim_and_delete_nothing(neo4j_store):
    for result in corpus():
        neo4j_store.write(result)
    before = graph_counts(neo4j_store)
    results = []
    for i, text in enumerate(HOSTILE):
        person = Entity.make(f"Agent {i} {text}", P, aliases=[text], attributes={"note": text})
        sentence = f"Agent {i} {text} visited Pyongyang."
        art = article(f"hostile-{i}", sentence + " " + text)
        art = Article(**{**art.model_dump(), "title": text, "url": f"http://example.org/{text}"})
        results.append(ExtractionResult(article=art, entities=[person, PYONGYANG], facts=[
            fact(art, person, "VISITED", PYONGYANG, sentence, date="2024-10-18")]))
    for result in results:
        assert neo4j_store.write(result) == WriteOutcome.NEW
    after = graph_counts(neo4j_store)
    assert after["nodes"]["Article"] == before["nodes"]["Article"] + len(HOSTILE)
    assert after["nodes"]["Entity"] == before["nodes"]["Entity"] + len(HOSTILE)
    assert after["relationships"]["VISITED"] == before["relationships"]["VISITED"] + len(HOSTILE)
    for i, (text, result) in enumerate(zip(HOSTILE, results)):
        person = result.entities[0]
        stored = neo4j_store.get_entity(person.id)
        assert stored.name == f"Agent {i} {text}"
        assert text in stored.aliases
        assert stored.attributes == {"note": text}
        [visit] = neo4j_store.facts(FactFilter(subject_ids=[person.id]))
        assert visit.evidence[0].sentence == f"Agent {i} {text} visited Pyongyang."
        assert visit.subject == f"Agent {i} {text}"
    stored_articles = {a.id: a for a in neo4j_store.articles()}
    assert stored_articles["hostile-1"].title == HOSTILE[1]
    # the text round-trips exactly
    by_id = {r.article.id: r for r in neo4j_store.article_results()}
    assert by_id["hostile-2"].article.text == results[2].article.text
    # corpus facts are all still there
    assert len(neo4j_store.facts(FactFilter(either_ids=[LAVROV.id]))) == 2


def test_names_are_found_however_they_are_spelled(neo4j_store):
    for result in corpus():
        neo4j_store.write(result)
    for spelling in ("Kim Jong-un", "KIM JONG UN", "kim jong un", "Kim"):
        assert [e.id for e in neo4j_store.find_entities(spelling)] == [KIM.id], spelling
    assert [e.id for e in neo4j_store.find_entities("the DPRK")] == [NORTH_KOREA.id]
    assert neo4j_store.find_entities("Atlantis") == []
    assert (KIM.id, "Kim Jong-un") in neo4j_store.entity_names()
    nk = neo4j_store.get_entity(NORTH_KOREA.id)
    assert nk.name == "North Korea" and nk.type == "State"
    assert nk.attributes == {"iso": "KP"}
    assert nk.article_ids == ["wire-002", "wire-004", "wire-005"]


def test_fact_filters(neo4j_store):
    for result in corpus():
        neo4j_store.write(result)

    def described(where):
        return sorted((f.subject, f.relation, f.object, f.modality) for f in neo4j_store.facts(where))

    assert described(FactFilter(modalities=["planned"])) == [("Choe Son Hui", "VISITED", "Russia", "planned")]
    assert described(FactFilter(modalities=["negated"])) == [("Antony Blinken", "VISITED", "Pyongyang", "negated")]
    # October 2024: the visit (2024-10-16, also "2024"), the meeting, Blinken in Seoul, and facts
    # dated only "2024" (their year overlaps October)
    october = described(FactFilter(date_from="2024-10", date_to="2024-10"))
    assert october == [
        ("Antony Blinken", "VISITED", "Seoul", "asserted"),
        ("Kim Jong Un", "MET_WITH", "Sergei Lavrov", "asserted"),
        ("Sergei Lavrov", "VISITED", "Pyongyang", "asserted"),
        ("United Nations", "CONDEMNED", "North Korea", "asserted"),
    ]
    # from November 1st: the planned trip (2024-11), and everything dated only "2024"
    assert described(FactFilter(date_from="2024-11-01")) == [
        ("Choe Son Hui", "VISITED", "Russia", "planned"),
        ("Sergei Lavrov", "VISITED", "Pyongyang", "asserted"),
        ("United Nations", "CONDEMNED", "North Korea", "asserted"),
    ]
    assert described(FactFilter(either_ids=[RUSSIA.id])) == [
        ("Choe Son Hui", "VISITED", "Russia", "planned"),
        ("North Korea", "ALLIED_WITH", "Russia", "asserted"),
    ]
    [role] = neo4j_store.facts(FactFilter(relations=["HOLDS_ROLE"]))
    assert role.title == "Foreign Minister" and role.object == "North Korea"


def test_shortest_paths_link_entities_through_facts(neo4j_store):
    for result in corpus():
        neo4j_store.write(result)
    paths = neo4j_store.shortest_paths(BLINKEN.id, KIM.id, max_hops=4)
    # Blinken -(did not visit)- Pyongyang -(visited)- Lavrov -(met)- Kim: three hops
    assert [[(f.subject, f.relation, f.object) for f in path] for path in paths] == [[
        ("Antony Blinken", "VISITED", "Pyongyang"),
        ("Sergei Lavrov", "VISITED", "Pyongyang"),
        ("Kim Jong Un", "MET_WITH", "Sergei Lavrov"),
    ]]
    assert neo4j_store.shortest_paths(BLINKEN.id, KIM.id, max_hops=2) == []
    assert neo4j_store.shortest_paths(KIM.id, KIM.id) == []


def test_stats_and_articles(neo4j_store):
    for result in corpus():
        neo4j_store.write(result)
    stats = neo4j_store.stats()
    assert stats["articles"] == {"total": 5}
    assert stats["entities"] == {"City": 2, "Organization": 1, "Person": 4, "State": 2}
    assert stats["facts"] == {"ALLIED_WITH": 1, "CONDEMNED": 1, "HOLDS_ROLE": 1, "LOCATED_IN": 1,
                              "MET_WITH": 1, "VISITED": 4}
    articles = neo4j_store.articles()
    assert [a.id for a in articles] == ["wire-001", "wire-002", "wire-003", "wire-004", "wire-005"]
    assert articles[0].title == "Lavrov in Pyongyang" and articles[0].published == "2024-10-16"
    assert neo4j_store.article_fingerprint("wire-001") == corpus()[0].article.fingerprint
    assert neo4j_store.article_fingerprint("nope") is None


def test_article_results_give_back_what_was_written(neo4j_store):
    results = corpus()
    for result in results:
        neo4j_store.write(result)
    back = {r.article.id: r for r in neo4j_store.article_results()}
    assert sorted(back) == [r.article.id for r in results]
    for original in results:
        replay = back[original.article.id]
        assert replay.article == original.article
        assert replay.entities == original.entities
        assert sorted(f.model_dump_json() for f in replay.facts) == sorted(f.model_dump_json() for f in original.facts)


def test_browser_sees_dates_as_dates_and_no_bookkeeping_blobs(neo4j_store):
    import datetime as dt

    for result in corpus():
        neo4j_store.write(result)
    with neo4j_store.driver.session() as session:
        visited = session.run(
            "MATCH (:Entity {id: $s})-[r:VISITED]->(:Entity {id: $o}) RETURN properties(r) AS p",
            s=LAVROV.id, o=PYONGYANG.id).single()["p"]
        # dates "2024" and "2024-10-16": the fact may lie anywhere in 2024
        assert visited["first_date"].to_native() == dt.date(2024, 1, 1)
        assert visited["last_date"].to_native() == dt.date(2024, 12, 31)
        assert "contributions" not in visited
        # Cypher can filter on them with date()
        planned = [r["s"] for r in session.run(
            "MATCH (s)-[r:VISITED]->() WHERE r.first_date >= date('2024-11-01') RETURN s.id AS s")]
        assert planned == [CHOE.id]  # the November plan; undated and October visits fall outside
        empty = session.run(
            "MATCH ()-[r]->() UNWIND keys(r) AS k WITH r, k WHERE valueType(r[k]) STARTS WITH 'LIST' "
            "UNWIND r[k] AS item WITH k, item WHERE item = '' RETURN count(*) AS n").single()["n"]
        assert empty == 0
        role = session.run("MATCH (:Entity {id: $s})-[r:HOLDS_ROLE]->() RETURN properties(r) AS p",
                           s=CHOE.id).single()["p"]
        assert "first_date" not in role and role["dates"] == []  # undated: no date, no placeholder


def test_a_batch_merge_gives_the_graph_of_single_writes(neo4j_credentials):
    from kg.store.neo4j import Neo4jStore
    from tests.neo4j_server import reset_database

    uri, user, password = neo4j_credentials
    snapshots = []
    for how in ("one by one", "batched", "batched twice, small batches"):
        with Neo4jStore(uri, user, password) as store:
            reset_database(store.driver)
        with Neo4jStore(uri, user, password) as store:
            if how == "one by one":
                outcomes = [store.write(r) for r in corpus()]
            elif how == "batched":
                outcomes = store.merge_many(list(reversed(corpus())))[::-1]
            else:
                outcomes = store.merge_many(corpus() + corpus(), batch_size=3)
                assert outcomes[5:] == [WriteOutcome.UNCHANGED] * 5
                outcomes = outcomes[:5]
            assert outcomes == [WriteOutcome.NEW] * 5
            snapshots.append((store.all_entities(), store.all_facts(), store.stats(), rel_props(store),
                              graph_counts(store)))
    assert snapshots[0] == snapshots[1] == snapshots[2]


def test_a_bad_article_in_a_batch_load_keeps_the_batches_before_it(neo4j_store):
    """Batches are written while the next one is read and prepared: an article naming a relation
    kg does not know still stops the load where it stands, with every full batch before it
    stored and nothing of the batch it is in."""
    good = corpus()
    a6 = article("wire-006", "An invented sentence for an unknown relation.", "2024-10-20")
    unknown = fact(a6, LAVROV, "VISITED", PYONGYANG, "An invented sentence for an unknown relation.")
    bad = ExtractionResult.model_construct(article=a6, entities=[LAVROV, PYONGYANG], facts=[
        unknown.model_copy(update={"relation": "BEFRIENDED"})])
    with pytest.raises(ValueError, match="BEFRIENDED"):
        neo4j_store.merge_many(good[:4] + [bad] + good[4:], batch_size=2)
    stored = {a.id for a in neo4j_store.articles()}
    assert stored == {r.article.id for r in good[:4]}
    # the load run again without the bad article completes it, as if in one go
    assert neo4j_store.merge_many(good, batch_size=2) == [WriteOutcome.UNCHANGED] * 4 + [WriteOutcome.NEW]


def test_explain_shows_the_plan_starting_from_an_index_seek(neo4j_store):
    from kg.query.engine import answer, explain

    for result in corpus():
        neo4j_store.write(result)
    ans = answer(neo4j_store, "who visited Pyongyang?", plans=True)
    assert [r["subject"] for r in ans.rows] == ["Sergei Lavrov"]
    facts_block = next(b for b in explain(ans) if "-[r:VISITED]->" in b)
    assert "NodeUniqueIndexSeek" in facts_block  # from the named entity, on the :Entity(id) constraint
    assert "AllNodesScan" not in facts_block and "NodeByLabelScan" not in facts_block


def test_a_graph_written_by_the_previous_version_is_upgraded_on_open(neo4j_store, neo4j_credentials):
    """Before, each relationship kept every article's readings in a growing `contributions` JSON
    string. Opening such a graph moves them to the current places once; answers stay the same."""
    import json

    from kg.store.neo4j import Neo4jStore

    for result in corpus():
        neo4j_store.write(result)
    before = (neo4j_store.all_facts(), neo4j_store.all_entities(), list(neo4j_store.article_results()))
    with neo4j_store.driver.session() as session:  # rewrite the graph into the old shape
        articles = {r["id"]: r for r in session.run(
            "MATCH (a:Article) RETURN a.id AS id, a.source AS source, a.contribution AS c")}
        old: dict = {}
        for aid, row in articles.items():
            for entry in json.loads(row["c"]):
                old.setdefault(entry["fact_id"], {})[aid] = {"source": row["source"], "instances": entry["instances"]}
        session.run(
            "UNWIND $rows AS row MATCH ()-[r {fact_id: row.id}]->() "
            "SET r.contributions = row.c, r.evidence_dates = [''] "
            "REMOVE r.readings, r.first_date, r.last_date, r.evidence_articles",
            rows=[{"id": fid, "c": json.dumps(c)} for fid, c in old.items()]).consume()
        session.run("MATCH (a:Article) REMOVE a.contribution").consume()
        session.run("DROP INDEX kg_article_published").consume()
    uri, user, password = neo4j_credentials
    with Neo4jStore(uri, user, password) as reopened:
        assert (reopened.all_facts(), reopened.all_entities(), list(reopened.article_results())) == before
        with reopened.driver.session() as session:
            left = session.run("MATCH ()-[r]->() WHERE r.contributions IS NOT NULL OR r.evidence_dates IS NOT NULL "
                               "RETURN count(r) AS n").single()["n"]
        assert left == 0


def test_two_processes_writing_the_same_article_at_once_store_it_once(neo4j_store, neo4j_credentials):
    """Two connections write each article at the same moment (as two `kg ingest` of the same files
    do): one reports it new, the other unchanged, and the graph is the one a single write makes.
    Found by the soak (tests/test_soak.py): both used to report it new."""
    import threading

    from kg.store.neo4j import Neo4jStore

    results = corpus()
    other = Neo4jStore(*neo4j_credentials)
    outcomes: list[WriteOutcome] = []
    try:
        for result in results:
            barrier = threading.Barrier(2)

            def write(store, result=result, barrier=barrier):
                barrier.wait()
                outcomes.append(store.write(result))

            threads = [threading.Thread(target=write, args=(s,)) for s in (neo4j_store, other)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
    finally:
        other.close()
    assert sorted(o.value for o in outcomes) == ["new"] * 5 + ["unchanged"] * 5
    concurrent = graph_counts(neo4j_store), rel_props(neo4j_store)
    reset_neo4j = Neo4jStore(*neo4j_credentials)
    try:
        from tests.neo4j_server import reset_database

        reset_database(reset_neo4j.driver)
    finally:
        reset_neo4j.close()
    single = Neo4jStore(*neo4j_credentials)
    try:
        assert [single.write(r) for r in results] == [WriteOutcome.NEW] * 5
        assert (graph_counts(single), rel_props(single)) == concurrent
    finally:
        single.close()


def _wait_until_a_transaction_is_blocked(store, attempts: int = 600) -> None:
    """Until Neo4j lists a transaction waiting for a lock another one holds (SHOW TRANSACTIONS)."""
    import time

    for _ in range(attempts):
        with store.driver.session() as session:
            statuses = [r["status"] for r in session.run("SHOW TRANSACTIONS YIELD status RETURN status")]
        if any(s.startswith("Blocked") for s in statuses):
            return
        time.sleep(0.1)
    raise AssertionError(f"no transaction waited for a lock; statuses: {statuses}")


def test_two_writers_interleaved_give_the_graph_of_one_writer(neo4j_store, neo4j_credentials):
    """Two `kg ingest` writing different articles about the same entity and fact: the second
    writer's transaction runs while the first's is open, uncommitted. The graph must be the one a
    single writer makes: the entity has the spellings of all three articles, the fact their three
    readings. Found by the soak (tests/test_soak.py): the second writer read the entity and the fact
    before the first committed and wrote back its own version, dropping the first's alias and
    reading."""
    import threading

    from kg.store.neo4j import Neo4jStore, _article_payload, _write_batch
    from tests.neo4j_server import reset_database

    ru = Entity.make("Russia", S)
    s0 = "Russia and North Korea signed a defence pact in Pyongyang on Wednesday."
    s1 = "Russia and the DPRK agreed on Thursday to hold joint exercises."
    s2 = "Moscow and the North will deepen their partnership, Russia said on Friday."
    a0, a1, a2 = (article(f"pact-{i}", s, "2024-06-2" + str(i)) for i, s in enumerate((s0, s1, s2)))
    nk0 = Entity.make("North Korea", S)
    nk1 = Entity.make("North Korea", S, aliases=["DPRK"])
    nk2 = Entity.make("North Korea", S, aliases=["the North"])
    results = [
        ExtractionResult(article=a0, entities=[ru, nk0], facts=[
            fact(a0, ru, "ALLIED_WITH", nk0, s0, date="2024-06-19", confidence=0.7)]),
        ExtractionResult(article=a1, entities=[ru, nk1], facts=[
            fact(a1, ru, "ALLIED_WITH", nk1, s1, date="2024-06-20", confidence=0.8)]),
        ExtractionResult(article=a2, entities=[ru, nk2], facts=[
            fact(a2, ru, "ALLIED_WITH", nk2, s2, date="2024-06-21", confidence=0.9)]),
    ]
    assert neo4j_store.write(results[0]) == WriteOutcome.NEW
    other = Neo4jStore(*neo4j_credentials)
    outcome: list = []
    try:
        with neo4j_store.driver.session() as session:
            first = session.begin_transaction()
            assert _write_batch(first, [_article_payload(results[1])]) == [WriteOutcome.NEW]
            second = threading.Thread(target=lambda: outcome.append(other.write(results[2])))
            second.start()
            _wait_until_a_transaction_is_blocked(neo4j_store)  # the second waits for the first's locks
            first.commit()
            second.join()
    finally:
        other.close()
    assert outcome == [WriteOutcome.NEW]
    [nk] = neo4j_store.get_entities([nk0.id])
    assert nk.name == "North Korea" and sorted(nk.aliases) == ["DPRK", "the North"]
    [allied] = neo4j_store.facts(FactFilter(subject_ids=[nk0.id], relations=["ALLIED_WITH"])) or \
        neo4j_store.facts(FactFilter(object_ids=[nk0.id], relations=["ALLIED_WITH"]))
    assert [e.article_id for e in allied.evidence] == ["pact-0", "pact-1", "pact-2"]
    assert allied.dates == ["2024-06-19", "2024-06-20", "2024-06-21"]
    interleaved = graph_counts(neo4j_store), rel_props(neo4j_store), neo4j_store.all_entities()

    reset_database(neo4j_store.driver)
    with Neo4jStore(*neo4j_credentials) as single:
        assert [single.write(r) for r in results] == [WriteOutcome.NEW] * 3
        assert (graph_counts(single), rel_props(single), single.all_entities()) == interleaved


def test_an_entity_taken_out_while_another_writer_names_it_is_written_again(neo4j_store, neo4j_credentials):
    """A corrected article no longer names an entity no other article names, so its transaction
    deletes the node, while a second writer's article names it: whichever commits first, the
    entity ends up in the graph with the second article's mention, as a single writer leaves it."""
    import threading

    from kg.store.neo4j import Neo4jStore, _article_payload, _write_batch
    from tests.neo4j_server import reset_database

    fr, de = Entity.make("France", S), Entity.make("Germany", S)
    be, lux = Entity.make("Belgium", S), Entity.make("Luxembourg", S)
    s0 = "France and Luxembourg signed a border treaty on Monday."
    s1 = "France and Germany signed a border treaty on Monday."
    s2 = "Belgium and Luxembourg signed a rail agreement on Tuesday."
    a0 = article("treaty-1", s0, "2024-03-04")
    a0_fixed = article("treaty-1", s1, "2024-03-04")  # the same article, corrected
    a2 = article("rail-2", s2, "2024-03-05")
    original = ExtractionResult(article=a0, entities=[fr, lux], facts=[fact(a0, fr, "ALLIED_WITH", lux, s0)])
    corrected = ExtractionResult(article=a0_fixed, entities=[fr, de], facts=[
        fact(a0_fixed, fr, "ALLIED_WITH", de, s1)])
    # Belgium, new, comes first in id order and is not locked by the first writer: the second writer
    # takes it, then finds Luxembourg's node and waits for its lock while the first deletes it
    rail = ExtractionResult(article=a2, entities=[be, lux], facts=[fact(a2, be, "ALLIED_WITH", lux, s2)])
    assert neo4j_store.write(original) == WriteOutcome.NEW
    other = Neo4jStore(*neo4j_credentials)
    outcome: list = []
    try:
        with neo4j_store.driver.session() as session:
            first = session.begin_transaction()
            assert _write_batch(first, [_article_payload(corrected)]) == [WriteOutcome.UPDATED]
            second = threading.Thread(target=lambda: outcome.append(other.write(rail)))
            second.start()
            _wait_until_a_transaction_is_blocked(neo4j_store)
            first.commit()
            second.join()
    finally:
        other.close()
    assert outcome == [WriteOutcome.NEW]
    interleaved = graph_counts(neo4j_store), rel_props(neo4j_store), neo4j_store.all_entities()
    assert {e.id for e in interleaved[2]} == {fr.id, de.id, be.id, lux.id}

    reset_database(neo4j_store.driver)
    with Neo4jStore(*neo4j_credentials) as single:
        for result in (original, corrected, rail):
            single.write(result)
        assert (graph_counts(single), rel_props(single), single.all_entities()) == interleaved
