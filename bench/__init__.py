"""Benchmarks for `kg` (issue 12): a synthetic corpus builder and one script per figure.

Nothing here is imported by `kg` or `ingest`; run the scripts with `python -m bench.<name>`.
"""
