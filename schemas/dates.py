"""Partial dates: the one place that says which days "2023", "2023-09" or "2023-09-14" allow.

A fact's date is as precise as the text made it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), so it stands
for an interval of days. Every consumer (the SQLite store's date columns, Neo4j's `first_date` /
`last_date`, the query engine's range filter, exports) takes the bounds and the overlap test from
here instead of padding strings itself.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

__all__ = ["DATE_PATTERN", "date_lo", "date_hi", "day_lo", "day_hi", "overlaps", "span"]

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_SHAPE = re.compile(DATE_PATTERN)


def _parts(value: str) -> tuple[int, int | None, int | None]:
    if not _SHAPE.match(value):
        raise ValueError(f"date must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    pieces = [int(p) for p in value.split("-")]
    year = max(pieces[0], 1)
    # The shape check lets "2023-13" or "2023-02-30" through: clamp to the nearest real day
    # rather than fail a query over one odd date.
    month = min(max(pieces[1], 1), 12) if len(pieces) > 1 else None
    day = None
    if month is not None and len(pieces) > 2:
        day = min(max(pieces[2], 1), calendar.monthrange(year, month)[1])
    return year, month, day


def day_lo(value: str) -> dt.date:
    """The earliest day a partial date allows: "2023" -> 2023-01-01, "2023-09" -> 2023-09-01."""
    year, month, day = _parts(value)
    return dt.date(year, month or 1, day or 1)


def day_hi(value: str) -> dt.date:
    """The latest day a partial date allows: "2023" -> 2023-12-31, "2024-02" -> 2024-02-29."""
    year, month, day = _parts(value)
    if month is None:
        return dt.date(year, 12, 31)
    if day is None:
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


def date_lo(value: str) -> str:
    """day_lo as ISO text (YYYY-MM-DD), which sorts as the days do."""
    return day_lo(value).isoformat()


def date_hi(value: str) -> str:
    """day_hi as ISO text (YYYY-MM-DD)."""
    return day_hi(value).isoformat()


def overlaps(date: str | None, date_from: str | None, date_to: str | None) -> bool:
    """Whether a partial date can fall in the inclusive range [date_from, date_to], each end itself
    partial and optional. No range: every fact passes; a range: an undated fact does not."""
    if date_from is None and date_to is None:
        return True
    if date is None:
        return False
    if date_from is not None and day_hi(date) < day_lo(date_from):
        return False
    if date_to is not None and day_lo(date) > day_hi(date_to):
        return False
    return True


def span(dates: list[str]) -> tuple[dt.date, dt.date] | None:
    """(earliest day, latest day) any of `dates` allows; None when there are none."""
    if not dates:
        return None
    return min(day_lo(d) for d in dates), max(day_hi(d) for d in dates)
