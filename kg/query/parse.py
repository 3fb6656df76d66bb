"""English question -> QuerySpec.

The vocabulary (verbs per relation, question frames, kind words, modality and time words) is
data, in kg/query/data/questions.json; this module only compiles it into regular expressions
and reads the matches. Questions are lower-cased and stripped of punctuation first, so case and
a trailing "?" never matter; entity names are left as typed and resolved later by the engine.
"""
from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from kg.errors import UnsupportedQuestion

_DATA = Path(__file__).parent / "data" / "questions.json"

Form = Literal["relation", "profile", "activity", "timeline", "when", "check", "connection"]
ALL_MODALITIES = ["asserted", "planned", "negated"]


class QuerySpec(BaseModel):
    """What a question asks, with every word of English already interpreted."""

    form: Form
    relation: str | None = None
    entity: str | None = Field(default=None, description="X as typed")
    other: str | None = Field(default=None, description="Y as typed (when/check/connection)")
    entity_role: Literal["agent", "patient"] | None = Field(
        default=None, description="the role X plays in `relation`; answers play the other one")
    answer_kind: str | None = Field(default=None, description="entity type the answers must have")
    modalities: list[str] = Field(default_factory=lambda: ["asserted"])
    date_from: str | None = None
    date_to: str | None = None
    count: bool = False
    loose: bool = Field(default=False, description="a catch-all reading: an unknown X means not understood")
    question: str = ""


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    return json.loads(_DATA.read_text(encoding="utf-8"))


def _alt(phrases: list[str]) -> str:
    """Regex alternation of literal phrases, longest first so 'met with' beats 'met'."""
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(re.escape(p) for p in unique) + ")"


@dataclass(frozen=True)
class _Frame:
    form: str
    pattern: str
    relation: str | None = None
    x_role: str | None = None
    modality: str | None = None
    symmetric_only: bool = False
    loose: bool = False


def _fill(template: str, slots: dict[str, str]) -> str | None:
    """Substitute {slot}s; None when the template needs a slot this relation lacks."""
    missing = False

    def sub(match: re.Match) -> str:
        nonlocal missing
        value = slots.get(match.group(1))
        if value is None:
            missing = True
            return ""
        return value

    text = re.sub(r"\{(\w+)\}", sub, template)
    return None if missing else text


VERB_SLOTS = ("past", "base", "passive", "adjective", "noun")


def _compile(pattern: str) -> str:
    """Frames are kept as text and compiled on first use (see _regex): most questions match
    one of the first frames, so `kg query` does not pay for compiling them all."""
    return pattern


@lru_cache(maxsize=None)
def _regex(pattern: str) -> re.Pattern:
    return re.compile(pattern)


@lru_cache(maxsize=1)
def _phrase_relations() -> dict[tuple[str, str], str]:
    """(slot, phrase) -> relation; the vocabulary keeps each phrase in one relation."""
    table = {}
    for name, spec in vocabulary()["relations"].items():
        for slot in VERB_SLOTS:
            for phrase in spec.get("nouns" if slot == "noun" else slot, []):
                table.setdefault((slot, phrase), name)
    return table


@lru_cache(maxsize=1)
def _frames() -> list[_Frame]:
    """Compile the frames once per process.

    A frame's verb slots match the phrases of every relation at once (named groups); which
    relation was asked about is then read off the phrase that matched. That keeps the number of
    regular expressions small, which keeps `kg query` start-up fast.
    """
    from schemas import relation as lookup

    vocab = vocabulary()
    mod = vocab["modality"]
    relations = vocab["relations"]
    kinds = _alt(list(vocab["kinds"]))
    base_slots = {
        "who": (f"(?:(?P<count>{_alt(vocab['count_words'])}) (?P<kind>{kinds})"
                f"|(?:{_alt(vocab['question_words'])})(?: (?P<kind2>{kinds}))?)"),
        "x": "(?P<x>.+?)",
        "y": "(?P<y>.+?)",
        "plan": _alt(mod["plan"]),
        "plan_aux": _alt(mod["plan_aux"]),
        "neg": _alt(mod["neg"]),
    }

    def verb_slots(symmetric_only: bool) -> dict[str, str]:
        slots = dict(base_slots)
        for slot in VERB_SLOTS:
            phrases = [
                phrase
                for name, spec in relations.items()
                if not symmetric_only or lookup(name).symmetric
                for phrase in spec.get("nouns" if slot == "noun" else slot, [])
            ]
            if phrases:
                slots[slot] = f"(?P<v_{slot}>{_alt(phrases)})"
        return slots

    every, symmetric = verb_slots(False), verb_slots(True)
    frames: list[_Frame] = []
    profile_frames: list[_Frame] = []
    for item in vocab["form_frames"]:
        frame = _Frame(form=item["form"], pattern=_compile(_fill(item["pattern"], base_slots)),
                       loose=item.get("loose", False))
        (profile_frames if item["form"] == "profile" else frames).append(frame)
    for group, form in (("when_frames", "when"), ("check_frames", "check")):
        for item in vocab[group]:
            slots = symmetric if item.get("symmetric_only") else every
            frames.append(_Frame(form=form, pattern=_compile(_fill(item["pattern"], slots)),
                                 x_role=item.get("x_role", "agent"), modality=item["modality"]))
    for name, spec in relations.items():
        for pattern, role, modality in spec.get("reverse_frames", []):
            frames.append(_Frame(form="relation", pattern=_compile(_fill(pattern, base_slots)),
                                 relation=name, x_role=role, modality=modality))
    for item in vocab["relation_frames"]:
        frames.append(_Frame(form="relation", pattern=_compile(_fill(item["pattern"], every)),
                             x_role=item["x_role"], modality=item["modality"]))
    madj = _alt(mod["planned_adjectives"] + mod["negated_adjectives"])
    prefix = vocab["event_prefix"].replace("{madj}", madj)
    for name, spec in relations.items():
        for pattern, role in spec.get("event_frames", []):
            frames.append(_Frame(form="relation", pattern=_compile(prefix + _fill(pattern, base_slots)),
                                 relation=name, x_role=role, modality="asserted"))
    return frames + profile_frames


def _matched_relation(frame: _Frame, groups: dict) -> str | None:
    if frame.relation:
        return frame.relation
    table = _phrase_relations()
    for slot in VERB_SLOTS:
        phrase = groups.get(f"v_{slot}")
        if phrase:
            return table[(slot, phrase.lower())]
    return None


# -- normalisation and time filters -------------------------------------------------------------

def normalise(question: str) -> str:
    """Punctuation and spacing normalised; case kept (frames match case-insensitively) so an
    entity name reaches messages as the user typed it."""
    text = question.replace("’", "'").replace("‘", "'").replace("“", " ").replace("”", " ")
    text = re.sub(r"[?!,;:\"()\[\]{}]", " ", text)
    text = re.sub(r"\.(?=\s|$)", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    vocab = vocabulary()
    changed = True
    while changed:
        changed = False
        for prefix in sorted(vocab["strip_prefixes"], key=len, reverse=True):
            if text.lower().startswith(prefix + " "):
                text = text[len(prefix) + 1:]
                changed = True
    if text.lower().endswith(" please"):
        text = text[: -len(" please")]
    return text


def _month_alt() -> str:
    return _alt(list(vocabulary()["months"]))


def _date_regex() -> str:
    months = _month_alt()
    ordinal = r"\d{1,2}(?:st|nd|rd|th)?"
    return (
        r"(?:\d{4}-\d{2}(?:-\d{2})?"
        rf"|(?:(?:the )?{ordinal} (?:of )?)?{months}(?: {ordinal})?(?: \d{{4}})?"
        r"|\d{4})"
    )


def _parse_date(text: str, default_year: int | None = None) -> str | None:
    """'july 2023' -> '2023-07'; '4 july 2023' -> '2023-07-04'; 'march' + 2023 -> '2023-03'."""
    text = text.strip().lower()
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        return text
    months = vocabulary()["months"]
    year_match = re.search(r"\b(\d{4})\b", text)
    year = int(year_match.group(1)) if year_match else default_year
    month = next((months[w] for w in re.findall(r"[a-z]+", text) if w in months), None)
    day_match = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", text)
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day_match:
        day = int(day_match.group(1))
        if 1 <= day <= calendar.monthrange(year, month)[1]:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}"


def _shift(date: str, step: int) -> str:
    """The period just before (-1) or after (+1) a YYYY[-MM[-DD]] period, same precision."""
    import datetime as dt

    parts = [int(p) for p in date.split("-")]
    if len(parts) == 1:
        return f"{parts[0] + step:04d}"
    if len(parts) == 2:
        year, month = divmod(parts[0] * 12 + parts[1] - 1 + step, 12)
        return f"{year:04d}-{month + 1:02d}"
    day = dt.date(*parts) + dt.timedelta(days=step)
    return day.isoformat()


def extract_time(text: str) -> tuple[str, str | None, str | None]:
    """Remove the time filter from a normalised question; return (rest, date_from, date_to)."""
    date = _date_regex()
    words = vocabulary()["time_words"]
    date_from = date_to = None

    between = re.search(rf"\b(?:between|from) ({date}) (?:and|to|until|till) ({date})\b", text, re.I)
    if between:
        second = _parse_date(between.group(2))
        year = int(second[:4]) if second else None
        first = _parse_date(between.group(1), default_year=year)
        if first is None or second is None:
            raise UnsupportedQuestion("say which year the dates are in, e.g. 'between March and May 2023'")
        text = (text[: between.start()] + text[between.end():]).strip()
        return re.sub(r"\s+", " ", text), first, second

    for _ in range(2):  # at most a lower and an upper bound: "since 2022 before 2024"
        match = re.search(rf"\b({_alt(list(words))}) ({date})$", text, re.I) or re.search(
            rf"^({_alt(list(words))}) ({date}) ", text + " ", re.I)
        if not match:
            break
        kind = words[match.group(1).lower()]
        value = _parse_date(match.group(2))
        if value is None:
            raise UnsupportedQuestion(
                f"say which year: '{match.group(1)} {match.group(2)} 2023', not '{match.group(0).strip()}'")
        if kind == "within":
            date_from = date_to = value
        elif kind == "from":
            date_from = value
        elif kind == "after":
            date_from = _shift(value, +1)
        elif kind == "before":
            date_to = _shift(value, -1)
        elif kind == "to":
            date_to = value
        text = (text[: match.start()] + " " + text[match.end():]).strip()
        text = re.sub(r"\s+", " ", text)
    return text, date_from, date_to


def supported_forms() -> str:
    return "; ".join(vocabulary()["examples"])


# -- the parser ---------------------------------------------------------------------------------

def _clean_name(name: str | None) -> str | None:
    if name is None:
        return None
    name = name.strip().strip("'").strip()
    name = re.sub(r"^(?:the )", "", name, flags=re.I) if len(name) > 4 else name
    return name or None


def parse_question(text: str) -> QuerySpec:
    """Interpret a question; UnsupportedQuestion (listing the forms that work) when none fits."""
    if not text or not text.strip():
        raise UnsupportedQuestion(f"ask a question, for example: {supported_forms()}")
    normal = normalise(text)
    normal, date_from, date_to = extract_time(normal)
    vocab = vocabulary()
    kinds = vocab["kinds"]
    lowered = normal.lower()
    if len(lowered) != len(normal):  # a character whose lower case is longer: match as typed
        normal = lowered
    for frame in _frames():
        match = _regex(frame.pattern).fullmatch(lowered)
        if not match:
            continue
        groups = match.groupdict()
        # names as the user typed them: same span in the case-preserving text
        x = _clean_name(normal[match.start("x"):match.end("x")] if groups.get("x") is not None else None)
        y = _clean_name(normal[match.start("y"):match.end("y")] if groups.get("y") is not None else None)
        if frame.form in ("connection", "check") and (x is None or y is None):
            continue
        if x is None:
            continue
        kind_word = (groups.get("kind") or groups.get("kind2") or "").lower()
        modality = frame.modality or "asserted"
        madj = (groups.get("madj") or "").lower()
        if madj:
            modality = "planned" if madj in vocab["modality"]["planned_adjectives"] else "negated"
        if frame.form == "timeline" or frame.form == "connection":
            modalities = list(ALL_MODALITIES)
        elif frame.form == "check":
            modalities = [modality]
        else:
            modalities = [modality]
        return QuerySpec(
            form=frame.form, relation=_matched_relation(frame, groups), entity=x, other=y,
            entity_role=frame.x_role if frame.form in ("relation", "when", "check") else None,
            answer_kind=kinds.get(kind_word) if kind_word else None,
            modalities=modalities, date_from=date_from, date_to=date_to,
            count=bool(groups.get("count")), loose=frame.loose, question=text,
        )
    raise UnsupportedQuestion(f"cannot read {text.strip()!r}; questions that work: {supported_forms()}")
