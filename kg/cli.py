"""The `kg` command line.

Start-up cost matters (`kg --help` and `kg query` are run interactively, often), so this module
imports only typer at the top; spaCy, the stores, networkx and rich are imported inside the
commands that need them.
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from typing import List, Optional

import typer

app = typer.Typer(
    name="kg",
    help="Build a geopolitical knowledge graph from news articles and ask it questions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

STORE_HELP = (
    "Store URL: sqlite:///path/kg.db (default ./kg.db), neo4j://host:7687 or bolt://host:7687 "
    "(credentials from NEO4J_USERNAME / NEO4J_PASSWORD). Default: $KG_STORE."
)


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    table = "table"
    articles = "articles"


WORKERS_HELP = "Worker processes for extraction (default: the number of cores; 1: in this process)."
BATCH_HELP = "Articles per batch sent to a worker (through spaCy's nlp.pipe)."
QUIET_HELP = "No progress bar (it is drawn only when stderr is a terminal anyway)."


class QueryFormat(str, Enum):
    table = "table"
    json = "json"


class ExportFormat(str, Enum):
    graphml = "graphml"
    gexf = "gexf"
    json = "json"
    csv = "csv"


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _fail(exc: Exception) -> "typer.Exit":
    """One line on stderr for an expected failure; the exit code it carries."""
    from kg.errors import KgError

    if isinstance(exc, KgError):
        _err(f"error {exc}")
        return typer.Exit(exc.exit_code)
    raise exc


def _open_store(url: Optional[str]):
    from kg.store import open_store

    return open_store(url)


def _refuse_stdin_terminal(paths: List[str]) -> None:
    """`-` with nothing piped in would wait forever for typing; say what to do instead."""
    if "-" in paths and sys.stdin is not None and sys.stdin.isatty():
        _err("error [KG005] '-' reads articles from standard input, but nothing is piped in: "
             "use e.g. `cat article.txt | kg ingest -`")
        raise typer.Exit(2)


def _load_extractor():
    """The extractor, loading the spaCy model once; a missing model is a set-up error, not a crash."""
    from ingest.errors import DataError
    from ingest.nlp import ModelNotInstalled
    from ingest.pipeline import Extractor

    try:
        return Extractor()
    except (ModelNotInstalled, DataError) as exc:
        _err(f"error {exc}")
        raise typer.Exit(2)


def _workers(workers: Optional[int]) -> int:
    from kg.pool_start import default_workers

    return default_workers() if workers is None else workers


def _start_workers_early(workers: Optional[int], dask: Optional[str]) -> None:
    """With worker processes, their fork server starts loading the model at once, while this
    process imports its modules, opens the store and lists the inputs: called first."""
    from kg.pool_start import start_early

    start_early(_workers(workers), dask)


def _interrupted(bar, db) -> "typer.Exit":
    """Ctrl-C while writing: typer turns a KeyboardInterrupt into a silent exit 130 before main()
    sees it, so the user is told here that what committed is kept (each article is one
    transaction, each `kg load` batch one or more)."""
    bar.stop()
    db.close()
    _err("interrupted: articles already committed are kept")
    return typer.Exit(130)


def _setup_errors() -> tuple[type[Exception], ...]:
    """The set-up failures of an extraction run (evaluated only when something is raised, so the
    model's module is not imported for nothing)."""
    from ingest.errors import DataError
    from ingest.nlp import ModelNotInstalled

    return (ModelNotInstalled, DataError)


def _setup_error(exc: Exception) -> "typer.Exit":
    """A model or data file that is missing, or a Dask scheduler that cannot be reached: one
    line, exit 2 (the run cannot do its job; nothing is blamed on an article)."""
    from ingest.errors import DataError
    from ingest.nlp import ModelNotInstalled

    if isinstance(exc, (ModelNotInstalled, DataError)):
        _err(f"error {exc}")
        return typer.Exit(2)
    return _fail(exc)


def _mapped(items, workers: int, dask: Optional[str], batch_size: int, prepare=None):
    """The map step over `items` (listed inputs, articles and pass-through items), in input
    order; inputs are read in the worker processes when there are any."""
    from kg.parallel import map_items

    return map_items(items, workers=workers, dask=dask, batch_size=batch_size, prepare=prepare)


def _extraction_failure(mapped) -> str:
    from ingest.errors import InputErrorCode, LoadFailure

    return str(LoadFailure(mapped.article.source, InputErrorCode.EXTRACTION,
                           f"extraction failed: {mapped.error}"))


class _Unchanged:
    """An article the store already holds with the same text: not extracted again."""

    def __init__(self, article):
        self.article = article


def _summary(counts: dict, db) -> None:
    from schemas import Modality

    try:
        stats = db.stats()
    finally:
        db.close()
    entities = sum(stats.get("entities", {}).values())
    facts = sum(stats.get("facts", {}).values())
    # Facts as `kg stats` counts them (one per subject, relation, object, modality and role title),
    # by modality: `kg export` draws only the asserted ones (README, "Counting facts").
    modalities = stats.get("modalities", {})
    by_modality = ", ".join(f"{modalities.get(m.value, 0)} {m.value}" for m in Modality)
    typer.echo(
        f"articles: {counts['new']} new, {counts['updated']} updated, {counts['unchanged']} unchanged, "
        f"{counts['failed']} failed; store now holds {entities} entities, {facts} facts ({by_modality})"
    )


@app.command()
def ingest(
    paths: List[str] = typer.Argument(..., help="Files, directories (recursive) or - for stdin."),
    store: Optional[str] = typer.Option(None, "--store", help=STORE_HELP),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help=WORKERS_HELP),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help=BATCH_HELP),
    quiet: bool = typer.Option(False, "--quiet", "-q", help=QUIET_HELP),
) -> None:
    """Read articles, extract facts and merge them into the store (idempotent).

    The same as `kg extract --format articles` followed by `kg load`: articles are extracted in
    worker processes and merged by one writer, so the graph is the same whatever --workers."""
    _refuse_stdin_terminal(paths)
    _start_workers_early(workers, None)  # first: the model loads there while this process imports
    from ingest.errors import LoadFailure
    from ingest.loaders import iter_sources
    from kg.errors import KgError
    from kg.progress import ProgressBar
    from kg.store.base import WriteOutcome

    try:
        db = _open_store(store)
    except KgError as exc:
        raise _fail(exc)

    counts = {"new": 0, "updated": 0, "unchanged": 0, "failed": 0}

    def unchanged(item):
        """An article the store holds with the same text is not extracted again."""
        if not isinstance(item, LoadFailure) and db.article_fingerprint(item.id) == item.fingerprint:
            return _Unchanged(item)
        return item

    bar = ProgressBar.for_paths("ingesting", paths, quiet=quiet)
    try:
        with bar:
            for out in _mapped(iter_sources(paths, stdin=sys.stdin), _workers(workers), None, batch_size,
                               prepare=unchanged):
                if isinstance(out, LoadFailure):
                    counts["failed"] += 1
                    _err(str(out))
                    bar.advance(failed=True)
                elif isinstance(out, _Unchanged):
                    counts["unchanged"] += 1
                    bar.advance()
                elif out.error is not None:
                    counts["failed"] += 1
                    _err(_extraction_failure(out))
                    bar.advance(failed=True)
                else:
                    outcome = db.write(out.as_result())
                    counts[outcome.value if isinstance(outcome, WriteOutcome) else str(outcome)] += 1
                    bar.advance()
    except KgError as exc:
        db.close()
        raise _fail(exc)
    except KeyboardInterrupt:
        raise _interrupted(bar, db)
    except _setup_errors() as exc:
        db.close()
        raise _setup_error(exc)
    _summary(counts, db)
    if counts["failed"]:
        raise typer.Exit(1)


class _Parts:
    """`--out-dir`: `--format articles` lines in part files of at most `size` articles."""

    def __init__(self, directory: str, size: int):
        import os

        os.makedirs(directory, exist_ok=True)
        self.directory, self.size = directory, size
        self.index, self.lines, self.handle = 0, 0, None
        self.paths: list[str] = []

    def write(self, line: str) -> None:
        import os

        if self.handle is None or self.lines >= self.size:
            self.close()
            path = os.path.join(self.directory, f"part-{self.index:05d}.jsonl")
            self.index += 1
            self.handle = open(path, "w", encoding="utf-8")
            self.paths.append(path)
            self.lines = 0
        self.handle.write(line + "\n")
        self.lines += 1

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help="Files, directories (recursive) or - for stdin."),
    fmt: ExtractFormat = typer.Option(
        ExtractFormat.jsonl, "--format",
        help="jsonl (one fact a line), json, table, or articles (one article a line with its "
             "entities, facts and evidence: the input of `kg load`)."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1,
                                          help=WORKERS_HELP + " With --dask local: the cluster's workers."),
    dask: Optional[str] = typer.Option(
        None, "--dask", metavar="ADDRESS",
        help="Map the articles over a Dask cluster: a scheduler address (tcp://host:8786) or "
             "'local' for a LocalCluster on this machine."),
    out_dir: Optional[str] = typer.Option(
        None, "--out-dir", help="Write `--format articles` lines to part files part-NNNNN.jsonl here "
                                "(load them with `kg load DIR/*.jsonl`) instead of standard output."),
    part_size: int = typer.Option(1000, "--part-size", min=1, help="Articles per part file."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help=BATCH_HELP),
    quiet: bool = typer.Option(False, "--quiet", "-q", help=QUIET_HELP),
) -> None:
    """Extract facts and print them; no store is touched (the stateless map step)."""
    _refuse_stdin_terminal(paths)
    _start_workers_early(workers, dask)  # first: the model loads there while this process imports
    from ingest.errors import LoadFailure
    from ingest.loaders import iter_sources
    from kg.errors import KgError
    from kg.progress import ProgressBar

    if out_dir is not None and fmt is not ExtractFormat.articles:
        fmt = ExtractFormat.articles
    failed = 0
    rows: list[dict] = []
    parts = _Parts(out_dir, part_size) if out_dir else None
    bar = ProgressBar.for_paths("extracting", paths, quiet=quiet)
    try:
        with bar:
            for out in _mapped(iter_sources(paths, stdin=sys.stdin), _workers(workers), dask, batch_size):
                if isinstance(out, LoadFailure):
                    failed += 1
                    _err(str(out))
                    bar.advance(failed=True)
                    continue
                if out.error is not None:
                    failed += 1
                    _err(_extraction_failure(out))
                    bar.advance(failed=True)
                    continue
                bar.advance()
                if fmt is ExtractFormat.articles:
                    if parts is not None:
                        parts.write(out.as_json())
                    else:
                        typer.echo(out.as_json())
                elif fmt is ExtractFormat.jsonl:
                    for row in out.as_result().contract_rows():
                        typer.echo(json.dumps(row, ensure_ascii=False))
                else:
                    rows.extend(out.as_result().contract_rows())
    except KgError as exc:
        raise _fail(exc)
    except (KeyboardInterrupt, typer.Exit):
        raise
    except _setup_errors() as exc:
        raise _setup_error(exc)
    finally:
        if parts is not None:
            parts.close()
    if fmt is ExtractFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt is ExtractFormat.table:
        from kg.query.render import print_fact_table

        print_fact_table(rows)
    if parts is not None:
        _err(f"wrote {len(parts.paths)} part file(s) to {out_dir}")
    if failed:
        raise typer.Exit(1)


def _iter_load_file(path: str):
    """(source, ExtractionResult) or LoadFailure for each line of a `--format articles` file."""
    from pydantic import ValidationError

    from ingest.errors import InputErrorCode, LoadFailure
    from schemas.models import ExtractionResult

    try:
        handle = open(path, "rb")
    except IsADirectoryError:
        yield LoadFailure(path, InputErrorCode.UNSUPPORTED,
                          "a directory: give the part files (e.g. DIR/*.jsonl)")
        return
    except OSError as exc:
        yield LoadFailure(path, InputErrorCode.NOT_FOUND, exc.strerror or str(exc))
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                yield where, ExtractionResult.model_validate_json(line)
            except ValidationError as exc:
                first = exc.errors()[0]
                if first.get("type") == "json_invalid":
                    reason = f"not valid JSON: {first.get('ctx', {}).get('error', first['msg'])}"
                    code = InputErrorCode.MALFORMED_JSON
                else:
                    field = ".".join(str(p) for p in first.get("loc", ())) or "record"
                    reason = (f"not a `kg extract --format articles` record: {field}: {first['msg']}")
                    code = InputErrorCode.BAD_FIELD
                yield LoadFailure(where, code, reason)


LOAD_BATCH = 200  # articles per store call in `kg load`


@app.command()
def load(
    paths: List[str] = typer.Argument(..., metavar="ARTICLES.jsonl...",
                                      help="Files written by `kg extract --format articles`."),
    store: Optional[str] = typer.Option(None, "--store", help=STORE_HELP),
    quiet: bool = typer.Option(False, "--quiet", "-q", help=QUIET_HELP),
) -> None:
    """Merge `kg extract --format articles` output into the store, idempotently, in any order.

    The same graph as `kg ingest` of the same articles; a bad line is named and skipped."""
    from ingest.errors import LoadFailure
    from kg.errors import KgError
    from kg.progress import ProgressBar
    from kg.store.base import WriteOutcome

    try:
        db = _open_store(store)
    except KgError as exc:
        raise _fail(exc)
    counts = {"new": 0, "updated": 0, "unchanged": 0, "failed": 0}
    bar = ProgressBar.for_paths("loading", paths, quiet=quiet)
    pending: list = []

    def flush() -> None:
        # A batch goes to the store in one call: Neo4j writes it as a few UNWIND statements in one
        # transaction (no per-fact round trips); SQLite commits each article on its own.
        for outcome in db.merge_many(pending):
            counts[outcome.value if isinstance(outcome, WriteOutcome) else str(outcome)] += 1
            bar.advance()
        pending.clear()

    try:
        with bar:
            for path in paths:
                for item in _iter_load_file(path):
                    if isinstance(item, LoadFailure):
                        counts["failed"] += 1
                        _err(str(item))
                        bar.advance(failed=True)
                        continue
                    pending.append(item[1])
                    if len(pending) >= LOAD_BATCH:
                        flush()
            flush()
    except KgError as exc:
        db.close()
        raise _fail(exc)
    except KeyboardInterrupt:
        raise _interrupted(bar, db)
    _summary(counts, db)
    if counts["failed"]:
        raise typer.Exit(1)


@app.command()
def query(
    question: str = typer.Argument(..., help='A question in plain English, e.g. "who visited Pyongyang".'),
    fmt: QueryFormat = typer.Option(QueryFormat.table, "--format", help="table or json."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="At most N answers."),
    explain: bool = typer.Option(False, "--explain", help="Print the SQL/Cypher run, with parameters."),
    store: Optional[str] = typer.Option(None, "--store", help=STORE_HELP),
) -> None:
    """Answer a question from the store, each answer with its evidence."""
    from kg.errors import KgError
    from kg.query import answer
    from kg.query.render import render_answer

    try:
        db = _open_store(store)
        try:
            result = answer(db, question, limit=limit, plans=explain)
        finally:
            db.close()
    except KgError as exc:
        raise _fail(exc)
    render_answer(result, fmt=fmt.value, explain=explain)


@app.command()
def cypher(
    query_text: str = typer.Argument(..., metavar="QUERY", help="A Cypher query."),
    param: List[str] = typer.Option([], "--param", help="k=v, repeatable; values parsed as JSON when they can be."),
    write: bool = typer.Option(False, "--write", help="Allow the query to write."),
    store: Optional[str] = typer.Option(None, "--store", help=STORE_HELP),
) -> None:
    """Run Cypher on a Neo4j store (read-only unless --write)."""
    from kg.cypher import parse_params, run_cypher
    from kg.errors import KgError, StoreConfigError

    try:
        params = parse_params(param)
        db = _open_store(store)
        try:
            if not hasattr(db, "driver"):
                raise StoreConfigError(
                    "kg cypher needs a Neo4j store: pass --store neo4j://host:7687 or set KG_STORE"
                )
            columns, rows = run_cypher(db, query_text, params, write=write)
        finally:
            db.close()
    except KgError as exc:
        raise _fail(exc)
    from kg.query.render import print_rows

    print_rows(columns, rows)


@app.command()
def export(
    fmt: ExportFormat = typer.Argument(..., metavar="FORMAT", help="graphml (Gephi), gexf (Gephi, with the timeline), json, or csv (neo4j-admin database import)."),
    out: str = typer.Argument(..., metavar="OUT", help="Output file (a directory for csv)."),
    store: Optional[str] = typer.Option(None, "--store", help=STORE_HELP),
    since: Optional[str] = typer.Option(None, "--since", help="Only facts dated on or after this (YYYY[-MM[-DD]])."),
    until: Optional[str] = typer.Option(None, "--until", help="Only facts dated on or before this (YYYY[-MM[-DD]])."),
    relation: Optional[List[str]] = typer.Option(None, "--relation", help="Only this relation (repeatable: --relation MET_WITH --relation VISITED)."),
    min_articles: int = typer.Option(1, "--min-articles", help="Only edges supported by at least this many articles."),
    modality: Optional[List[str]] = typer.Option(None, "--modality", help="asserted (default), planned, negated; comma-separated or repeated. Planned and negated edges are labelled so."),
    around: Optional[str] = typer.Option(None, "--around", help="Only the ego network of this entity (name or alias)."),
    depth: int = typer.Option(1, "--depth", help="With --around: how many hops from the entity."),
    drop_isolated: bool = typer.Option(False, "--drop-isolated", help="Leave out entities without an edge."),
) -> None:
    """Export the graph for Gephi, Neo4j and other tools (asserted facts unless --modality says otherwise)."""
    from kg.errors import KgError
    from kg.export import ExportFilter, export as run_export

    try:
        modalities = tuple(m.strip() for item in (modality or ["asserted"]) for m in item.split(",") if m.strip())
        relations = tuple(r.strip().upper() for item in relation for r in item.split(",") if r.strip()) if relation else None
        flt = ExportFilter(since=since, until=until, relations=relations, min_articles=min_articles,
                           modalities=modalities, around=around, depth=depth, drop_isolated=drop_isolated)
        db = _open_store(store)
        try:
            summary = run_export(db, fmt.value, out, flt)
        finally:
            db.close()
    except KgError as exc:
        raise _fail(exc)
    typer.echo(summary)


@app.command()
def stats(store: Optional[str] = typer.Option(None, "--store", help=STORE_HELP)) -> None:
    """Counts of articles, entities by type and facts by relation."""
    from kg.errors import KgError

    try:
        db = _open_store(store)
        try:
            counts = db.stats()
        finally:
            db.close()
    except KgError as exc:
        raise _fail(exc)
    from kg.query.render import print_stats

    print_stats(counts)


@app.command()
def entity(
    name: str = typer.Argument(..., help="Any name or alias of the entity."),
    fmt: QueryFormat = typer.Option(QueryFormat.table, "--format", help="table or json."),
    store: Optional[str] = typer.Option(None, "--store", help=STORE_HELP),
) -> None:
    """One entity: its aliases, roles, facts and timeline."""
    from kg.errors import KgError
    from kg.query import describe_entity
    from kg.query.render import render_entity

    try:
        db = _open_store(store)
        try:
            card = describe_entity(db, name)
        finally:
            db.close()
    except KgError as exc:
        raise _fail(exc)
    render_entity(card, fmt=fmt.value)


@app.command()
def sync(
    to: Optional[str] = typer.Option(None, "--to", help="Copy the store into this store URL."),
    from_: Optional[str] = typer.Option(None, "--from", help="Copy this store URL into the store."),
    store: Optional[str] = typer.Option(None, "--store", help=STORE_HELP),
) -> None:
    """Copy an embedded store into Neo4j (--to URL) or back (--from URL), idempotently."""
    from kg.errors import KgError, StoreConfigError
    from kg.store import open_store
    from kg.sync import sync as run_sync

    if bool(to) == bool(from_):
        raise _fail(StoreConfigError("give exactly one of --to URL or --from URL"))
    try:
        here = open_store(store)
        try:
            there = open_store(to or from_)
            try:
                source, target = (here, there) if to else (there, here)
                report = run_sync(source, target)
            finally:
                there.close()
        finally:
            here.close()
    except KgError as exc:
        raise _fail(exc)
    typer.echo(str(report))


@app.command(name="eval")
def evaluate(
    gold: List[str] = typer.Argument(..., help="Gold files (seeds.gold.json format or JSON Lines)."),
    seeds_dir: str = typer.Option("seeds", "--seeds-dir", help="Where the gold's article files are."),
    show_errors: bool = typer.Option(False, "--show-errors", help="List every false positive and negative, and every found fact whose date is wrong."),
    fmt: str = typer.Option("text", "--format", help="text or json."),
    honour_optional: bool = typer.Option(
        False, "--honour-optional-facts",
        help="Treat JSON Lines `optional_facts` as optional (score_facts.py ignores them)."),
) -> None:
    """Score extraction against gold facts: precision, recall, F1, dates, modality."""
    from kg.errors import KgError
    from kg.eval import evaluate as run_eval
    from kg.eval import format_report, format_report_json

    def extract_rows(articles):
        extractor = _load_extractor()
        rows = []
        for result in extractor.extract_many(articles):
            rows.extend(result.contract_rows())
        return rows

    try:
        report = run_eval([*gold], extract_rows, seeds_dir,
                          honour_optional_facts=honour_optional)
    except KgError as exc:
        raise _fail(exc)
    if fmt == "json":
        typer.echo(format_report_json(report))
    else:
        typer.echo(format_report(report, show_errors=show_errors))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
