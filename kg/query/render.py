"""Answers as a terminal table or JSON. rich is imported inside the functions that draw."""
from __future__ import annotations

import json

from kg.query.engine import Answer, explain

TABLE_COLUMNS = ("subject", "relation", "object", "date", "modality", "#articles", "evidence")


def json_rows(answer: Answer) -> list[dict]:
    """The rows `kg query --format json` prints: a list of contract fact rows (CONTRACT.md).

    Paths number their hops (`path`, `hop`); a yes/no question marks each row with `answer`
    (true when the row has the asked modality), so an empty list means "no"."""
    if answer.kind == "paths":
        return [{**row, "path": p, "hop": h}
                for p, path in enumerate(answer.paths, 1) for h, row in enumerate(path, 1)]
    if answer.kind == "yes_no":
        asked = set(answer.spec.modalities)
        return [{**row, "answer": row["modality"] in asked} for row in answer.rows]
    return list(answer.rows)


def render_json(answer: Answer) -> str:
    """A JSON list of fact rows; the full answer object is Answer.to_json()."""
    return json.dumps(json_rows(answer), ensure_ascii=False, indent=2)


def _facts_table(rows: list[dict], title: str | None = None):
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, show_lines=False, expand=False)
    for column in TABLE_COLUMNS:
        if column == "evidence":
            table.add_column(column, overflow="fold", ratio=3, min_width=20)
        elif column in ("date", "modality", "#articles", "relation"):
            table.add_column(column, no_wrap=True, justify="right" if column == "#articles" else "left")
        else:
            table.add_column(column, overflow="fold", ratio=1, min_width=8)
    for row in rows:
        subject = row["subject"] + (f" (via {row['via']})" if row.get("via") else "")
        relation = row["relation"] + (f" [{row['title']}]" if row.get("title") else "")
        cells = (subject, relation, row["object"], row.get("date") or "", row.get("modality") or "",
                 str(row.get("articles", 1)), row.get("evidence") or "")
        table.add_row(*(Text(cell) for cell in cells))  # article text is never rich markup
    return table


def render_table(answer: Answer):
    """A rich renderable (print it with a rich Console)."""
    from rich.console import Group
    from rich.text import Text

    parts = [Text(note, style="italic") for note in answer.notes]
    if answer.kind == "yes_no":
        parts.append(Text("yes" if answer.answer else "no", style="bold"))
    if answer.kind == "profile":
        for profile in answer.profile:
            lines = [f"{profile['name']} ({profile['type']})"]
            if profile["aliases"]:
                lines.append("  also: " + "; ".join(profile["aliases"]))
            for role in profile["roles"]:
                when = f" ({', '.join(role['dates'])})" if role["dates"] else ""
                lines.append(f"  {role['title'] or 'role'} of {role['of']}{when}")
            for holder in profile["role_holders"]:
                lines.append(f"  {holder['title'] or 'official'}: {holder['name']}")
            more = profile.get("role_holders_total", 0) - len(profile["role_holders"])
            if more > 0:
                lines.append(f"  ... and {more} more role holder(s) ({profile['role_holders_total']} in all)")
            if profile["located_in"]:
                lines.append("  in: " + ", ".join(profile["located_in"]))
            lines.append(f"  named in {profile['articles']} article(s)")
            parts.append(Text("\n".join(lines)))
    if answer.kind == "paths":
        for number, path in enumerate(answer.paths, 1):
            parts.append(_facts_table(path, title=f"path {number} ({len(path)} hop(s))"))
    elif answer.rows:
        count = f"{len(answer.rows)} answer(s)" if answer.spec.count or answer.kind == "rows" else None
        parts.append(_facts_table(answer.rows, title=count))
    elif answer.kind in ("rows", "profile"):
        parts.append(Text("no answers in the store"))
    return Group(*parts)


def render_text(answer: Answer, width: int = 120) -> str:
    """The table as plain text (no colour), e.g. for a pipe or a test."""
    from rich.console import Console

    import io

    console = Console(width=width, record=True, color_system=None, force_terminal=False,
                      file=io.StringIO())
    console.print(render_table(answer))
    return console.export_text()


def render(answer: Answer, fmt: str = "table", console=None, show_explain: bool = False) -> None:
    """Print an answer: fmt 'table' (rich) or 'json' (stdout, nothing else; --explain to stderr)."""
    if fmt == "json":
        import sys

        print(render_json(answer))
        for note in answer.notes:  # stdout stays pure JSON
            print(note, file=sys.stderr)
        if show_explain:
            for block in explain(answer):
                print(block, file=sys.stderr)
        return
    console = console or _console()
    console.print(render_table(answer))
    if show_explain:
        from rich.syntax import Syntax

        for block in explain(answer):
            console.print(Syntax(block, "sql", word_wrap=True))


def _console():
    """A terminal console as wide as the terminal; piped output wide enough not to fold names."""
    import sys

    from rich.console import Console

    if sys.stdout.isatty():
        return Console()
    return Console(width=200)


def render_answer(answer: Answer, fmt: str = "table", explain: bool = False, console=None) -> None:
    """What `kg query` prints (the name kg/cli.py calls)."""
    render(answer, fmt=fmt, console=console, show_explain=explain)


def render_entity(card: Answer, fmt: str = "table", console=None) -> None:
    """What `kg entity` prints: the profile, then every fact about the entity by date."""
    render(card, fmt=fmt, console=console)


def print_fact_table(rows: list[dict], console=None) -> None:
    """Contract fact rows (e.g. from `kg extract --format table`) as a table."""

    (console or _console()).print(_facts_table(rows, title=f"{len(rows)} fact(s)"))


def print_rows(columns: list[str], rows: list, console=None) -> None:
    """Any result set (kg cypher) as a table; values that are not text are shown as JSON."""
    from rich.table import Table
    from rich.text import Text

    table = Table()
    for column in columns:
        table.add_column(str(column), overflow="fold")
    for row in rows:
        values = row.values() if isinstance(row, dict) else row
        table.add_row(*[Text(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, default=str))
                        for v in values])
    (console or _console()).print(table)


def print_stats(counts: dict[str, dict[str, int]], console=None) -> None:
    """`kg stats`: articles, entities by type, facts by relation and the same facts by modality."""
    from rich.table import Table

    table = Table(title="kg store")
    table.add_column("what")
    table.add_column("kind")
    table.add_column("count", justify="right")
    for section, what in (("articles", "articles"), ("entities", "entities"), ("facts", "facts"),
                          ("modalities", "facts by modality")):
        group = counts.get(section, {})
        if section == "modalities" and not group:
            continue
        for kind, number in group.items():
            table.add_row(what, kind, str(number))
        if section not in ("articles", "modalities"):
            table.add_row(what, "total", str(sum(group.values())), style="bold")
    (console or _console()).print(table)
