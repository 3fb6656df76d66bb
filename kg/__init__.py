"""kg: the store, the queries, the exports and the CLI of the geopolitical knowledge graph."""
__version__ = "0.1.0"
