"""Ask the graph: English question -> QuerySpec (parse) -> Answer (engine) -> table/JSON (render).

Importing this package must stay cheap (`kg query` start-up): no spaCy, networkx, neo4j or rich
at module level.
"""
from kg.query.engine import Answer, answer, explain
from kg.query.parse import QuerySpec, parse_question

__all__ = ["Answer", "QuerySpec", "answer", "explain", "parse_question"]
