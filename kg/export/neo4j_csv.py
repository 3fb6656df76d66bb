"""CSV in the header format of `neo4j-admin database import full`, for graphs too big for MERGE.

The files build the graph `kg ingest --store neo4j://...` builds: entities (`:Person;Entity`, ...),
articles, `(:Article)-[:MENTIONS]->(:Entity)` and one relationship per stored fact (its `fact_id`
the store's), with typed columns (`weight:int`, `first_date:date`, `aliases:string[]`). Arrays
(and the `:LABEL` column) are separated by U+001F, which no sentence contains:

    neo4j-admin database import full neo4j --array-delimiter=U+001F \\
        --nodes=entities.csv --nodes=articles.csv --relationships=mentions.csv --relationships=facts.csv

(`import.txt` in the directory has the exact command.) With LOAD CSV, split arrays on U+001F too.
"""
from __future__ import annotations

import csv
from pathlib import Path

ARRAY = "\x1f"
FILES = ("entities.csv", "articles.csv", "mentions.csv", "facts.csv")
COMMAND = ("neo4j-admin database import full neo4j --array-delimiter=U+001F "
           "--nodes=entities.csv --nodes=articles.csv --relationships=mentions.csv --relationships=facts.csv\n")

_ENTITY_FIXED = ["id:ID(Entity)", ":LABEL", "name:string", "aliases:string[]", "articles:int",
                 "latitude:double", "longitude:double", "first_date:date"]
_NEO4J_TYPES = {"boolean": "boolean", "integer": "long", "double": "double", "string": "string"}
_FACT_COLUMNS = ["fact_id:string", ":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "modality:string",
                 "title:string", "cameo:string", "confidence:double", "weight:int", "dates:string[]",
                 "first_date:date", "last_date:date", "dated_by:string", "article_ids:string[]",
                 "evidence:string[]"]


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ARRAY.join(str(v) for v in value)
    return str(value)


def _writer(path: Path):
    handle = open(path, "w", encoding="utf-8", newline="")
    return handle, csv.writer(handle, lineterminator="\n")


def write(graph, out: Path) -> None:
    from kg.export.flat import kind_of

    out.mkdir(parents=True, exist_ok=True)
    own = {"label", "name", "type", "aliases", "articles", "article_ids", "latitude", "longitude", "first_date",
           "r", "g", "b", "size", "degree", "geo"}
    extra: dict[str, str] = {}
    for _, data in graph.nodes(data=True):
        for name, value in data.items():
            if name not in own and isinstance(value, (str, int, float, bool)):
                extra.setdefault(name, _NEO4J_TYPES[kind_of(value)])
    extra = dict(sorted(extra.items()))
    handle, writer = _writer(out / "entities.csv")
    with handle:
        writer.writerow(_ENTITY_FIXED + [f"{n}:{t}" for n, t in extra.items()])
        for node, data in graph.nodes(data=True):
            writer.writerow([node, ARRAY.join([data["type"], "Entity"]), data["name"], _cell(data["aliases"]),
                             data["articles"], _cell(data.get("latitude")), _cell(data.get("longitude")),
                             _cell(data.get("first_date"))] + [_cell(data.get(n)) for n in extra])

    articles = graph.graph.get("articles", [])
    handle, writer = _writer(out / "articles.csv")
    with handle:
        writer.writerow(["id:ID(Article)", ":LABEL", "title:string", "url:string", "published:date",
                         "source:string", "fingerprint:string"])
        for article in articles:
            published = (article.get("published") or "")[:10]
            writer.writerow([article["id"], "Article", _cell(article.get("title")), _cell(article.get("url")),
                             published, _cell(article.get("source")), article["fingerprint"]])

    known = {a["id"] for a in articles}
    handle, writer = _writer(out / "mentions.csv")
    with handle:
        writer.writerow([":START_ID(Article)", ":END_ID(Entity)", ":TYPE"])
        for node, data in graph.nodes(data=True):
            for article_id in data["article_ids"]:
                if article_id in known:
                    writer.writerow([article_id, node, "MENTIONS"])

    handle, writer = _writer(out / "facts.csv")
    with handle:
        writer.writerow(_FACT_COLUMNS)
        for source, target, key, data in graph.edges(keys=True, data=True):
            writer.writerow([key, source, target, data["relation"], data["modality"], _cell(data.get("title")),
                             _cell(data.get("cameo")), _cell(data.get("confidence")), data["weight"],
                             _cell(data.get("dates")), _cell(data.get("first_date")), _cell(data.get("last_date")),
                             _cell(data.get("dated_by")), _cell(data["article_ids"]),
                             _cell([e["sentence"].replace(ARRAY, " ") for e in data.get("evidence", [])])])
    (out / "import.txt").write_text(COMMAND, encoding="utf-8")
