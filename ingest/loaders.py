"""Input paths -> cleaned Articles, and a LoadFailure for every input that cannot be one.

A batch never stops on a bad input: each bad file (or bad JSON Lines record) becomes exactly
one LoadFailure naming it and saying what to do, and the rest of the batch still comes
through. Directories are walked recursively in sorted order (hidden entries skipped, symlink
loops reported once, never followed). `-` reads standard input and guesses its format.

Too long: a text over MAX_ARTICLE_CHARS is refused (TOO_LONG), not split. A news article is
far shorter; anything that long is a dump or a book, and splitting it would invent article
boundaries, identities and dates that the user never gave.

Encodings: BOMs first (UTF-8, UTF-16, UTF-32), then strict UTF-8, then Windows-1252 (a
superset of Latin-1, and the legacy encoding of English text), then charset-normalizer for
anything else. On short texts charset-normalizer guesses Central-European or DOS code pages
for plain Latin-1 bytes, so it is only asked when cp1252 cannot decode.

Importing this module is cheap: trafilatura (HTML), py3langid and charset-normalizer are
imported inside the functions that need them, spaCy never.
"""
from __future__ import annotations

import calendar
import codecs
import datetime as dt
import errno
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from ingest.cleaning import clean_article
from ingest.errors import InputErrorCode as Code
from ingest.errors import LoadFailure
from ingest.language import foreign_language
from ingest.pubdate import dateline_day, find_publication_date
from ingest.temporal import filing_day
from schemas.models import Article, article_id_for_text

#: Longest cleaned article text accepted (spaCy's own limit is 1,000,000 characters).
MAX_ARTICLE_CHARS = 200_000
#: Largest single file read whole (.txt/.md/.html/.json); HTML pages carry much markup.
MAX_FILE_BYTES = 20_000_000
#: Largest single JSON Lines record.
MAX_RECORD_BYTES = 5_000_000
#: Share of control bytes above which content is binary.
MAX_CONTROL_SHARE = 0.05

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSON_SUFFIXES = frozenset({".json"})
SUPPORTED = ".txt, .md, .html, .json or .jsonl"

_ADVICE = {
    ".pdf": "convert to .txt or .html",
    ".doc": "convert to .txt or .html", ".docx": "convert to .txt or .html",
    ".odt": "convert to .txt or .html", ".rtf": "convert to .txt or .html",
    ".xlsx": "a spreadsheet is not an article: save each article as .txt or as a .jsonl record",
    ".xls": "a spreadsheet is not an article: save each article as .txt or as a .jsonl record",
    ".ods": "a spreadsheet is not an article: save each article as .txt or as a .jsonl record",
    ".csv": "a table is not an article: save each article as .txt or as a .jsonl record",
    ".tsv": "a table is not an article: save each article as .txt or as a .jsonl record",
}
_MAGIC = [
    (b"%PDF", "PDF document: convert to .txt or .html"),
    (b"PK\x03\x04", "zip archive (e.g. .xlsx or .docx): save the article as .txt or .html"),
    (b"\xd0\xcf\x11\xe0", "Office document (e.g. .xls or .doc): save the article as .txt or .html"),
    (b"\x1f\x8b", "gzip archive: unpack it first"),
    (b"\x89PNG", "PNG image, not text"),
    (b"\xff\xd8\xff", "JPEG image, not text"),
]
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]
_CONTROL_BYTES = frozenset(set(range(0x00, 0x09)) | set(range(0x0E, 0x20)) | {0x7F})
_HTML_START = re.compile(r"<(!doctype\s+html|html|head|body|article|main|div|p|section|h1)\b", re.I)


class _Refused(Exception):
    """An input that cannot become an article; carried up to become one LoadFailure."""

    def __init__(self, code: str, reason: str):
        super().__init__(reason)
        self.code = code
        self.reason = reason


# ---------------------------------------------------------------- bytes -> text

def decode_bytes(data: bytes) -> str:
    """Text of a file's bytes, or _Refused (binary, PDF, undecodable)."""
    for magic, reason in _MAGIC:
        if data.startswith(magic):
            raise _Refused(Code.UNSUPPORTED, reason)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise _Refused(Code.DECODE, f"starts with a {encoding} byte-order mark "
                                            f"but is not valid {encoding}: {exc.reason}") from None
    if b"\x00" in data:
        raise _Refused(Code.BINARY, "binary file (NUL bytes), not text")
    sample = data[:65536]
    if sample and sum(1 for b in sample if b in _CONTROL_BYTES) > MAX_CONTROL_SHARE * len(sample):
        raise _Refused(Code.BINARY, "binary file (mostly unprintable bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise _Refused(Code.DECODE, "no text encoding fits: save it as UTF-8")
    return str(best)


def _check_printable(text: str) -> None:
    sample = text[:20000]
    if not sample:
        return
    odd = sum(1 for ch in sample if not (ch.isprintable() or ch in "\n\r\t"))
    if odd > MAX_CONTROL_SHARE * len(sample):
        raise _Refused(Code.BINARY, "binary content (unprintable characters), not text")


# ---------------------------------------------------------------- HTML

# Characters no XML or HTML tree can hold: C0 controls but tab and line breaks, lone surrogates
# (JSON's "\ud800"). lxml refuses a node with one (ValueError) or cuts its text at it.
_NOT_IN_A_TREE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def _html_to_text(html: str) -> tuple[str, str | None, dt.date | None]:
    """(main text, title, date) of a page; nothing is fetched, scripts and menus never count."""
    import trafilatura

    html = _NOT_IN_A_TREE.sub(" ", html)

    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    title = getattr(document, "title", None) if document is not None else None
    published = _iso_date(getattr(document, "date", None)) if document is not None else None
    if not text:
        text = _html_fallback_text(html)
        title = title or _html_fallback_title(html)
    return text, (title or None), published


_NOT_TEXT_TAGS = ("script", "style", "nav", "iframe", "noscript", "header", "footer", "aside",
                  "form", "template", "svg", "button", "select", "head")
_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article",
               "section", "blockquote", "tr", "main", "pre")


def _parse_html(html: str):
    import lxml.etree
    import lxml.html

    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.LxmlError, ValueError):
        # hopeless markup: "Document is empty" (ParserError), an XML encoding declaration in
        # a str (ValueError); the caller then has no fallback text
        return None


def _html_fallback_text(html: str) -> str:
    """Visible body text, for pages too small or odd for trafilatura's main-text heuristics."""
    tree = _parse_html(html)
    if tree is None:
        return ""
    for element in list(tree.iter(*_NOT_TEXT_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in list(tree.iter(*_BLOCK_TAGS)):
        element.tail = "\n" + (element.tail or "")
        element.text = "\n" + (element.text or "") if element.tag != "br" else element.text
    return tree.text_content()


def _html_fallback_title(html: str) -> str | None:
    tree = _parse_html(html)
    if tree is None:
        return None
    for xpath in ("//h1", "//title"):
        found = tree.xpath(xpath)
        if found and found[0].text_content().strip():
            return found[0].text_content().strip()
    return None


# ---------------------------------------------------------------- records

def _iso_date(value: Any) -> dt.date | None:
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _iso_period(value: Any) -> tuple[dt.date, dt.date] | None:
    """The first and last day of an ISO 8601 date of reduced precision, a month ('2021-08') or a
    year ('2021'): archives and analysts often know no more of a page's day."""
    if not isinstance(value, str):
        return None
    month = re.fullmatch(r"(\d{4})-(\d{2})", value.strip())
    if month and 1 <= int(month.group(2)) <= 12:
        year, number = int(month.group(1)), int(month.group(2))
        return dt.date(year, number, 1), dt.date(year, number, calendar.monthrange(year, number)[1])
    year_only = re.fullmatch(r"\d{4}", value.strip())
    if year_only and int(value) >= 1:
        return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    return None


def _inside(day: dt.date, period: tuple[dt.date, dt.date] | None) -> bool:
    return period is None or period[0] <= day <= period[1]


def _make_article(raw: str, source: str, *, is_html: bool = False, id: str | None = None,
                  title: str | None = None, url: str | None = None,
                  published: dt.date | None = None, outlet: str | None = None,
                  published_within: tuple[dt.date, dt.date] | None = None) -> Article:
    page_date = None
    body = raw
    if is_html:
        body, page_title, page_date = _html_to_text(raw)
        title = title or page_title
    if not body.strip():
        raise _Refused(Code.EMPTY, "empty: no text in it")
    cleaned = clean_article(body)
    if not cleaned.text.strip():
        raise _Refused(Code.EMPTY, "empty after removing boilerplate")
    if len(cleaned.text) > MAX_ARTICLE_CHARS:
        raise _Refused(Code.TOO_LONG, f"too long: {len(cleaned.text):,} characters of text, "
                                      f"the limit is {MAX_ARTICLE_CHARS:,}: split it into articles")
    language = foreign_language(cleaned.text)
    if language is not None:
        raise _Refused(Code.LANGUAGE, f"language looks like {language!r}, only English is supported")
    cleaned_day = dateline_day(cleaned.dateline_date)
    # a page that prints no date of its own is dated by its wire dateline's whole date, if any
    day = published or next((d for d in (page_date, find_publication_date(body), cleaned_day)
                             if d is not None and _inside(d, published_within)), None)
    if day is not None:  # a whole day found in the page inside the month or year the input gives
        published_within = None
    return Article(
        id=id or article_id_for_text(cleaned.text),
        text=cleaned.text,
        source=source,
        title=title or cleaned.title,
        url=url,
        published=day,
        published_within=published_within,
        outlet=outlet,
        dateline=cleaned.dateline,
        filed=filing_day(cleaned.dateline_date, day),
    )


def _optional_str(record: dict, field: str) -> str | None:
    value = record.get(field)
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and field == "id":
        return str(value)
    if not isinstance(value, str):
        raise _Refused(Code.BAD_FIELD, f"`{field}` must be a string, got {type(value).__name__}")
    return value.strip() or None


def _article_from_record(record: Any, source: str) -> Article:
    """One JSON object of the contract's input format -> Article."""
    if not isinstance(record, dict):
        raise _Refused(Code.MALFORMED_JSON,
                       f"expected a JSON object with `text` or `html`, got {type(record).__name__}")
    text, html = record.get("text"), record.get("html")
    is_html = False
    if isinstance(text, str) and text.strip():
        raw = text
    elif isinstance(html, str) and html.strip():
        raw, is_html = html, True
    elif text is None and html is None:
        raise _Refused(Code.MISSING_TEXT, "record has neither `text` nor `html`")
    elif (text is not None and not isinstance(text, str)) or (html is not None and not isinstance(html, str)):
        raise _Refused(Code.BAD_FIELD, "`text` / `html` must be a string")
    else:
        raise _Refused(Code.EMPTY, "`text` / `html` is empty")
    published, published_within = None, None
    if record.get("published") not in (None, ""):
        published = _iso_date(record["published"])
        published_within = None if published is not None else _iso_period(record["published"])
        if published is None and published_within is None:
            raise _Refused(Code.BAD_FIELD, f"`published` is not an ISO 8601 date: "
                                           f"{record['published']!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")
    return _make_article(
        raw, source, is_html=is_html, id=_optional_str(record, "id"),
        title=_optional_str(record, "title"), url=_optional_str(record, "url"),
        published=published, outlet=_optional_str(record, "source"), published_within=published_within,
    )


# ---------------------------------------------------------------- formats

# Python's json parser recurses once per nesting level: a line of 100,000 '[' exhausts the stack.
_TOO_DEEP = "not valid JSON: nested too deeply (an article is an object with `text` or `html`)"


def _json_error(exc: json.JSONDecodeError, *, line_too: bool) -> str:
    message = exc.msg if exc.msg.endswith(" at") else f"{exc.msg} at"
    where = f"line {exc.lineno}, column {exc.colno}" if line_too else f"column {exc.colno}"
    return f"not valid JSON: {message} {where}"


def _from_jsonl_lines(lines: Iterator[tuple[int, bytes | str]], source: str
                      ) -> Iterator[Article | LoadFailure]:
    for number, line in lines:
        where = f"{source}:{number}"
        try:
            if isinstance(line, bytes):
                if len(line) > MAX_RECORD_BYTES:
                    raise _Refused(Code.TOO_LONG, f"record is {len(line):,} bytes, the limit is "
                                                  f"{MAX_RECORD_BYTES:,}")
                try:
                    line = line.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    raise _Refused(Code.DECODE, f"not UTF-8 ({exc.reason} at byte {exc.start}): "
                                                f"JSON Lines must be UTF-8") from None
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise _Refused(Code.MALFORMED_JSON, _json_error(exc, line_too=False)) from None
            except RecursionError:
                raise _Refused(Code.MALFORMED_JSON, _TOO_DEEP) from None
            yield _article_from_record(record, source)
        except _Refused as refused:
            yield LoadFailure(where, refused.code, refused.reason)


def _from_json_text(text: str, source: str) -> Iterator[Article | LoadFailure]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield LoadFailure(source, Code.MALFORMED_JSON, _json_error(exc, line_too=True))
        return
    except RecursionError:
        yield LoadFailure(source, Code.MALFORMED_JSON, _TOO_DEEP)
        return
    records = data if isinstance(data, list) else [data]
    if not records:
        yield LoadFailure(source, Code.EMPTY, "empty: the JSON list has no articles")
        return
    for number, record in enumerate(records, start=1):
        where = f"{source}#{number}" if isinstance(data, list) else source
        try:
            yield _article_from_record(record, source)
        except _Refused as refused:
            yield LoadFailure(where, refused.code, refused.reason)


def _sniff(text: str) -> str:
    """Format of standard input: 'json', 'jsonl', 'html' or 'text'."""
    head = text.lstrip()
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        try:
            json.loads(text)
            return "json"
        except (json.JSONDecodeError, RecursionError):
            return "jsonl"
    if head.startswith("<") and _HTML_START.search(head[:4000]):
        return "html"
    return "text"


def _from_text(text: str, source: str, kind: str) -> Iterator[Article | LoadFailure]:
    if kind == "json":
        yield from _from_json_text(text, source)
    elif kind == "jsonl":
        yield from _from_jsonl_lines(enumerate(text.splitlines(), start=1), source)
    else:
        try:
            if not text.strip():
                raise _Refused(Code.EMPTY, "empty file")
            _check_printable(text)
            yield _make_article(text, source, is_html=(kind == "html"))
        except _Refused as refused:
            yield LoadFailure(source, refused.code, refused.reason)


def _kind_of(path: str) -> str:
    suffix = os.path.splitext(path)[1].lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in JSON_SUFFIXES:
        return "json"
    if not suffix:
        raise _Refused(Code.UNSUPPORTED, f"unsupported file type (no extension): use {SUPPORTED}")
    advice = _ADVICE.get(suffix, f"use {SUPPORTED}")
    raise _Refused(Code.UNSUPPORTED, f"unsupported file type {suffix}: {advice}")


def _os_failure(path: str, exc: OSError) -> LoadFailure:
    if exc.errno == errno.ELOOP:
        return LoadFailure(path, Code.SYMLINK_LOOP, "symlink loop: the link points back to itself")
    if exc.errno == errno.ENOENT:
        reason = "broken symlink" if os.path.islink(path) else "no such file or directory"
        return LoadFailure(path, Code.NOT_FOUND, reason)
    return LoadFailure(path, Code.NOT_FOUND, f"cannot read: {exc.strerror or exc}")


@dataclass(frozen=True)
class Source:
    """One input to read, as the main process lists it: a file (`line` None), or one line of a
    JSON Lines file (`line`: its number and its bytes, or its text when the file was decoded
    whole). `load_source` makes it articles and failures, possibly in a worker process."""

    path: str
    kind: str
    line: tuple[int, bytes | str] | None = None


def _jsonl_sources(path: str) -> Iterator[Source]:
    """The lines of a JSON Lines file (read as bytes, not parsed: that is `load_source`'s)."""
    with open(path, "rb") as handle:
        first = handle.read(4)
        handle.seek(0)
        for bom, encoding in _BOMS:
            if encoding != "utf-8-sig" and first.startswith(bom):
                # JSON Lines is UTF-8 by definition, but a UTF-16 export is easy to make.
                text = decode_bytes(handle.read())
                for number, line in enumerate(text.splitlines(), start=1):
                    yield Source(path, "jsonl", (number, line))
                return
        if b"\x00" in handle.read(65536):
            raise _Refused(Code.BINARY, "binary file (NUL bytes), not text")
        handle.seek(0)
        any_line = False
        for number, line in enumerate(handle, start=1):
            any_line = any_line or bool(line.strip())
            yield Source(path, "jsonl", (number, line))
        if not any_line:
            raise _Refused(Code.EMPTY, "empty file")


def _file_sources(path: str) -> Iterator[Source | LoadFailure]:
    try:
        kind = _kind_of(path)
        if kind == "jsonl":
            yield from _jsonl_sources(path)
            return
    except _Refused as refused:
        yield LoadFailure(path, refused.code, refused.reason)
        return
    except OSError as exc:
        yield _os_failure(path, exc)
        return
    yield Source(path, kind)


def load_source(source: Source) -> list[Article | LoadFailure]:
    """The articles of one listed input, and a LoadFailure for each bad part of it: reading,
    decoding, cleaning and the language check (the costly part of reading, done where the
    articles are then extracted)."""
    path = source.path
    if source.line is not None:
        return list(_from_jsonl_lines(iter([source.line]), path))
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            raise _Refused(Code.TOO_LONG, f"too long: the file is {size:,} bytes, the limit is "
                                          f"{MAX_FILE_BYTES:,}")
        with open(path, "rb") as handle:
            data = handle.read()
        if not data.strip():
            raise _Refused(Code.EMPTY, "empty file")
        text = decode_bytes(data)
    except _Refused as refused:
        return [LoadFailure(path, refused.code, refused.reason)]
    except OSError as exc:
        return [_os_failure(path, exc)]
    return list(_from_text(text, path, source.kind))


# ---------------------------------------------------------------- paths

def _walk(directory: str, ancestors: frozenset[tuple[int, int]]) -> Iterator[str | LoadFailure]:
    """Files under a directory, sorted; a symlink back into its own ancestry is reported once."""
    try:
        status = os.stat(directory)
    except OSError as exc:
        yield _os_failure(directory, exc)
        return
    key = (status.st_dev, status.st_ino)
    if key in ancestors:
        target = os.path.realpath(directory)
        yield LoadFailure(directory, Code.SYMLINK_LOOP,
                          f"symlink loop: it leads back to {target}, which is already being read; skipped")
        return
    try:
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except OSError as exc:
        yield _os_failure(directory, exc)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = os.path.join(directory, entry.name)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(child, ancestors | {key})
        else:
            yield child


def _read_stdin(stdin: TextIO | None) -> str:
    stream = stdin if stdin is not None else sys.stdin
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return decode_bytes(buffer.read())
    return stream.read()


def iter_sources(paths: Sequence[str], stdin: TextIO | None = None
                 ) -> Iterator[Source | Article | LoadFailure]:
    """The inputs of PATHs (files, directories, '-') as listed, cheaply, by the one process
    that reads the paths: a Source for each file or JSON Lines line (`load_source` reads it),
    a LoadFailure for each path that cannot be read at all, and the articles of standard input
    (read here: only this process has it)."""
    for path in paths:
        if path == "-":
            try:
                text = _read_stdin(stdin)
                if not text.strip():
                    raise _Refused(Code.EMPTY, "empty: nothing on standard input")
            except _Refused as refused:
                yield LoadFailure("-", refused.code, refused.reason)
                continue
            yield from _from_text(text, "-", _sniff(text))
            continue
        if os.path.isdir(path):
            for item in _walk(path, frozenset()):
                if isinstance(item, LoadFailure):
                    yield item
                else:
                    yield from _file_sources(item)
        elif os.path.lexists(path):
            yield from _file_sources(path)
        else:
            yield LoadFailure(path, Code.NOT_FOUND, "no such file or directory")


def iter_inputs(paths: Sequence[str], stdin: TextIO | None = None) -> Iterator[Article | LoadFailure]:
    """Every article in PATHs (files, directories, '-'), and a LoadFailure for each bad input."""
    for item in iter_sources(paths, stdin):
        if isinstance(item, Source):
            yield from load_source(item)
        else:
            yield item
