"""Ask the graph: English question -> QuerySpec (parse) -> Answer (engine) -> table/JSON (render).

Importing this package must stay cheap (`kg query` start-up): no spaCy, networkx, neo4j or rich
at module level.
"""
from kg.query.engine import Answer, answer, describe_entity, explain
from kg.query.parse import QuerySpec, parse_question

__all__ = ["Answer", "QuerySpec", "answer", "describe_entity", "explain", "parse_question"]
