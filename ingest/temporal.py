"""Dates of facts: the temporal expression of the trigger's clause, resolved against the
article's publication date.

News copy dates events relative to the day it was written ("on Wednesday", "last week",
"on the 19th"), so a fact is only as datable as its article: without a publication date only
absolute dates are kept. A date is returned at the precision the text gives (YYYY-MM-DD,
YYYY-MM or YYYY) and never guessed: an expression that spans two months yields no date.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from functools import lru_cache

from ingest import docindex, lexicon, modality
from schemas.models import Modality


@lru_cache(maxsize=1)
def _lex() -> dict:
    return lexicon.raw("temporal")


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


_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d{2})\b")  # a year 1900-2099 ("in 2019")


@lru_cache(maxsize=4096)  # a pure function of its arguments; "on Monday" recurs all through a day's news
def resolve(text: str, published: dt.date | None, prefer_future: bool = False, past: bool = False) -> str | None:
    """The date a temporal expression denotes, or None when it fixes none.

    `prefer_future` is for planned events: a bare weekday then means the coming one. `past`
    is for expressions said of a verb in the past tense: "signed in June" written in May is
    last June.
    """
    if not text:
        return None
    lex = _lex()
    low = " " + re.sub(r"\s+", " ", text.lower()).strip() + " "
    month_re, weekday_re = _month_re(), _weekday_re()
    year_offset = next((off for phrase, off in lex["year_offsets"].items() if phrase in low), None)

    # A span counted back from the writing: "ten days ago", "two years ago"
    ago = _ago(low, published)
    if ago is not None:
        return ago or None

    # Month + day (+ year): "July 27, 1953", "Sept. 13", "Friday (January 26)".
    m = re.search(r"\b" + month_re + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4}))?", low)
    if not m:
        m = re.search(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + month_re + r"(?:,?\s+(?P<year>\d{4}))?", low)
    if m:
        month, day = lex["months"][m.group("month")], int(m.group("day"))
        # a range's year is written once, at its end ("November 26-27, 1990", "April 26-May 1,
        # 1984"): the first day's year too; a range across two months fixes only the year
        later = _YEAR.search(low[m.end():]) if not m.group("year") else None
        if later:
            if re.search(r"\b" + month_re, low[m.end():m.end() + later.start()]):
                return _fmt(int(later.group("year")))
            year = int(later.group("year"))
            return _fmt(year, month, day) if _valid(year, month, day) else None
        if m.group("year"):
            year = int(m.group("year"))
        elif published is not None:
            year = published.year + (year_offset or 0)
            if past and year_offset is None and _valid(year, month, day) and dt.date(year, month, day) > published:
                year -= 1  # "met on Dec. 7" written in March: last December
        else:
            return None
        return _fmt(year, month, day) if _valid(year, month, day) else None

    # "last summer", "this winter": the year of the latest such season begun before now ("last
    # summer" written in January is the year before); a season fixes no month
    m = re.search(r"\b(?P<which>last|this)\s+(?P<season>" + "|".join(lex["seasons"]) + r")\b", low)
    if m and published is not None:
        starts = lex["seasons"][m.group("season")]
        if m.group("which") == "this":
            return _fmt(published.year)
        return _fmt(published.year - (1 if starts >= published.month else 0))

    # Month (+ year): "in December last year", "in September of this year", "mid-October".
    m = re.search(r"\b(?:early-?|mid-?|late-?)?" + month_re + r"(?:,?\s+(?:of\s+)?(?P<year>\d{4}))?\b", low)
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
        if re.search(r"\blast\s+" + month_re, low):  # "last June": the latest June before now
            return _fmt(published.year - (1 if month >= published.month else 0), month)
        if not prefer_future and month > published.month + (0 if past else 1):
            year -= 1  # "in December" written in January: last December
        if prefer_future and month < published.month - 1:
            year += 1
        return _fmt(year, month)

    # Bare year: "in 2019".
    m = _YEAR.search(low)
    if m and not re.search(r"\d{4}s\b", low):
        return _fmt(int(m.group("year")))

    if published is None:
        return None

    # Ordinal day of the current month: "on the 19th and 20th", "the 15th"; not an ordinal that
    # ranks the noun after it ("for the 28th year", "the 12th annual meeting")
    m = re.search(r"\bthe (?P<day>\d{1,2})(?:st|nd|rd|th)\b(?P<after> [a-z]+)?", low)
    if m and m.group("after") and m.group("after").strip() not in lex["ordinal_day_joiners"]:
        m = None
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

    # Weekend: "at the weekend" is the last Saturday and Sunday before the writing, "next
    # weekend" the coming ones; a date only when both days fall in one month.
    if any(re.search(r"\b" + w + r"\b", low) for w in lex["weekend_words"]):
        ahead = any(re.search(r"\b" + w + r"\b", low) for w in lex["forward_phrases"]) \
            or (prefer_future and not past)
        saturday = published + dt.timedelta(days=(5 - published.weekday()) % 7) if ahead \
            else published - dt.timedelta(days=(published.weekday() - 5) % 7)
        sunday = saturday + dt.timedelta(days=1)
        return _fmt(saturday.year, saturday.month) if saturday.month == sunday.month else None

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


def _ago(low: str, published: dt.date | None) -> str | None:
    """The date "N <unit> ago" denotes against the writing day (temporal.json ago_words,
    ago_units, counts): "ten days ago" the day, "two weeks ago" the month the day falls in (the
    year when three days either side cross a month's end), "four months ago" the month, "six
    years ago" the year. None when the text holds no counted span or nothing to count it from
    (the other readings then apply, as before); "" when the span fixes no date (a week either
    side of a new year)."""
    lex = _lex()
    # "9:40 AM / 6 years ago" after a page's time stamp is its age when it was saved, no date
    ago_words = "|".join(map(re.escape, lex["ago_words"]))
    found = re.search(r"(?<!/ )\b(?P<n>\d{1,3}|[a-z]+)\s+(?P<unit>[a-z]+)\s+(?:" + ago_words + r")\b", low)
    if not found or found.group("unit") not in lex["ago_units"]:
        return None
    n = int(found.group("n")) if found.group("n").isdigit() else lex["counts"].get(found.group("n"))
    if not n or published is None:  # "a few days ago", or no writing day to count from
        return None
    unit = lex["ago_units"][found.group("unit")]
    if unit == "year":
        return _fmt(published.year - n)
    if unit == "month":
        return _fmt(*_shift_month(published.year, published.month, -n))
    day = published - dt.timedelta(days=n * (7 if unit == "week" else 1))
    if unit == "day":
        return day.isoformat()
    start, end = day - dt.timedelta(days=3), day + dt.timedelta(days=3)
    if (start.year, start.month) == (end.year, end.month):
        return _fmt(day.year, day.month)
    return _fmt(day.year) if start.year == end.year else ""


#: A dateline's day counts as the filing day only this many days before publication at most: a
#: wire story filed on the 6th runs in the paper of the 7th ("June 6 - ... bombed ... today").
FILING_LAG_DAYS = 3


def filing_day(dateline_date: str | None, published: dt.date | None) -> dt.date | None:
    """The day a wire story was filed, from the date its dateline prints, when that is a day
    shortly before publication: "today" and "yesterday" in the copy count from it. None when
    the dateline gives no day, the same day, or one too far from the publication date."""
    if not dateline_date or published is None:
        return None
    value = resolve(dateline_date, published, past=True)
    if value is None or len(value) != 10:
        return None
    day = dt.date.fromisoformat(value)
    if not (published - dt.timedelta(days=FILING_LAG_DAYS) <= day < published):
        return None
    return day


# Dependency labels through which a time expression attaches to the clause it dates.
_ATTACH = {"prep", "pobj", "npadvmod", "tmod", "advmod", "appos", "nummod", "compound", "amod",
           "nmod", "det", "quantmod", "conj", "cc", "punct", "case", "pcomp", "dep"}


_LAST_ENTS: tuple = (None, ())  # (doc, doc.ents) of the last doc asked: one tuple, swapped whole


def _sent_ents(sent) -> list:
    """`sent.ents`, without rebuilding every entity of the doc per sentence as spaCy does."""
    global _LAST_ENTS
    last = _LAST_ENTS
    if last[0] is not sent.doc:
        last = _LAST_ENTS = (sent.doc, docindex.of(sent.doc).ents)
    ents = []
    for ent in last[1]:  # spaCy's own loop (Span.ents), stop included
        if ent.start >= sent.start:
            if ent.end <= sent.end:
                ents.append(ent)
            else:
                break
    return ents


_LAST_DATES: tuple = (None, {})  # (doc, {(sentence start, end): its time expressions}) of the last doc


def _date_spans(sent) -> list:
    """Time expressions in a sentence: spaCy DATE entities plus "the 19th"-style ordinals (found
    once per sentence; every trigger of the sentence asks again)."""
    global _LAST_DATES
    last = _LAST_DATES
    if last[0] is not sent.doc:
        last = _LAST_DATES = (sent.doc, {})
    key = (sent.start, sent.end)
    found = last[1].get(key)
    if found is None:
        found = last[1][key] = _find_date_spans(sent)
    return list(found)


_ORDINAL_DAY = re.compile(r"\d{1,2}(st|nd|rd|th)")  # "the 19th"


def _counts_a_noun(tok, span_start: int, span_end: int) -> bool:
    """"the 15th Summit", "the 12th Annual meeting", "for the 28th year": an ordinal that
    qualifies a noun outside its own time expression counts that event (or year); it is no
    day of the month. A day stands alone ("on the 27th", "the 19th and 20th") or with its month
    inside the expression ("May 30th")."""
    head = tok.head
    return tok.dep_ in ("amod", "nummod") and head.i != tok.i \
        and not span_start <= head.i < span_end and head.pos_ in ("NOUN", "PROPN")


def _ordinal_count(span) -> bool:
    """A time expression that is only "the" and an ordinal counting a noun after it (see
    `_counts_a_noun`): the model tags "the 15th" of "the 15th Summit" DATE."""
    words = [t for t in span if t.lower_ != "the"]
    return len(words) == 1 and _ORDINAL_DAY.fullmatch(words[0].lower_) is not None \
        and _counts_a_noun(words[0], span.start, span.end)


def _document_number(span) -> bool:
    """A time expression that is only the number of a document known by its number (temporal.json
    numbered_nouns): "Resolution 1970", "resolutions 1970 and 1973", "resolution No. 2094" name
    no year."""
    words = [t for t in span if not t.is_punct]
    if len(words) != 1 or not words[0].is_digit:
        return False
    lex = _lex()
    node = words[0]
    # "resolution No. 1970": the small model splits the abbreviation and hangs every piece on the
    # preposition, so the words just before the number are read as well as its head
    sent_start = docindex.sent_of(node).start
    before = node.i - 1
    while before >= max(sent_start, node.i - 3) and (node.doc[before].is_punct or node.doc[before].lower_ in lex["number_words"]):
        before -= 1
    if sent_start <= before < node.i - 1 and node.doc[before].lemma_.lower() in lex["numbered_nouns"]:
        return True
    for _ in range(4):  # up through a coordination of numbers and a number word ("No.")
        if node.dep_ == "conj" and node.head.is_digit:
            node = node.head
            continue
        head = node.head
        if head.i == node.i:
            return False
        if head.lower_ in lex["number_words"] and node.dep_ in ("nummod", "appos", "compound", "pobj"):
            node = head
            continue
        return node.dep_ in ("nummod", "appos", "compound", "npadvmod") \
            and head.lemma_.lower() in lex["numbered_nouns"]
    return False


def _find_date_spans(sent) -> list:
    spans = [e for e in _sent_ents(sent) if e.label_ in docindex.TIME_LABELS and not _ordinal_count(e)
             and not _document_number(e)]
    covered = {t.i for s in spans for t in s}
    weekdays = _lex()["weekdays"]
    index = docindex.of(sent.doc)
    for i in range(sent.start, sent.end):  # `for tok in sent` (the index's strings: no Token made or decoded anew)
        if i in covered:
            continue
        text, tok = index.texts[i], index.tokens[i]
        if text[:1].isdigit() and _ORDINAL_DAY.fullmatch(text.lower()):
            if _counts_a_noun(tok, tok.i, tok.i + 1):
                continue
            spans.append(sent.doc[tok.i:tok.i + 1])
        elif text[:1].isupper() and tok.lower_.rstrip(".") in weekdays and tok.i > 0 \
                and tok.nbor(-1).lower_ == "on" and tok.dep_ == "pobj":
            spans.append(sent.doc[tok.i:tok.i + 1])  # "on Tues.": the model sees no date in an abbreviation
    return spans


def _governing_verb(tok):
    """The verb a noun trigger belongs to ("held talks", "package of sanctions adopted"),
    climbing through objects, prepositions and coordinations; None for a bare noun phrase."""
    node = tok
    for _ in range(5):
        if node.head.i == node.i:
            return None
        if node.dep_ == "nsubjpass" and node.head.lemma_.lower() in _lex()["passive_event_verbs"]:
            return node.head  # "the treaty was signed in November": the signing is the treaty's event
        if node.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return None  # the subject's noun: its verb says something else about it
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.dep_ not in ("dobj", "pobj", "prep", "conj", "attr", "appos", "compound", "oprd"):
            return None
    return None


def _clause_chain(trigger) -> list:
    """The verbs whose time is the trigger's time, nearest first: its own verb, then the verbs
    it is controlled by or coordinated with ("plans to visit", "visited X on Friday, held talks
    with Y")."""
    chain = [trigger]
    head = trigger
    if trigger.pos_ in ("NOUN", "PROPN"):
        verb = _governing_verb(trigger)
        if verb is None:
            return chain
        chain.append(verb)
        head = verb
    occasion = head.head
    if head.dep_ == "relcl" and head.pos_ in ("VERB", "AUX") and occasion.dep_ == "nsubj" \
            and occasion.lemma_.lower() in _lex()["occasion_nouns"] and occasion.head.lemma_ == "be":
        chain.append(occasion.head)  # "the last time X visited Y was in 2011": dated by the copula
        return chain
    while head.dep_ in ("xcomp", "ccomp", "conj", "advcl") and head.head.i != head.i \
            and head.pos_ in ("VERB", "AUX") and head.head.pos_ in ("VERB", "AUX"):
        if head.dep_ == "ccomp" and _quoted(trigger) and not _quoted(head.head):
            break  # a quote's events are not dated by the day it was spoken
        head = head.head
        chain.append(head)
        if head.dep_ not in ("xcomp", "conj"):
            break
    return chain


def _anchor(span, trigger, chain=None, participles: bool = False) -> int | None:
    """How far up the trigger's clause chain the time expression hangs (0: on the trigger
    itself), or None when it belongs to another verb's clause. `participles`: a past participle
    on the trigger's object is no clause of its own ("to attend the summit held on May 3": the
    day is the summit's, which _purpose_date wants)."""
    chain = chain if chain is not None else _clause_chain(trigger)
    where = {t.i: n for n, t in enumerate(chain)}
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubj", "nsubjpass") \
            and trigger.i < span.start and span.end <= trigger.head.i:
        return 0  # "Lavrov's visit to Pyongyang last month angered Seoul": said of the visit
    top = chain[-1]
    if top.dep_ == "relcl" and span.start <= top.head.i < span.end \
            and any(c.dep_ == "advmod" and c.lower_ in _lex()["date_relatives"] for c in top.children):
        return len(chain) - 1  # "since Jan. 11, when X struck Y": the date the clause qualifies
    tok = span.root
    for _ in range(12):
        if tok.i in where:
            return where[tok.i]
        if tok.head.i == tok.i:
            return None
        if tok.head.pos_ in ("VERB", "AUX") and tok.head.i not in where and not (
                participles and tok.head.dep_ == "acl" and tok.head.tag_ == "VBN"):
            return None  # (`participles`: "the meeting held on May 3" dates the meeting)
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i in where and tok.i != span.root.i:
            return where[tok.head.i]  # "Leaders of the G7 on Tuesday condemned ..."
        if tok.dep_ not in _ATTACH and tok.dep_ not in ("pobj", "npadvmod") \
                and not (participles and tok.dep_ in ("acl", "dobj")):
            return None
        if tok.dep_ == "pobj" and tok.head.lower_ in _lex()["span_prepositions"]:
            return None  # "dozens of attacks since January": a period's bound, not the event's date
        if tok.dep_ == "pobj" and tok.head.lower_ in _lex()["sequence_prepositions"] \
                and tok.head.head.pos_ in ("NOUN", "PROPN") and tok.head.head.i not in where:
            # "met, their first talks after a summit in July": the date of the event another
            # noun is told after; on the trigger itself ("talks after a statement on May 3")
            # the parser hangs the clause's own date on the nearest noun as often as not
            return None
        tok = tok.head
    return None


def _span_text(span, sent) -> str:
    """The expression with what qualifies it: a parenthesised date right after ("Friday
    (January 26)"), a preceding "early"/"late"/"mid"."""
    doc = sent.doc
    end = span.end
    while end < sent.end and doc[end].text in ("(", ",", ")") and end - span.end < 2:
        end += 1
    text = doc[span.start:end].text
    nxt = [e for e in _date_spans(sent) if e.start >= span.end and e.start <= end + 1]
    if nxt:
        text = text + " " + nxt[0].text
    if span.start > 0 and doc[span.start - 1].lower_ in _lex()["date_qualifiers"]:
        text = doc[span.start - 1].text + " " + text
    return text


def _agree(values: list[str | None]) -> str | None:
    """The date every reading gives, at the finest precision they share (month at least)."""
    if not values or any(v is None for v in values):
        return None
    common = values[0]
    for v in values[1:]:
        n = 0
        while n < min(len(common), len(v)) and common[n] == v[n]:
            n += 1
        common = common[:n]
    for size in (10, 7):
        if len(common) >= size and all(len(v) >= size for v in values):
            return common[:size]
    return None


def resolve_in_frame(text: str, published, frame=None, prefer_future: bool = False, past: bool = False) -> str | None:
    """`resolve` against the publication date, or, when only a range of possible publication
    days is known, the date all of them agree on."""
    if published is not None or not frame:
        return resolve(text, published, prefer_future, past)
    return _agree([resolve(text, day, prefer_future, past) for day in frame])


def _sequence(trigger):
    """The word that sets the trigger's event before or after the clause it hangs on, and
    the token that clause is told by: ("after", "met") for "met Y on Tuesday, a day after
    his trip to X" and for "froze assets on Friday, a day after Russia invaded"; None when
    the trigger is not so placed."""
    words = _lex()["sequence_prepositions"]
    node = trigger
    while node.dep_ in ("conj", "xcomp") and node.head.i != node.i:
        node = node.head  # "after his trip and talks", "after Russia began to invade"
    if node.dep_ == "dobj" and node.head.dep_ == "pcomp" and node.head.tag_ == "VBG":
        node = node.head  # "a day after holding talks in X": the gerund the event noun is object of
    if node.dep_ in ("pobj", "pcomp") and node.head.lower_ in words:
        anchor = node.head.head
        if anchor.dep_ == "npadvmod" and anchor.lower_ in _lex()["day_units"] and anchor.head.i != anchor.i:
            anchor = anchor.head  # "met Y on Wednesday, a day after ...": the measure hangs on the verb
        return node.head, anchor
    if node.dep_ == "advcl" and node.pos_ in ("VERB", "AUX"):
        mark = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in words), None)
        if mark is not None:
            return mark, node.head
    return None


def _distance(word, clause) -> int | None:
    """How many days "a day after", "two days before" put between the events, read from a
    measure hung on the sequence word or on the clause it opens; None without one."""
    lex = _lex()
    units, counts = lex["day_units"], lex["counts"]
    for measure in (word.head, *word.children, *clause.children):
        if measure.dep_ != "npadvmod" or measure.lower_ not in units:
            continue
        for c in measure.children:
            if c.dep_ in ("det", "nummod"):
                n = counts.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
                if n:
                    return n * units[measure.lower_]
    return None


def _sequenced_date(trigger, seq, published, prefer_future, frame) -> str | None:
    """The date of an event placed by a day count before or after another clause ("a day
    after Russia invaded"): that clause's day moved by the count; None without a count or
    without a day for the clause."""
    word, anchor = seq
    days = _distance(word, word.head)
    if days is None:
        return None
    told = clause_date(anchor, published, prefer_future, frame)
    if not told or len(told) != 10:
        return None
    return (dt.date.fromisoformat(told) + dt.timedelta(days=days * _lex()["sequence_prepositions"][word.lower_])).isoformat()


def _sequence_month(trigger, published, frame) -> str | None:
    """The month (or year) of the clause a bare "after" or "before" ties an event to, with no
    measure between them ("In May 2011, X shelled villages after Y raided a post", "flew
    home on Sunday after holding talks with Y in Z"): the precision the bare word keeps; the day is not
    (the event may be the day before). None for a gap longer than days ("weeks after", "long
    before"; temporal.json sequence_gap_words) or without a date for that clause."""
    seq = _sequence(trigger)
    if seq is None:
        return None
    word, anchor = seq
    if _distance(word, word.head) is not None or _measured(word, word.head) or _ranked(anchor):
        return None
    told = clause_date(anchor, published, False, frame)
    return told[:7] if told else None


def _prior_month(trigger, published, frame) -> str | None:
    """The month (or year) of the event a bare "after" or "following" hung on the trigger's own
    verb tells, dated by its own words ("Following X's seizure of Y in 2016, Z imposed sanctions",
    "greets Y after arriving in Z on 3 May 2019", "imposed sanctions after Y seized Z in
    2016"): the trigger's event comes next, within the month the bare word
    keeps. None across a gap ("years after"; `_measured`), for a ranked first (`_ranked`), for
    "before" (what comes before a dated event may be long before), or when that event has no
    date of its own."""
    chain = _clause_chain(trigger)
    verb = chain[1] if len(chain) > 1 and trigger.pos_ in ("NOUN", "PROPN") else chain[0]
    if _ranked(trigger) or _ranked(verb):
        return None
    words = _lex()["sequence_prepositions"]
    for child in verb.children:
        if child.dep_ == "prep":
            word, events = child, [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
        elif child.dep_ == "advcl":
            word, events = next((c for c in child.children if c.dep_ == "mark"), None), [child]
        else:
            continue
        if word is None or words.get(word.lower_, 0) >= 0 or _measured(word, verb) \
                or _distance(word, verb) is not None:
            continue
        for event in events:
            told = _occurrence_date(event, published, frame) if event.pos_ in ("NOUN", "PROPN") \
                else _own_date(event, published, frame)
            if told:
                return told[:7]
    return None


def _own_date(verb, published, frame) -> str | None:
    """The most precise date a time expression hung on the verb itself gives ("after arriving in
    Z on 3 May 2019"), read as past; None without one."""
    sent = docindex.sent_of(verb)
    values = [v for v in (resolve_in_frame(_span_text(span, sent), published, frame, past=True)
                          for span in _date_spans(sent) if _anchor(span, verb, [verb], participles=True) == 0) if v]
    return max(values, key=len) if values else None


def _trigger_words(sent, lemmas) -> list:
    """The words of the sentence whose lemma or form is one of `lemmas`, in text order (read
    from the doc index's strings: no Token made or decoded anew)."""
    index = docindex.of(sent.doc)
    return [index.tokens[i] for i in range(sent.start, sent.end) if index.lemmas[i] in lemmas or index.lowers[i] in lemmas]


def _sequence_month_of(sent, lemmas: set, published, frame) -> str | None:
    """`_sequence_month` (else `_prior_month`) of the first trigger word of the sentence that
    has one."""
    trigs = _trigger_words(sent, lemmas)
    return next((d for d in (_sequence_month(t, published, frame) for t in trigs) if d), None) \
        or next((d for d in (_prior_month(t, published, frame) for t in trigs if not sequenced(t)) if d), None)


def _ranked(node) -> bool:
    """"the first visit of X to Y after he took office", "the first leader to visit Y after the
    war", "was the first to visit Y after Z": an ordinal ranks the event since the other one,
    which may be long before; no event told next to it."""
    nouns = [node]
    if modality.to_infinitive(node) and node.dep_ in ("relcl", "acl"):
        nouns.append(node.head)
    if node.dep_ == "xcomp" or node.lemma_ == "be":
        verb = node.head if node.dep_ == "xcomp" else node
        nouns += [c for c in verb.children if c.dep_ == "attr"]
    return any(c.ent_type_ == "ORDINAL" for n in nouns for c in n.children)


def _measured(word, clause) -> bool:
    """Whether a gap longer than days sets the sequence word's distance ("weeks after", "two
    years before", "long after"; temporal.json sequence_gap_words): the bare word's month does
    not hold across it."""
    gaps = _lex()["sequence_gap_words"]
    return any(m.dep_ in ("npadvmod", "advmod") and m.lower_ in gaps
               for m in (*word.children, *(c for c in clause.children if c.i < word.i)))


def clause_date(trigger, published: dt.date | None, prefer_future: bool = False, frame=None) -> str | None:
    """The date of the event `trigger` (a spaCy Token) denotes, from its own clause: the
    expression nearest the trigger in its clause chain, the most precise of equals. An event
    set after or before another clause ("a day after his trip") takes no date of that
    clause's: its own, or the other's day moved by the count the text gives."""
    sent = docindex.sent_of(trigger)  # `trigger.sent`, not rebuilt
    chain = _clause_chain(trigger)
    seq = _sequence(trigger)
    cut = len(chain)
    if seq is not None:
        cut = next((n for n, t in enumerate(chain) if t.i == seq[1].i), len(chain))
    best, best_rank = None, None
    for span in _date_spans(sent):
        level = _anchor(span, trigger, chain)
        if level is None or level >= cut or _conjunct_of(trigger, span):
            continue
        # "pledged on Monday to deliver tanks": a day said of a past verb is past, even for
        # the planned event that verb announces
        past = chain[level].tag_ == "VBD"
        value = resolve_in_frame(_span_text(span, sent), published, frame, prefer_future and not past, past)
        if not value:
            continue
        # "since X's visit to Y in 2019 and his later visit to Z in May": a time hung on a
        # conjoined event noun is that event's; the trigger's own, at the same level, comes first
        rank = (level, _via_conjunct(span, trigger), -len(value))
        if best_rank is None or rank < best_rank:
            best, best_rank = value, rank
    if best is None and trigger.pos_ in ("NOUN", "PROPN"):
        # "After the visit of A to X that took place on 3 April": the noun's own clause of
        # occurrence dates it, whatever it is told before or after
        best = _occurrence_date(trigger, published, frame)
    if best is None and seq is not None:
        return _sequenced_date(trigger, seq, published, prefer_future, frame)
    if best is None and seq is None and trigger.pos_ == "VERB":
        best = _purpose_date(trigger, sent, published, prefer_future, frame) \
            or _recalled_gathering_date(trigger, published, frame)
    return best


def _occurrence_verb(noun):
    """The verb that tells when an event noun happened: the one it is the subject of in a
    clause of occurrence ("the summit took place on 9 June", "the meeting was held in May";
    temporal.json recounting_heads, recounting_passives; its opening or close, gathering_span_verbs:
    "the summit concluded in X on 31 July"), the verb of holding it is the object
    of (mentions.json event_host_verbs: "X hosted a meeting"), or such a clause hung on it ("the
    visit that took place on 3 April", "the summit held on 9 June"); None for any other verb
    ("the talks angered Y" says nothing of when the talks were)."""
    lex = _lex()

    def tells(verb) -> bool:
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        lemma = verb.lemma_.lower()
        phrases = {lemma} | {f"{lemma} {k.lower_}" for k in verb.children if k.dep_ in ("dobj", "prt")}
        passive = any(k.dep_ == "auxpass" for k in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN")
        return bool(phrases & set(lex["recounting_heads"])) or (passive and lemma in lex["recounting_passives"]) \
            or (not passive and lemma in lex["gathering_span_verbs"] and any(
                k.dep_ == "nsubj" and (k.i == noun.i or (verb.dep_ == "relcl" and k.tag_ == "WDT"))
                for k in verb.children))  # "the summit opened", "the visit, which started on Sunday"

    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i != noun.i and tells(noun.head):
        return noun.head
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _gathering_words()[1] \
            and not any(k.dep_ == "auxpass" for k in verb.children):
        return verb  # "On 9 June, X hosted a meeting of ...": the hosting is the gathering
    # ("the visit to X, which started on Sunday": the parser hangs the clause on the place the
    # noun's phrase names; a place neither starts nor takes place, so the clause is the event's)
    hung = [c for c in noun.children] + [w for p in noun.children if p.dep_ == "prep"
                                          for o in p.children if o.dep_ == "pobj" for w in o.children]
    return next((c for c in hung if c.dep_ in ("relcl", "acl") and tells(c)), None)


def _occurrence_date(noun, published, frame) -> str | None:
    """The date an event noun's own words give it: a time expression of its own phrase ("the
    summit in June 2017") or of its clause of occurrence (`_occurrence_verb`): "In the course of
    the trip of A to X, which happened on 3 April, both sides signed ...". Only the noun's own
    event: the time of a clause it merely sits in is another event's."""
    sent = docindex.sent_of(noun)
    verb = _occurrence_verb(noun)
    best, best_rank = None, None
    for span in _date_spans(sent):
        if noun.i in range(span.start, span.end):
            continue
        if _anchor(span, noun, [noun]) == 0:
            level = 0
        elif verb is not None and _anchor(span, verb, [verb], participles=True) == 0:
            level = 1
        else:
            continue
        value = resolve_in_frame(_span_text(span, sent), published, frame, past=True)
        if value and (best_rank is None or (level, -len(value)) < best_rank):
            best, best_rank = value, (level, -len(value))
    return best


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)  # the data do not change while a process runs; asked for on every noun a date is sought for
def _gathering_words() -> tuple[frozenset, frozenset, frozenset]:
    """The gathering nouns and their holding verbs (mentions.json event_nouns, event_host_verbs)
    and the determiners that make a noun recall one told before (verbs.json event_censure_frame),
    as the gathering readers of the relation paths know them."""
    mentions, frame = lexicon.raw("mentions"), lexicon.raw("verbs")["event_censure_frame"]
    return frozenset(mentions["event_nouns"]), frozenset(mentions["event_host_verbs"]), frozenset(frame["determiners"])


def _recalls(tok) -> bool:
    """A definite gathering noun ("the summit", "this meeting") recalls one told before."""
    return any(c.dep_ == "det" and c.lower_ in _gathering_words()[2] for c in tok.children)


def _recalled_gathering_date(trigger, published, frame) -> str | None:
    """"The summit was held on 9 June 2017 in X. A and B attended the summit": a verb whose object
    (the subject of its passive: "the meeting was attended by A") is a definite gathering noun
    with no phrase of its own takes the date of the gathering it recalls (`_recalled_date`): the
    same gathering, told once with its time. Nothing is inherited from a mere neighbour."""
    gatherings = _gathering_words()[0]
    passive = any(c.dep_ == "auxpass" for c in trigger.children)
    deps = ("dobj", "nsubjpass") if passive else ("dobj",)
    for obj in (c for c in trigger.children if c.dep_ in deps):
        if (obj.lemma_.lower() in gatherings or obj.lower_ in gatherings) and _recalls(obj) \
                and not any(c.dep_ == "prep" and c.lower_ != "of" for c in obj.children):
            found = _recalled_date(obj, published, frame)
            if found:
                return found
    return None


def _recalled_date(event, published, frame, depth: int = 0) -> str | None:
    """The date of the gathering a definite noun recalls: the nearest earlier mention of its
    lemma, in its sentence or the two before, as that mention's own words date it
    (`_occurrence_date`); when that mention is itself definite and undated, the one it recalls
    in turn. Only the nearest mention: an undated one ends the search ("a summit" told just
    before is the one meant, not a dated summit further back)."""
    if depth > 4:
        return None
    doc, lemma = event.doc, event.lemma_.lower()
    index = docindex.of(doc)
    sent = docindex.sent_of(event)
    for _ in range(3):
        for tok in reversed(doc[sent.start:min(sent.end, event.i)]):
            if tok.lemma_.lower() != lemma or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            found = _occurrence_date(tok, published, frame)
            if found is None and _recalls(tok):
                found = _recalled_date(tok, published, frame, depth + 1)
            return found
        if sent.start == 0:
            break
        sent = index.sent(sent.start - 1)
    return None


def _purpose_date(trigger, sent, published, prefer_future, frame) -> str | None:
    """"X visited Y to attend the summit held on Jan. 6", "travelled to Y to attend talks on
    Friday": a journey with no time of its own is made for the gathering its purpose clause
    attends (temporal.json attending_verbs), of that gathering's day."""
    purpose = next((c for c in trigger.children if c.dep_ in ("advcl", "xcomp") and modality.to_infinitive(c)
                    and c.lemma_.lower() in _lex()["attending_verbs"]), None)
    if purpose is None:
        return None
    best, best_rank = None, None
    for span in _date_spans(sent):
        if _anchor(span, purpose, [purpose], participles=True) != 0:
            continue
        value = resolve_in_frame(_span_text(span, sent), published, frame, prefer_future, trigger.tag_ == "VBD")
        if value and (best_rank is None or -len(value) < best_rank):
            best, best_rank = value, -len(value)
    return best


def _via_conjunct(span, trigger) -> bool:
    """Whether the time expression reaches the trigger only through a conjoined noun (a second
    event with a time of its own: "X's visit last year and his talks in January")."""
    tok = span.root
    for _ in range(12):
        if tok.i == trigger.i or tok.head.i == tok.i:
            return False
        if tok.dep_ == "conj" and tok.pos_ in ("NOUN", "PROPN") and tok.head.pos_ in ("NOUN", "PROPN"):
            return True
        tok = tok.head
    return False


def _conjunct_of(trigger, span) -> bool:
    """Whether the event noun hangs on the time expression as its conjunct ("talks in X on
    May 3 and [her meeting] with Y in June" parsed as "May 3 and meeting"): the time is the
    event before the "and", not this one's."""
    tok = trigger
    for _ in range(4):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            return False
        tok = tok.head
        if span.start <= tok.i < span.end:
            return True
    return False


def sequenced(trigger) -> bool:
    """Whether the trigger's event is set after or before another clause ("a day after his
    trip"): the other clause's day is not its own."""
    return _sequence(trigger) is not None


def _under_simple_past(trigger) -> bool:
    """"responded by sending a team the next morning", "acted quickly, sending aid": a verb
    form the simple past it depends on tells as done."""
    node = trigger
    for _ in range(4):
        if node.tag_ not in ("VBG", "VBN") or node.dep_ not in ("pcomp", "advcl", "xcomp", "conj") \
                or node.head.i == node.i:
            return False
        node = node.head.head if node.head.pos_ == "ADP" else node.head
        if node.tag_ == "VBD":
            return True
    return False


def points_ahead(trigger) -> bool:
    """Whether the time expression nearest the trigger in its clause places it ahead of the
    writing ("next week", "tomorrow", "in the coming days"): such an event has not happened,
    whatever the verb's form ("Iran could attack Israel next week"). A verb in the simple past
    told it as done: "met X later in the day" is later than the story's start, not the writing."""
    if trigger.tag_ == "VBD" or _under_simple_past(trigger):
        return False
    forward = _lex()["forward_phrases"]
    chain = _clause_chain(trigger)
    nearest, nearest_level = None, None
    for span in _date_spans(docindex.sent_of(trigger)):
        level = _anchor(span, trigger, chain)
        if level is not None and (nearest_level is None or level < nearest_level):
            nearest, nearest_level = span, level
    if nearest is None:
        return False
    low = " " + nearest.text.lower() + " "
    return any(" " + phrase + " " in low for phrase in forward)


# ---- dating facts the clause leaves undated ---------------------------------------------------
# Reported events (a visit, talks, a parade attended) are news: without a time expression of
# their own they happened in the article's time frame, unless the sentence is background.
EVENT_RELATIONS = {"VISITED", "MET_WITH", "PARTICIPATED_IN", "HOSTED"}
# Acts told in the past tense ("condemned X", "imposed sanctions on X", "said it condemned") are
# news of the article's time too, unless only a verb inside a quotation tells them (a quote
# recalls history); a censure word inside a quote is the verdict voiced as it is reported.
ACT_RELATIONS = {"CONDEMNED", "SANCTIONED_BY", "ATTACKED"}
UNDATED_RELATIONS = {"HOLDS_ROLE", "LOCATED_IN"}


def _per_doc(name: str):
    """Memoise a function of a parsed doc alone in the doc's `user_data` (several readers ask
    the same question of one article; the answer dies with the doc)."""
    def wrap(fn):
        key = ("kg.temporal", name)

        @functools.wraps(fn)
        def memo(doc):
            data = doc.user_data
            if key not in data:
                data[key] = fn(doc)
            return data[key]
        return memo
    return wrap


@_per_doc("caption_day")
def _caption_day(doc) -> dt.date | None:
    """The day a photo caption gives at the end of an undated article's first sentence
    ("... arrives at the airport, Ruritania, Saturday, July 14, 2018."): the copy under the
    photo is written from that day."""
    first_sent = next(iter(doc.sents), None)  # only the first: not a Span for every sentence
    if first_sent is None:
        return None
    first = first_sent.text.strip()
    m = re.search(r",\s*(?:" + _weekday_re().replace("(?P<weekday>", "(?:") + r",?\s*)?" + _month_re()
                  + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>1[89]\d\d|20\d\d)\W*$", first, re.I)
    if m is None:
        return None
    month = _lex()["months"].get(m.group("month").lower())
    year, day = int(m.group("year")), int(m.group("day"))
    return dt.date(year, month, day) if month and _valid(year, month, day) else None


@_per_doc("infer_frame")
def infer_frame(doc) -> tuple[dt.date, dt.date] | None:
    """Possible publication days of an undated article that marks an anniversary of a dated
    event ("the 70th anniversary of the armistice" ... "the armistice was signed on July 27,
    1953"): the anniversary and the week after it, when such copy is written; or, for copy
    under a photo, the day its caption gives."""
    lex = _lex()
    text = docindex.of(doc).text  # `doc.text`, joined once per doc
    caption = _caption_day(doc)
    if caption is not None:
        return caption, caption
    stop = set(lex.get("frame_stopwords", []))
    full = re.compile(r"\b" + _month_re() + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>1[89]\d\d|20\d\d)\b", re.I)
    for m in re.finditer(r"\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+([^.,;:()]{3,80})", text, re.I):
        n = int(m.group(1))
        keys = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", m.group(2))} - stop
        for d in full.finditer(text):
            before = text[max(0, d.start() - 160):d.start()].lower()
            if not any(re.search(r"\b" + k + r"\b", before) for k in keys):
                continue
            month = lex["months"][d.group("month").lower()]
            year, day = int(d.group("year")) + n, int(d.group("day"))
            if _valid(year, month, day):
                start = dt.date(year, month, day)
                return start, start + dt.timedelta(days=7)
    return None


def _token_ends(doc) -> list[int]:
    """Every token's end offset (`tok.idx + len(tok.text)`), read from the doc's arrays
    without making a Token object per token."""
    from spacy.attrs import IDX, LENGTH

    cols = doc.to_array([IDX, LENGTH])
    return (cols[:, 0] + cols[:, 1]).tolist()


def _sentence_at(doc, char: int, ends: list[int] | None = None):
    """The sentence of the first token ending past `char`; `ends`, every token's end offset,
    computed once per doc, spares a walk over the doc per call."""
    if ends is not None:
        i = bisect.bisect_right(ends, char)
        return docindex.of(doc).sent(i) if i < len(ends) else None  # `doc[i].sent`
    for tok in doc:
        if tok.idx + len(tok.text) > char:
            return docindex.sent_of(tok)
    return None


_ERA = re.compile(r"\b(1[89]|20)\d\d(s|’s|'s)?\b")


@lru_cache(maxsize=8)
def _any_phrase(phrases: tuple[str, ...]):
    """One pattern that finds any of the phrases as whole words (None for no phrase): the
    same answer as searching for each in turn, in one pass over the text."""
    if not phrases:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in phrases) + r")\b")


def _background(sent, now: int | None = None) -> bool:
    """A sentence about the past: a year, a decade or an era in it, or a word such as
    "formerly", "historically", "the then leader" ("former" is not one: "Former President X met
    Y" is today's news of a man who held a post). `now`, the year the article is written in: a
    year not before it is the news's own ("a statement released on 25 October 2022" in a page
    of that October, "the summit to be held in February 2019"), no past."""
    lex = _lex()
    low = " " + docindex.of(sent.doc).span_text(sent.start, sent.end).lower() + " "  # `sent.text`
    if _ERA.search(low) and any(_ERA.fullmatch(tok.lower_) and not _names_a_thing(tok) and not _counted_since(tok)
                                and not (now is not None and tok.is_digit and int(tok.text) >= now)
                                for tok in docindex.tokens(sent)):
        return True
    phrases = _any_phrase(tuple(lex.get("background_phrases", [])))
    if phrases is not None and phrases.search(low):
        measures = [tok for tok in docindex.tokens(sent) if tok.lower_ in lex["measure_spans"] and _measure_span(tok)]
        if measures:  # what is left once the spans the news is measured by are set aside
            low = " " + " ".join(" " if any(t.i == tok.i for t in measures) else tok.lower_
                                 for tok in docindex.tokens(sent)) + " "
        if phrases.search(low):
            return True
    index = docindex.of(sent.doc)
    for i in range(sent.start, sent.end):  # `for tok in sent` (the index's strings: no Token made or decoded anew)
        low = index.lowers[i]
        if low == "then" and not (index.deps[i] == "advmod" and index.tokens[i].head.pos_ in ("VERB", "AUX")):
            return True
        if low.startswith("then-"):
            return True
    return False


def _measure_span(span) -> bool:
    """A decade or an era the news is measured by or opens, not a past it tells of: "entered a
    new era", "the first talks in more than a decade", "its highest level in decades". A span
    in the phrase of a verb ("ruled for a decade", "fell in the past decade") stays the past."""
    lex = _lex()
    if any(c.dep_ == "amod" and c.lower_ in lex["opening_words"] for c in span.children):
        return True
    node = span
    for _ in range(4):  # up through "more than a decade" to the preposition that holds it
        if node.dep_ == "pobj" and node.head.lower_ == "than" and node.head.head.i != node.head.i:
            node = node.head.head  # "more than a decade": the phrase the comparison sits in
            continue
        if node.dep_ == "pobj":
            prep = node.head
            return prep.lower_ in lex["measure_prepositions"] and prep.head.pos_ in ("NOUN", "ADJ", "PRON", "NUM")
        if node.head.i == node.i or node.head.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    return False


def _counted_since(year) -> bool:
    """A year a noun counts from ("the first visit by a US leader since 1989", "the first such
    talks since 2019"), or a year inside the phrase a "since" opens ("its heaviest strikes since
    the offensive in 2019", "since the 2006 war"): what happened then is the news's measure, not
    its time."""
    since = year.head
    if year.dep_ == "pobj" and since.lower_ == "since" and since.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        return True
    node = year
    for _ in range(6):  # up the noun phrase the year sits in, stopping at a clause of its own
        if node.head.i == node.i or node.head.pos_ in ("VERB", "AUX"):
            return False
        if node.dep_ == "pobj" and node.head.lower_ == "since" and node is not year:
            return True
        node = node.head
    return False


def _names_a_thing(year) -> bool:
    """A year that is part of a thing's name ("a breach of the 1994 truce agreement"), not
    the time of the sentence ("in 2003", "since 1998") nor an era ("the 1990s")."""
    head = year.head
    return year.is_digit and year.dep_ in ("compound", "nummod", "amod") and head is not year \
        and head.pos_ in ("NOUN", "PROPN") and not head.ent_type_


def _quoted(tok) -> bool:
    """Whether a token stands inside quotation marks in its sentence: the day the speaker
    spoke ('"Russia attacked Ukraine," X said on Monday') does not date what the quote tells."""
    sent = docindex.sent_of(tok)
    # `sent.text_with_ws[:tok.idx - sent.start_char]`, cut from the doc's text made once
    before = docindex.of(tok.doc).text[sent.start_char:tok.idx]
    opened = before.count("\u201c") - before.count("\u201d")
    return opened > 0 or before.count('"') % 2 == 1


def _tense_head(trig):
    """The verb whose tense says when a trigger happened: its own, a nominal event's governing
    verb (None when there is none), raised through open complements ("began to attack")."""
    node = trig
    if trig.pos_ in ("NOUN", "PROPN"):
        node = _governing_verb(trig)
        if node is None:
            return None
    while node.dep_ in ("xcomp",) and node.head.pos_ in ("VERB", "AUX"):
        node = node.head
    return node


def _reported(trig) -> bool:
    """Past tense or present perfect ("visited", "has visited", "were received"), or a
    nominal event ("China's trip"); not the pluperfect ("had visited": an earlier event)."""
    node = _tense_head(trig)
    if node is None:
        return True
    if _pluperfect_or_modal(trig):
        return False
    aux = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
    if node.tag_ == "VBD":
        return True
    if node.tag_ in ("VBN", "VBG") and any(a.lower_ in ("has", "have", "was", "were", "’ve", "'ve") for a in aux):
        return True
    return False


def _points_in_time(sent) -> list:
    """The sentence's time expressions but lengths of time ("for a second week")."""
    durations = _lex()["duration_prepositions"]
    return [s for s in _date_spans(sent) if not (s.start > sent.start and s.doc[s.start - 1].lower_ in durations)]


def _spans_a_period(sent, trig) -> bool:
    """Whether a time expression of the trigger's own clause bounds a period ("since January",
    "until March") rather than naming a point in time; a length ("for a second week") bounds
    none. ("X condemned the launches, saying they were the eighth since September": the period
    counts the launches of the clause hung on the verb, not the condemnation.)"""
    bounds = _lex()["span_prepositions"]
    home = _clause_head(trig)
    return any(s.start > sent.start and s.doc[s.start - 1].lower_ in bounds
               and _clause_head(s.doc[s.start - 1]) == home for s in _date_spans(sent))


def _clause_head(tok) -> int:
    """The index of the head of the clause a token sits in: the first relative, adverbial,
    complement or conjoined clause going up, else the sentence's root."""
    node = tok
    while node.dep_ != "ROOT" and node.head is not node:
        if node.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj") and node.pos_ in ("VERB", "AUX"):
            return node.i
        node = node.head
    return node.i


def _subordinate(tok) -> bool:
    """Whether a token sits in a relative, adverbial or complement clause or inside a time
    expression, rather than in its sentence's main clause."""
    node = tok
    while node.dep_ != "ROOT" and node.head is not node:
        if node.dep_ in ("relcl", "acl", "advcl", "ccomp") or docindex.is_time(node):
            return True
        node = node.head
    return False


def _modifies_noun(tok) -> bool:
    """Whether the first clause a token sits in, going up, is a relative or participle clause
    modifying a noun ("a U-turn prompted by ..."), not a complement or adverbial one."""
    node = tok
    while node.dep_ != "ROOT" and node.head is not node:
        if node.dep_ in ("relcl", "acl"):
            return True
        if node.dep_ in ("ccomp", "advcl"):
            return False
        node = node.head
    return False


def _joined_now(trig) -> bool:
    """"X joins A and B in condemning Y": the present of a joining verb (verbs.json joining_verbs)
    whose "in" phrase holds the act reports the act as today's news, as a past "joined" does."""
    prep = trig.head
    if trig.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ != "in":
        return False
    verb = prep.head
    return verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() in lexicon.raw("verbs")["joining_verbs"]


def _progressive(trig) -> bool:
    """The present progressive ("is accusing", "are shelling"): an act under way as the
    article is written, unlike the simple present of a standing state ("are banned")."""
    node = _tense_head(trig)
    return node is not None and modality.present_progressive(node)


def _current(trig, perfect_only: bool = False) -> bool:
    """Present tense, progressive or perfect ("is visiting", "is in", "have signed", "has
    launched"): news of the article's own time. Modals and the pluperfect are not. A standing
    relation in the simple present ("is an ally of") is no event: `perfect_only` for those."""
    node = _tense_head(trig)
    if node is None:
        return False
    aux = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("MD", "VBD") for a in aux):
        return False
    if node.tag_ in ("VBZ", "VBP"):
        return not perfect_only
    if perfect_only:  # "have signed", not the present passive of a standing state ("are banned")
        return node.tag_ == "VBN" and any(a.dep_ == "aux" and a.tag_ in ("VBZ", "VBP") for a in aux)
    return node.tag_ in ("VBG", "VBN") and any(a.tag_ in ("VBZ", "VBP") for a in aux)


def _news_day(sent, published, frame) -> str | None:
    """The one day a news lead names ("... on Tuesday, while Moscow blamed ..."): a sentence
    whose only time expression fixing a date is a day of the last week dates all its undated
    events; expressions that fix none ("its two-week-old offensive", "on the opening day of the
    talks") do not count."""
    # ("the toll since Friday's quake has reached 2,700": a period's bound is not the news's day)
    bounds = _lex()["span_prepositions"]
    values = {resolve_in_frame(_span_text(span, sent), published, frame) for span in _date_spans(sent)
              if not (span.start > sent.start and span.doc[span.start - 1].lower_ in bounds)}
    values.discard(None)
    if len(values) != 1:
        return None
    value = values.pop()
    if len(value) != 10:
        return None
    if published is not None:
        day = dt.date.fromisoformat(value)
        if not (published - dt.timedelta(days=7) <= day <= published):
            return None
    return value


def _frame_month(published, frame) -> str | None:
    if published is not None:
        return _fmt(published.year, published.month)
    if frame and (frame[0].year, frame[0].month) == (frame[-1].year, frame[-1].month):
        return _fmt(frame[0].year, frame[0].month)
    return None


def _neighbour_day(doc, f, sent, explicit: dict, lemmas: set) -> str | None:
    """The day of an event its neighbours tell: the explicit day of an event of its own sentence or
    of the previous one with the same participants ("On 23 May X met Y. Y arrived in Z to ..."), else the day a
    next sentence of the paragraph gives the same kind of event as it recounts it ("X met Y. The
    meeting took place at the palace on May 9, 2024"; temporal.json recounting_heads)."""
    if f.relation not in EVENT_RELATIONS:
        return None
    index = docindex.of(doc)
    ids = {f.subject_id, f.object_id}
    # ("On 24 May X met Y, who had arrived in Z on a working visit": a relative clause hung on a
    # participant is of the day its sentence tells; not an event put before or after it)
    trigs = _trigger_words(sent, lemmas)
    relative = bool(trigs) and not any(sequenced(t) for t in trigs) and all(
        t.dep_ == "relcl" or any(a.dep_ == "relcl" for a in t.ancestors) for t in trigs)
    for start in ((sent.start,) if relative else ()) + ((index.sent(sent.start - 1).start,) if sent.start > 0 else ()):
        date = next((p.date for p in explicit.get(start, []) if p is not f
                     and p.relation in EVENT_RELATIONS and ids & {p.subject_id, p.object_id}), None)
        if date is not None:
            return date
    if sent.end >= len(doc):
        return None
    nxt = index.sent(sent.end)
    if docindex.new_paragraph(doc, nxt):
        return None
    root = nxt.root
    phrases = {root.lemma_.lower()} | {f"{root.lemma_.lower()} {k.lower_}" for k in root.children
                                       if k.dep_ in ("dobj", "prt")}
    passive = any(k.dep_ == "auxpass" for k in root.children)
    if not phrases & set(_lex()["recounting_heads"]) and not (
            passive and root.lemma_.lower() in _lex()["recounting_passives"]):
        return None  # ("was held", not "held talks": that tells an event of its own)
    told = [k for k in root.children if k.dep_ in ("nsubj", "nsubjpass")
            and (k.lemma_.lower() in lemmas or k.lower_ in lemmas)
            and any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in k.children)]
    if not told:
        return None
    day = clause_date(root, None)
    return day if day is not None and len(day) == 10 else None


def _sentences_and_days(doc, facts: list) -> tuple[dict, dict]:
    """Each fact's sentence (by the fact's id), and the facts with an explicit day by the start
    of their sentence: what the neighbour rules read."""
    ends = list(docindex.of(doc).ends) if facts else None  # every token's end offset, made once
    sentences = {id(f): s for f in facts if (s := _sentence_at(doc, f.evidence.start, ends)) is not None}
    explicit: dict[int, list] = {}
    for f in facts:
        if f.date and len(f.date) == 10 and id(f) in sentences and f.relation not in UNDATED_RELATIONS:
            explicit.setdefault(sentences[id(f)].start, []).append(f)
    return sentences, explicit


def _dated_by_neighbours(doc, facts: list, triggers: dict, sentences: dict, explicit: dict) -> list:
    """`date_facts` for an article with no publication date and no inferable frame: only the
    absolute day a neighbouring sentence tells of the same event (`_neighbour_day`)."""
    out = []
    for f in facts:
        sent = sentences.get(id(f))
        date = None
        # (no background test here: it keeps the article's month from old news, and this day is
        # the text's own)
        if not f.date and sent is not None and f.modality == Modality.ASSERTED:
            lemmas = triggers.get(f.relation, set())
            date = _sequence_month_of(sent, lemmas, None, None) \
                or _neighbour_day(doc, f, sent, explicit, lemmas)
        out.append(f.model_copy(update={"date": date}) if date else f)
    return out


def date_facts(doc, facts: list, published: dt.date | None, frame=None, triggers: dict | None = None) -> list:
    """Dates for the asserted facts their own clause left undated, by the rules an analyst
    uses, weakest last: (1) the clause's expression read against an inferred time frame when
    the article has no date; (2) the one recent day a sentence names; (3) for events, the
    explicit day its neighbours tell (`_neighbour_day`: an event of its own sentence or of the
    previous one with the same participants, or a next sentence recounting it), also when the
    article has neither date nor frame; (4) for events reported in the past tense, the month of
    the article; (5) for visits and meetings told with no time and no tense of their own in a
    dated article, not in the pluperfect nor under a modal, the month of the article. Explicit
    dates always win."""
    triggers = triggers or {}
    sentences, explicit = _sentences_and_days(doc, facts)
    if published is None and not frame:
        # no clock to read relative dates by; an absolute day told beside the event still dates it
        return _dated_by_neighbours(doc, facts, triggers, sentences, explicit)
    caption = _caption_day(doc) if published is None else None
    # the month undated news is told in: that of the day the lead names ("received on Tuesday"
    # written the Friday after, across a month's end), else the article's
    lead = next(iter(docindex.of(doc).sents), None) if facts else None
    lead_day = _news_day(lead, published, frame) if lead is not None else None
    month = lead_day[:7] if lead_day else _frame_month(published, frame)
    year = published.year if published is not None else frame[0].year if frame else None
    out = []
    for f in facts:
        sent = sentences.get(id(f))
        if f.date or sent is None or f.relation in UNDATED_RELATIONS or f.modality != Modality.ASSERTED:
            out.append(f)
            continue
        lemmas = triggers.get(f.relation, set())
        trigs = _trigger_words(sent, lemmas)
        date = None
        if published is None:
            date = next((d for d in (clause_date(t, None, frame=frame) for t in trigs) if d), None)
        if date is None and caption is not None and sent.start == 0:
            date = caption.isoformat()  # the caption's own event is of the caption's day
        background = _background(sent)
        # a year not before the article's own marks no past for the month of the news below; the
        # one day a sentence names is still no day of its undated events then ("began the tour
        # with a visit to X, ending it in Y on 28 July 2022": the day is the ending's)
        past = background and _background(sent, year)
        # aid delivered ("reached X", "arrived", "received doses") is an event; "armed X" is a standing support
        event = f.relation in EVENT_RELATIONS or (
            f.relation == "AIDED" and any(t.lemma_.lower() in _lex()["delivery_lemmas"] for t in trigs)) or (
            f.relation in ACT_RELATIONS and trigs and not all(_quoted(t) and t.pos_ == "VERB" for t in trigs))
        if date is None and not background and not (trigs and all(_quoted(t) or sequenced(t) for t in trigs)):
            date = _news_day(sent, published, frame)  # not the day of the clause an event came "after"
        if date is None:
            # but its month; (no background test: that clause's own date, not the article's, is read)
            date = _sequence_month_of(sent, lemmas, published, frame)
        if date is None and not past and event:
            date = _neighbour_day(doc, f, sent, explicit, lemmas)
            # trigger words only in a clause hung on another ("..., who is due to leave office")
            # say nothing of the main clause's tense: the main verb does
            main = [t for t in trigs if not _subordinate(t)]
            # an act is news in the past tense or present perfect, not in the simple present
            # of a standing state ("tests are banned under the resolutions")
            told = (lambda t: _reported(t) or _current(t, perfect_only=True) or _progressive(t)
                    or _joined_now(t)) \
                if f.relation in ACT_RELATIONS \
                else (lambda t: _reported(t) or _current(t))
            # the main verb tells the time of a clause hung on it ("said two planes had attacked",
            # "responded, shelling X"); for an act, not that of a noun's modifier ("a turn
            # prompted by the invasion of X"), and not a main verb of a standing state ("has
            # troops there, backing an ally in its war on Y")
            if f.relation in ACT_RELATIONS:
                # nor acts counted over a period ("dozens of attacks since January")
                acts = [t for t in trigs if not _modifies_noun(t) and not _spans_a_period(sent, t)]
                hung = bool(acts) and not main and told(sent.root)
            else:
                acts = trigs
                hung = not main and (_reported(sent.root) or _current(sent.root))
            if date is None and (any(told(t) for t in acts) or hung):
                date = month
        if date is None and not past and not event and trigs \
                and not _points_in_time(sent) and any(_current(t, perfect_only=True) for t in trigs):
            date = month  # "have launched air strikes", "have signed a pact"
        if date is None and not past and published is not None and f.relation in EVENT_RELATIONS \
                and not _points_in_time(sent) and not any(_pluperfect_or_modal(t) for t in trigs):
            # (5) a visit or meeting a dated article tells with no time and no tense of its own
            # ("coincided with the visit of X to Y", "after holding talks with Y", "leaders,
            # including X, were in Y") is of the article's month, as analysts date it
            date = month
        out.append(f.model_copy(update={"date": date}) if date else f)
    return out


def _pluperfect_or_modal(trig) -> bool:
    """Whether the verb telling the trigger's time is in the pluperfect ("had visited": before
    the news) or under a modal ("would meet"): no sign the event is of the article's month."""
    node = _tense_head(trig)
    if node is None:
        return False
    aux = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
    return any(a.lower_ == "had" or a.tag_ == "MD" for a in aux)
