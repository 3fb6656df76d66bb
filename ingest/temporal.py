"""Dates of facts: the temporal expression of the trigger's clause, resolved against the
article's publication date.

News copy dates events relative to the day it was written ("on Wednesday", "last week",
"on the 19th"), so a fact is only as datable as its article: without a publication date only
absolute dates are kept. A date is returned at the precision the text gives (YYYY-MM-DD,
YYYY-MM or YYYY) and never guessed: an expression that spans two months yields no date.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).parent / "data" / "temporal.json"


@lru_cache(maxsize=1)
def _lex() -> dict:
    return json.loads(_DATA.read_text(encoding="utf-8"))


def _month_re() -> str:
    names = sorted(_lex()["months"], key=len, reverse=True)
    return r"(?P<month>" + "|".join(names) + r")\.?"


def _weekday_re() -> str:
    names = sorted(_lex()["weekdays"], key=len, reverse=True)
    return r"(?P<weekday>" + "|".join(names) + r")\b\.?"


def _fmt(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
        return True
    except ValueError:
        return False


def _week_bounds(published: dt.date, offset: int) -> tuple[dt.date, dt.date]:
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=offset)
    return monday, monday + dt.timedelta(days=6)


def _shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def resolve(text: str, published: dt.date | None, prefer_future: bool = False) -> str | None:
    """The date a temporal expression denotes, or None when it fixes none.

    `prefer_future` is for planned events: a bare weekday then means the coming one.
    """
    if not text:
        return None
    lex = _lex()
    low = " " + re.sub(r"\s+", " ", text.lower()).strip() + " "
    month_re, weekday_re = _month_re(), _weekday_re()
    year_offset = next((off for phrase, off in lex["year_offsets"].items() if phrase in low), None)

    # Month + day (+ year): "July 27, 1953", "Sept. 13", "Friday (January 26)".
    m = re.search(r"\b" + month_re + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4}))?", low)
    if not m:
        m = re.search(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + month_re + r"(?:,?\s+(?P<year>\d{4}))?", low)
    if m:
        month, day = lex["months"][m.group("month")], int(m.group("day"))
        if m.group("year"):
            year = int(m.group("year"))
        elif published is not None:
            year = published.year + (year_offset or 0)
        else:
            return None
        return _fmt(year, month, day) if _valid(year, month, day) else None

    # Month (+ year): "in December last year", "in September of this year", "mid-October".
    m = re.search(r"\b(?:early-?|mid-?|late-?)?" + month_re + r"(?:\s+(?:of\s+)?(?P<year>\d{4}))?\b", low)
    if m and not (m.group("month") == "may" and not m.group("year") and "May" not in text
                  and not re.search(r"\b(in|early|mid|late|since|until|by)[ -]may\b", low)):
        month = lex["months"][m.group("month")]
        if m.group("year"):
            return _fmt(int(m.group("year")), month)
        if published is None:
            return None
        if year_offset is not None:
            return _fmt(published.year + year_offset, month)
        year = published.year
        if not prefer_future and month > published.month + 1:
            year -= 1  # "in December" written in January: last December
        if prefer_future and month < published.month - 1:
            year += 1
        return _fmt(year, month)

    # Bare year: "in 2019".
    m = re.search(r"\b(?P<year>(?:19|20)\d{2})\b", low)
    if m and not re.search(r"\d{4}s\b", low):
        return _fmt(int(m.group("year")))

    if published is None:
        return None

    # Ordinal day of the current month: "on the 19th and 20th", "the 15th".
    m = re.search(r"\bthe (?P<day>\d{1,2})(?:st|nd|rd|th)\b", low)
    if m:
        day = int(m.group("day"))
        return _fmt(published.year, published.month, day) if _valid(published.year, published.month, day) else None

    # Weekday: "on Wednesday", "Tuesday night".
    m = re.search(r"\b" + weekday_re, low)
    if m and not re.search(r"\b(last|next|every|each)\s+" + weekday_re.replace("?P<weekday>", ""), low):
        target = lex["weekdays"][m.group("weekday")]
        delta = (published.weekday() - target) % 7
        if prefer_future:
            day = published + dt.timedelta(days=(target - published.weekday()) % 7)
        else:
            day = published - dt.timedelta(days=delta)
        return day.isoformat()

    for phrase, off in lex["day_offsets"].items():
        if re.search(r"\b" + phrase + r"\b", low):
            return (published + dt.timedelta(days=off)).isoformat()

    for phrase, off in lex["week_offsets"].items():
        if re.search(r"\b" + phrase + r"\b", low):
            start, end = _week_bounds(published, off)
            if re.search(r"\bearly\b", low):
                end = start + dt.timedelta(days=2)
            elif re.search(r"\blate\b", low):
                start = start + dt.timedelta(days=4)
            if off == 0 and not prefer_future:
                end = min(end, published)
            return _fmt(start.year, start.month) if (start.year, start.month) == (end.year, end.month) else None

    for phrase, off in lex["month_offsets"].items():
        if re.search(r"\b" + phrase + r"\b", low):
            year, month = _shift_month(published.year, published.month, off)
            return _fmt(year, month)

    if year_offset is not None and not any(v in low for v in lex["vague"]):
        return _fmt(published.year + year_offset)
    return None


# Dependency labels through which a time expression attaches to the clause it dates.
_ATTACH = {"prep", "pobj", "npadvmod", "tmod", "advmod", "appos", "nummod", "compound", "amod",
           "nmod", "det", "quantmod", "conj", "cc", "punct", "case", "pcomp", "dep"}


def _date_spans(sent):
    """Time expressions in a sentence: spaCy DATE entities plus "the 19th"-style ordinals."""
    spans = [e for e in sent.ents if e.label_ in ("DATE", "TIME")]
    covered = {t.i for s in spans for t in s}
    for tok in sent:
        if tok.i not in covered and re.fullmatch(r"\d{1,2}(st|nd|rd|th)", tok.text.lower()):
            spans.append(sent.doc[tok.i:tok.i + 1])
    return spans


def _anchor(span, trigger) -> bool:
    """Whether the time expression hangs off the trigger's clause (not another verb's)."""
    clause = {trigger.i}
    head = trigger
    # The trigger's own verb chain: "plans to visit", "were expected to attend".
    while head.dep_ in ("xcomp", "ccomp", "conj", "advcl") and head.head.i != head.i and head.pos_ in ("VERB", "AUX"):
        head = head.head
        clause.add(head.i)
        if head.dep_ not in ("xcomp",):
            break
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.head.pos_ in ("VERB", "AUX"):
        clause.add(trigger.head.i)
    tok = span.root
    for _ in range(12):
        if tok.i in clause:
            return True
        if tok.head.i == tok.i:
            return False
        if tok.head.pos_ in ("VERB", "AUX") and tok.head.i not in clause:
            return False
        if tok.dep_ not in _ATTACH and tok.dep_ not in ("pobj", "npadvmod"):
            return False
        tok = tok.head
    return False


def clause_date(trigger, published: dt.date | None, prefer_future: bool = False) -> str | None:
    """The date of the event `trigger` (a spaCy Token) denotes, from its own clause."""
    sent = trigger.sent
    best = None
    for span in _date_spans(sent):
        if not _anchor(span, trigger):
            continue
        # Extend by a parenthesised or appositive date right after ("Friday (January 26)").
        end = span.end
        while end < sent.end and sent.doc[end].text in ("(", ",", ")") and end - span.end < 2:
            end += 1
        text = sent.doc[span.start:end].text
        nxt = [e for e in _date_spans(sent) if e.start >= span.end and e.start <= end + 1]
        if nxt:
            text = text + " " + nxt[0].text
        # Preceding qualifiers: "early last week", "in December last year".
        if span.start > 0 and sent.doc[span.start - 1].lower_ in ("early", "late", "mid"):
            text = sent.doc[span.start - 1].text + " " + text
        value = resolve(text, published, prefer_future)
        if value and (best is None or len(value) > len(best)):
            best = value
    return best
