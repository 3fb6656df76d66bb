"""Errors a user can act on. Each has a code (like spaCy's E-codes) and a one-line message.

The CLI prints `error [KGxxx]: message` and exits 2 (configuration/usage) or 1 (input) without a
traceback; anything else is a bug and keeps its traceback.
"""
from __future__ import annotations

# Every character str.splitlines() breaks a line at: an error is one line even when it quotes
# a user's input that holds one ("--param" names, file names, questions).
_LINE_BREAKS = {ord(c): repr(c)[1:-1] for c in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"}


class KgError(Exception):
    code = "KG000"
    exit_code = 2

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}".translate(_LINE_BREAKS)


class StoreConfigError(KgError):
    code = "KG001"


class StoreUnavailable(KgError):
    """The store cannot be reached (server down, file not writable)."""

    code = "KG002"


class StoreAuthError(KgError):
    code = "KG003"


class StoreVersionError(KgError):
    code = "KG004"


class UnsupportedQuestion(KgError):
    code = "KG010"


class UnknownEntity(KgError):
    code = "KG011"
    exit_code = 1


class ReadOnlyViolation(KgError):
    code = "KG012"


class CypherError(KgError):
    """The server refused a `kg cypher` query (syntax, unknown function, bad parameter ...)."""

    code = "KG013"


class ParamError(KgError):
    """A `--param k=v` that cannot be read."""

    code = "KG014"


class GazetteerUnavailable(KgError):
    """The shipped gazetteer data is missing or broken: kg would answer with less than it knows."""

    code = "KG015"


class ExportError(KgError):
    code = "KG020"


class GoldFileError(KgError):
    """A gold file (or a seed text it names) is missing or does not parse."""

    code = "KG030"
