"""The publication date a page prints about itself, read from its text.

A news page states its date on a line of its own near the top ("Jul 26, 2023") or bottom
("2024-01-27 14:49:00"), or on a "Posted on / Published / Updated" line. Dates inside
sentences are nearly always event dates ("the armistice was signed on July 27, 1953"), so
only such metadata lines are trusted; a page without one has no date rather than a wrong one.
A date from JSON `published` or HTML metadata is better than this and wins over it.

Strict regexes with English month names (from the stdlib calendar, not a hand-written list)
keep this fast and import-free: no relative dates ("yesterday"), nothing dateparser-fuzzy.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

#: How many non-empty lines at the top and at the bottom of a page are searched.
WINDOW_LINES = 15
#: A line longer than this is prose, not a dateline.
MAX_DATELINE_CHARS = 120
#: Publication dates earlier than this are not news pages (and are usually misreads).
EARLIEST_YEAR = 1990

_MONTHS: dict[str, int] = {}
for _number in range(1, 13):
    _MONTHS[calendar.month_name[_number].lower()] = _number
    _MONTHS[calendar.month_abbr[_number].lower()] = _number
_MONTHS["sept"] = 9

_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_WEEKDAY = r"(?:(?:" + "|".join(
    sorted({*(d.lower() for d in calendar.day_name), *(d.lower() for d in calendar.day_abbr)},
           key=len, reverse=True)) + r")\.?,?\s+)?"
_TIME = r"(?:\s*(?:,|\||at|-|T)?\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?" \
        r"(?:\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5}|\(?UTC[+-]?\d*\)?|GMT[+-]?\d*))?)?"

_DATE_FORMS = [
    # 2023-09-15, 2023/07/26, 2023.07.26 (+ optional time and zone)
    r"(?P<year>(?:19|20)\d{2})[-/.](?P<mnum>[01]?\d)[-/.](?P<day>[0-3]?\d)",
    # Jul 26, 2023 / January 26, 2024 / Friday, January 26, 2024
    _WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR,
    # 26 January 2024 / Friday 26 Jan. 2024
    _WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR,
    # 21.12.2022 / 31-03-2022: day first, as dots and dashes are written wherever the year ends
    r"(?P<day>[0-3]?\d)(?P<sep>[.-])(?P<mnum>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d{2})",
    # 2/17/2019 (month first) or 17/2/2019 (day first): a slash date only when one of its first
    # two numbers cannot be a month; 10/06/2025 may be either and is no date
    r"(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>(?:19|20)\d{2})",
]
_DATE_RES = [re.compile(r"(?<![\w/.-])" + form + _TIME + r"(?![\w/-])", re.IGNORECASE)
             for form in _DATE_FORMS]

# "Posted on :", "Published:", "Updated on", "Date:", "First published on" ...
_LABEL = re.compile(
    r"\b(?:(?:first\s+|last\s+|originally\s+)?(?:posted|published|updated|modified|released|"
    r"created|dated?|issued)(?:\s+(?:on|at))?)\s*:?",
    re.IGNORECASE,
)
_LABEL_PREFERENCE = re.compile(r"\b(?:posted|published|released|created|issued|dated?)\b", re.IGNORECASE)
_LEFTOVER = re.compile(r"[\s,;:|/()\[\]•·–—-]*")


def _date_from_match(match: re.Match) -> dt.date | None:
    groups = match.groupdict()
    day = groups.get("day")
    month = int(groups["mnum"]) if groups.get("mnum") else _MONTHS.get(
        (groups.get("month") or "").lower().rstrip("."))
    if groups.get("first"):
        first, second = int(groups["first"]), int(groups["second"])
        if (first > 12) == (second > 12):
            return None  # both could be the month (or neither): the order is unknown
        day, month = (first, second) if first > 12 else (second, first)
    try:
        value = dt.date(int(groups["year"]), month or 0, int(day or 0))
    except (TypeError, ValueError):
        return None
    if value.year < EARLIEST_YEAR or value > dt.date.today() + dt.timedelta(days=2):
        return None
    return value


def _dates_in(line: str) -> list[tuple[re.Match, dt.date]]:
    found: list[tuple[re.Match, dt.date]] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_RES:
        for match in pattern.finditer(line):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            value = _date_from_match(match)
            if value is not None:
                found.append((match, value))
                taken.append(match.span())
    found.sort(key=lambda pair: pair[0].start())
    return found


def full_dates(text: str) -> list[re.Match]:
    """Where `text` prints a whole date (day, month and year) of a news page's years."""
    return [match for match, _ in _dates_in(text)]


def dateline_day(printed: str | None) -> dt.date | None:
    """The day a wire dateline prints with its year ("Sept 21, 2023", "26th April, 2022"), as a
    date: the filing day, the day the copy counts "today" and "on Wednesday" from when nothing
    else dates the article. A dateline's day without a year ("March 1") dates nothing here."""
    if not printed:
        return None
    found = _dates_in(printed)
    return found[0][1] if len(found) == 1 else None


def is_date_line(line: str) -> bool:
    """True for a line that is nothing but dates and their labels ("Posted on : 2023-09-15 ...")."""
    line = line.strip()
    if not line or len(line) > MAX_DATELINE_CHARS:
        return False
    dates = _dates_in(line)
    if not dates:
        return False
    rest = line
    for match, _ in reversed(dates):
        rest = rest[: match.start()] + " " + rest[match.end():]
    rest = _LABEL.sub(" ", rest)
    return _LEFTOVER.fullmatch(rest) is not None


def _dateline_date(line: str) -> dt.date | None:
    """The date a dateline states: the 'posted/published' one if it names several."""
    dates = _dates_in(line)
    if not dates:
        return None
    for match, value in dates:
        before = line[: match.start()]
        labels = list(_LABEL.finditer(before))
        if labels and _LABEL_PREFERENCE.search(labels[-1].group(0)):
            return value
    return dates[0][1]


def _short_meta_line_date(line: str) -> dt.date | None:
    """A byline-with-date line ("By Jane Roe | January 26, 2024"): short, not a sentence."""
    line = line.strip()
    if len(line) > 90 or line.endswith((".", "!", "?", '"', "”")):
        return None
    dates = _dates_in(line)
    if not dates or len({value for _, value in dates}) != 1:
        return None  # ("Updated: 14-05-2024 09:40 | Created: 14-05-2024 09:31": one day twice)
    rest = line
    for match, _ in reversed(dates):
        rest = rest[: match.start()] + " " + rest[match.end():]
    if len(rest.split()) > 8:
        return None
    return dates[0][1]


def _label_opening_date(line: str) -> dt.date | None:
    """The date of a label glued before a line's text ("date 2020-01-30 NAIROBI: ..."): the
    page's own date, printed by the page's software before its first line, however long the
    line is (the cleaner cuts the label from the text); only an ISO date right after the label."""
    label = _LABEL.match(line)
    if label is None:
        return None
    match = _DATE_RES[0].match(line, len(line) - len(line[label.end():].lstrip()))
    return None if match is None else _date_from_match(match)


def find_publication_date(raw_text: str) -> dt.date | None:
    """The page's own publication date, from a dateline near its top or bottom, else None."""
    lines = [line.strip() for line in raw_text.splitlines() if line.strip()]
    top = lines[:WINDOW_LINES]
    bottom = lines[-WINDOW_LINES:] if len(lines) > WINDOW_LINES else []
    for window in (top, bottom[::-1]):
        for line in window:
            if is_date_line(line) or (_LABEL.match(line) and len(line) <= MAX_DATELINE_CHARS):
                value = _dateline_date(line)
                if value is not None:
                    return value
            elif (value := _label_opening_date(line)) is not None:
                return value
    for window in (top, bottom[::-1]):
        for line in window:
            value = _short_meta_line_date(line)
            if value is not None:
                return value
    return None
