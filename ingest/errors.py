"""Why an input could not become an article. Coded, one line, naming the file."""
from __future__ import annotations

from dataclasses import dataclass


class InputErrorCode:
    EMPTY = "E101"            # nothing but whitespace / boilerplate
    BINARY = "E102"           # binary content behind a text extension
    UNSUPPORTED = "E103"      # unknown extension, spreadsheet, PDF ...
    DECODE = "E104"           # no text encoding fits
    MALFORMED_JSON = "E105"   # a JSON / JSON Lines record that does not parse
    MISSING_TEXT = "E106"     # a record without `text` or `html`
    BAD_FIELD = "E107"        # e.g. `published` not an ISO date
    LANGUAGE = "E108"         # not English
    TOO_LONG = "E109"         # longer than we are willing to parse
    NOT_FOUND = "E110"        # path does not exist / unreadable
    SYMLINK_LOOP = "E111"
    EXTRACTION = "E120"       # the extractor failed on this article (a bug: reported, batch goes on)


@dataclass(frozen=True)
class LoadFailure:
    """An input that was skipped. `source` is the path (with `:line` for JSON Lines)."""

    source: str
    code: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: [{self.code}] {self.reason}"


class DataError(RuntimeError):
    """A knowledge data file the extractor needs (gazetteer, lexicon) is missing or broken.

    A set-up error, not an input error: extraction without it would silently read fewer facts,
    so it stops the run (the CLI prints `error [E131] ...` and exits 2)."""

    code = "E131"

    def __init__(self, what: str, path: object, reason: str):
        super().__init__(what, path, reason)  # the arguments, so the error pickles across processes
        self.what, self.path, self.reason = what, path, reason

    def __str__(self) -> str:
        return (f"[{self.code}] {self.what} cannot be loaded from {self.path}: {self.reason} "
                f"(reinstall the package or restore the file)")


# What one article's odd text can make a parse or a rule raise: the article is reported (E120)
# and the batch goes on. Anything else (memory, files, imports, a missing model or data file)
# is a broken part of the installation and stops the run.
# (RuntimeError: a rule's StopIteration inside a generator reaches the caller as one.)
ARTICLE_FAILURES: tuple[type[Exception], ...] = (
    ArithmeticError, AssertionError, AttributeError, LookupError, RuntimeError, TypeError, ValueError,
)
