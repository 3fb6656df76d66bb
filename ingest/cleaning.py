"""Article text out of a scraped page: web furniture removed, broken lines mended.

The cleaned text is what evidence sentences are quoted from, so sentences are never
rewritten (quotes, dashes and spelling stay as printed): lines are only dropped, joined or
de-duplicated, and whitespace is normalised. Paragraphs come out separated by a blank line.
The one cut inside a line is a wire-copy dateline at the start of a paragraph ("SEOUL
(Reuters) - ", "KYIV, Ukraine — "): it is the filing place and agency, not part of the
sentence the reporter wrote, and the sentence after it is kept verbatim.

What goes, and why:
- lines matching the furniture patterns of data/boilerplate.json (menus, share buttons,
  adverts, tag lists, comment forms, related-story lists, bias widgets, bylines, credits);
- date lines (the date is read separately by ingest.pubdate), and a page's date label glued
  before a wire dateline ("date 2020-01-30 NAIROBI: ..."), so the dateline after it is cut too;
- wire datelines opening a paragraph (data/datelines.json): left in, the parser reads the
  filing place and the agency as actors of the first sentence ("BALI met with Biden"). The
  place is where the copy was filed, not a fact about the story, so nothing is made of it.
  What counts is narrow, so a sentence start is never eaten: a place in capitals with a
  region, a date or a parenthesised agency, or a bare capitalised place the gazetteer knows
  as a city, place or state ("WARSAW — ", not "NATO - "), then a dash or colon, then a
  normal-case sentence (not an all-caps line or a headline fragment);
- section labels above the headline, and everything after a trailing "Related stories" /
  "Leave a comment" marker in the second half of the page;
- an all-caps block retelling the story (a broadcast script pasted under the article), when
  the page also has normal-case text: it repeats the facts in a form the parser reads badly;
- any paragraph printed again later (pages that repeat the story, captions printed twice,
  a caption doubled inside one line): no fact may be counted twice because a page repeats it.

A page flattened to one line (no line rule above can fire on it) is first cut where its top
ends: a head of words with no sentence end, followed by a wire dateline with its dash or colon, a
byline or a whole date (data/boilerplate.json `glued_headline`); the pieces are then lines like any
other, so the headline, byline, date and dateline rules apply to them. Only whitespace changes.

Headline (a judgement call): a short first paragraph without a final full stop is the
headline and becomes the title. It stays in the text as its own first paragraph when it has
more than four words (headlines are sentences about the story and may carry facts), and is
dropped from the text when it is a label of four words or fewer.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ingest import lexicon
from ingest.pubdate import full_dates, is_date_line

#: Fraction of upper-case letters above which a paragraph is "shouted".
SHOUTED_UPPER_RATIO = 0.85
#: A shouted block is dropped only when the page has at least this many normal-case letters.
MIN_NORMAL_LETTERS = 200
#: A first paragraph is a headline only if it is at most this many words.
MAX_HEADLINE_WORDS = 25
#: A headline of more words than this is kept in the text too.
HEADLINE_KEPT_ABOVE_WORDS = 4

_TERMINAL = tuple('.!?:;"”’)]…')
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_SPACES = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_SAME_LENGTH_QUOTES = str.maketrans("‘’‚‛“”„‟", "''''\"\"\"\"")
_MARKDOWN_HEADING = re.compile(r"^#{1,6} +(?=\S)")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"',
                         "„": '"', "‟": '"', "–": "-", "—": "-", "…": "..."})


@dataclass(frozen=True)
class CleanedText:
    text: str
    title: str | None
    #: the filing place of the first wire dateline cut off ("ASTANA" of "ASTANA. KAZINFORM – "):
    #: the text no longer names it, yet "here" in the copy still means it
    dateline: str | None = None
    #: the date that dateline gives, as printed ("June 6" of "ADDIS ABABA, June 6 - "): the day
    #: the copy was filed, which "today" and "yesterday" in it count from
    dateline_date: str | None = None


class _Rules:
    def __init__(self, data: dict):
        self.max_line_chars: int = data["max_line_chars"]
        self.line_patterns: list[tuple[str, re.Pattern, bool]] = []
        for category, spec in data["line_patterns"].items():
            for pattern in spec["patterns"]:
                self.line_patterns.append(
                    (category, re.compile(pattern, re.IGNORECASE), spec["may_end_a_sentence"]))
        # Furniture is rare: one alternation of the patterns screens out a line no pattern
        # matches in a single search, before the patterns are tried one by one for the category.
        self._any_line = _alternation([p for _c, p, _m in self.line_patterns])
        self._any_sentence_end_line = _alternation([p for _c, p, may_end in self.line_patterns if may_end])
        self.header_labels = [re.compile(p, re.IGNORECASE) for p in data["header_labels"]["patterns"]]
        self.tail_markers = [re.compile(p, re.IGNORECASE) for p in data["tail_markers"]["patterns"]]
        self.continuation_words = frozenset(data["continuation_words"]["words"])
        glued = data["glued_headline"]
        self.headline_max_words: int = glued["max_words"]
        self.parse_marks = str.maketrans(data["parse_marks"]["marks"])
        self.bylines = [pattern for category, pattern, _m in self.line_patterns if category == "byline"]

    def furniture(self, line: str) -> str | None:
        """The boilerplate category of a whole line, or None if it may be article text."""
        if len(line) > self.max_line_chars:
            return None
        ends_sentence = bool(_SENTENCE_END.search(line))
        screen = self._any_sentence_end_line if ends_sentence else self._any_line
        if screen is not None and not screen.fullmatch(line):
            return None
        for category, pattern, may_end_a_sentence in self.line_patterns:
            if ends_sentence and not may_end_a_sentence:
                continue
            if pattern.fullmatch(line):
                return category
        return None

    def is_header_label(self, line: str) -> bool:
        return len(line) <= 60 and any(p.fullmatch(line) for p in self.header_labels)

    def is_tail_marker(self, line: str) -> bool:
        return len(line) <= 80 and any(p.fullmatch(line) for p in self.tail_markers)


def _alternation(patterns: list[re.Pattern]) -> re.Pattern | None:
    """One pattern that fully matches a line exactly when one of `patterns` does; None when
    they cannot be joined so (a numbered group reference means another group once joined)."""
    if any(re.search(r"\\[1-9]|\(\?\(\d", p.pattern) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns) or "(?!)", re.IGNORECASE)
    except re.error:  # e.g. two patterns naming a group alike: tried one by one instead
        return None


@lru_cache(maxsize=1)
def rules() -> _Rules:
    return _Rules(lexicon.raw("boilerplate"))  # validated against ingest/lexicon.py


def _comparison_key(text: str) -> str:
    """Equality of paragraphs for de-duplication only (never used as output)."""
    key = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    key = re.sub(r"\s+", " ", key).strip()
    return key.rstrip(" .!?;:,")


# Unicode category Cc (C0, DEL, C1) except the tab; a newline never reaches a line
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f]")


_ESCAPED_QUOTE = re.compile(r"(?<=\w)\\(['’\"])")
# a backtick typed for the apostrophe of a possessive ("Congo`s President"): the apostrophe
_BACKTICK_POSSESSIVE = re.compile(r"(?<=\w)`(?=s\b)")


# A run of 300 characters or more with no space is no prose (base64 data, minified code, a line of
# brackets or dashes, an address with its query string); spaCy's tokenizer splits such a run one
# prefix at a time, in time quadratic in its length (10,000 "[" took 9 s, 100,000 would take about a quarter of an hour).
_UNBROKEN = re.compile(r"\S{300,}")


def _normalise_lines(raw: str) -> list[str]:
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    raw = _INVISIBLE.sub("", raw)
    # quotes escaped with a backslash by the page's software ("X\'s"): the quote itself
    raw = _ESCAPED_QUOTE.sub(r"\1", raw)
    raw = _BACKTICK_POSSESSIVE.sub("'", raw)
    lines = []
    for line in raw.split("\n"):
        line = _CONTROL.sub("", line)
        line = _UNBROKEN.sub(" ", _SPACES.sub(" ", line)).strip()
        lines.append(_split_run_together(_MARKDOWN_HEADING.sub("", line)))
    return lines


# Two capitalised words with no space between them: "TrumpPresident", "SomaliaMohamed".
# The first is three letters or more, so "McDonald" is no such pair.
_RUN_TOGETHER = re.compile(r"\b([A-Z][a-z]{2,})([A-Z][a-z]+)\b(?=( [A-Z])?)")


@lru_cache(maxsize=1)
def _title_heads() -> frozenset[str]:
    return frozenset(lexicon.raw("mentions")["title_heads"])


def _split_run_together(line: str) -> str:
    """Two words a page ran together where it lost a space or a line break get their space back
    (the one change inside a line besides whitespace, and whitespace it is), but only where the
    split is certain: the second word is a title head ("TrumpPresident Joe Biden") or "The"
    ("BroskyThe Shanghai"), which no name ends on; or the first is a state or city the gazetteer
    knows under that very name and the second opens a name of several words ("SomaliaMohamed
    Abdilahi Farmajo"). Left joined, the model reads the two as one name and the pair as one
    person. A brand in camel case ("PetroChina", "YouGov", "GhanaWeb is") has neither shape."""
    def split(match: re.Match) -> str:
        first, second = match.group(1), match.group(2)
        if second.lower() in _title_heads() or second.lower() == "the" \
                or match.group(3) and _gazetteer_types(first) & {"State", "City"}:
            return f"{first} {second}"
        return match.group(0)
    return _RUN_TOGETHER.sub(split, line) if _RUN_TOGETHER.search(line) else line


def _undouble(line: str) -> str:
    """A caption printed twice on one line ("X. Credit 1X. Credit 1") becomes one copy."""
    if len(line) < 40 or len(line) > 1200:
        return line
    folded = line.translate(_SAME_LENGTH_QUOTES).lower()
    prefix = folded[:6]
    middle = len(line) // 2
    spread = max(3, len(line) // 20)
    for cut in range(middle - spread, middle + spread + 1):
        if not folded.startswith(prefix, cut):
            continue
        first, second = line[:cut].strip(), line[cut:].strip()
        if first and second and _comparison_key(first) == _comparison_key(second):
            return first
    return line


def _is_prose(line: str) -> bool:
    return len(line.split()) >= 12 and bool(_SENTENCE_END.search(line))


def _drop_furniture(lines: list[str]) -> list[str]:
    """Furniture lines become blank lines, so no sentence is ever joined across one."""
    table = rules()
    total = sum(len(line) for line in lines) or 1
    seen = 0
    in_header = True
    kept: list[str] = []
    for line in lines:
        position = seen / total
        seen += len(line)
        if not line:
            kept.append("")
            continue
        if position >= 0.5 and table.is_tail_marker(line):
            break
        if (table.furniture(line) or is_date_line(line)
                or (in_header and table.is_header_label(line))):
            kept.append("")
            continue
        if _is_prose(line):
            in_header = False
        kept.append(line)
    return kept


def _blocks(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _looks_hard_wrapped(block: list[str]) -> bool:
    """A block typed with line breaks every ~70 characters: one paragraph, not many."""
    if len(block) < 3:
        return False
    body = block[:-1]
    if not all(30 <= len(line) <= 100 for line in body):
        return False
    open_ended = sum(1 for line in body if not line.endswith(_TERMINAL))
    return open_ended * 2 >= len(body)


def _broken_mid_sentence(line: str, following: str) -> bool:
    if line.endswith(_TERMINAL):
        return False
    if following[:1].islower() or line.endswith(","):
        return True
    last_word = re.sub(r"\W+$", "", line.rsplit(" ", 1)[-1])
    return last_word in rules().continuation_words


def _document_is_hard_wrapped(blocks: list[list[str]]) -> bool:
    """Most lines that continue into another line have a typewriter width: wrapped prose."""
    inner = [line for block in blocks for line in block[:-1]]
    if len(inner) < 2:
        return False
    return sum(1 for line in inner if 40 <= len(line) <= 100) >= 0.75 * len(inner)


def _split_at_datelines(blocks: list[list[str]]) -> list[list[str]]:
    """A line opening with a wire dateline starts a paragraph, however the block is wrapped:
    HTML text comes one paragraph a line, and a short headline and short paragraphs above
    would otherwise be joined to it as one hard-wrapped paragraph."""
    table = datelines()
    split: list[list[str]] = []
    for block in blocks:
        split.append([block[0]])
        for line in block[1:]:
            if table.length(line):
                split.append([line])
            else:
                split[-1].append(line)
    return split


def _paragraphs(lines: list[str]) -> list[str]:
    paragraphs: list[str] = []
    blocks = _split_at_datelines(_blocks(lines))
    wrapped = _document_is_hard_wrapped(blocks)
    for block in blocks:
        if wrapped or _looks_hard_wrapped(block):
            paragraphs.append(" ".join(block))
            continue
        current = block[0]
        for line in block[1:]:
            if _broken_mid_sentence(current, line):
                current = f"{current} {line}"
            else:
                paragraphs.append(current)
                current = line
        paragraphs.append(current)
    return paragraphs


def _letters(text: str) -> tuple[int, int]:
    return sum(map(str.isalpha, text)), sum(map(str.isupper, text))


def _is_shouted(paragraph: str) -> bool:
    count, upper = _letters(paragraph)
    return count >= 12 and upper >= SHOUTED_UPPER_RATIO * count


def _drop_shouted(paragraphs: list[str]) -> list[str]:
    letters = [_letters(p) for p in paragraphs]  # (letters, capitals) of each, counted once
    shouted = [count >= 12 and upper >= SHOUTED_UPPER_RATIO * count for count, upper in letters]
    normal = sum(count for (count, _upper), loud in zip(letters, shouted, strict=True) if not loud)
    if normal < MIN_NORMAL_LETTERS:
        return paragraphs
    return [p for p, loud in zip(paragraphs, shouted, strict=True) if not loud]


def _drop_repeats(paragraphs: list[str]) -> list[str]:
    seen: set[str] = set()
    kept = []
    for paragraph in paragraphs:
        key = _comparison_key(paragraph)
        if key in seen:
            continue
        seen.add(key)
        kept.append(paragraph)
    return kept


def _headline(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    if len(paragraphs) < 2:
        return None, paragraphs
    first = paragraphs[0]
    words = first.split()
    if (len(words) > MAX_HEADLINE_WORDS or len(first) > 250 or first.endswith(".")
            or first[:1] in "\"“‘'(…-"):
        return None, paragraphs
    if len(words) > HEADLINE_KEPT_ABOVE_WORDS:
        return first, paragraphs
    return first, paragraphs[1:]


class _Datelines:
    """The wire-copy dateline that may open a paragraph (see data/datelines.json)."""

    def __init__(self, data: dict):
        place = data["place_caps"]["pattern"]
        region = data["region"]["pattern"]
        date = data["date"]["pattern"]
        agency = data["agency"]["pattern"]
        separator = data["separator"]["pattern"]
        known = "|".join(re.escape(name) for name in
                         sorted(data["agency"]["known_agencies"], key=len, reverse=True))
        self.min_letters: int = data["place_caps"]["min_letters"]
        self.bare_types = frozenset(data["bare_place_types"]["types"])
        self.never_types = frozenset(data["never_places"]["types"])
        # "LIMA, Peru, March 7 (ABC) - ", and the date after a colon: "LIMA: MARCH 7 - "
        self.capitals = re.compile(
            rf"(?P<place>{place})(?:, (?P<region>{region}))?(?:(?:,? |: |; )(?P<date>{date}))?"
            rf"(?:,? ?(?P<agency>{agency}))?(?P<separator>{separator})")
        # "MINSK. BELTA – ", "Amman, MINA – ", "Harare (ZBC) - ": an agency in capitals, then only a dash
        caps = data["agency_caps"]
        credit = caps["credit_pattern"]
        # "Nairobi, Kenya (ABCMEDIA) – ": a parenthesised credit may follow the place's state, and
        # "Ulaanbaatar /ABC/ ": a credit in capitals between slashes, as Mongolian wire copy prints
        # it, closes the dateline as a parenthesised one does
        self.caps_credited = re.compile(
            rf"(?P<place>{place}|{data['place_titled']['pattern']})"
            rf"(?:[.,] (?P<agency>{caps['pattern']})|(?:, (?P<region>{region}))?"
            rf"(?: \((?P<credit>{credit})\)| ?/(?P<slashed>{credit})/\.?))"
            rf"(?P<separator>{caps['separator']})")
        # "New Delhi, Feb 17: ": a place in normal case is a dateline only with a date (and then
        # any credit in parentheses: "Washington, 29 July 1997 (ABC/DE) - ", or in capitals after a
        # comma: "Lima, Mar 6, ABC -- "); its state may stand between, the date after a comma or a
        # semicolon ("Tbilisi, Georgia; 5 March (ABC) - ")
        self.titled = re.compile(
            rf"(?P<place>{data['place_titled']['pattern']})(?:, (?P<region>{region}))?[,;] (?P<date>{date})"
            rf"(?:,? ?(?P<agency>{agency})|, (?P<caps_agency>{data['agency_caps']['pattern']}))?"
            rf"(?P<separator>{separator})")
        # "Muscat: ", "Doha, Qatar: ": a known city or place in normal case, and its state, before a colon
        self.titled_colon = re.compile(
            rf"(?P<place>{data['place_titled']['pattern']})(?:, (?P<region>{region}))?(?P<separator>: )")
        # "Rabat – ", "Luanda — ": a known city or place in normal case, and its state, before a spaced dash
        self.titled_dash = re.compile(
            rf"(?P<place>{data['place_titled']['pattern']})(?:, (?P<region>{region}))?"
            rf"(?P<separator>{data['titled_dash']['pattern']})")
        # a known agency's credit, perhaps after a place: "Paris (AFP) - ", "(CNN) — "; its closing
        # parenthesis may be lost before a double hyphen or a dash ("SARAJEVO, Bosnia (AP -- ")
        self.credited = re.compile(
            rf"(?:(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,2}})(?: \[(?:{region})\])?(?:, (?:{region}))?"
            rf"(?:,? (?:{date}))?,? ?)?\((?:{known})(?:- ?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){{0,3}})?"
            rf"(?:\)|(?= +-- | *[–—]))(?:{separator})")
        # "AFP - The military said ...": a known agency opening the paragraph bare, before a spaced dash
        self.bare_credit = re.compile(rf"(?:{known})(?P<separator>{data['titled_dash']['pattern']})")
        self.date_label = re.compile(data["date_label"]["pattern"])

    def length(self, paragraph: str) -> int:
        """Characters of dateline at the start of the paragraph (0 when it opens with none)."""
        match = self._match(paragraph)
        return 0 if match is None else match.end()

    def place(self, paragraph: str) -> str | None:
        """The filing place of the dateline the paragraph opens with: what "here" means in
        the copy under it ("arrived here yesterday"); None without a dateline or a place."""
        match = self._match(paragraph)
        return None if match is None else match.groupdict().get("place")

    def date(self, paragraph: str) -> str | None:
        """The date the dateline the paragraph opens with gives, as printed, if it gives one:
        in its date slot, or a whole date (with its year) inside its credit's parentheses
        ("MOSCOW (Agency News / Agency - 26th April, 2022) ")."""
        match = self._match(paragraph)
        if match is None:
            return None
        groups = match.groupdict()
        if groups.get("date"):
            return groups["date"]
        credit = groups.get("agency") or ""
        dated = full_dates(credit)
        return credit[dated[0].start():dated[0].end()] if len(dated) == 1 else None

    def without_label(self, line: str) -> str:
        """The line without a page's date label glued before a wire dateline ("date 2020-01-30
        NAIROBI: ..."): furniture, whose date ingest.pubdate reads from the raw page, that hid the
        dateline from the cutter. Before other text (a headline, a caption) it stays: that text
        then reads as a headline or a sentence of its own, which is another question."""
        label = self.date_label.match(line)
        return line if label is None or not self.length(line[label.end():]) else line[label.end():]

    def _match(self, paragraph: str) -> re.Match | None:
        match = self.credited.match(paragraph) or self.bare_credit.match(paragraph)
        if match is None:
            match = self.capitals.match(paragraph)
            if match is None or not self._is_filing_place(match):
                match = self.titled.match(paragraph)
                # a lost dash counts after a parenthesised credit, which closes the dateline by
                # itself ("Havana, Apr 14 (ABC) Cuba's ...")
                if match is None or not (match["separator"].strip() or match["agency"]) \
                        or not _gazetteer_types(match["place"]) & (self.bare_types - {"State"}) \
                        or match["region"] and "State" not in _gazetteer_types(match["region"]):
                    match = self.caps_credited.match(paragraph)
                    if match is not None and not match["separator"].strip() and not match["place"].isupper() \
                            and not match["slashed"]:
                        # a lost dash counts after a place in capitals only; a credit between
                        # slashes ("Ulaanbaatar /ABC/ The ..."), as Mongolian wire
                        # copy prints it, closes the dateline by itself
                        match = None
                    if match is None or not _gazetteer_types(match["place"]) & self.bare_types \
                            or match["region"] and "State" not in _gazetteer_types(match["region"]):
                        match = self.titled_colon.match(paragraph)
                        if match is None or not self._is_titled_colon_place(match):
                            match = self.titled_dash.match(paragraph)
                            if match is None or not self._is_titled_colon_place(match) \
                                    or self._opens_with_place(paragraph[match.end():]):
                                return None
        rest = paragraph[match.end():]
        if rest and not _reads_as_sentence(rest):
            return None
        return match

    def _is_titled_colon_place(self, match: re.Match) -> bool:
        """"Muscat: His Majesty ...", "Doha, Qatar: The Amir ...": a place in normal case before a
        colon is a dateline when the gazetteer knows it as a city or place (not a state's name
        alone, which may be a label: "Ukraine: ..."), and the region after it, if any, as a state."""
        if not _gazetteer_types(match["place"]) & (self.bare_types - {"State"}):
            return False
        return not match["region"] or "State" in _gazetteer_types(match["region"])

    @staticmethod
    def _opens_with_place(rest: str) -> bool:
        """"Addis Ababa – Djibouti railway ...": a dash between two places joins them (a route,
        a pair), so a place in normal case before it is no dateline."""
        first = re.match(r"[A-Z][\w.'’-]*", rest)
        return first is not None and bool(_gazetteer_types(first.group().rstrip(".'’-")))

    def _is_filing_place(self, match: re.Match) -> bool:
        place = match["place"]
        if sum(map(str.isalpha, place)) < self.min_letters:
            return False
        if not match["separator"].strip():
            # a page that lost the dash ("BEIRUT Israel struck ..."): only a bare city or place,
            # never a state's name ("CHINA Daily") nor with a region that may have eaten a name;
            # a credit in parentheses closes the dateline by itself ("LIMA, Peru (ABN) Chile ...")
            if match["agency"]:
                return True
            return not (match["region"] or match["date"]) \
                and bool(_gazetteer_types(place) & (self.bare_types - {"State"}))
        if match["agency"] or match["date"]:
            return True
        types = _gazetteer_types(place)
        if match["region"]:
            return not types or not types <= self.never_types
        return bool(types & self.bare_types)


@lru_cache(maxsize=1)
def datelines() -> _Datelines:
    return _Datelines(lexicon.raw("datelines"))  # validated against ingest/lexicon.py


@lru_cache(maxsize=512)
def _gazetteer_types(place: str) -> frozenset[str]:
    """Types the gazetteer gives a name; a state only under its own name (not 'KREMLIN')."""
    from ingest.gazetteer import Gazetteer, fold_name  # lazy: only a bare capitalised word needs it

    key = fold_name(place)
    return frozenset(entry.type for entry in Gazetteer.default().lookup(place)
                     if entry.type != "State" or fold_name(entry.name) == key)


_SENTENCE_START = re.compile(r"[\"“‘']?[A-Z0-9]")
_SENTENCE_INSIDE = re.compile(r"[.!?…][\"'”’)\]]*(?:\s|$)")


def _reads_as_sentence(text: str) -> bool:
    """Normal-case prose with a sentence end: not a shouted line, not a headline fragment."""
    return (bool(_SENTENCE_START.match(text)) and any(map(str.islower, text))
            and not _is_shouted(text) and bool(_SENTENCE_INSIDE.search(text)))


# a word with a full stop that ends no sentence: initials ("U.S.", "S.")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
# what closes a word after its last letter: quotes and brackets
_WORD_CLOSERS = "\"'”’`)]"
#: A one-line page is cut at most this many times before its lead.
MAX_HEAD_CUTS = 4


def _cut_glued_head(line: str) -> list[str]:
    """A page flattened to one line, cut into the lines its top had: headline, byline, date and
    the lead (boilerplate.json `glued_headline`), so that the line rules (furniture, datelines,
    the headline) see each as a line of its own. Only whitespace changes: a space becomes a line
    break. A line with no such top comes back whole."""
    pieces = []
    rest = line
    for _ in range(MAX_HEAD_CUTS):
        cut = _head_cut(rest)
        if cut is None:
            break
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return [*pieces, rest]


def _head_cut(text: str) -> int | None:
    """Where the head the text opens with ends (see `_cut_glued_head`), or None."""
    table = rules()
    if datelines().length(text):
        return None  # a lead under its dateline: the dateline cutter's
    opening = full_dates(text[:80])
    if opening and opening[0].start() == 0:
        end = opening[0].end()
        zone = text[:end].rsplit(" ", 1)[-1]
        if zone.isalpha() and not zone.isupper():
            end -= len(zone) + 1  # "... 11:57 Iraqi PM": a name read as the time zone is the lead's
        # the page's date before a headline or a lead goes (a date line); before lower case
        # ("16 May 2016 helping ...") it is a label's, left as it stands
        return end if text[end:end + 1] == " " and text[end + 1:end + 2].isupper() else None
    for space in re.finditer(" ", text):
        head, rest = text[:space.start()], text[space.end():]
        words = head.split()
        if not words:
            continue
        if len(words) > table.headline_max_words:
            return None
        last = words[-1].rstrip(_WORD_CLOSERS) or words[-1]
        if last[-1:] in ".!?" and not _INITIALS.fullmatch(last):
            return None  # the first sentence ended (or an abbreviation may have): no head before it
        count = len(words)
        if count < 2 or last.lower() in table.continuation_words or not last[-1:].isalnum() \
                or not rest[:1].isupper() and rest[:1] != "(":
            continue
        inside = full_dates(text[space.start() - len(words[-1]):space.start() + 40])
        if inside and inside[0].start() == 0:
            continue  # "on Monday July 26, 2022": the date opens before the space
        if _opens_top_marker(rest, count):
            return space.start()
    return None


def _opens_top_marker(rest: str, head_words: int) -> bool:
    """Whether `rest` opens with what follows a headline on a page: a wire dateline with its
    dash or colon, a byline, or a whole date that ends no sentence."""
    dates = datelines()
    length = dates.length(rest)
    if length:
        # a dateline with its dash or colon (a credit before a bare space may be a party's
        # initials: "... the X Front (PTI) leader Y")
        return rest[:length].rstrip()[-1:] in "-–—:_"
    table = rules()
    if head_words >= 3 and any(pattern.match(rest) for pattern in table.bylines):
        return True
    found = full_dates(rest[:80])
    # a date that ends a sentence ("... in Beijing December 6, 2013.") is that sentence's
    return bool(found) and found[0].start() == 0 and rest[found[0].end():found[0].end() + 1] not in ".!?"


def _strip_datelines(paragraphs: list[str]) -> tuple[list[str], str | None, str | None]:
    """Each paragraph without the dateline it opens with (a paragraph that is only one goes),
    and the filing place and date of the first dateline."""
    table = datelines()
    kept = []
    place = date = None
    seen = False
    for paragraph in paragraphs:
        cut = table.length(paragraph)
        if cut == 0:
            kept.append(paragraph)
            continue
        if not seen:
            seen = True
            place, date = table.place(paragraph), table.date(paragraph)
        else:
            place = place or table.place(paragraph)
        rest = paragraph[cut:].strip()
        # a page printing the dateline twice ("WASHINGTON — WASHINGTON (AP) — "): the second one
        # is as much the filing place and credit as the first
        while rest and (again := table.length(rest)):
            rest = rest[again:].strip()
        if rest:
            kept.append(rest)
    return kept, place, date


def clean_article(raw: str) -> CleanedText:
    """The article text and its headline (None when the page has no headline line)."""
    table = datelines()
    lines = [_undouble(table.without_label(line)) for line in _normalise_lines(raw)]
    if sum(1 for line in lines if line) == 1:  # a page flattened to one line: its top is cut off
        lines = [piece for line in lines if line for piece in (*_cut_glued_head(line), "")][:-1]
    paragraphs = _paragraphs(_drop_furniture(lines))
    paragraphs, place, date = _strip_datelines(_drop_shouted(paragraphs))
    title, paragraphs = _headline(_drop_repeats(paragraphs))
    return CleanedText(text="\n\n".join(paragraphs), title=title, dateline=place, dateline_date=date)


def parse_form(text: str) -> str:
    """The cleaned text as the parser is given it: typographic quote marks and apostrophes in
    their typewriter form (boilerplate.json `parse_marks`), which the small model reads better
    ("Seoul’s" is a possessive, "Côte d’Ivoire" one name). One character stands for one, so every
    offset of the parse is an offset of `text`, and evidence is cut from `text` as written."""
    return text.translate(rules().parse_marks)


_WRITTEN = "written_text"


def keep_written(doc, text: str) -> None:
    """Keep the text as written on a doc parsed from its `parse_form`, for readers that ask
    which mark the article wrote (an opening single quote, not the apostrophe it became).
    Kept also when nothing was translated: `doc.text` joins every token anew on each call,
    and the readers ask once a sentence."""
    if len(doc.text) == len(text):
        doc.user_data[_WRITTEN] = text


def written_text(doc) -> str:
    """The doc's text as the article writes it: the same offsets as `doc.text`."""
    written = doc.user_data.get(_WRITTEN)
    return doc.text if written is None else written


def clean_article_text(raw: str) -> str:
    """The article text of a scraped page, paragraphs separated by blank lines."""
    return clean_article(raw).text
