#!/usr/bin/env python
"""`kg load` into Neo4j against a bare `UNWIND $rows CREATE` of the same rows, same server.

Target (issue 12): kg's rate at least 0.5x the bare rate. Both runs load the same generated
articles (bench/facts.py, no NLP) in batches of the same size, one transaction per batch, into an
emptied database with kg's constraints and indexes in place:

- kg: Neo4jStore.merge_many (what `kg load` / `kg ingest` call): MERGE on the constrained keys,
  reads of the stored aggregates it folds into, the aggregation itself;
- bare: the final graph computed beforehand in Python (not timed), then per batch only
  `UNWIND $rows CREATE` of its articles, its new entities, its MENTIONS and its new fact
  relationships with their final properties: no MERGE, no reads, no aggregation.

The server is started as the tests start it (tests/neo4j_server.py: NEO4J_URI if set, else a
private Neo4j 5.26 from neo4j/launcher on free ports).

    .venv/bin/python bench/neo4j_load_rate.py [--articles 2000] [--batch 200]
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.facts import Pool, results  # noqa: E402
from kg.store.aggregate import aggregate_entity, article_fact_readings, article_mentions  # noqa: E402
from kg.store.neo4j import Neo4jStore, _article_payload, _mention_row, entity_properties, fact_properties  # noqa: E402
from tests.neo4j_server import reset_database, running_neo4j  # noqa: E402

TARGET = 0.5
# A server tuned for throughput rather than start-up (the tests' default is a quick start): full
# JIT, a page cache that holds the graph. Set the variables yourself to measure another set-up.
os.environ.setdefault("KG_NEO4J_FAST_START", "0")
os.environ.setdefault("KG_NEO4J_PAGECACHE_MB", "512")
os.environ.setdefault("KG_NEO4J_HEAP", "2g")


def bare_batches(batch_results: list[list]) -> list[dict]:
    """Per batch, the rows a bare CREATE load sends: the final graph, each node and relationship
    created in the batch that first names it."""
    mentions: dict[str, list] = defaultdict(list)
    readings: dict[str, list] = defaultdict(list)
    keys: dict[str, object] = {}
    for batch in batch_results:
        for result in batch:
            for m in article_mentions(result).values():
                mentions[m.entity_id].append(m)
            for f in article_fact_readings(result):
                readings[f.fact_id].extend(f.readings)
                keys.setdefault(f.fact_id, f)
    seen_entities: set[str] = set()
    seen_facts: set[str] = set()
    out = []
    for batch in batch_results:
        rows: dict = {"articles": [], "entities": defaultdict(list), "mentions": [], "facts": defaultdict(list)}
        for result in batch:
            payload = _article_payload(result)
            rows["articles"].append(payload["article"])
            for m in payload["mentions"].values():
                rows["mentions"].append(_mention_row(result.article.id, m))
                if m.entity_id not in seen_entities:
                    seen_entities.add(m.entity_id)
                    agg = aggregate_entity(m.entity_id, mentions[m.entity_id])
                    assert agg is not None
                    rows["entities"][agg.type].append(entity_properties(agg))
            for f in payload["facts"]:
                if f.fact_id not in seen_facts:
                    seen_facts.add(f.fact_id)
                    props = fact_properties(f.fact_id, f.modality, f.title, readings[f.fact_id])
                    rows["facts"][f.relation].append({"s": f.subject_id, "o": f.object_id, "props": props})
        out.append(rows)
    return out


def bare_load(store: Neo4jStore, batches: list[dict]) -> None:
    def work(tx, rows: dict) -> None:
        tx.run("UNWIND $rows AS row CREATE (a:Article) SET a = row", rows=rows["articles"]).consume()
        for label, entities in sorted(rows["entities"].items()):
            tx.run(f"UNWIND $rows AS row CREATE (e:Entity:{label}) SET e = row", rows=entities).consume()
        tx.run("UNWIND $rows AS row MATCH (a:Article {id: row.a}) MATCH (e:Entity {id: row.e}) "
               "CREATE (a)-[m:MENTIONS]->(e) SET m = row.props", rows=rows["mentions"]).consume()
        for rel, facts in sorted(rows["facts"].items()):
            tx.run(f"UNWIND $rows AS row MATCH (s:Entity {{id: row.s}}) MATCH (o:Entity {{id: row.o}}) "
                   f"CREATE (s)-[r:{rel}]->(o) SET r = row.props", rows=facts).consume()

    with store.driver.session() as session:
        for rows in batches:
            session.execute_write(work, rows)


def counts(store: Neo4jStore) -> tuple[int, int]:
    with store.driver.session() as session:
        nodes = session.run("MATCH (n) RETURN count(n) AS n").single()["n"]
        rels = session.run("MATCH ()-[r]->() RETURN count(r) AS n").single()["n"]
    return nodes, rels


def fresh(uri: str, user: str, password: str) -> Neo4jStore:
    with Neo4jStore(uri, user, password) as store:
        reset_database(store.driver)
    return Neo4jStore(uri, user, password)  # creates kg's constraints and indexes again


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=2, help="alternate kg and bare this many times")
    args = parser.parse_args()
    pool = Pool()
    all_results = list(results(0, args.articles, pool))
    batches = [all_results[i:i + args.batch] for i in range(0, len(all_results), args.batch)]
    bare_rows = bare_batches(batches)
    facts = sum(len(r.facts) for r in all_results)
    kg_times, bare_times = [], []
    with running_neo4j() as (uri, user, password):
        for _ in range(args.rounds):
            store = fresh(uri, user, password)
            t0 = time.perf_counter()
            store.merge_many(all_results, batch_size=args.batch)
            kg_times.append(time.perf_counter() - t0)
            kg_graph = counts(store)
            store.close()

            store = fresh(uri, user, password)
            t0 = time.perf_counter()
            bare_load(store, bare_rows)
            bare_times.append(time.perf_counter() - t0)
            bare_graph = counts(store)
            store.close()
            if kg_graph != bare_graph:
                print(f"warning: graphs differ: kg {kg_graph}, bare {bare_graph}")
    kg_rate = args.articles / min(kg_times)
    bare_rate = args.articles / min(bare_times)
    ratio = kg_rate / bare_rate
    print(f"{args.articles} articles, {facts} facts, batches of {args.batch}; graph {kg_graph[0]} nodes, "
          f"{kg_graph[1]} relationships")
    print(f"kg merge_many: {kg_rate:.0f} articles/s (best of {args.rounds}: {min(kg_times):.2f} s)")
    print(f"bare UNWIND CREATE: {bare_rate:.0f} articles/s (best of {args.rounds}: {min(bare_times):.2f} s)")
    print(f"rate ratio kg / bare: {ratio:.2f} (target >= {TARGET}: {'meets' if ratio >= TARGET else 'misses'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
