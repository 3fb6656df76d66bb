"""Mentions: the spans of a parsed article that name a person, state, organisation, place or
event, with the small model's known mistakes corrected by general rules.

spaCy's NER is the base; the gazetteer adds names it knows (and overrides a wrong label);
rules fix what the small model gets wrong on world-news copy: East Asian personal names taken
for organisations or works of art, truncated three-part names, possessive endings and titles
glued to names, hyphenated pairs ("China-Russia") and definite "the North"/"the South".
A surface labelled PERSON anywhere in the article is a person everywhere in it.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ingest import docindex
from schemas.models import Entity, EntityType
from schemas.names import fold_name

_DATA = Path(__file__).parent / "data" / "mentions.json"

KEPT_LABELS = {"PERSON", "GPE", "LOC", "ORG", "NORP", "FAC", "EVENT", "WORK_OF_ART"}
#: The marks of a possessive as the tokenizer splits them off ("X's", "X’s", "the Xs'").
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
#: The prepositions that put an envoy at a posting ("Ambassador in X", "envoy to X", "special
#: envoy for X"): the place after them is where the envoy serves, not the employer.
POSTING_PREPOSITIONS = ("in", "to", "for")
#: The word lists this module reads (other modules read more of the same file).
_NEEDED_WORDS = ("title_heads", "title_words", "org_words", "non_person_words", "east_asian_surnames", "government_nouns")
_EDGE_PUNCT = {"-", "–", "—", "‘", "’", "'", '"', "“", "”", "(", ")", ",", ".", ":", ";", "[", "]"}


@lru_cache(maxsize=1)
def words() -> dict:
    """The word lists of mentions.json; a missing or broken file is a coded set-up error."""
    from ingest.errors import DataError

    try:
        raw = json.loads(_DATA.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DataError("the mention lexicon", _DATA, exc.strerror or str(exc)) from exc
    except ValueError as exc:
        raise DataError("the mention lexicon", _DATA, f"not valid JSON: {exc}") from exc
    if not isinstance(raw, dict):
        raise DataError("the mention lexicon", _DATA, "expected a JSON object of word lists")
    out = {k: (set(v) if isinstance(v, list) else v) for k, v in raw.items()
           if isinstance(v, (list, dict)) and k != "_meta"}
    missing = [k for k in _NEEDED_WORDS if k not in out]
    if missing:
        raise DataError("the mention lexicon", _DATA, f"missing word lists: {', '.join(missing)}")
    return out


def stateless_organ(entity: Entity) -> bool:
    """"the Treasury Department", "the Foreign Ministry" with no state named: an organisation
    named only by words of a state's organs (state_organ_words) is some state's organ, but the
    text does not say whose, so it stands for no party a fact can name."""
    organ_words = words().get("state_organ_words", set())
    return entity.type == EntityType.ORGANIZATION and \
        all(t.lower() in organ_words for t in entity.name.split())


@lru_cache(maxsize=8192)  # bounded: news brings new words every article; a miss is one regex
def _honorific_form(lower: str) -> str:
    """A word as the honorifics list writes it: lower case, dots and apostrophes left out; but
    an abbreviation the list writes with its inner dot ("h.e") keeps it, so that it is never
    read in a common word spelt the same without it ("he")."""
    kept = lower.rstrip(".")
    if "." in kept and kept in _dotted_honorifics():
        return kept
    return re.sub(r"[.'’]", "", lower)


@lru_cache(maxsize=1)
def _dotted_honorifics() -> frozenset[str]:
    return frozenset(h for h in words()["honorifics"] if "." in h)


def _honorific_word(tok) -> str:
    if tok.text in words()["capital_honorifics"]:
        return _doc_words(tok.doc)[0][tok.i]  # "HE" is one only before a name (_capital_form)
    return _honorific_form(tok.lower_)


def _capital_form(texts: list[str], i: int) -> str | None:
    """The honorifics entry a form of address written only in capitals stands for ("HE A B":
    "h.e"), when it stands before a capitalised word not all in capitals; else None ("he")."""
    form = words()["capital_honorifics"].get(texts[i])
    following = texts[i + 1] if i + 1 < len(texts) else ""
    if form is None or not following[:1].isupper() or following.isupper() and len(following) > 1:
        return None
    return form


def is_honorific_word(tok) -> bool:
    """Whether a token is a one-word form of address ("Hon.", "Dr", "Engr")."""
    return _honorific_word(tok) in single_word_honorifics()


@lru_cache(maxsize=1)
def single_word_honorifics() -> frozenset[str]:
    """One-word forms of address, as a text abbreviates them ("hon", "engr", "dr")."""
    return frozenset(_honorific_form(h) for h in words()["honorifics"] if " " not in h)


@lru_cache(maxsize=1)
def _honorifics_by_first_word() -> dict[str, list[tuple[str, ...]]]:
    """The honorific phrases by their first word, longest first (the order they are tried in)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted((tuple(h.split()) for h in words()["honorifics"]), key=len, reverse=True):
        out.setdefault(phrase[0], []).append(phrase)
    return out


# The words of the last doc asked about, as honorifics are written, and as they stand: every
# mention of an article asks again, so they are made once per doc (one tuple, swapped whole).
_DOC_WORDS: tuple[object, list[str], list[str]] | None = None


def _doc_words(doc) -> tuple[list[str], list[str]]:
    global _DOC_WORDS
    base = doc.doc if isinstance(doc, _Tokens) else doc  # one cache entry for a doc and its wrapper
    cached = _DOC_WORDS
    if cached is None or cached[0] is not base:
        texts = [t.text for t in doc]
        capitals = words()["capital_honorifics"]
        cached = (base, [(_capital_form(texts, i) or _honorific_form(t.lower())) if t in capitals
                         else _honorific_form(t.lower()) for i, t in enumerate(texts)], texts)
        _DOC_WORDS = cached
    return cached[1], cached[2]


def honorific_end(doc, start: int, end: int) -> int:
    """Where the forms of address at the front of doc[start:end] stop ("Datuk Seri", "HRH
    Sheikh", "Dr."): start itself when there are none. Dots and apostrophes between the words
    ("Lt. Gen.", "Dato'") are part of them."""
    forms, texts = _doc_words(doc)
    by_first = _honorifics_by_first_word()
    i = start
    while i < end:
        first = i
        while first < end and not forms[first]:
            first += 1  # a lone "." or "'"
        if first == end:
            return i
        for phrase in by_first.get(forms[first], ()):
            j, k = first, 0
            while j < end and k < len(phrase):
                if not forms[j] or k and texts[j] in ("-", "‐"):
                    j += 1  # (a hyphen between the words of a rank: "Maj-Gen", "Lt-Col")
                    continue
                if forms[j] != phrase[k]:
                    break
                j, k = j + 1, k + 1
            if k == len(phrase):
                while j < end and texts[j] in (".", "'", "’"):
                    j += 1
                # (the name words are counted past `end`: asked where a form of address before a
                # name begins, "Minister [U] X Y" sees the two words of the name it stands before)
                if " ".join(phrase) in _one_name_forms() and _name_words_at(texts, j, len(texts)) <= 1 \
                        and not (j < end and forms[j] in by_first):
                    return i  # "Foreign Minister Don X", "Ayatollah X": with one name word the form stays
                i = j
                break
        else:
            return i
    return i


@lru_cache(maxsize=1)
def _one_name_forms() -> frozenset[str]:
    return frozenset(words()["one_name_honorifics"])


def _name_words_at(texts: list[str], j: int, end: int) -> int:
    """How many capitalised words of letters follow from texts[j] (before `end`), over hyphens
    and the lower-case particles they join ("Ali al-Sistani": two)."""
    count = 0
    while j < end:
        text = texts[j]
        if text in ("-", "‐") or text.isalpha() and text.islower() and j + 1 < end and texts[j + 1] in ("-", "‐"):
            j += 1
            continue
        if not (text[:1].isupper() and text.isalpha()):
            break
        count, j = count + 1, j + 1
    return count


def _before_titled_person(doc, start: int, end: int) -> int:
    """Where the capitalised words a body's name was extended over after its "of" stop: before
    a rank or form of address and the person the model tagged after it ("[Chief of Defence
    Forces of] Georgia Major General X Y and Admiral Z W"), else before that person."""
    person = next((i for i in range(start, end) if doc[i].ent_type_ == "PERSON"), None)
    if person is None:
        return end
    ranks = words()["rank_modifiers"]
    return next((i for i in range(start, person) if _is_title_word(doc[i]) or is_honorific_word(doc[i])
                 or honorific_end(doc, i, person) > i
                 or doc[i].lower_ in ranks and doc[i].text[:1].isupper() and _is_title_word(doc[i + 1])), person)


def _inside_honorific(doc, i: int, lo: int) -> bool:
    """Whether doc[i] is a word inside a form of address of several words begun before it
    ("Samdech [Moha] Borvor Thipadei"), not the name after one."""
    hi = docindex.of(doc).bounds[i][1]
    return any(honorific_end(doc, j, hi) > i for j in range(max(lo, i - 5), i))


def _past_cut_honorific(doc, start: int, end: int, lo: int) -> int:
    """"First [Lady X Y]": a name span the model began inside a form of address of several
    words starts after that form's end (the start itself when it began inside none)."""
    for j in range(max(lo, start - 5), start):
        after = honorific_end(doc, j, end)
        if start < after < end:
            return after
    return start


def honorific_start(doc, end: int, lo: int) -> int:
    """Where a run of forms of address right before doc[end] begins (end itself when there is
    none): "Prime Minister Datuk Seri | Anwar" gives the index of "Datuk"."""
    forms = _doc_words(doc)[0]
    by_first = _honorifics_by_first_word()
    for start in range(max(lo, end - 6), end):
        if forms[start] and forms[start] not in by_first:
            continue  # a word that opens no form of address: honorific_end would stop at once
        if honorific_end(doc, start, end) == end and _honorific_word(doc[start]):
            return start
    return end


@dataclass
class Mention:
    start: int               # token index in the doc (inclusive)
    end: int                 # token index (exclusive)
    text: str
    label: str               # spaCy-style label after fix-ups
    gazetteer_id: str | None = None
    entity: object = None    # the resolved Entity, set by resolve.py
    alt: object = None       # a second reading (a capital's State), set by resolve.py
    notes: set = field(default_factory=set)
    short_of: int | None = None  # a short form defined in the article: the start of its long form

    @property
    def key(self) -> str:
        return fold_name(self.text)

    def as_state(self) -> Mention:
        """A capital's words read as its state (`alt`): "Beijing's envoy", "Moscow and Kyiv, the
        two countries" speak of the state, not the city."""
        return Mention(self.start, self.end, self.text, "GPE", entity=self.alt)


def is_all_caps(text: str) -> bool:
    """Broadcast transcripts and shouted headlines: the model cannot parse them."""
    letters = list(filter(str.isalpha, text))
    return len(letters) >= 12 and sum(map(str.isupper, letters)) / len(letters) > 0.8


@lru_cache(maxsize=1)
def _organ_nouns() -> frozenset:
    return frozenset(words()["organ_anaphor_nouns"])


def _trim(doc, start: int, end: int) -> tuple[int, int]:
    texts = _doc_words(doc)[1]  # every token's text, read once per doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or texts[start] in _EDGE_PUNCT):
        start += 1
    # "Stressing the rebels' reach, ...": a sentence's opening participle is no part of a name
    if end - start > 1 and doc[start].is_sent_start and doc[start].tag_ == "VBG" and doc[start].lower_.endswith("ing"):
        start += 1
    if end - start > 2 and doc[start].lower_ in _organ_nouns() and texts[start + 1] in POSSESSIVE_MARKS:
        start += 2  # "Treasury's Office of Export Enforcement": the office, the organ owning it apart
    # "granted Fiji FJ$100 million": a name ends before an amount of money the model joined to it
    end = next((i for i in range(start + 1, end) if any(c in texts[i] for c in _CURRENCY_SIGNS)), end)
    opened = [i for i in range(start + 1, end) if texts[i] == "("]
    if opened and not any(texts[i] == ")" for i in range(opened[-1], end)):
        end = opened[-1]  # "Office of Export Enforcement (OEE": the name, not its open bracket
    # "Chanzu and", "the Armed Forces of X (": a conjunction or an opening bracket ends no name
    # (nor a preposition: "[the Chamber of the Assembly of] the Republic of X")
    # (nor a relative pronoun after a dash: "X Y - who is ...")
    # (nor any word of grammar in lower case the model ran on into: "[the X Hall of the People on]
    # Friday", "[Kenyatta at] Y Palace", "[Mr X to] Y": a name ends in a capitalised word)
    while end > start:
        last, text = doc[end - 1], texts[end - 1]
        if not (text in POSSESSIVE_MARKS or text in _EDGE_PUNCT
                or last.lower_ in ("and", "or", "&", "(", "[", "of", "the")
                or last.pos_ in ("PRON", "ADP", "DET", "CCONJ", "SCONJ") and text.islower()
                or last.tag_ == "TO" and text.islower()):
            break
        end -= 1
    # "North Korea’s" tokenised as one token keeps its ending: cut it from the text only.
    return start, end


_CURRENCY_SIGNS = "$€£¥₹"
_POSSESSIVE_END = re.compile(r"(’s|'s|’|')$")
_SPACES = re.compile(r"\s+")


def _index(doc) -> docindex.DocIndex:
    return doc.index if type(doc) is _Tokens else docindex.of(doc)


def _toks(doc, start: int, end: int) -> list:
    """The tokens of `doc[start:end]` as a list (no Span made)."""
    return _index(doc).tokens[start:end]


def _span_text(doc, start: int, end: int) -> str:
    text = _index(doc).span_text(start, end)  # `doc[start:end].text`, no Span made
    text = _POSSESSIVE_END.sub("", text)
    return _SPACES.sub(" ", text).strip()


# Two words of two letters or more joined by a slash ("A B/AFP", "Times/YouGov", "X / Y News").
_SLASH_JOIN = re.compile(r"[^\W\d_]{2,} ?/ ?[^\W\d_]{2,}")


def _slash_joined(doc, start: int, end: int) -> bool:
    """Whether a span is, or is glued by a slash to, words of a credit line: a photographer and an
    agency ("SHAH MARAI/AFP/Getty Images", "X/Reuters"), two outlets ("UrduPoint / Pakistan Point
    News"), two bodies of one label ("Ambassadors/Heads of Missions"). No one actor is named so;
    a person read from a credit was the fact's subject. A slash between single letters is an
    abbreviation inside a name ("M/V X", a ship), not a join."""
    index = _index(doc)
    if _SLASH_JOIN.search(index.span_text(start, end)):
        return True
    # the model's span may stop at the slash: "[A B]/AFP", "Reuters/[C D]"
    glued = end < len(doc) and doc[end].text == "/" and not doc[end - 1].whitespace_ \
        or start > 0 and doc[start - 1].text == "/" and not doc[start - 1].whitespace_
    return glued and bool(_SLASH_JOIN.search(index.span_text(max(start - 2, 0), min(end + 2, len(doc)))))


def _known_places_joined(doc, start: int, end: int, gazetteer) -> bool:
    """Whether every part of a slash-joined span is a name the gazetteer knows: a dateline of two
    filing places ("Kathmandu/New Delhi, Aug 12"), read as the places, no credit line."""
    parts = [p.strip() for p in _span_text(doc, start, end).split("/")]
    return gazetteer is not None and all(p and _gaz_lookup(gazetteer, p) for p in parts)


def _name_shaped(tokens) -> bool:
    w = words()
    if not 2 <= len(tokens) <= 4:
        return False
    if any(t.lower_ in w["non_person_words"] or t.lower_ in w["org_words"] for t in tokens):
        return False
    parts = [t for t in tokens if t.text not in ("-", "‐")]
    return all(t.text[:1].isupper() and t.is_alpha or t.text == "-" for t in tokens) and \
        parts[0].lower_ in w["east_asian_surnames"]


def _titled(doc, start: int, end: int) -> bool:
    """A capitalised name right after a title word, or in apposition to a title phrase
    ("the President of Indonesia, Joko Widodo"), names a person whatever the model said."""
    w = words()
    tokens = _toks(doc, start, end)
    # (a hyphened name is one word: "Ana Maria Rocha-Vidal" has three)
    parts = [t for k, t in enumerate(tokens) if t.text != "-" and (k == 0 or tokens[k - 1].text != "-")]
    if not 2 <= len(parts) <= 4 or not all((t.text[:1].isupper() and t.is_alpha) or t.text == "-" for t in tokens):
        return False
    if any(t.lower_ in w["org_words"] or t.lower_ in w["non_person_words"] for t in tokens):
        return False
    if end < len(doc) and doc[end].lower_ in w["title_heads"] and doc[end].text[:1].isupper():
        return False  # "Deputy [Supreme Allied] Commander": words inside a title, before its head
    if start > 0 and _is_title_word(doc[start - 1]) and any(t.lower_ in w["title_heads"] for t in tokens[1:]):
        return False  # "Deputy [Supreme Allied Commander X]": a title's words after its first one
    if start > 0 and (doc[start - 1].lower_ in w["title_heads"] or plural_title_head(doc[start - 1], w["title_heads"])):
        return True  # ("Defence Ministers X Y and Z W": a plural title before a list of names)
    if start > 1 and doc[start - 1].text == "," and doc[start - 2].lower_ in w["title_heads"] \
            and doc[start - 2].text.islower() and len(tokens) > len(parts):
        return True  # "his Ruritanian counterpart, Ana Maria Rocha-Vidal,": the parser lost the apposition
    set_off = _title_set_off_before(doc, start, 0)
    if set_off == "of" or set_off == "head" and len(tokens) > len(parts):
        # "President-elect of Ruritania, A B-C", "The Assembly Speaker, A-B C", "the Ruritanian
        # President, His Excellency, A B-C": a name set off after its title (a hyphened one,
        # which the model takes for a body, after the title's head alone)
        return True
    root = doc[start:end].root
    if root.dep_ == "appos" and (root.head.lemma_.lower() in w["title_heads"] or root.head.lower_ in w["title_heads"]) \
            and tokens[0].lower_ not in w["ruler_titles"]:
        # (not a span opening on a ruler's title of its own: "Japan Emperor, [Empress Attend
        # Welcome Ceremony]" is a headline's second titled subject and its verb, no name)
        return True
    if start >= 4 and doc[start - 1].text == ",":
        # "the leader of the Ruritanian rebels, X Y" (the parser lost the apposition): a title
        # head with its "of" phrase, up to five words, right before the comma
        for k in range(start - 3, max(-1, start - 9), -1):
            if doc[k].lower_ in w["title_heads"] and doc[k + 1].lower_ == "of":
                if all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN") and t.text not in (",", "and")
                       for t in _toks(doc, k + 2, start - 1)):
                    return True
                break
    head = docindex.first_conjunct(root)
    if head is not root and head.lower_.endswith("s") and head.lower_[:-1] in w["title_heads"] \
            and doc[root.left_edge.i - 1].text in (",", "and"):
        return True  # "Foreign Ministers of A and B, X Y and Z W": the names listed after a plural title
    if head is not root and root.left_edge.i > 0 and doc[root.left_edge.i - 1].text in (",", "and"):
        first = head.i  # where the list's first name starts: its compound words before the head
        while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == head.i \
                and doc[first - 1].pos_ == "PROPN" and not plural_title_head(doc[first - 1], w["title_heads"]):
            first -= 1
        if first > 0 and plural_title_head(doc[first - 1], w["title_heads"]) \
                and _capitalised_name(_toks(doc, first, head.i + 1)):
            return True  # "Defence Ministers X Y and Z W": a later name of the list the plural title heads
    if root.dep_ == "appos" and root.head.lower_ in w["title_suffixes"] and root.head.i >= 2 \
            and doc[root.head.i - 1].text == "-" and doc[root.head.i - 2].lower_ in w["title_heads"]:
        return True  # "Ghana's President-elect, X Y": a title with its suffix
    # "talks with X Y, her Polish counterpart": a title in apposition after the name says the
    # same of it (set off by a comma, so no title of a body's name: "X Y Council")
    return end < len(doc) and doc[end].text == "," and any(
        c.dep_ == "appos" and c.i > end and (c.lemma_.lower() in w["title_heads"] or c.lower_ in w["title_heads"])
        for c in root.children)


def _title_set_off_before(doc, i: int, lo: int) -> str | None:
    """How a title ends right before doc[i] across a comma, so that a name opening at doc[i]
    is set off as its holder: "head" after the title's head word ("The Assembly Speaker, [X]",
    also "President-elect, [X]"), "of" after its head and an "of" phrase of up to five words
    ("President-elect of Ruritania, [X]", "Commander-in-Chief (C-in-C) of the Force, [X]");
    a form of address set off by commas may stand between ("Ruritanian President, His
    Excellency, [X]"). None when no title ends there."""
    w = words()
    if i - 2 < lo or doc[i - 1].text != ",":
        return None
    k = i - 2
    addressed = honorific_start(doc, i - 1, lo)
    if addressed < i - 1 and addressed - 2 >= lo and doc[addressed - 1].text == ",":
        k = addressed - 2  # ("President, [His Excellency], X": the form of address is no title)

    def head_at(j: int) -> bool:
        # a title's head, or the suffix hyphened to one ("President-[elect]")
        return j >= lo and (doc[j].lower_ in w["title_heads"] or _title_suffix_after_hyphen(doc, j, w)
                            and j - 2 >= lo and doc[j - 2].lower_ in w["title_heads"])

    if head_at(k):
        return "head"
    for j in range(k - 1, max(lo - 1, k - 7), -1):
        if doc[j].lower_ != "of":
            if doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN") and doc[j].text not in (",", "and"):
                continue
            return None
        before = j - 1
        if before >= lo and doc[before].text == ")":
            # "Commander-in-Chief (C-in-C) of ...": a short form in brackets between the title and its "of"
            opening = next((b for b in range(before - 1, max(lo, before - 8) - 1, -1) if doc[b].text == "("), None)
            if opening is None:
                return None
            before = opening - 1
        return "of" if head_at(before) else None
    return None


def _given_name_before_hyphen(doc, start: int, end: int, bounds: tuple[int, int], gazetteer) -> bool:
    """Whether the one word doc[start:end] the model took for a place or body is the first part of
    a hyphened given name right after a title ("President of X, [A]-B C"): no name the gazetteer
    knows, joined without spaces to an untagged capitalised word, and a further capitalised word
    after that; the name is read whole after the title, where the model left it."""
    lo, hi = bounds
    if end - start != 1 or end + 2 >= hi or doc[end].text not in ("-", "‐") \
            or doc[start].whitespace_ or doc[end].whitespace_:
        return False
    if gazetteer is None or _gaz_lookup(gazetteer, doc[start].text) or gazetteer.state_for_demonym(doc[start].text):
        return False
    second, third = doc[end + 1], doc[end + 2]
    if not all(t.is_alpha and t.is_title and t.pos_ == "PROPN" and t.ent_type_ in ("", "PERSON")
               and t.lower_ not in words()["org_words"] and not _is_title_word(t) for t in (second, third)):
        return False
    return _after_title_of_state(doc, start, lo) or _title_set_off_before(doc, start, lo) is not None \
        or start > lo and doc[start - 1].lower_ in words()["title_heads"] and doc[start - 1].text[:1].isupper()


def _title_suffix_after_hyphen(doc, i: int, w) -> bool:
    """Whether doc[i] is a title's suffix hyphened to a title word ("President-Elect",
    "Prime Minister-Designate"): the model runs a capitalised suffix into the name after it,
    which is still the title, never the person's given name."""
    return doc[i].lower_ in w["title_suffixes"] and i >= 2 and doc[i - 1].text in ("-", "‐") \
        and _is_title_word(doc[i - 2])


def _after_title_of(doc, i: int, lo: int) -> bool:
    """Whether doc[i] follows a capitalised title whose portfolio closes it: "Minister of
    National Defense [X Y Z]" (a title's head, "of", then title words, all capitalised)."""
    k, head = i - 1, False
    # ("Minister of State for Civil Aviation [X Y]": a portfolio after "for" closes it too)
    while k >= lo and (_is_title_word(doc[k]) and doc[k].text[:1].isupper() or doc[k].lower_ in ("of", "and", "for")):
        head = head or doc[k].lower_ in words()["title_heads"]
        if head and doc[k + 1].lower_ == "of":
            return doc[i - 1].lower_ not in ("of", "and", "for")
        k -= 1
    return False


def _after_title_of_state(doc, i: int, lo: int) -> bool:
    """Whether doc[i] follows a capitalised title (its portfolio may close it: "Minister of Foreign
    Affairs of Ruritania [X Y]"), "of" and a place the model tagged: "President of Ruritania [X
    Y]", also after a comma ("the Prime Minister of Ruritania, [X Y]"); or an envoy's "to" or
    "in", with or without a comma: "Ambassador to Ruritania[,] [X Y]"."""
    k = i - 1
    if k - 3 >= lo and doc[k].text == "," and doc[k - 1].ent_type_ == "GPE":
        j = k - 1
        while j >= lo and doc[j].ent_type_ == "GPE" and doc[j].ent_iob_ != "B":
            j -= 1
        j -= 1
        if j >= lo and doc[j].lower_ == "the":
            j -= 1
        if j - 1 >= lo and doc[j].lower_ == "of" and doc[j - 1].lower_ in words()["title_heads"] \
                and doc[j - 1].text[:1].isupper():
            return True  # "the Prime Minister of Ruritania, [X Y]": the title, then its holder
        return j - 1 >= lo and doc[j].lower_ in ("to", "in") and doc[j - 1].lower_ in words()["title_heads"] \
            and doc[j - 1].text[:1].isupper()
    if k < lo or doc[k].ent_type_ != "GPE" or not doc[k].text[:1].isupper():
        return False
    while k >= lo and doc[k].ent_type_ == "GPE" and doc[k].ent_iob_ != "B":
        k -= 1
    k -= 1
    if k >= lo and doc[k].lower_ == "the":
        k -= 1
    if k - 1 >= lo and doc[k].lower_ in ("to", "in"):
        j = k - 1
        if doc[j].ent_type_ == "GPE":  # "Ambassador of the Republic of Z to ...": the envoy's own state
            while j > lo and doc[j].ent_type_ == "GPE" and doc[j].ent_iob_ != "B":
                j -= 1
            j -= 1
            if j - 1 >= lo and doc[j].lower_ == "of":
                j -= 1
        if envoy_title_ends(doc, j, lo) and doc[j].text[:1].isupper():
            return True  # "Ambassador [of Z] to Ruritania [X Y]": the posting, then the envoy
    if k - 1 < lo or doc[k].lower_ != "of":
        return False
    if doc[k - 1].lower_ in words()["title_heads"] and doc[k - 1].text[:1].isupper():
        return True
    if _after_title_of(doc, k, lo):  # "Minister of Foreign Affairs of Ruritania [X Y]"
        return True
    # "Minister of Health of the Republic of Z [X Y]": the title's portfolio before the
    # state, capitalised title words back to the title's head
    j = k - 1
    while j >= lo and k - j <= 6 and (_is_title_word(doc[j]) and doc[j].text[:1].isupper()
                                      or doc[j].lower_ in ("of", "for", "and")):
        if doc[j].lower_ in words()["title_heads"] and doc[j].text[:1].isupper():
            return True
        j -= 1
    return False


def envoy_title_ends(doc, j: int, lo: int) -> bool:
    """Whether an envoy's title ends at doc[j]: one word ("Ambassador") or two ("High
    Commissioner"), as `envoy_titles` lists them."""
    titles = words()["envoy_titles"]
    return doc[j].lower_ in titles or j - 1 >= lo and f"{doc[j - 1].lower_} {doc[j].lower_}" in titles


def envoy_title_in(title_words: list[str]) -> bool:
    """Whether a title's words hold an envoy's title, of one word or two ("Deputy High
    Commissioner"), as `envoy_titles` lists them."""
    titles = words()["envoy_titles"]
    lowered = [w.lower() for w in title_words]
    return any(w in titles for w in lowered) or any(f"{a} {b}" in titles for a, b in zip(lowered, lowered[1:], strict=False))


def _after_definite_title(doc, start: int) -> bool:
    """Whether doc[start] follows "the" and nothing but capitalised title words after it ("the
    [Deputy] Amir"): where a title, not a name, stands."""
    j = start - 1
    while j >= 0 and doc[j].lower_ != "the" and doc[j].text[:1].isupper() and _is_title_word(doc[j]):
        j -= 1
    return j >= 0 and doc[j].lower_ == "the"


def _is_title_word(tok) -> bool:
    w = words()
    return tok.lower_ in w["title_heads"] or tok.lower_ in w["title_words"]


def _title_run_word(tok) -> bool:
    """A word a run of title words may hold: a title word, or one of the small words that join a
    title's parts ("Minister of Foreign Affairs", "Minister for Trade and Industry")."""
    return _is_title_word(tok) or tok.lower_ in ("of", "for", "and", "the")


def _capitalised_name(tokens) -> bool:
    """Two to four capitalised words (an apostrophe may stand inside one: "O'Neill"), none a
    common word of organisations or places; a hyphen may join two of them ("Anna-Maria Weber")."""
    w = words()
    parts = [t for t in tokens if t.text not in ("-", "‐")]
    if not tokens or not parts or tokens[0].text in ("-", "‐") or tokens[-1].text in ("-", "‐"):
        return False
    return 2 <= len(parts) <= 4 and all(t.text[:1].isupper() and _name_word(t) for t in parts) \
        and not any(t.lower_ in w["org_words"] or t.lower_ in w["non_person_words"] or _is_title_word(t)
                    for t in parts)


def settlement_appos(doc, i: int, name_root: int, w) -> bool:
    """Whether a settlement noun (mentions.json settlement_nouns) in apposition to the name
    follows from token `i` on, after adjectives only ("the main city", "the largest port")."""
    while i < len(doc) and doc[i].pos_ == "ADJ":
        i += 1
    return i < len(doc) and doc[i].lower_ in w["settlement_nouns"] and doc[i].dep_ == "appos" \
        and doc[i].head.i == name_root


def _title_part(doc, start: int, end: int) -> bool:
    """A span of title words only, followed by a title's head word ("Party General" before
    "Secretary"): a piece of the title the model took for an organisation."""
    if not all(_is_title_word(t) for t in _toks(doc, start, end)):
        return False
    if start >= 2 and doc[start - 1].lower_ in ("of", "for") and doc[start - 2].lower_ in words()["title_heads"]:
        return True  # "Minister of [Social Development]": the portfolio, no organisation
    j = end  # past the title's describing words ("Party [First] Secretary")
    while j < len(doc) and j - end < 3 and _is_title_word(doc[j]) and doc[j].lower_ not in ("of", "for", "and", "the"):
        if doc[j].lower_ in words()["title_heads"]:
            return True
        j += 1
    # ... or right after an organisation's name, past its short form in brackets ("the
    # Workers' Party of Z (WPZ) Central Committee"): an organ of it, named by title words
    # (not the span's own determiner, which the model took in: "[The Foreign Office] said")
    i = start - 1
    if i >= 2 and doc[i].text == ")" and doc[i - 2].text == "(":
        i -= 3
    own = i == start - 1 and doc[start].ent_iob_ == "I"
    return i >= 0 and not own and doc[i].ent_type_ == "ORG" and doc[i].text[:1].isupper()


def _name_after_title_of(doc, start: int, end: int, gazetteer) -> int:
    """Where the name starts in a span that begins with the last words of a title "<head> of
    ..." ("Secretary of [State X Y]", "Minister of [Foreign Affairs X Y]"): after those
    words, when two to four capitalised name words follow. The span's own start otherwise."""
    if start < 2 or doc[start - 1].lower_ != "of" or doc[start - 2].lower_ not in words()["title_heads"]:
        return start
    k = start
    while k < end and _is_title_word(doc[k]):
        k += 1
    if k == start or not _capitalised_name(_toks(doc, k, end)):
        return start
    if doc[end - 1].lower_ in words()["body_heads"]:
        return start  # "Chairman of [National Flood Relief Agency]": a body's name
    if gazetteer is not None and _gaz_lookup(gazetteer, _span_text(doc, start, end)):
        return start
    return k


def _state_before_name(doc, start: int, end: int, gazetteer) -> int:
    """Where a state's name ends inside a span the model took whole with the capitalised name
    after it ("President of [the Republic of Z X Y]"): the end of the longest known state name
    followed by two to four capitalised name words. The span's own end otherwise."""
    if gazetteer is None or _gaz_lookup(gazetteer, _span_text(doc, start, end)):
        return end
    w = words()
    for j in range(end - 2, start, -1):
        if not _capitalised_name(_toks(doc, j, end)):
            continue
        if any(t.lower_ in w["org_words"] or t.lower_ in w["government_nouns"] for t in _toks(doc, j, end)):
            continue  # "[Z Federal Government]": a state's organ after its name, no person
        if state_service(_toks(doc, j, end)):
            continue  # "[the Z Coast Guard]", "[Z Navy]"
        if any(getattr(e, "type", None) == "State" for e in _gaz_lookup(gazetteer, _span_text(doc, start, j)) or ()):
            return j
    return end


def state_service(tokens) -> bool:
    """Whether capitalised words after a state's name are all words of its organs (mentions.json
    state_organ_words: "Coast Guard", "Navy"): they name the state's service, not a person the
    model ran into the state's name."""
    organs = words()["state_organ_words"]
    return all(t.lower_ in organs for t in tokens)


def _body_then_name(doc, start: int, end: int) -> tuple[int, int, int] | None:
    """A span "<title> of [the] <Body> (<SHORT>) <Name>" (the model's one organisation): where the
    body starts and ends and where the name starts; None for any other span."""
    w = words()
    if doc[start].lower_ not in w["title_heads"] or end - start < 4:
        return None
    close = next((i for i in range(start + 3, end - 2) if doc[i].text == ")" and doc[i - 2].text == "("
                  and doc[i - 1].text.isupper()), None)
    if close is None and end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
            and doc[end + 1].text.isupper():
        close = end + 2  # "[Administrator of the X Agency] (XA) Name": the name is a mention of its own
    elif close is None or not _capitalised_name(_toks(doc, close + 1, end)):
        return None
    of = next((i for i in range(start + 1, close - 2) if doc[i].lower_ == "of"), None)
    if of is None or not all(_is_title_word(t) for t in _toks(doc, start, of)):
        return None
    body = of + 2 if doc[of + 1].lower_ == "the" else of + 1
    if body >= close - 2 or not all(t.text[:1].isupper() or t.lower_ in ("of", "for", "and", "the")
                                    for t in _toks(doc, body, close - 2)):
        return None
    return body, close - 2, close + 1


def _state_after_title(doc, start: int, end: int, gazetteer) -> int | None:
    """Where a known state starts in a span of title words ending "of [the] <State>" ("Minister
    of Foreign Affairs of X"): a title and its state, no body; None for any other span."""
    w = words()
    lead = _portfolio_lead(doc, start)
    if gazetteer is None or not (_is_title_word(doc[start]) or lead) \
            or _gaz_lookup(gazetteer, _span_text(doc, start, end)):
        return None
    # (the state may be named by a formal name with an "of" of its own: "Minister of Health of
    # [the Republic of X]"; the title's head may come after words of its own: "[National
    # Security Adviser of X]")
    for at_of in (i for i in range(start + 1, end - 1) if doc[i].lower_ == "of"):
        words_before = _toks(doc, start, at_of)
        title = all(_title_run_word(t) for t in words_before) and any(t.lower_ in w["title_heads"] for t in words_before) \
            and not any(t.lower_ in w["org_words"] for t in words_before)
        # ("Minister of Finance and [Regional Cooperation of X]": the span is an
        # item of the title's portfolio list)
        if not title and not (lead and _portfolio_words(doc, start, at_of)):
            return None
        at = at_of + 1
        if any(getattr(e, "type", None) == "State" for e in _gaz_lookup(gazetteer, _span_text(doc, at, end)) or ()):
            return at
    return None


def _portfolio_lead(doc, start: int) -> bool:
    """Whether doc[start] opens a later item of a capitalised title's portfolio list: after "and"
    or a comma, capitalised words, commas, "and", "of" and "for" run back to the head's "of" or
    "for" ("Minister of Finance and [Regional ...]", "Minister of Labour, Youth, and [Sport
    ...]"). The model takes such an item with the state after it for a
    body; a person's name in the run ends it (a list of people, no portfolio)."""
    if start < 4 or doc[start - 1].lower_ not in ("and", ","):
        return False
    i = start - 2
    # (the head's own "of" may come first: "Minister of State for Trade and [...]")
    while i > max(0, start - 12) and (doc[i].text[:1].isupper() or doc[i].text == ","
                                      or doc[i].lower_ in ("and", "of", "for")):
        if doc[i].ent_type_ == "PERSON":
            return False
        if doc[i].lower_ in words()["title_heads"] and doc[i].text[:1].isupper() \
                and doc[i + 1].lower_ in ("of", "for") and i + 2 < start - 1:
            return True
        i -= 1
    return False


def _portfolio_then_name(doc, start: int, end: int) -> int | None:
    """Where the name starts in a span that is a title's portfolio and then its holder's name
    ("Minister for [Planning, Development and Special Initiatives X Y]", "[Ministers of Oil and
    Mineral Resources X Y]"): title words joined by commas or "and" (with "of") after a title
    head's "of" or "for" (inside the span or right before it), then two to four capitalised name
    words, none a body's head; None when the span is not so made."""
    w = words()
    k = start
    if plural_title_head(doc[k], w["title_heads"]) or doc[k].lower_ in w["title_heads"]:
        k += 1
        if k >= end or doc[k].lower_ not in ("of", "for"):
            return None
    elif not (start >= 2 and doc[start - 1].lower_ in ("of", "for") and doc[start - 2].text[:1].isupper()
              and doc[start - 2].lower_ in w["title_heads"]):
        return None
    fields, joined = 0, False
    while k < end and (doc[k].lower_ in ("of", "for", "and", ",") or doc[k].text[:1].isupper()
                       and doc[k].lower_ in w["title_words"] and doc[k].lower_ not in w["title_heads"]):
        fields += doc[k].text[:1].isupper()
        joined = joined or doc[k].lower_ in ("and", ",")
        k += 1
    # (a portfolio of several fields, joined by "and" or commas: "Chairman of [National Flood
    # Relief Authority]" is one body's name)
    if not fields or not joined or doc[k - 1].lower_ in ("of", "for", "and", ","):
        return None
    name = _toks(doc, k, end)
    return k if _capitalised_name(name) and not any(t.lower_ in w["body_heads"] for t in name) else None


def _portfolio_words(doc, start: int, end: int) -> bool:
    """Whether doc[start:end] can be the rest of a title's portfolio list: capitalised words,
    commas and "and", none a word of a body's name ("and [Planning Commission] of X" names a
    body, not a field)."""
    w = words()
    return all(t.text[:1].isupper() or t.lower_ in ("and", ",") for t in _toks(doc, start, end)) \
        and not any(t.lower_ in w["org_words"] or t.lower_ in w["body_heads"] for t in _toks(doc, start, end))


def _portfolio_item(doc, start: int, end: int, gazetteer) -> bool:
    """Whether a span is a middle item of a capitalised title's portfolio list that goes on to
    a later item and the title's state ("Minister of Labour, [Youth], and Sport of the
    Republic of Z"): a field of the post, no body and no person."""
    if gazetteer is None or end >= len(doc) or doc[end].lower_ not in (",", "and") \
            or not _portfolio_lead(doc, start) or not _portfolio_words(doc, start, end):
        return False
    k = end
    while k < min(len(doc), end + 8) and (doc[k].text[:1].isupper() or doc[k].lower_ in (",", "and")):
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ != "of" or not _portfolio_words(doc, end, k):
        return False
    at = k + 2 if doc[k + 1].lower_ == "the" else k + 1
    stop = at
    while stop < len(doc) and (doc[stop].text[:1].isupper() or doc[stop].lower_ == "of"):
        stop += 1
    return any(getattr(e, "type", None) == "State" for e in _gaz_lookup(gazetteer, _span_text(doc, at, stop)) or ())


def _bare_title(doc, start: int, end: int) -> bool:
    """Whether a span is a title and nothing else: title words ending on a title head ("[National
    Security Adviser]", "[Special Representative]"), no word of a body's name among them ("the
    [Press Office]", "the [Office of the President]" name bodies). The model takes such a title
    for a body when a name is set off from it or none is given; a title names no one by itself
    (its holder, when named, is a mention of his own)."""
    w = words()
    toks = _toks(doc, start, end)
    return end - start > 1 and toks[-1].lower_ in w["title_heads"] \
        and all(_title_run_word(t) for t in toks) \
        and not any(t.lower_ in w["org_words"] for t in toks)


def _of_state_after(doc, i: int, hi: int) -> bool:
    """Whether the capitalised name words from doc[i] are followed by "of" and a place the model
    tagged: "[B C] of Y" in a list of leaders."""
    k = i
    while k < hi and doc[k].text[:1].isupper() and doc[k].is_alpha and k - i < 4:
        k += 1
    if k - i < 2 or not _capitalised_name(_toks(doc, i, k)):
        return False
    if k + 1 < hi and doc[k].lower_ == "of" and doc[k + 1].lower_ == "the":
        k += 1
    return k + 1 < hi and doc[k].lower_ in ("of", "the") and doc[k + 1].ent_type_ == "GPE"


def _after_title_of_known_state(doc, i: int, lo: int, gazetteer) -> bool:
    """Whether doc[i] follows a capitalised title, "of" and a state the gazetteer knows that the
    model left untagged: "Deputy Prime Minister of Ruritania [X Y Z]" (`_after_title_of_state`
    reads the states the model tagged)."""
    if gazetteer is None:
        return False
    for n in (1, 2, 3):
        at = i - n
        if at - 2 < lo or doc[at - 1].lower_ != "of" or doc[at].ent_type_:
            continue
        if any(e.type == "State" for e in _gaz_lookup(gazetteer, _span_text(doc, at, i))):
            head = doc[at - 2]
            return head.lower_ in words()["title_heads"] and head.text[:1].isupper() \
                or _after_title_of(doc, at - 1, lo)
    return False


def _listed_under_plural_title(doc, i: int, lo: int) -> bool:
    """Whether doc[i] opens an item of a list a plural title heads earlier in the sentence:
    "Presidents A of X, B of Y and C of Z" (a "," or "and" before it, a capitalised plural title
    before), or its first item, right after the plural title or a colon after it."""
    heads = words()["title_heads"]
    if i > lo and (plural_title_head(doc[i - 1], heads)
                   or doc[i - 1].text == ":" and i - 1 > lo and plural_title_head(doc[i - 2], heads)):
        return True  # the list's first item, right after its title ("prime ministers [A of X]",
        # "counterparts: [A of X]")
    if i <= lo or doc[i - 1].lower_ not in (",", "and"):
        return False
    return any(plural_title_head(doc[k], heads) and doc[k].text[:1].isupper() for k in range(lo, i - 1))


def _name_of_state(doc, start: int, end: int, gazetteer, lo: int) -> int | None:
    """Where "of" stands in a span the model took whole for a body, "<Name> of [the] <State>",
    when the span is an item of a list under a plural title ("Presidents A of X, [B C of Y]"):
    the person, then his state. None for any other span."""
    heads = words()["title_heads"]
    if start + 1 < end and plural_title_head(doc[start], heads):
        start += 1  # "[Presidents A B of X] and C D of Y": the plural title the model took along
    if gazetteer is None or not _listed_under_plural_title(doc, start, lo) \
            or _gaz_lookup(gazetteer, _span_text(doc, start, end)):
        return None
    of = next((k for k in range(start + 2, end - 1) if doc[k].lower_ == "of"), None)
    if of is None or not _capitalised_name(_toks(doc, start, of)):
        return None
    at = of + 2 if doc[of + 1].lower_ == "the" else of + 1
    if at >= end or not any(getattr(e, "type", None) == "State"
                            for e in _gaz_lookup(gazetteer, _span_text(doc, at, end)) or ()):
        return None
    return of


def _title_of_state_then_name(doc, start: int, end: int, gazetteer) -> tuple[int, int] | None:
    """Where the state starts and the name starts in a span of title words, "of [the] <State>"
    and a capitalised name ("Minister of Health of the Republic of Z X Y"); None for
    any other span."""
    w = words()
    # ("... and [Regional Cooperation of Z X Y]": a portfolio item and the state before the name)
    lead = doc[start].lower_ not in w["title_heads"] and _portfolio_lead(doc, start)  # (not the head itself)
    if gazetteer is None or not (doc[start].lower_ in w["title_heads"] or lead) \
            or _gaz_lookup(gazetteer, _span_text(doc, start, end)):
        return None
    for of in range(start + 1, end - 2):
        if doc[of].lower_ != "of" or not all(_title_run_word(t)
                                             or t.is_alpha and t.text[:1].isupper()  # a portfolio's words
                                             for t in _toks(doc, start, of)):
            continue
        if lead and not _portfolio_words(doc, start, of):
            return None
        at = of + 1
        name_at = _state_before_name(doc, at, end, gazetteer)
        if name_at < end:
            return at, name_at
    return None


def _place_before_name(doc, start: int, end: int, gazetteer) -> int:
    """Where a city's or state's name ends inside a person's span right after "in" or "to"
    ("Ambassador in [Z-City X Y]") or after "<title> of" ("Deputy Prime Ministers of [Z X Y]"):
    when two to four capitalised name words follow it. The span's own end otherwise."""
    if gazetteer is None or start == 0:
        return end
    p = start - 1
    if p >= 2 and doc[p].lower_ == "the" and doc[p - 1].lower_ in POSTING_PREPOSITIONS:
        p -= 1  # "envoy for the [Z-Region X Y]": the posting's article
    before = doc[p].lower_
    heads = words()["title_heads"]
    head = doc[p - 1].lower_ if p >= 1 else ""
    titled = before == "of" and (head in heads or head[:-1] in heads)  # "Minister(s) of [Z X Y]"
    envoy = p >= 1 and envoy_title_ends(doc, p - 1, 0)
    if before not in ("in", "to") and not titled and not (before == "for" and envoy):
        return end  # "Ministers of [Z X Y]": the state, then the name; "envoy for [Z X Y]": the posting
    # an envoy's posting may be a region too ("special envoy to [Z-Region X Y]")
    kinds = ("State", "City", "Place") if before in POSTING_PREPOSITIONS and envoy else ("State", "City")
    for j in range(start + 1, min(end - 1, start + 4)):  # (a place of up to three words: "Horn of Africa")
        if _capitalised_name(_toks(doc, j, end)) and any(
                getattr(e, "type", None) in kinds for e in _gaz_lookup(gazetteer, _span_text(doc, start, j)) or ()):
            return j
    return end


def _posting_split(doc, start: int, end: int, gazetteer) -> tuple[Mention | None, int]:
    """The place a span begins with (`_place_before_name`) as a mention of its own, and where the
    rest of the span (the person) then starts; (None, start) when it begins with none."""
    place_end = _place_before_name(doc, start, end, gazetteer)
    if place_end < end:
        return Mention(start, place_end, _span_text(doc, start, place_end), "GPE"), place_end
    return None, start


def _body_of_state_before_name(doc, start: int, end: int, gazetteer) -> int:
    """Where a body's name "<...> of <State>" ends inside a span the model took whole with the
    capitalised name after it ("General Secretary of [the Workers' Party of Z X Y Z]"): after
    the state, when two to four capitalised name words follow. The span's own end otherwise."""
    if gazetteer is None:
        return end
    w = words()
    for j in range(end - 2, start + 1, -1):
        if not _capitalised_name(_toks(doc, j, end)):
            continue
        if start >= 2 and doc[start - 1].lower_ in ("of", "the") and doc[j - 1].lower_ in w["org_words"] \
                and any(t.lower_ in w["title_heads"] for t in _toks(doc, max(0, start - 3), start)):
            return j  # "Chairman of [the National Assembly X Y Z]": the body's last word, then the name
        for k in range(j - 1, max(start, j - 3), -1):
            if doc[k - 1].lower_ == "of" and any(
                    getattr(e, "type", None) == "State" for e in _gaz_lookup(gazetteer, _span_text(doc, k, j)) or ()):
                return j
    return end


def _lone_titled_name(doc, start: int, end: int, gazetteer) -> int | None:
    """Where the one name word of a span the model typed as a body, place or people starts
    when the span is a capitalised title or form of address and that word ("[PM X]'s first
    trip", "[Sultan Y] met Z"): a title names a person, and the model types a short titled
    name it does not know as it likes (the title makes it no body: the span's entity would
    be "PM X", a state or a body). None when the word is a title's, a body's or a place's
    word, a known demonym or a name the gazetteer knows as no person; when a capitalised word
    follows it (a building or body named after a person: "King X University", "Prince Y Air
    Base"); or when the span follows "the" or another capitalised word that is no title,
    form of address, demonym or state (a name running on: "Hotel President X"). A title that
    is also a common adjective ("General", "Chief": titles.json title words) opens bodies'
    names too ("General X", a company) and makes no person here. (A title outside the span,
    "Mr [X]", was tried too: on real news resolution already reads those names, and no fact
    changed.)"""
    w = words()
    if end - start != 2 or not _person_title(doc[start]):
        return None
    name = doc[start + 1]
    if not (name.text[:1].isupper() and name.is_alpha and name.pos_ == "PROPN") or _is_title_word(name) \
            or name.lower_ in w["org_words"] or name.lower_ in w["non_person_words"] or _demonym(gazetteer, name):
        return None
    if end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        return None  # "King X [University]": the title and name open a body's or building's name
    if start > 0:
        before = doc[start - 1]
        if before.lower_ == "the" or before.is_alpha and before.text[:1].isupper() and not before.is_sent_start \
                and not (_is_title_word(before) or is_honorific_word(before) or _demonym(gazetteer, before)
                         or gazetteer is not None and any(e.type == "State" for e in _gaz_lookup(gazetteer, before.text))):
            return None
    if gazetteer is not None and any(e.type != "Person" for e in _gaz_lookup(gazetteer, name.text)):
        return None
    return start + 1


def _person_title(tok) -> bool:
    """A capitalised title head or one-word form of address ("PM", "President", "Mr", "Col")
    that is not also an adjective opening bodies' names ("General", "Chief")."""
    w = words()
    return tok.text[:1].isupper() and (tok.lower_ in w["title_heads"] or is_honorific_word(tok)) \
        and tok.lower_ not in w["title_words"]


def _addressed(doc, start: int, end: int) -> bool:
    """A form of address and then two to four capitalised name words ("Sheikha Moza bint
    Nasser", "Khun Srettha Thavisin"); a two-letter form in capitals ("DR Congo") is not one."""
    w = words()
    rest = honorific_end(doc, start, end)
    if rest == start or not 2 <= end - rest <= 4 or (len(doc[start].text) <= 2 and doc[start].text.isupper()):
        return False
    name = _toks(doc, rest, end)
    return all(t.text[:1].isupper() or t.lower_ in ("bin", "bint", "al", "binti") for t in name) \
        and not any(t.lower_ in w["org_words"] or t.lower_ in w["non_person_words"] for t in name)


def _extend_name(doc, start: int, end: int, limit: int) -> int:
    """Extend a person's span over following capitalised name parts ("Ri Son" + "Gwon")."""
    w = words()
    while end < limit and end - start < 5:
        tok = doc[end]
        if tok.text in ("-", "‐") and end + 1 < limit and doc[end + 1].text[:1].isalpha() and not doc[end + 1].ent_type_ \
                and not doc[end - 1].whitespace_ and not tok.whitespace_:
            # (a hyphen set off by spaces is a dash: "Name - who is ..." ends the name; a
            # hyphened family name may close a name of four words: "A B C D-E")
            end += 2
            continue
        if end - start >= 4:
            break
        if tok.lower_ in w["name_particles"] and end + 2 < limit and doc[end + 1].text in ("-", "‐") \
                and not tok.whitespace_ and not doc[end + 1].whitespace_ and doc[end + 2].is_alpha \
                and doc[end + 2].text[:1].isupper() and (not doc[end + 2].ent_type_ or tok.ent_iob_ == "B" and (
                    end + 3 >= limit or doc[end + 3].ent_iob_ != "I")):
            # (the model may take "el-Sisi" alone for a body: the name goes on over it all the same)
            end += 3  # "[Abdel Fattah] el-Sisi": a particle hyphened to the family name
            continue
        if (tok.pos_ == "PROPN" and tok.text[:1].isupper() and _name_word(tok) and not tok.ent_type_
                and tok.lower_ not in w["non_person_words"] and tok.lower_ not in w["org_words"]
                and tok.lower_ not in w["title_heads"] and tok.lemma_.lower() not in w["title_heads"]
                and not (end + 1 < limit and f"{tok.lower_} {doc[end + 1].lower_}" in w["envoy_titles"])):
            # (nor the first word of an envoy's title of two: "A B [High] Commissioner of X")
            end += 1
            continue
        part = _after_infix_particles(doc, end, limit)
        if part is not None:
            end = part + 1  # "[Jose Eduardo] dos Santos", "[Dries] van Agt"
            continue
        if end - start >= 2 and _is_infix_particle(doc[end - 1]) and _family_part(doc, end, limit):
            end += 1  # "[Daniel arap] Moi": the model stopped at the particle
            continue
        break
    return end


@lru_cache(maxsize=1)
def inner_particles() -> frozenset[str]:
    """The lower-case words written inside a person's name before a capitalised part: the
    infix particles ("dos", "van") and the lineage words ("bin", "ibn"), kept in two lists
    because lineage words also mean more (forebears added to a name)."""
    w = words()
    return frozenset(w["infix_particles"]) | frozenset(w["lineage_words"])


def _is_infix_particle(tok) -> bool:
    return tok.text.islower() and tok.lower_ in inner_particles()


def _family_part(doc, i: int, limit: int) -> bool:
    """Whether doc[i] is a capitalised name word that may close a name after a particle: no
    title, organisation or non-person word, and no entity running on past it (the model often
    takes such a lone family name for a place or a body: "Santos", "Moi")."""
    w = words()
    tok = doc[i]
    return (i < limit and tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start
            and tok.lower_ not in w["non_person_words"] and tok.lower_ not in w["org_words"]
            and tok.lower_ not in w["title_heads"] and tok.lower_ not in w["title_words"]
            and (not tok.ent_type_ or tok.ent_iob_ == "B" and (i + 1 >= limit or doc[i + 1].ent_iob_ != "I")))


def _after_infix_particles(doc, i: int, limit: int) -> int | None:
    """The index of the capitalised name part one or two particles at doc[i] lead to ("dos
    Santos", "von der Leyen"), or None."""
    k = i
    while k < limit and k - i < 2 and _is_infix_particle(doc[k]) and doc[k].whitespace_:
        k += 1
    return k if k > i and _family_part(doc, k, limit) else None


_GLOTTAL = re.compile(r"[^\W\d_]+(?:['’‘ʻ][^\W\d_]+)+")


def _name_word(tok) -> bool:
    """A word of letters, also with an apostrophe or a glottal stop between them ("Mata’afa",
    "Sa'ilele", "O'Neill"), never at an end ("Ministers'")."""
    return tok.is_alpha or bool(_GLOTTAL.fullmatch(tok.text))


def name_part_before(doc, i: int, lo: int) -> bool:
    """Whether doc[i] (i >= lo) is a capitalised name part that no entity, title, form of address,
    organisation or non-person word claims: "Amina Yusuf" before a surname the model tagged alone."""
    if i < lo:
        return False
    w = words()
    tok = doc[i]
    return (tok.pos_ == "PROPN" and (tok.is_title and tok.is_alpha or tok.text[:1].isupper() and _name_word(tok))
            and not tok.ent_type_
            and tok.lower_ not in w["non_person_words"] and tok.lower_ not in w["org_words"]
            and tok.lower_ not in w["body_heads"]  # "Secretary of the [Presidency] X Y"
            and tok.lower_ not in w["title_heads"] and tok.lower_ not in w["title_words"]
            and not (tok.lower_.endswith("s") and tok.lower_[:-1] in w["title_heads"])
            and not (i - 2 >= lo and _title_suffix_after_hyphen(doc, i, w))  # "President-[Elect]"
            and _honorific_word(tok) not in w["honorifics"] and not _inside_honorific(doc, i, lo)
            and not abbreviated_post(tok))  # "[HC] A B", "[MBE] C D": a post or honour in capitals


def _is_lineage_word(tok) -> bool:
    return tok.text.islower() and tok.lower_ in words()["lineage_words"]


def _given_name_word(tok) -> bool:
    """A capitalised word of letters no entity of another kind claims: the given name a
    lineage word follows may also be a title's word ("Sultan", "Amir")."""
    return tok.is_alpha and tok.text[:1].isupper() and tok.ent_type_ in ("", "PERSON") \
        and not is_honorific_word(tok)


def _given_name_before_lineage(doc, start: int, end: int) -> bool:
    """Whether doc[start] is a given name because a lineage word follows it inside the span
    ("Sheikh [Sultan] bin X", "Prince [Amir] bin Y"): a title is never followed by "bin"."""
    return start + 1 < end and _is_lineage_word(doc[start + 1]) and _given_name_word(doc[start])


def ruler_title_before_address(doc, start: int, end: int) -> bool:
    """Whether doc[start] is a ruler's one-word title because a form of address follows it
    ("[Amir] Sheikh X", "Kuwait's [Amir] Sheikh Y"): such a word may be a given name too
    ("Amir X"), but a form of address opens a name, never stands inside one."""
    return doc[start].lower_ in words()["ruler_titles"] and start + 1 < end \
        and honorific_end(doc, start + 1, end) > start + 1


def _name_words(doc, start: int, end: int) -> int:
    """How many words of a name doc[start:end] has, not counting the particles and hyphens
    that join them ("Abdullah Al-Jaber Al-Sabah": three words, seven tokens)."""
    w = words()
    return sum(1 for t in doc.tokens[start:end]
               if t.is_alpha and t.lower_ not in w["name_particles"] and t.lower_ not in inner_particles())


def _extend_name_back(doc, start: int, end: int, lo: int) -> int:
    """Extend a person's span back over the capitalised name parts before it: the model may tag
    only the last word of a full name it does not know ("... counterpart Amina Yusuf [Hassan]"),
    and a lone last word would then be read as a known namesake's surname."""
    first = start
    # (a name's words are counted, not its tokens: "Sheikh [A] B Al-C Al-D")
    while _name_words(doc, start, end) < 4 and name_part_before(doc, start - 1, lo):
        start -= 1
    if start < first and start - 2 >= lo and doc[start - 1].lower_ in ("for", "of") and _is_title_word(doc[start - 2]) \
            and doc[start - 2].text[:1].isupper():
        return first  # "Minister of State for [Border Affairs] X Y": the portfolio, not the name
    if end - start == 4 and start - 2 >= lo and name_part_before(doc, start - 1, lo) and _is_title_word(doc[start - 2]) \
            and doc[start - 2].text[:1].isupper():
        start -= 1  # "Attorney General [Ana] Maria Lopez De Vega": a title closes a five-part name
    return start


def _lowercase_last_part(doc, start: int, end: int, limit: int) -> int:
    """Take in a three-part East Asian name whose last syllable the writer left in lower case
    ("Ban Ki moon,"): a short, non-word, lower-case token closing the name before punctuation."""
    w = words()
    if end - start != 2 or end >= limit or doc[start].lower_ not in w["east_asian_surnames"]:
        return end
    tok = doc[end]
    after = doc[end + 1] if end + 1 < len(doc) else None
    if tok.is_alpha and tok.text.islower() and 2 <= len(tok.text) <= 4 and not tok.is_stop \
            and tok.pos_ not in ("VERB", "AUX", "ADP") and (after is None or after.is_punct):
        return end + 1
    return end


class _Tokens:
    """A parsed doc whose Token objects are made once: spaCy builds a new Token on every
    `doc[i]` and every `for tok in doc`, which the rules below do many times per article.
    Integer indexing and iteration use the cached tokens; slices (Spans) and every other
    attribute go to the doc."""

    __slots__ = ("doc", "tokens", "index")

    def __init__(self, doc):
        self.doc = doc
        self.index = docindex.of(doc)
        self.tokens = self.index.tokens  # made once per doc, shared with other readers

    def __getitem__(self, key):
        if isinstance(key, slice):
            return self.doc[key]
        return self.tokens[key]

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self):
        return iter(self.tokens)

    def __getattr__(self, name):
        return getattr(self.doc, name)


_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")


def _ordinal_numeral(tok) -> bool:
    """A Roman numeral in capitals (two letters or more) modifying a noun after it: the ordinal
    of a recurring event ("the XXXV Summit", "the XIV Forum"), not a name."""
    return len(tok.text) > 1 and _ROMAN.fullmatch(tok.text) is not None \
        and tok.dep_ in ("nmod", "compound", "amod", "nummod") and tok.head.i > tok.i


#: The parts of speech of the lower-case words a title-case headline keeps ("X to Visit Y",
#: "A Meets B on Z"): words of grammar, never of content.
_HEADLINE_LOWER_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX", "PRON", "NUM", "PUNCT", "SYM", "SPACE"})
#: The tags of a finite verb, the one word class a name never holds.
_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP"})


@lru_cache(maxsize=1)
def _verb_forms() -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas of the verbs the relation readers know (verbs.json) and their third-person
    forms ("meet" -> "meets", "discuss" -> "discusses"): a headline writes them capitalised,
    and the tagger may then take one for a plural proper noun."""
    from ingest import lexicon

    lemmas = frozenset(lexicon.raw("verbs")["verbs"])
    forms = set()
    for lemma in lemmas:
        if lemma.endswith(("s", "sh", "ch", "x", "z")):
            forms.add(lemma + "es")
        elif lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "i", "o", "u"):
            forms.add(lemma[:-1] + "ies")
        else:
            forms.add(lemma + "s")
    return lemmas, frozenset(forms)


def _title_case_run(doc, lo: int, hi: int, line_end: int) -> bool:
    """Whether doc[lo:hi] is written in title case: every word capitalised but the words of
    grammar (by their part of speech, not a list), in a line of at least three words."""
    if sum(t.is_alpha for t in _toks(doc, lo, line_end)) < 3:
        return False
    return all(t.text[:1].isupper() or t.pos_ in _HEADLINE_LOWER_POS for t in _toks(doc, lo, hi) if t.is_alpha)


def _headline_verb(doc, start: int, end: int, bounds: tuple[int, int]) -> int | None:
    """Where the verb of a title-case headline cuts a span the model ran over it ("[Ismail Omar
    Guelleh Meets] with Y", "[IMF Mission Arrives] in Lusaka", "US Envoy [Meets X]",
    "[Y Delegation to Arrive] in Z"): the index the name ends at (the verb, or the "to" before
    an infinitive), which is `start` when the span opens on the verb; None when no such verb.

    A headline capitalises its verb, so capital letters no longer tell a name from the clause
    around it; the tagger still calls a finite verb one, or takes a known verb's third-person
    form set after a capitalised word, before another or a preposition, for a plural noun
    ("Envoy Meets Machar", "X Y Meets with Z"; not "of": "SADC Heads of State" is a noun phrase).
    The line from its start to the word after the verb must be in title case: in prose a
    capitalised verb form inside a name is part of it."""
    lemmas, forms = _verb_forms()
    lo, hi = bounds
    for k in range(start, end):
        tok = doc[k]
        if not (tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper):
            continue
        after = doc[k + 1] if k + 1 < hi else None
        to = k > lo and doc[k - 1].lower_ == "to" and doc[k - 1].text.islower()
        verb = (tok.tag_ in _FINITE_TAGS and tok.pos_ == "VERB"
                or tok.tag_ in ("NNPS", "NNS") and tok.lower_ in forms and k > lo and doc[k - 1].text[:1].isupper()
                and after is not None and (after.text[:1].isupper() or after.pos_ == "ADP" and after.lower_ != "of")
                or to and tok.lower_ in lemmas)
        if not verb or not _title_case_run(doc, lo, min(hi, k + 2), hi):
            continue
        return k - 1 if to and k - 1 >= start else k
    return None


def _sentence_bounds(doc) -> list[tuple[int, int]]:
    """(start, end) of each token's sentence, made once (`tok.sent` builds a Span per call)."""
    return docindex.of(doc).bounds


def find(doc, gazetteer=None) -> list[Mention]:
    """All entity mentions of a parsed doc, non-overlapping, in text order."""
    w = words()
    described = w["role_descriptions"] | w["post_kind_descriptions"]  # a state's post by title or kind
    if not isinstance(doc, _Tokens):
        doc = _Tokens(doc)
    sent_bounds = _sentence_bounds(doc)
    candidates: list[Mention] = []
    titled_states: set[int] = set()  # where a state named after a title the model took for a body ends
    credits: set[int] = set()  # the tokens of credit lines joined by slashes
    for ent in doc.index.ents:  # `doc.ents`, made once per doc
        if ent.label_ not in KEPT_LABELS:
            continue
        ent_end = ent.end
        if ent.label_ == "ORG" and doc[ent_end - 1].lower_ in ("for", "of") and ent_end < len(doc) \
                and doc[ent_end].pos_ == "PROPN" and doc[ent_end].is_title:
            # "[the National Council for] Youth and Sports": the name the model cut after
            # its preposition goes on over the capitalised words (and an "and" between them)
            while ent_end < len(doc) and (doc[ent_end].pos_ == "PROPN" and doc[ent_end].is_title
                                          or doc[ent_end].lower_ == "and" and ent_end + 1 < len(doc)
                                          and doc[ent_end + 1].pos_ == "PROPN" and doc[ent_end + 1].is_title):
                ent_end += 1
            ent_end = _before_titled_person(doc, ent.end, ent_end)
        start, end = _trim(doc, ent.start, ent_end)
        if start >= end:
            continue
        if _slash_joined(doc, start, end) and not _known_places_joined(doc, start, end, gazetteer):
            credits.update(range(start, end))  # nor are the names inside it ("Sérgio Lima/X": no city)
            continue  # "[PHOTOGRAPHER/AFP/Getty] Images": a photo credit, no actor
        cut = _headline_verb(doc, start, end, sent_bounds[start])
        if cut is not None and not (gazetteer and _gaz_lookup(gazetteer, _span_text(doc, start, end))):
            if cut <= start:
                continue  # "US Envoy [Meets X]": a span opening on a headline's verb names no one
            start, end = _trim(doc, start, cut)  # "[A B Meets] with C": the name before the verb
            if start >= end:
                continue
        label = ent.label_
        if label != "PERSON" and _given_name_before_hyphen(doc, start, end, sent_bounds[start], gazetteer):
            continue  # "President of X, [A]-B C": the first part of a hyphened given name, read below with the rest
        if label in ("NORP", "ORG") and end - start >= 2 and _moment_before_demonym(doc, gazetteer, start, end):
            start += 1  # "[New Ruritanian] President X": a word of the moment, then the state's demonym
        if label in ("GPE", "LOC") and all(_is_title_word(t) for t in doc.tokens[start:end]) \
                and not (gazetteer and _gaz_lookup(gazetteer, _span_text(doc, start, end))):
            continue  # "Ambassador Extraordinary and [Plenipotentiary]": a title's word, no place
        while label in ("GPE", "LOC") and end - start > 1 and doc[end - 1].text.islower() \
                and doc[end - 1].lower_ in w["part_nouns"]:
            end -= 1  # "Poonch district’s": the name, not the common noun the model took with it
        if label in ("GPE", "LOC") and end - start > 1 and doc[end - 1].lower_ in w["city_suffixes"] \
                and gazetteer is not None and not _gaz_lookup(gazetteer, _span_text(doc, start, end)) \
                and any(e.type == "City" for e in _gaz_lookup(gazetteer, _span_text(doc, start, end - 1))):
            end -= 1  # "Xi'an City": the known city, not a new place named with its suffix
        owned = [i for i in range(start + 1, end - 1) if doc[i].text in POSSESSIVE_MARKS]
        if owned and label in ("GPE", "LOC", "FAC") and gazetteer is not None and any(
                e.type == "State" for e in _gaz_lookup(gazetteer, _span_text(doc, start, owned[0]))):
            # "Saudi Arabia’s Abha": a state's possessive inside a place's span parts two names,
            # the state (which the gazetteer finds by itself) and the place it owns
            start = owned[-1] + 1
        elif owned and label in ("PERSON", "ORG") and gazetteer is not None \
                and not (end < len(doc) and doc[end].lower_ in w["title_heads"]) \
                and _owner_before_possessive(doc, start, owned[0], gazetteer):
            # (a span a title head follows is the title's owner and portfolio: "[X’s Union Home]
            # Minister", read with the title)
            # "[Jordan’s King X]", "[Eritrea’s Information Ministry]", "[the X Department’s
            # Office of Y]": a state (or a state's organ) owning what follows is a name of its
            # own; the gazetteer finds the state, the rest is read as the model's span would be
            start = owned[-1] + 1
        elif owned and label in ("PERSON", "ORG") and gazetteer is not None \
                and not any(t.is_lower for t in doc.tokens[start:owned[0]]) \
                and _owned_is_no_name(doc, owned[-1] + 1, end, gazetteer) \
                and not _gaz_lookup(gazetteer, _span_text(doc, start, end)):
            # "[Tillerson’s Africa] visit", "[Xi’s third] visit": the model ran a name on over
            # its possessive into what the owner's trip is to or which one it is (a place, an
            # ordinal); the owner is the name, the place is found by itself. Only for an owner
            # of name words alone: "[the State Council of the People’s Republic of China]" is one name
            end = owned[0]
        if label != "PERSON" and not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in doc.tokens[start:end]):
            continue  # "China's coast guard" labelled an organisation: a common noun names no one
        if label in ("PERSON", "ORG", "GPE", "NORP") and not any(_name_word(t) for t in doc.tokens[start:end]) \
                and any(c.isdigit() for c in _span_text(doc, start, end)) \
                and not (gazetteer and _gaz_lookup(gazetteer, _span_text(doc, start, end))):
            # "X's [LID-8] and [LID-9] attacked": a code of letters and digits the gazetteer does
            # not know names a unit of its owner, or a thing, no person and no body that acts
            continue
        if label != "PERSON" and end - start == 1 and abbreviated_post(doc[start]) \
                and (start > 0 and doc[start - 1].ent_type_ == "PERSON"
                     or end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not _is_title_word(doc[end])):
            # "A B [APM] met ...", "[MOS] A B met ...": a post or honour beside a name, which the
            # model took alone for a body, names no one (the name is found after it, as after a title)
            continue
        if label != "PERSON" and end - start > 2 and abbreviated_post(doc[start]) \
                and all(t.is_title and t.is_alpha and t.pos_ == "PROPN" and not _is_title_word(t)
                        and t.lower_ not in w["org_words"] for t in doc.tokens[start + 1:end]) \
                and not (gazetteer and _gaz_lookup(gazetteer, _span_text(doc, start + 1, end))):
            start, label = start + 1, "PERSON"  # "[MOS A B]" taken for a body: the post, then the person
        if end - start == 1 and _ordinal_numeral(doc[start]):
            continue  # "the [XXXV] Ibero-American Summit": a Roman ordinal before a name names no one
        if label != "PERSON" and honorific_end(doc, start, end) >= end:
            # "by [H.E.] President X", "[HH] Shaikh Y": a form of address the model took alone
            # for a body or place names none; left in, it became the employer of the title after it
            continue
        if label == "NORP" and end - start == 1 and gazetteer is not None and doc[start].dep_ == "conj" \
                and doc[start].head.ent_type_ in ("GPE", "LOC") and doc[start].head.i < start \
                and all(e.type in ("City", "Place") for e in _gaz_lookup(gazetteer, doc[start].text)) \
                and gazetteer.state_for_demonym(doc[start].text) is None:
            # "the provinces of X and Y": a name conjoined to a place, no known people's (unknown,
            # or a province the gazetteer knows)
            label = "GPE"
        first = next((t for t in doc.tokens[start:end] if not (t.is_punct or t.lower_ == "the")), None)
        if label != "PERSON" and (doc[end - 1].lower_ in w["instrument_heads"]
                                  or first is not None and first.lower_ in w["instrument_heads"]) \
                and not (gazetteer and _gaz_lookup(gazetteer, _span_text(doc, start, end))):
            # "signed a [Comprehensive Strategic Partnership Agreement]", "inked the [Agreement on
            # Cooperative Activities]": a pact's title names no actor
            continue
        # Titles glued to the front of a person ("Minister Rajnath Singh").
        if label == "PERSON":
            # ... and a demonym before them ("Jordanian King Abdullah"): the state is its own mention.
            # Forms of address ("Datuk Seri", "Sheikh", "Dr.") are no part of the name either, and
            # the two may alternate ("[Majesty] King X", "King [Sheikh] X"); a span of nothing else
            # names no one.
            while True:
                # "Foreign [Ministers X and] Y": a plural title before a list is no part of its first name
                while end - start > 1 and not _given_name_before_lineage(doc, start, end) \
                        and (doc[start].lower_ in w["title_heads"] or doc[start].lower_ in w["title_words"]
                             or ruler_title_before_address(doc, start, end)
                             or doc[start].lower_ in w["title_joiners"]
                             or abbreviated_post(doc[start])
                             or (doc[start].lower_.endswith("s") and doc[start].lower_[:-1] in w["title_heads"])
                             or _demonym(gazetteer, doc[start])
                             or doc[start].text in ("-", "‐") and start > 0 and _is_title_word(doc[start - 1])
                             or _title_suffix_after_hyphen(doc, start, w)):
                    # (the hyphen of a title word written with one, "Yang di-[Pertuan] Agong", goes with it;
                    # so does a title's suffix, capitalised or not: "President-[Elect] X Y")
                    start += 1
                if doc[start].text[:1].isupper() and start + 1 < sent_bounds[start][1] \
                        and honorific_end(doc, start + 1, sent_bounds[start][1]) > start + 1 \
                        and _after_definite_title(doc, start):
                    # "His Highness the [Amir] Sheikh X": a word set between "the" (and the title
                    # words after it) and a form of address is a title, however few lists know it;
                    # a name does not follow "the", and a form of address opens the name, not its
                    # middle (the model may tag the word alone: then it names no one)
                    start += 1
                    continue
                # "[Sri Lankan Foreign] Minister X": a demonym of several words likewise
                several = _demonym_words(doc, gazetteer, start, end)
                if several:
                    start += several
                    continue
                after = honorific_end(doc, start, end)
                if after == start or after >= end:
                    start = after
                    break
                start = after
            if start >= end or (end - start == 1 and (doc[start].lower_ in w["title_heads"]
                                                      or _title_suffix_after_hyphen(doc, start, w))):
                continue  # a title alone ("the Yang di-Pertuan Agong", "-[Designate]") names no one by itself
            if end - start == 1 and start > 0 and doc[start - 1].lower_ == "the" \
                    and doc[start].lower_ in w["head_of_state_titles"]:
                continue  # nor "the Amir": a head of state's post some lists spell as a given name
        if label == "PERSON" and end - start > 1 and end < len(doc) and envoy_title_ends(doc, end, end - 1) \
                and doc[end].lower_ not in w["envoy_titles"]:
            end -= 1  # "A B [High] Commissioner of X": an envoy's title of two words begins after the name
        if label in ("ORG", "NORP") and end - start >= 2 and _demonym(gazetteer, doc[start]) \
                and all(_is_title_word(t) and t.lower_ not in w["title_heads"] for t in doc.tokens[start + 1:end]) \
                and end < len(doc) and (doc[end].lower_ in w["title_heads"] or plural_title_head(doc[end], w["title_heads"])) \
                and not (gazetteer and _gaz_lookup(gazetteer, _span_text(doc, start, end))):
            end, label = start + 1, "NORP"  # "[Georgian Defense] ministers": the demonym; the rest is the title
        if label in ("ORG", "NORP") and end - start >= 2 and _demonym(gazetteer, doc[start]) \
                and " ".join(t.lower_ for t in doc.tokens[start + 1:end]) in described \
                and not (gazetteer and _gaz_lookup(gazetteer, _span_text(doc, start, end))):
            # "the [Ruritanian Head of State]", "[Ruritanian FM]" taken for a body: the demonym,
            # then a post's description (mentions.json role_descriptions, post_kind_descriptions),
            # which the resolver reads
            end, label = start + 1, "NORP"
        if label != "PERSON":
            # "<Demonym> President X-Y Z" taken whole for an organisation: a demonym
            # and title words before a name are no part of it, as for a PERSON span above.
            name_start = start + 1 if _demonym(gazetteer, doc[start]) else start
            while name_start < end - 1 and (doc[name_start].lower_ in w["title_heads"]
                                            or doc[name_start].lower_ in w["title_words"]):
                name_start += 1
            if start < name_start < end and doc[name_start - 1].lower_ in w["title_heads"] \
                    and _titled(doc, name_start, end):
                start = name_start
        if label in ("ORG", "FAC", "GPE") and gazetteer is not None:
            name_at = _portfolio_then_name(doc, start, end)
            if name_at is not None and not _gaz_lookup(gazetteer, _span_text(doc, start, end)):
                # "Minister for [Planning, Development and Special Initiatives X Y]" taken for a
                # body: the title's portfolio, then the person who holds it
                start, label = name_at, "PERSON"
        if label in ("ORG", "FAC", "GPE") and end - start > 1 and end < len(doc) and doc[end].text[:1].isupper() \
                and doc[end].pos_ == "PROPN":
            cut = honorific_start(doc, end, start + 1)
            if start < cut < end:
                end = cut  # "the [Majlis X Sheikh] Y Z": a form of address ends no organisation's name
        if label in ("ORG", "FAC", "GPE") and end - start > 2 and gazetteer is not None \
                and not _gaz_lookup(gazetteer, _span_text(doc, start, end)):
            # "Minister of [Health H.E. X Y]" taken for a body: the portfolio, a form of address,
            # then the person
            at = next((k for k in range(start + 1, end - 1) if honorific_end(doc, k, end) > k), None)
            # ("Minister of A and [B of Z H.E. X Y]": a later portfolio item and the state before it)
            state_at = _state_after_title(doc, start, at, gazetteer) if at is not None and _portfolio_lead(doc, start) else None
            if at is not None and end - honorific_end(doc, at, end) >= 1 \
                    and (all(_is_title_word(t) for t in doc.tokens[start:at]) or doc[at - 1].text == ","
                         or state_at is not None):
                # ("the Head of the [Republic, H. E. X Y]": a comma, then the addressed person)
                if doc[at - 1].text == "," and _gaz_lookup(gazetteer, _span_text(doc, start, at - 1)):
                    candidates.append(Mention(start, at - 1, _span_text(doc, start, at - 1), label))
                if state_at is not None:
                    candidates.append(Mention(state_at, at, _span_text(doc, state_at, at), "GPE"))
                start, label = honorific_end(doc, at, end), "PERSON"
        if label in ("GPE", "LOC"):
            end = _district_name_end(doc, start, end, sent_bounds[start][1], gazetteer)
        if label in ("ORG", "NORP") and gazetteer is not None:
            start = _known_organisation_start(doc, start, end, gazetteer)
        if label in ("ORG", "NORP", "PERSON") and gazetteer is not None:
            cut = _known_body_before_members(doc, start, end, gazetteer)
            if cut < end:  # "[SADC Heads of State]" even taken for a person: the body
                end, label = cut, "ORG"
        if label in ("GPE", "LOC", "ORG", "FAC") and gazetteer is not None:
            comma = next((t.i for t in doc.tokens[start:end] if t.text == ","), None)
            if comma is not None and _gaz_lookup(gazetteer, _span_text(doc, start, comma)) \
                    and _gaz_lookup(gazetteer, _span_text(doc, comma + 1, end)):
                # "arrived in Abuja, Nigeria" taken as one span: a place, then the state it lies in
                candidates.append(Mention(start, comma, _span_text(doc, start, comma), "GPE"))
                candidates.append(Mention(comma + 1, end, _span_text(doc, comma + 1, end), "GPE"))
                continue
        if label in ("ORG", "FAC") and gazetteer is not None:
            at = _site_in_place(doc, start, end, gazetteer)
            if at is not None:
                # "[the Blue Residence in Almaty]" taken whole: a site, then the city it lies in
                candidates.append(Mention(start, at, _span_text(doc, start, at), label))
                candidates.append(Mention(at + 1, end, _span_text(doc, at + 1, end), "GPE"))
                continue
        tokens = doc.tokens[start:end]
        if label != "PERSON" and _portfolio_item(doc, start, end, gazetteer):
            continue  # "Minister of A, [B], and C of Z": a middle item of a title's portfolio list names no one
        if label != "PERSON" and _title_part(doc, start, end):
            continue  # "Party General" before "Secretary": a piece of a title names no one
        if label == "ORG" and end < len(doc) and doc[end].lower_ in w["portfolio_heads"] \
                and not (gazetteer and _gaz_lookup(gazetteer, _span_text(doc, start, end))) \
                and not any(_demonym(gazetteer, t) or t.lower_ in w["org_words"] for t in doc.tokens[start:end]):
            continue  # "the [Health and Population] minister": a portfolio, no organisation
        if label != "PERSON" and doc[start].lower_ in w["title_heads"] and end - start > 1 \
                and all(_title_run_word(t) for t in tokens):
            continue  # "[Minister of Foreign Affairs of] X Y": a title taken for a body names no one
        if label != "PERSON" and _bare_title(doc, start, end) \
                and not (gazetteer and _gaz_lookup(gazetteer, _span_text(doc, start, end))):
            continue  # "met A, [National Security Adviser] to B": a title with no name names no one
        split = _body_then_name(doc, start, end) if label != "PERSON" else None
        if split is not None:
            # "[Administrator of the X Agency (XA) Name Surname]" taken whole: the body, then the person
            body_start, body_end, name_start = split
            candidates.append(Mention(body_start, body_end, _span_text(doc, body_start, body_end), "ORG"))
            if name_start >= end:
                continue
            start, label = name_start, "PERSON"
            tokens = doc.tokens[start:end]
        if label in ("ORG", "GPE", "NORP") and gazetteer is not None:
            cut = _known_body_before_title(doc, start, end, gazetteer)
            if cut < end:  # "[the Bloc Chair] Name": the body; the title and name are read apart
                end = cut
                tokens = doc.tokens[start:end]
        glued = _body_then_titled_name(doc, start, end, gazetteer, sent_bounds[start][0]) \
            if label in ("ORG", "FAC", "GPE") else None
        if glued is not None:
            # "[X Union Special Envoy A B]", "Chief Executive of the [X Association A B]": the
            # body (or the place), then the person; the title words between them are read with
            # the person's name
            body_end, name_at = glued
            body_kinds = {_kind(e) for e in _gaz_lookup(gazetteer, _span_text(doc, start, body_end)) or ()}
            candidates.append(Mention(start, body_end, _span_text(doc, start, body_end),
                                      "GPE" if body_kinds & {"State", "City", "Place"} else "ORG"))
            start, label = name_at, "PERSON"
            tokens = doc.tokens[start:end]
        of = _name_of_state(doc, start, end, gazetteer, sent_bounds[start][0]) \
            if label in ("ORG", "FAC", "GPE", "WORK_OF_ART") else None
        if of is not None:  # "Presidents A of X, [B C of Y]": the person, then the state
            if plural_title_head(doc[start], w["title_heads"]):
                start += 1  # ("[Presidents A B of X]": the title, then the person)
            at = of + 2 if doc[of + 1].lower_ == "the" else of + 1
            candidates.append(Mention(start, of, _span_text(doc, start, of), "PERSON"))
            candidates.append(Mention(at, end, _span_text(doc, at, end), "GPE"))
            continue
        state_at = _state_after_title(doc, start, end, gazetteer) if label != "PERSON" else None
        split_at = _title_of_state_then_name(doc, start, end, gazetteer) if label != "PERSON" and state_at is None else None
        if split_at is not None:
            # "[Minister of Health of the Republic of Z X Y]" taken whole: the title, the
            # state, then the person
            at, name_at = split_at
            candidates.append(Mention(at, name_at, _span_text(doc, at, name_at), "GPE"))
            candidates.append(Mention(name_at, end, _span_text(doc, name_at, end), "PERSON"))
            continue
        if state_at is not None:
            # "[Minister of Foreign Affairs of X]" taken for a body: the title, then its state
            candidates.append(Mention(state_at, end, _span_text(doc, state_at, end), "GPE"))
            titled_states.add(end)  # a name right after it is the title holder's (below)
            continue
        if label != "PERSON":
            name_start = _name_after_title_of(doc, start, end, gazetteer)
            if name_start > start:
                start, label = name_start, "PERSON"  # "Secretary of [State X Y]": the title's last words
                tokens = doc.tokens[start:end]
            else:
                state_end = _state_before_name(doc, start, end, gazetteer)
                body_end = _body_of_state_before_name(doc, start, end, gazetteer) if state_end == end else end
                if state_end < end:  # "[the Republic of Z X Y]": the state, then the person it names
                    candidates.append(Mention(start, state_end, _span_text(doc, start, state_end), "GPE"))
                    start, label = state_end, "PERSON"
                    tokens = doc.tokens[start:end]
                elif body_end < end:  # "[the Workers' Party of Z X Y Z]": the body, then the person
                    candidates.append(Mention(start, body_end, _span_text(doc, start, body_end), label))
                    start, label = body_end, "PERSON"
                    tokens = doc.tokens[start:end]
        if label in ("ORG", "GPE", "NORP", "LOC", "FAC") and end - start == 1 and start > 0 \
                and (doc[start - 1].lower_ in w["title_heads"] or plural_title_head(doc[start - 1], w["title_heads"])) \
                and end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_alpha and doc[end].is_title \
                and not _is_title_word(doc[end]) and doc[end].ent_type_ in ("", "PERSON") \
                and not (gazetteer and _gaz_lookup(gazetteer, _span_text(doc, start, end))):
            # "counterparts [Gilberto] Teodoro": a given name after a title, the model's place,
            # and the family name it left untagged or took for a person alone: the person
            if doc[end].ent_type_ == "PERSON":
                end += 1
                while end < len(doc) and doc[end].ent_iob_ == "I":
                    end += 1
            end = _extend_name(doc, start, end, sent_bounds[ent.start][1])
            label = "PERSON"
        if label in ("ORG", "GPE", "WORK_OF_ART", "NORP", "LOC", "FAC") and _titled(doc, start, end) \
                and not (gazetteer and _gaz_lookup(gazetteer, _span_text(doc, start, end))):
            label = "PERSON"
        if label in ("ORG", "GPE", "NORP", "LOC", "FAC"):
            lone_at = _lone_titled_name(doc, start, end, gazetteer)
            if lone_at is not None:  # "[PM X]'s first trip": the titled person
                start, label = lone_at, "PERSON"
                tokens = doc.tokens[start:end]
        if label != "PERSON" and _addressed(doc, start, end) \
                and not (gazetteer and _gaz_lookup(gazetteer, _span_text(doc, start, end))):
            label = "PERSON"  # "Khun Srettha Thavisin" read as a building: a form of address names a person
        if label == "PERSON":
            if start < end and _inside_honorific(doc, start, sent_bounds[start][0]) \
                    and _inside_honorific(doc, end - 1, sent_bounds[start][0]):
                continue  # "[Samdech Moha] Borvor Thipadei X": a form of address the model cut is no one
            start = _past_cut_honorific(doc, start, end, sent_bounds[start][0])
            start = honorific_end(doc, start, end)
            place, start = _posting_split(doc, start, end, gazetteer)
            if place is not None:  # "Ambassador in [Z-City X Y]": the posting, then the envoy
                candidates.append(place)
        if label in ("ORG", "GPE", "FAC", "LOC") and start >= 2 and (
                envoy_title_ends(doc, start - 2, 0)
                or start >= 3 and doc[start - 1].lower_ == "the" and envoy_title_ends(doc, start - 3, 0)
                or doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in w["title_heads"]):
            place, start = _posting_split(doc, start, end, gazetteer)
            if place is not None:  # "Ambassador in [Z-City X Y Z]" taken for a body: the posting, then the envoy
                # (so "Mayor of [Z-City X Y]": the city, then its mayor)
                candidates.append(place)
                label, tokens = "PERSON", doc.tokens[start:end]
        if label != "PERSON" and _name_shaped(tokens) and not (gazetteer and _gaz_lookup(gazetteer, _span_text(doc, start, end))):
            label = "PERSON"
        if label in ("PERSON", "ORG") and end + 2 < len(doc) and doc[end].text == "," \
                and doc[end + 1].lower_ in ("a", "an") and doc[end + 2].lower_ in w["settlement_nouns"] \
                and doc[end + 2].dep_ != "compound" \
                and not (gazetteer and _gaz_lookup(gazetteer, _span_text(doc, start, end))):
            label = "GPE"  # "attacked X, a village 50 km from Y": the model's person is a place
        if label in ("PERSON", "ORG") and end + 3 < len(doc) and doc[end].text == "," \
                and doc[end + 1].lower_ == "the" and settlement_appos(doc, end + 2, end - 1, w) \
                and not (gazetteer and _gaz_lookup(gazetteer, _span_text(doc, start, end))):
            label = "GPE"  # "sent aid to X, the main city in Y": likewise, with a description
        if label == "PERSON" and start > 0 and doc[start - 1].lower_ in w["armed_group_heads"] \
                and doc[start - 1].dep_ != "compound" \
                and not (gazetteer and any(e.type != "Organization"
                                           for e in _gaz_lookup(gazetteer, _span_text(doc, start, end)))):
            # (a name the gazetteer knows only as an organisation is the group too: "the group Al-Shabab")
            label = "ORG"  # "the militant group X", "the rebel movement Y": the name is the group's
        if label == "PERSON" and gazetteer is not None:
            known = _gaz_lookup(gazetteer, _span_text(doc, start, end))
            if known and all(e.type == "Organization" for e in known):
                label = "ORG"  # "Al-Shabab militants have overrun ...": a name known only as a group's
        if doc[start].lower_ in w.get("hazard_words", ()) and end - start >= 2:
            label = "EVENT"  # "Cyclone Idai", "Typhoon Haiyan": a storm, not a person or a state
        if label == "PERSON":
            # `ent.sent`: from the sentence of its first token to the end of its last one's
            sent_start, sent_end = sent_bounds[ent.start][0], sent_bounds[ent.end - 1][1]
            while end - start > 1 and abbreviated_post(doc[start]):
                start += 1  # "[MOS A B]" the model took for a body, then read as a person: the post is no part
            back = _extend_name_back(doc, start, end, sent_start)
            if back < start:
                place, back = _posting_split(doc, back, end, gazetteer)
                if place is not None:  # "Ministers of [Z] X Y": the state the model left untagged stays one
                    candidates.append(place)
            start = back
            if _is_lineage_word(doc[start]) and start - 1 >= sent_start \
                    and _given_name_word(doc[start - 1]):
                # "Prince Sultan [bin X bin Y]": a name the model began at its lineage word lacks
                # the given name before it, whatever else that word may mean
                start -= 1
            end = _extend_name(doc, start, end, sent_end)
            end = _lowercase_last_part(doc, start, end, sent_end)
            end = _drop_post_nominals(doc, start, end)
            # "Solomon Islands Prime [Minister X]" taken for a person: a state's name and the
            # title words after it are the state
            j = end
            while j - start > 1 and (doc[j - 1].lower_ in w["title_heads"] or doc[j - 1].lower_ in w["title_words"]):
                j -= 1
            if j < end and gazetteer is not None:
                if any(e.type == "State" for e in _gaz_lookup(gazetteer, _span_text(doc, start, j))):
                    end, label = j, "GPE"
                elif j - start == 1 and _demonym(gazetteer, doc[start]):
                    end, label = j, "NORP"  # "[Ruritanian Prime] Minister X": the demonym, then the title
        elif all(t.lower_ in w["title_heads"] for t in doc.tokens[start:end]):
            continue  # "Sultan" alone taken for a place: a title names no state
        if label == "PERSON" and ent.label_ != "PERSON" and all(_is_title_word(t) for t in doc.tokens[start:end]):
            continue  # "Minister of Home Affairs, [External Communications] and ...": a portfolio, no person
        notes = set()
        if end - start == 1 and doc[start].text in ("North", "South") and start > 0 and doc[start - 1].lower_ == "the":
            notes.add("definite_compass")
        candidates.append(Mention(start, end, _span_text(doc, start, end), label, notes=notes))

    candidates = _join_split_names(doc, candidates, gazetteer)
    candidates = _join_nicknamed(doc, candidates)
    candidates = _initialled_names(doc, candidates, gazetteer)

    # Names the model missed after a title word: "Foreign Minister Ri Son Gwon".
    taken = {i for m in candidates for i in range(m.start, m.end)}
    bounds = _sentence_bounds(doc)
    poses = doc.index.poses  # (the index's strings: no Token decoded anew)
    for tok in doc:
        if tok.i in taken or tok.i == 0:
            continue
        # a capitalised proper noun that is no common word first (the cheap tests; the rest
        # of the condition below asks about forms of address around it)
        # (or a capitalised word the tagger took for a common noun, between a title and a proper
        # noun: "Deputy PM [Men] Sam On")
        pos = poses[tok.i]
        named = pos == "PROPN" or pos == "NOUN" and doc[tok.i - 1].lower_ in w["title_heads"] \
            and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].text[:1].isupper()
        if not (named and tok.text[:1].isupper() and tok.is_alpha
                and tok.lower_ not in w["non_person_words"] and tok.lower_ not in w["org_words"]
                and not _is_title_word(tok) and tok.lemma_.lower() not in w["title_heads"]):
            continue  # "Deputy [Prime Ministers] of X": the rest of a title names no one
        sent_start, sent_end = bounds[tok.i]
        if honorific_end(doc, tok.i, sent_end) > tok.i or _inside_honorific(doc, tok.i, sent_start):
            continue  # "Sultan Haji X": the name starts after the form of address
        if _headline_verb(doc, tok.i, tok.i + 1, bounds[tok.i]) is not None:
            continue  # "US Envoy [Meets] X": a headline's verb after a title is no given name
        if gazetteer is not None and doc[tok.i + 1:tok.i + 2] and _is_title_word(doc[tok.i + 1]) \
                and any(e.type == "State" for e in _gaz_lookup(gazetteer, tok.text)):
            continue  # "Chief of Defence Forces of [Georgia] Major General X": the state, then a rank
        prev = doc[tok.i - 1]
        ruler = ruler_title_before(doc, tok.i, sent_start, gazetteer)
        titled = prev.lower_ in w["title_heads"] or plural_title_head(prev, w["title_heads"]) and prev.i > sent_start \
            or abbreviated_post(prev) \
            or honorific_start(doc, tok.i, sent_start) < tok.i or tok.i in titled_states \
            or _after_title_of(doc, tok.i, sent_start) or _after_title_of_state(doc, tok.i, sent_start) \
            or _after_title_of_known_state(doc, tok.i, sent_start, gazetteer) \
            or _listed_under_plural_title(doc, tok.i, sent_start) and _of_state_after(doc, tok.i, sent_end) \
            or ruler
        # "The Assembly Speaker, [A-B C]": set off after a title, a hyphened name of two words or
        # more, which the model missed (a plain one it finds by itself)
        set_off = not titled and _title_set_off_before(doc, tok.i, sent_start) is not None
        if titled or set_off:
            end = _drop_post_nominals(doc, tok.i, _extend_name(doc, tok.i, tok.i + 1, sent_end))
            if set_off and not (_name_words(doc, tok.i, end) >= 2
                                and any(t.text in ("-", "‐") for t in doc.tokens[tok.i:end])):
                continue
            # (a ruler's title before one given name: "King A of X", "Sultan B arrived")
            lone = end - tok.i == 1 and ruler and _lone_ruler_name(doc, tok.i, sent_end, gazetteer)
            if (end - tok.i >= 2 or lone) and not any(i in taken for i in range(tok.i, end)):
                candidates.append(Mention(tok.i, end, _span_text(doc, tok.i, end), "PERSON"))
                taken.update(range(tok.i, end))

    candidates += _named_again(doc, candidates, taken, gazetteer)

    # "the North" / "the South" as a noun phrase (a context alias, resolved later).
    texts = _doc_words(doc)[1]
    for tok in doc:
        if texts[tok.i] in ("North", "South") and tok.i > 0 and doc[tok.i - 1].lower_ == "the" \
                and tok.i not in taken and (tok.i + 1 >= len(doc) or doc[tok.i + 1].pos_ not in ("PROPN",)):
            candidates.append(Mention(tok.i, tok.i + 1, tok.text, "LOC", notes={"definite_compass"}))
            taken.add(tok.i)

    if gazetteer is not None:
        candidates = _merge_gazetteer(doc, candidates, gazetteer, credits)
        candidates = _longer_names_of_shared_aliases(doc, candidates, gazetteer, sent_bounds)
        candidates = _split_dashed_persons(doc, candidates, gazetteer)

    candidates = _vote_person_labels(doc, candidates)
    candidates.sort(key=lambda m: (m.start, -(m.end - m.start)))
    result, last_end = [], -1
    for m in candidates:
        if m.start >= last_end:
            result.append(m)
            last_end = m.end
    return _defined_short_forms(doc, result, gazetteer)


@lru_cache(maxsize=1)
def _ruler_titles() -> tuple[tuple[str, ...], ...]:
    """The ruler titles as word tuples, longest first ("crown prince" before "prince")."""
    return tuple(sorted((tuple(t.split()) for t in words()["ruler_titles"]), key=len, reverse=True))


def ruler_title_before(doc, i: int, lo: int, gazetteer) -> bool:
    """Whether a capitalised ruler's title ends right before doc[i] ("King", "Crown Prince")
    and opens a name, not a longer name of something else: the word before the title may be a
    demonym, a state's possessive, a title word or a form of address ("Jordanian King",
    "Norway's Queen", "His Majesty King") but no other capitalised word ("HMS Queen X" is a
    ship's name). A title inside a body's or a place's span running on before or after it is
    that entity's."""
    for title in _ruler_titles():
        start = i - len(title)
        if start < lo or any(doc[start + k].lower_ != title[k] for k in range(len(title))):
            continue
        if not doc[start].text[:1].isupper() or doc[start].ent_type_ not in ("", "PERSON") \
                and (doc[start].ent_iob_ == "I" or doc[i].ent_iob_ == "I"):
            return False  # (the title alone tagged, "[Crown Prince] X", is still a title)
        if start > lo:
            before = doc[start - 1]
            if before.lower_ == "the":
                return False  # "the Queen X", "the King Y Causeway": a ship's or a site's name
            if before.is_alpha and before.text[:1].isupper() and not before.is_sent_start \
                    and not (_is_title_word(before) or is_honorific_word(before) or _demonym(gazetteer, before)
                             or before.lower_ in words()["title_words"]
                             or gazetteer is not None and any(e.type == "State" for e in _gaz_lookup(gazetteer, before.text))):
                return False
        return True
    return False


def _lone_ruler_name(doc, i: int, limit: int, gazetteer) -> bool:
    """Whether the one capitalised word doc[i] after a ruler's title is the ruler's name: no
    capitalised word runs on after it ("Queen X Hospital", "Sultan Y University" name a
    place or a body after the person), and the gazetteer knows it as nothing but a person
    ("Prince [Edward] Island": a place)."""
    if i + 1 < limit and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha:
        return False
    if doc[i].ent_type_ not in ("", "PERSON"):
        return False  # "Saudi Crown Prince [Tuesday] met X": a date the model tagged names no one
    if gazetteer is not None and any(e.type != "Person" for e in _gaz_lookup(gazetteer, doc[i].text)):
        return False
    return True


def _owner_before_possessive(doc, start: int, at: int, gazetteer) -> bool:
    """Whether the words of a span before its possessive ending name a state, or a state's organ
    (the state, then only mentions.json state_organ_words: "the U.S. Treasury Department")."""
    toks = [t for t in doc.tokens[start:at] if t.lower_ != "the"]
    if not toks:
        return False
    organ = words().get("state_organ_words", set())
    for n in range(len(toks), 0, -1):
        if all(t.lower_ in organ for t in toks[n:]) and any(
                e.type == "State" for e in _gaz_lookup(gazetteer, " ".join(t.text for t in toks[:n]))):
            return True
    return False


def _owned_is_no_name(doc, at: int, end: int, gazetteer) -> bool:
    """Whether the words of a span after its possessive ending, doc[at:end], name no one: a
    place the gazetteer knows ("Africa", "Washington"), or an ordinal ("third")."""
    if at >= end:
        return False
    if all(t.ent_type_ == "ORDINAL" or t.like_num and t.text.isalpha() for t in doc.tokens[at:end]):
        return True
    if any(t.is_lower for t in doc.tokens[at:end]):
        return False  # "[the State Council of the People’s Republic of China]": a name's own words run on
    return any(_kind(e) in ("State", "City", "Place") for e in _gaz_lookup(gazetteer, _span_text(doc, at, end)) or ())


def abbreviated_post(tok) -> bool:
    """A post or honour in capital letters ("MOS", "HC", "MoS", "MBE", "MP") before a name: no part
    of it. Only in capitals, not written as a name is ("Mos" may be one), and only a listed one:
    initials in capitals ("VK Singh") are the name's own."""
    text = tok.text.replace(".", "")
    w = words()
    return text[:1].isupper() and not text.istitle() and text.isalpha() \
        and (text.lower() in w["title_abbreviations"] or text.lower() in w["post_nominals"])


def _drop_post_nominals(doc, start: int, end: int) -> int:
    """Where a name ends without the letters written after it ("the Hon X Y MP", "Z QC")."""
    post = words()["post_nominals"]
    while end - start > 1 and doc[end - 1].text.replace(".", "").isupper() \
            and doc[end - 1].text.replace(".", "").lower() in post:
        end -= 1
    return end
def _known_body_before_members(doc, start: int, end: int, gazetteer) -> int:
    """Where a known organisation's or state's name ends inside a span the model took whole with
    the plural title of its members after it ("[CARICOM Heads of Government]", "[EU Foreign
    Ministers]"): the members' meeting is the body's. The span's own end otherwise."""
    w = words()
    for j in range(start + 1, end):
        low = doc[j].lower_
        if low in w["person_group_nouns"] or (low.endswith("s") and low[:-1] in w["title_heads"]):
            if any(_kind(e) in ("Organization", "State") for e in _gaz_lookup(gazetteer, _span_text(doc, start, j)) or ()):
                return j
            return end
    return end


def _known_body_before_title(doc, start: int, end: int, gazetteer) -> int:
    """Where a known name ends inside a span the model took whole with the singular title of
    the one who holds a post in it ("[the Bloc Chair] Name", "[X-Org Secretary General]"): the
    title is the person's, read with the name after it. Unlike the members' plural title above
    (whose meeting is the body's, so the body stays), any known name counts and the whole span
    must be unknown. The span's own end otherwise. So with the title's first words only, when
    its head follows the span ("[X-Org Executive] Secretary Name")."""
    heads = words()["title_heads"]
    if end - start < 2 or doc[end - 1].lower_ not in heads and not (
            end < len(doc) and doc[end].lower_ in heads and _is_title_word(doc[end - 1])):
        return end
    j = end
    while j - start > 1 and _is_title_word(doc[j - 1]):
        j -= 1
    if j < end and _gaz_lookup(gazetteer, _span_text(doc, start, j)) \
            and not _gaz_lookup(gazetteer, _span_text(doc, start, end)):
        return j
    return end


def _particle_name(tokens) -> bool:
    """Two to four capitalised name words, with the lower-case particles a person's name keeps
    between them ("A de B", "C von der D") left out of the count: `_capitalised_name`, which
    takes capitalised words only, would miss such a name after a body's name."""
    if not tokens or _is_infix_particle(tokens[0]) or _is_infix_particle(tokens[-1]):
        return False
    if any(t.tag_ == "NNPS" for t in tokens):
        return False  # "Secretary for Pacific [Peoples] A B": a plural noun is a body's word, no name's
    return _capitalised_name([t for t in tokens if not _is_infix_particle(t)])


def _whole_body(doc, start: int, end: int, gazetteer) -> bool:
    """Whether doc[start:end] is a body's or place's whole name by itself: one the gazetteer
    knows, or one closed by a capitalised word only a body's name ends with ("the X Press
    Association", "Z's Armed Forces", "the X House of Representatives"). (Not a short form in capitals: a
    name may open with initials, "JR Castillo Vega".) Only such a name makes a clean cut before a person's
    name the model ran it into: any other capitalised word may be the person's given name."""
    if end <= start:
        return False
    w = words()
    last = doc[end - 1]
    if last.text[:1].isupper() and (last.lower_ in w["org_words"] or last.lower_ in w["body_heads"]
                                    or plural_title_head(last, w["title_heads"])):
        return True  # ("the X House of Representatives": a body named by its members' plural title)
    return bool(_gaz_lookup(gazetteer, _span_text(doc, start, end)))


def _title_tied_before(doc, start: int, lo: int) -> bool:
    """Whether a span at doc[start] follows a capitalised title and the preposition that ties
    the title to its body or place ("Chief Executive of [the X]", "Ambassador to the [X]",
    "Director of Y at the [X]"), its owner's possessive or its owner state between them
    ("Commander of Z's [X]", "Speaker of the Z [X]"):
    there the span is the title's body, and a name after it is the title holder's."""
    k = start - 1
    if k > lo and doc[k].text in POSSESSIVE_MARKS:  # "of Z's [X]": the owner, then the body
        k -= 1
        first = k
        while k >= lo and first - k < 3 and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN":
            k -= 1
        if k == first:
            return False
    owner = k
    while k >= lo and owner - k < 3 and doc[k].ent_type_ == "GPE" and doc[k].text[:1].isupper():
        k -= 1  # "Speaker of the Z [X]": the owner state the model tagged apart
    if k >= lo and doc[k].lower_ == "the":
        k -= 1
    if k - 1 < lo or doc[k].lower_ not in ("of", "for", "to", "at"):
        return False
    if doc[k].lower_ == "for" and not envoy_title_ends(doc, k - 1, lo):
        return False  # "Secretary for [Pacific Peoples A B]": a portfolio; an envoy's "for" names a place
    return _is_title_word(doc[k - 1]) and doc[k - 1].text[:1].isupper()


def _body_then_titled_name(doc, start: int, end: int, gazetteer, lo: int) -> tuple[int, int] | None:
    """Where a body's name ends and a person's name starts in one span the model took for a
    body: "[X Union Special Envoy A B]" (a whole body, a capitalised title, then the holder's
    name) or, after a title tied to the body, "Chief Executive of the [X Association A B]" (the
    body, then the holder's name). The name is two to four capitalised words (particles apart)
    closing the span; the body must be whole by itself (`_whole_body`); the longest such name
    is taken. None for any other span, and for a span the gazetteer knows whole."""
    if gazetteer is None or end - start < 3 or _gaz_lookup(gazetteer, _span_text(doc, start, end)):
        return None
    heads = words()["title_heads"]
    tied = _title_tied_before(doc, start, lo)
    for name_at in range(max(start + 1, end - 6), end - 1):
        if not _particle_name(_toks(doc, name_at, end)):
            continue
        if doc[name_at - 1].lower_ in heads and doc[name_at - 1].text[:1].isupper():
            body_end = name_at - 1
            while body_end > start and _is_title_word(doc[body_end - 1]) and doc[body_end - 1].text[:1].isupper():
                body_end -= 1
            if body_end > start and _whole_body(doc, start, body_end, gazetteer):
                return body_end, name_at
        elif tied and _whole_body(doc, start, name_at, gazetteer):
            return name_at, name_at
    return None


def _district_name_end(doc, start: int, end: int, limit: int, gazetteer) -> int:
    """"the compound of [Khwaja] Umari district": the model took a place's name short of the
    capitalised words that go on to the noun of a state's part or a settlement (mentions.json
    subdivision_nouns, settlement_nouns: the nouns that make an unknown name a place in
    `resolve`); the name runs on over them (at most two; none the model labelled, none a name
    the gazetteer knows)."""
    heads = {*words()["subdivision_nouns"], *words()["settlement_nouns"]}
    j = end
    while j < limit and j - end < 2 and doc[j].pos_ == "PROPN" and doc[j].is_title and _name_word(doc[j]) \
            and not doc[j].ent_type_ and not (gazetteer and _gaz_lookup(gazetteer, doc[j].text)):
        j += 1
    return j if end < j < limit and doc[j].lower_ in heads else end


def _known_organisation_start(doc, start: int, end: int, gazetteer) -> int:
    """Where a known organisation's name starts inside a span the model took with a describing
    word before it ("the Islamist al Shabaab"): the describing words, neither a state's demonym
    nor a name the gazetteer knows, are no part of the name. The span's own start otherwise."""
    if _gaz_lookup(gazetteer, _span_text(doc, start, end)):
        return start
    if end - start >= 2 and _own_demonym_before_organisation(doc, start, end, gazetteer):
        return start + 1
    for k in range(start + 1, min(end, start + 4)):  # one to three describing words
        if _demonym(gazetteer, doc[k - 1]) or _gaz_lookup(gazetteer, doc[k - 1].text) \
                or not doc[k - 1].is_alpha:
            return start
        if any(_kind(e) == "Organization" for e in _gaz_lookup(gazetteer, _span_text(doc, k, end)) or ()):
            if _longer_name_of_shared_alias(doc, start, k, end, gazetteer):
                return start
            return k
    return start


def _split_dashed_persons(doc, candidates: list[Mention], gazetteer) -> list[Mention]:
    """"the [Putin-Poroshenko] meeting", "the [A B - C D] talks": one person span the model made
    of two names joined by a dash and set before a common noun is those two persons, when each
    part is known as a person on its own (a family name of the gazetteer's office holders, or
    another person named in the article, whole or by its last word). A name hyphened inside
    ("Jean-Yves X", "Ramos-Horta") has a part no one is known by, and stays one."""
    people = [m for m in candidates if m.label == "PERSON"]
    if not people:
        return candidates
    out: list[Mention] = []
    for m in candidates:
        parts = _dashed_parts(doc, m, gazetteer, people) if m.label == "PERSON" else None
        if parts is None:
            out.append(m)
            continue
        out.extend(Mention(s, e, _span_text(doc, s, e), "PERSON") for s, e in parts)
    return out


def _dashed_parts(doc, m: Mention, gazetteer, people: list[Mention]) -> list[tuple[int, int]] | None:
    dashes = [i for i in range(m.start + 1, m.end - 1) if doc[i].text in ("-", "–")]
    if len(dashes) != 1 or m.gazetteer_id is not None or m.end >= len(doc):
        return None
    after = doc[m.end]
    if after.pos_ != "NOUN" or not after.text.islower():
        return None  # only a name set before a common noun ("the A-B talks"), never a name on its own
    parts = [(m.start, dashes[0]), (dashes[0] + 1, m.end)]
    if any(not all(t.is_alpha and t.text[:1].isupper() for t in doc.tokens[s:e]) for s, e in parts):
        return None
    others = {fold_name(p.text) for p in people if p is not m} \
        | {fold_name(doc[p.end - 1].text) for p in people if p is not m}
    for s, e in parts:
        text = _span_text(doc, s, e)
        known = fold_name(text) in others \
            or gazetteer is not None and hasattr(gazetteer, "persons_by_surname") and e - s == 1 \
            and bool(gazetteer.persons_by_surname(text)) \
            or gazetteer is not None and any(x.type == "Person" for x in _gaz_lookup(gazetteer, text))
        if not known:
            return None
    return parts


def _longer_names_of_shared_aliases(doc, candidates: list[Mention], gazetteer, sent_bounds) -> list[Mention]:
    """"[National] Security Council spokesman X", "[Collective] Security Council": an alias an
    organisation shares with states' own bodies (organizations.json shared_aliases), matched
    alone where the model's longer span was cut (into a title, a demonym and a body), runs on
    back over the capitalised words right before it that no other mention holds: they make a
    longer name, another body's. A word that opens the sentence counts only if it is a title
    word ("National"), not any capitalised opener ("Following")."""
    shared = getattr(gazetteer, "shared_alias", None)
    if shared is None:
        return candidates
    held = {i for m in candidates for i in range(m.start, m.end)}
    out = []
    for m in candidates:
        if m.gazetteer_id is None or m.label != "ORG" or shared(m.text) is None:
            out.append(m)
            continue
        lo = sent_bounds[m.start][0]
        j = m.start
        while j > lo and (j - 1) not in held and doc[j - 1].is_alpha and doc[j - 1].text[:1].isupper() \
                and not doc[j - 1].is_upper and not _demonym(gazetteer, doc[j - 1]) \
                and not _gaz_lookup(gazetteer, doc[j - 1].text) \
                and doc[j - 1].ent_type_ not in ("DATE", "TIME") \
                and (j - 1 > lo or _is_title_word(doc[j - 1])):
            j -= 1
        if j == m.start:
            out.append(m)
            continue
        out.append(Mention(j, m.end, _span_text(doc, j, m.end), "ORG"))
    return out


def _longer_name_of_shared_alias(doc, start: int, k: int, end: int, gazetteer) -> bool:
    """"[Supreme National] Security Council", "[Collective] Security Council": capitalised words
    before an alias an organisation shares with states' own bodies (organizations.json
    shared_aliases) make a longer name, another body's, not a description of that one."""
    shared = getattr(gazetteer, "shared_alias", None)
    return shared is not None and shared(_span_text(doc, k, end)) is not None \
        and all(t.text[:1].isupper() for t in doc.tokens[start:k] if t.lower_ != "the")


def _own_demonym_before_organisation(doc, start: int, end: int, gazetteer) -> bool:
    """"[Iranian] Islamic Revolutionary Guard Corps", "[Lebanese] Hezbollah": the demonym of the
    very state a known organisation belongs to, before its name, only says whose it is; the
    organisation is named. Another state's demonym ("Pakistani X" for an Afghan group) may name
    another body and keeps the span whole."""
    if not _demonym(gazetteer, doc[start]):
        return False
    state = gazetteer.state_for_demonym(doc[start].text)
    return any(_kind(e) == "Organization" and getattr(e, "country", None) == state.id
               for e in _gaz_lookup(gazetteer, _span_text(doc, start + 1, end)) or ())


def _kind(entry) -> str | None:
    kind = getattr(entry, "type", None)
    return getattr(kind, "value", kind)


def bare_possessive_mark(doc, i: int) -> bool:
    """Whether token `i` is a bare apostrophe marking the possessive of the word ending in s
    before it ("Marles’ meeting", "Anastasiades’ talks"), which the small parser may take for a
    closing quote."""
    return 0 < i < len(doc) and doc[i].text in POSSESSIVE_MARKS and len(doc[i].text) == 1 \
        and doc[i - 1].text.endswith("s")


def _bare_possessor(doc, tok) -> bool:
    """"Marles’ meeting": a name before a bare possessive apostrophe the parser tagged a common noun."""
    return tok.pos_ == "NOUN" and bare_possessive_mark(doc, tok.i + 1)


def _named_again(doc, candidates: list[Mention], taken: set[int], gazetteer) -> list[Mention]:
    """A person named again by one part of the full name given earlier in the article ("Prime
    Minister Samak Sundaravej arrived ... to greet Samak"), where the model saw no name: the
    word is that person's mention. Not a word the gazetteer knows as anything but a person."""
    parts: dict[str, int] = {}
    for m in candidates:
        if m.label == "PERSON" and m.end - m.start >= 2:
            for i in (m.start, m.end - 1):
                parts.setdefault(doc[i].text, m.end)
    out = []
    index = docindex.of(doc)
    for tok, text in zip(index.tokens, index.texts, strict=True):  # (the index's strings: no Token decoded anew)
        first_seen = parts.get(text)
        if first_seen is None or tok.i < first_seen or tok.i in taken or not (tok.pos_ == "PROPN" or _bare_possessor(doc, tok)) \
                or not tok.is_alpha or not tok.text[:1].isupper() or tok.lower_ in words()["non_person_words"] \
                or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN") \
                or (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN"):
            continue
        known = _gaz_lookup(gazetteer, tok.text) if gazetteer is not None else None
        if known and any(_kind(e) != "Person" for e in known):
            continue
        out.append(Mention(tok.i, tok.i + 1, tok.text, "PERSON"))
        taken.add(tok.i)
    return out


_QUOTES = {"'", "‘", "’", '"', "“", "”"}


def _join_nicknamed(doc, candidates: list[Mention]) -> list[Mention]:
    """"X Y 'Nick' Z": a nickname in quotes inside a person's name parts it; the model takes the
    given names for the person and the nickname for something else, or the opening quote and the
    nickname with the given names ("Christopher \"Bong"). The person is the given names and the
    family name after the quotes, named without the nickname; the family part may carry an
    initial and a generational suffix ("'Nick' R. Z Jr.", mentions.json name_suffixes)."""
    w = words()
    suffixes = set(w["name_suffixes"]) | set(w["regnal_numerals"])
    persons = [(e.start, e.end) for e in doc.index.ents if e.label_ == "PERSON"] + \
        [(m.start, m.end) for m in candidates if m.label == "PERSON"]
    out = list(candidates)
    texts = _doc_words(doc)[1]
    for q in range(1, len(doc) - 3):
        if texts[q] not in _QUOTES or doc[q].is_sent_start:
            continue
        nick = q + 1
        close = next((j for j in range(nick, min(nick + 3, len(doc))) if doc[j].text in _QUOTES), None)
        if close is None or close == nick or not all(
                doc[j].is_alpha and doc[j].text[:1].isupper() for j in range(nick, close)):
            continue
        lo = _sentence_bounds(doc)[q][0]
        given = q
        while given - 1 >= lo and given > q - 3 and doc[given - 1].pos_ == "PROPN" and _name_word(doc[given - 1]) \
                and doc[given - 1].text[:1].isupper() and not _is_title_word(doc[given - 1]) \
                and _honorific_word(doc[given - 1]) not in w["honorifics"]:
            given -= 1
        end = close + 1
        family = 0
        # (the family name right after the quotes may be tagged a common noun: "'Nick' Z,")
        while end < len(doc) and not doc[end].is_sent_start:
            tok = doc[end]
            if (tok.pos_ == "PROPN" or end == close + 1 and tok.pos_ == "NOUN") and _name_word(tok) \
                    and tok.text[:1].isupper() and not _is_title_word(tok):
                family += 1
            elif not (family == 0 and re.fullmatch(r"[A-Z]\.", tok.text)
                      or family and tok.lower_.rstrip(".") in suffixes):
                break  # (an initial before the family name, a suffix after it: "R. Z Jr.")
            end += 1
        if given == q or not family or not any(a < end and b > given for a, b in persons):
            continue
        text = f"{_span_text(doc, given, q)} {_span_text(doc, close + 1, end)}"
        out = [o for o in out if o.end <= given or o.start >= end]
        out.append(Mention(given, end, text, "PERSON"))
    return sorted(out, key=lambda m: m.start)


# initials glued to the word after them ("Kh.Surname", "D.Surname", "I.K.Surname", split
# apart by the tokenizer with the full stop kept on the initials)
_GLUED_INITIALS = re.compile(r"(?:[A-Z][a-z]?\.){1,3}")


def _initialled_names(doc, candidates: list[Mention], gazetteer) -> list[Mention]:
    """"President Kh.Surname met ...", "Ambassador D.Surname said": initials glued to a
    capitalised word (no space after the full stop) with the name the gazetteer does not know
    as a place, body or state are one person's name, given names written short before the family
    name. The model often tags nothing there, or the family name alone as a body or a place, or
    runs the state before it into one body ("[X I.K.Surname]"): the person replaces the model's
    span over those words; a known name before them in that span keeps its own mention."""
    if gazetteer is None:
        return candidates
    texts = _doc_words(doc)[1]
    w = words()
    spots = []
    for i, text in enumerate(texts[:-1]):
        if not _GLUED_INITIALS.fullmatch(text) or doc[i].whitespace_:
            continue
        nxt = doc[i + 1]
        letters = text.replace(".", "").lower()
        if not (nxt.is_alpha and nxt.is_title and len(nxt.text) >= 3) or (len(letters) > 1 and letters in w["honorifics"]) \
                or letters in w["title_abbreviations"] or _is_title_word(nxt) \
                or nxt.lower_ in w["non_person_words"] or nxt.lower_ in w["org_words"] \
                or _gaz_lookup(gazetteer, nxt.text) or _gaz_lookup(gazetteer, _span_text(doc, i, i + 2)):
            continue  # ("St.Petersburg", "Dr.Name": a place, a form of address; Burmese "U" takes a space)
        spots.append(i)
    if not spots:
        return candidates
    out = list(candidates)
    for i in spots:
        end = i + 2
        while end + 1 < len(doc) and texts[end] in ("-", "‐") and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].is_title:
            end += 2  # a hyphened name goes on: "Ts.Given-Surname", "L.Double-Name"
        over = [m for m in out if m.start < end and m.end > i]
        if any(m.label == "PERSON" and m.start <= i and m.end >= end for m in over):
            continue  # the model's person already holds the initials and the name
        if any(m.end > end for m in over):
            continue  # a longer span runs on past the name: left to the model
        kept = []
        for m in over:
            if m.start < i and m.label != "PERSON":
                before = _span_text(doc, m.start, i)
                if not _gaz_lookup(gazetteer, before):
                    break  # "[Ruritanian Trade I.K.Name]": not a known name and a person
                kept.append(Mention(m.start, i, before, m.label))
            elif m.start < i:
                break  # a person's name before the initials: "A B.C" is left as the model read it
        else:
            out = [m for m in out if m not in over] + kept + [Mention(i, end, _span_text(doc, i, end), "PERSON")]
    return sorted(out, key=lambda m: m.start)


def _unknown_word(doc, m: Mention, gazetteer) -> bool:
    """A one-word span of letters the gazetteer does not know: when the model called it a place
    or a body beside a person's name, it is more likely a part of that name (initials, a family
    name) than a place or body of its own."""
    return m.end - m.start == 1 and doc[m.start].is_alpha and gazetteer is not None \
        and not _gaz_lookup(gazetteer, doc[m.start].text)


def _joined_person(doc, first: Mention, second: Mention) -> Mention:
    """The one person two adjacent spans of a cut name make."""
    return Mention(first.start, second.end, _span_text(doc, first.start, second.end), "PERSON",
                   notes=first.notes | second.notes)


def _join_split_names(doc, candidates: list[Mention], gazetteer=None) -> list[Mention]:
    """One name the model cut in two ("Abd Rabbuh" + "Mansur Hadi"): two person spans with
    nothing between them, the first a compound of a word in the second, are one person; so are
    initials the model took for a place or body ("JR" + "Castillo Vega") that the gazetteer does
    not know."""
    out: list[Mention] = []
    for m in sorted(candidates, key=lambda m: m.start):
        prev = out[-1] if out else None
        initials = prev is not None and m.label == "PERSON" and prev.label in ("GPE", "ORG") \
            and doc[prev.start].is_upper and len(doc[prev.start].text) <= 3 and _unknown_word(doc, prev, gazetteer)
        if prev is not None and (prev.label == m.label == "PERSON" or initials) and prev.end == m.start \
                and doc[prev.end - 1].dep_ == "compound" and m.start <= doc[prev.end - 1].head.i < m.end:
            out[-1] = _joined_person(doc, prev, m)
            continue
        surname = prev is not None and prev.label == "PERSON" and m.label in ("GPE", "ORG", "LOC") \
            and doc[m.start].is_title and _unknown_word(doc, m, gazetteer)
        if surname and prev.end == m.start and doc[prev.end - 1].dep_ == "compound" \
                and doc[prev.end - 1].head.i == m.start:
            # "[A B] [C]": a family name the gazetteer does not know, taken for a place or a
            # body, that the person's name before it modifies, is the rest of the name
            out[-1] = _joined_person(doc, prev, m)
            continue
        if prev is not None and prev.label == m.label == "PERSON" and prev.end + 1 == m.start \
                and doc[prev.end].lower_ in words()["lineage_words"]:
            # "[Fatima] bint [Mubarak]": a lineage word between two name parts joins them
            out[-1] = _joined_person(doc, prev, m)
            continue
        out.append(m)
    return out


def _demonym(gazetteer, tok) -> bool:
    """Whether a capitalised token is a state's demonym ("Jordanian")."""
    if gazetteer is None or not tok.text[:1].isupper() or not hasattr(gazetteer, "state_for_demonym"):
        return False
    return gazetteer.state_for_demonym(tok.text) is not None


def _moment_before_demonym(doc, gazetteer, start: int, end: int) -> bool:
    """Whether a span opens with a capitalised word of the moment ("New", "Outgoing": titles.json
    drop_prefixes) and goes on with a state's demonym: the model joins the two at a sentence's
    start ("New Ruritanian President X"), and the span, unknown whole, names no people. A span
    the gazetteer knows whole ("New Zealand") is a name of its own."""
    if gazetteer is None or not hasattr(gazetteer, "is_moment_word") or not doc[start].is_title \
            or not gazetteer.is_moment_word(doc[start].text) or _gaz_lookup(gazetteer, _span_text(doc, start, end)) \
            or gazetteer.state_for_demonym(_span_text(doc, start, end)) is not None:
        return False
    return _demonym(gazetteer, doc[start + 1]) and end - start == 2 \
        or _demonym_words(doc, gazetteer, start + 1, end) == end - start - 1


def _demonym_words(doc, gazetteer, start: int, end: int) -> int:
    """How many capitalised words at `start` (two or three, before `end`) spell one state's
    demonym of several words ("Sri Lankan", "New Zealand"): 0 when none does."""
    if gazetteer is None or not hasattr(gazetteer, "state_for_demonym"):
        return 0
    for n in (3, 2):
        if start + n <= end and all(t.text[:1].isupper() and t.is_alpha for t in doc.tokens[start:start + n]) \
                and gazetteer.state_for_demonym(_span_text(doc, start, start + n)) is not None:
            return n
    return 0


def _gaz_lookup(gazetteer, surface: str):
    return gazetteer.lookup(surface)


def _site_in_place(doc, start: int, end: int, gazetteer) -> int | None:
    """The "in" of a site's name the model took together with the city or state it lies in
    ("the Blue Residence in Almaty"): a name the gazetteer does not know whole, whose words
    after its one "in" it knows as a city or state; None otherwise."""
    ins = [k for k in range(start + 1, end - 1) if doc[k].lower_ == "in"]
    if len(ins) != 1 or _gaz_lookup(gazetteer, _span_text(doc, start, end)):
        return None
    at = ins[0]
    if not doc[at - 1].text[:1].isupper():
        return None
    if not any(e.type in ("City", "State") for e in _gaz_lookup(gazetteer, _span_text(doc, at + 1, end))):
        return None
    return at


def _pair_of_known(doc, m: Mention, spans) -> bool:
    """"the Chile-Peru (alliance)", "shelled [Kharkiv and Odesa]" taken whole by the model: a
    span that is only names the gazetteer knows joined by dashes or one "and" (and a
    determiner before them) is those names, not one ("Trinidad and Tobago" is known whole)."""
    inside = [(s, e) for s, e, _label, _gid in spans if m.start <= s and e <= m.end]
    if len(inside) < 2 or (m.start, m.end) in inside:
        return False
    covered = {i for s, e in inside for i in range(s, e)}
    dashes = {i for i in range(m.start, m.end) if doc[i].text in ("-", "–")}
    ands = {i for i in range(m.start, m.end) if i not in covered and doc[i].lower_ == "and" and doc[i].dep_ == "cc"}
    if not dashes and len(ands) != 1:
        return False  # "Pakistani Taliban", "the Russian Security Council": one name
    return all(i in covered or i in dashes or i in ands or i == m.start and doc[i].pos_ == "DET"
               for i in range(m.start, m.end))


def _merge_gazetteer(doc, candidates: list[Mention], gazetteer, credits: frozenset[int] | set[int] = frozenset()) \
        -> list[Mention]:
    """Add spans the gazetteer knows; where one overlaps a model span, the longer wins and a
    tie goes to the gazetteer (it knows "Liu Jianchao" is a person). None inside a credit line
    (`credits`): a photographer's surname there is no city, an outlet's word no state."""
    spans = gazetteer_spans(doc.doc if isinstance(doc, _Tokens) else doc, gazetteer)
    if not spans:
        return candidates
    out = [m for m in candidates if not _pair_of_known(doc, m, spans)]
    regnal = words()["regnal_numerals"]
    for start, end, label, gid in spans:
        start, end = _trim(doc, start, end)
        if start >= end or any(i in credits for i in range(start, end)):
            continue
        if end < len(doc) and doc[end].text.isupper() and doc[end].lower_ in regnal:
            continue  # "[King X] II": a namesake's alias, not this ruler's name
        overlapping = [m for m in out if m.start < end and start < m.end]
        if any((m.end - m.start) > (end - start) for m in overlapping):
            continue
        for m in overlapping:
            out.remove(m)
            if m.label == "PERSON" and start <= m.start < end and m.end - end >= 2 and label == "GPE":
                # "the President of [Democratic Republic of {Congo] X Y}": the state's name took
                # the person's first word; the rest is still the person's name
                out.append(Mention(end, m.end, _span_text(doc, end, m.end), "PERSON"))
        out.append(Mention(start, end, _span_text(doc, start, end), label, gazetteer_id=gid))
    return out


class _GazetteerMatchers:
    """The gazetteer's names as two PhraseMatchers, built once per gazetteer and vocabulary.

    `exact`: every name, alias, metonym and demonym as written (case-sensitive, ORTH).
    `caps`: the ALL-CAPS variants (headlines, transcripts) on LOWER, kept only where every
    cased word of the match is upper case in the text: the same matches the gazetteer's
    token patterns ({"LOWER": w, "IS_UPPER": true} per word) describe, found by one hash
    lookup per token instead of spaCy's token Matcher stepping through every pattern.

    The patterns go in as arrays of attribute hashes (`_phrase_tables`, cached on disk), so
    building the matchers tokenises nothing and adds no word to the vocabulary. A span that
    several patterns spell alike ("Hyderabad", two cities) takes the first pattern in the
    gazetteer's order, whatever the case it is written in.
    """

    def __init__(self, gazetteer, vocab):
        from spacy.matcher import PhraseMatcher

        self.gazetteer, self.vocab = gazetteer, vocab
        tables = _phrase_tables(gazetteer)
        self.exact = PhraseMatcher(vocab)  # the patterns are case-sensitive by design
        self.caps = PhraseMatcher(vocab, attr="LOWER")
        self.exact.add(_PHRASES, tables["exact"])
        self.caps.add(_PHRASES, tables["caps"])
        self.exact_meta = {tuple(p): (m[0], m[1]) for p, m in zip(tables["exact"], tables["exact_meta"], strict=True)}
        self.caps_meta = {tuple(p): (m[0], m[1]) for p, m in zip(tables["caps"], tables["caps_meta"], strict=True)}

    def __call__(self, doc) -> list[tuple[int, int, str, str | None]]:
        from spacy.attrs import IS_UPPER, LOWER, ORTH

        found: list[tuple[int, int, str, str | None]] = []
        exact = self.exact(doc)
        if exact:
            orth = doc.to_array(ORTH).tolist()
            meta = self.exact_meta
            found.extend((s, e, *meta[tuple(orth[s:e])]) for _mid, s, e in exact)
        caps = self.caps(doc)
        if caps:
            # most LOWER matches are names written as usual ("Paris"): told apart by one array
            upper = doc.to_array(IS_UPPER).tolist()
            lower = None
            meta = self.caps_meta
            for _mid, s, e in caps:
                if all(upper[i] or not any(c.isalpha() for c in doc[i].text) for i in range(s, e)):
                    if lower is None:
                        lower = doc.to_array(LOWER).tolist()
                    found.append((s, e, *meta[tuple(lower[s:e])]))
        return found


#: The one match key of the gazetteer's PhraseMatchers (the matched words tell the entry).
_PHRASES = "kg_gazetteer_phrase"


def _build_phrase_tables(gazetteer) -> dict:
    """The gazetteer's patterns as attribute-hash arrays, each distinct phrase once with the
    (label, id) of its first pattern: `exact` (ORTH of the words the model's tokenizer makes of
    the phrase) and `caps` (LOWER of each word of an ALL-CAPS token pattern)."""
    from spacy.attrs import LOWER
    from spacy.strings import get_string_id

    from ingest.nlp import load_model

    nlp = load_model()
    lower_of = nlp.vocab.lex_attr_getters.get(LOWER, str.lower)
    phrases = [p for p in gazetteer.entity_ruler_patterns()]
    texts = [p["pattern"] for p in phrases if isinstance(p["pattern"], str)]
    tokenised = iter(nlp.tokenizer.pipe(texts))
    tables: dict = {"exact": [], "exact_meta": [], "caps": [], "caps_meta": []}
    seen: dict[str, set] = {"exact": set(), "caps": set()}
    for pat in phrases:
        label, gid, pattern = pat.get("label", "ORG"), pat.get("id"), pat["pattern"]
        if isinstance(pattern, str):
            kind, hashes = "exact", [t.orth for t in next(tokenised)]
        else:
            kind = "caps"
            hashes = [get_string_id(lower_of(tok["LOWER"] if "LOWER" in tok else tok["ORTH"])) for tok in pattern]
        if not hashes or tuple(hashes) in seen[kind]:
            continue
        seen[kind].add(tuple(hashes))
        tables[kind].append(hashes)
        tables[kind + "_meta"].append([label, gid])
    return tables


def _valid_tables(data: object) -> bool:
    return isinstance(data, dict) and all(isinstance(data.get(k), list) for k in
                                          ("exact", "exact_meta", "caps", "caps_meta")) \
        and len(data["exact"]) == len(data["exact_meta"]) and len(data["caps"]) == len(data["caps_meta"])


def _phrase_tables(gazetteer) -> dict:
    """`_build_phrase_tables`, from the on-disk cache (ingest.cache) when the gazetteer is the
    shipped kind read from a data directory: keyed by its data files, the code that turns them
    into patterns, and the spaCy, model and tokenizer versions that tokenise them."""
    from ingest.gazetteer import Gazetteer

    if type(gazetteer) is not Gazetteer:
        return _build_phrase_tables(gazetteer)
    import spacy

    from ingest import cache
    from ingest import gazetteer as gazetteer_mod
    from ingest import nlp as nlp_mod
    from ingest.nlp import load_model

    model = load_model()
    tokenizer = model.tokenizer
    rules = [getattr(getattr(tokenizer, f, None), "__self__", None) for f in
             ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match")]
    files = sorted(Path(gazetteer.data_dir).glob("*.json"))
    key = cache.key_of([*files, Path(gazetteer_mod.__file__), Path(__file__), Path(nlp_mod.__file__)],
                       [spacy.__version__, str(model.meta.get("lang")), str(model.meta.get("name")),
                        str(model.meta.get("version")), *(getattr(r, "pattern", "") for r in rules)])
    return cache.cached_json("gazetteer-phrases", key, lambda: _build_phrase_tables(gazetteer),
                             _valid_tables)


_MATCHERS: dict[tuple[int, int], _GazetteerMatchers] = {}


def gazetteer_matchers(gazetteer, vocab) -> _GazetteerMatchers:
    """The matchers of a gazetteer on a vocabulary, built on first use. Their pattern strings go
    into the vocabulary for good: build them before a spaCy memory zone (`Extractor` does), not
    inside one, whose strings are dropped when it ends."""
    key = (id(gazetteer), id(vocab))
    matchers = _MATCHERS.get(key)
    if matchers is None or matchers.gazetteer is not gazetteer or matchers.vocab is not vocab:
        matchers = _MATCHERS[key] = _GazetteerMatchers(gazetteer, vocab)
    return matchers


def gazetteer_spans(doc, gazetteer) -> list[tuple[int, int, str, str | None]]:
    """(start, end, label, id) of every gazetteer pattern match in the doc."""
    found = gazetteer_matchers(gazetteer, doc.vocab)(doc)
    # Longest first, so "North Korea" beats "Korea".
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out, last = [], -1
    for s, e, label, gid in found:
        if s >= last:
            out.append((s, e, label, gid))
            last = e
        elif out and s > out[-1][0] and e - s > out[-1][1] - out[-1][0] \
                and (out[-1][2] in ("GPE", "NORP") or s == out[-1][0] + 1 and doc[out[-1][0]].lower_ == "the"):
            # "North [Korean Workers' Party]", "[the Pacific] Islands Forum": a state's name or
            # demonym (or a name written with its article) gives way to a longer name that starts
            # inside it; a person's name does not ("King [Abdullah II] of Jordan")
            out[-1] = (s, e, label, gid)
            last = e
    return out


_NAME_PARTS = re.compile(r"[\w]+|-")


def _vote_person_labels(doc, candidates: list[Mention]) -> list[Mention]:
    """A surface that is a PERSON once is a PERSON throughout the article; its other
    occurrences the model missed entirely are added."""
    persons = {m.key: m.text for m in candidates if m.label == "PERSON" and len(m.text.split()) >= 2}
    for m in candidates:
        if m.label != "PERSON" and m.key in persons and not m.gazetteer_id:
            m.label = "PERSON"
    if not persons:
        return candidates
    taken = {i for m in candidates for i in range(m.start, m.end)}
    names = [[t.lower() for t in _NAME_PARTS.findall(text)] for text in persons.values()]
    firsts = {parts[0] for parts in names if parts}
    lowered = [t.lower_ for t in doc]
    starts: dict[str, list[int]] = {}  # where each name's first word stands, in text order
    for i, low in enumerate(lowered):
        if low in firsts:
            starts.setdefault(low, []).append(i)
    for parts in names:
        n = len(parts)
        if not n:
            continue
        for i in starts.get(parts[0], ()):
            if i > len(doc) - n:
                break
            if lowered[i:i + n] == parts and not any(j in taken for j in range(i, i + n)):
                candidates.append(Mention(i, i + n, _span_text(doc, i, i + n), "PERSON"))
                taken.update(range(i, i + n))
    return candidates


def plural_title_head(tok, heads) -> bool:
    """A title's head word in the plural ("counterparts", "Ministers"): the parser leaves a
    proper noun's plural unlemmatised, so the word less its "s" is looked up too."""
    low = tok.lower_
    return low not in heads and low.endswith("s") and low[:-1] in heads


# A short form as pages write one: letters (capitals, or mixed as in "AfD"), maybe parts joined by a
# hyphen or a slash ("ZANU-PF", "SPLM-N").
_SHORT_FORM = re.compile(r"[^\W\d_]+(?:[-/][^\W\d_]+)*")
_NAME_PART = re.compile(r"[-/]")
_GLUE = frozenset({"-", "‐", "/", "'", "’", "'s", "’s", "&"})


def _short_form(text: str) -> str | None:
    """The letters of `text` when it is written as a short form, else None: two to ten letters, two
    capitals at least, not a word in title case ("Cosatu", "Reuters")."""
    if not _SHORT_FORM.fullmatch(text):
        return None
    letters = _NAME_PART.sub("", text)
    if not 2 <= len(letters) <= 10 or sum(c.isupper() for c in letters) < 2 or text.istitle():
        return None
    return letters.upper()


def _long_form_words(doc, start: int, end: int) -> list[tuple[str, bool]] | None:
    """The words of a long form and whether each must give the short form a letter: every
    capitalised word or word of content does ("Movement", "opposition"); a word of grammar
    ("for", "of the") and a lower-case part inside a hyphened word ("Tehreek-e-Insaf", "al-Sham")
    may. None when the span holds a word no name is written with (a number, a mark)."""
    words: list[tuple[str, bool]] = []
    for tok in _toks(doc, start, end):
        if tok.text in _GLUE:
            continue
        parts = [x for x in _NAME_PART.split(tok.text) if x]
        if not parts or not all(x.replace("'", "").replace("’", "").isalpha() for x in parts):
            return None
        grammar = tok.pos_ in ("ADP", "DET", "CCONJ", "PART") and tok.text.islower()
        # (a lower-case part the tokenizer split off between hyphens: "Tehreek-[e]-Insaf")
        grammar = grammar or tok.text.islower() and tok.i > start and doc[tok.i - 1].text in _GLUE \
            and not doc[tok.i - 1].whitespace_
        for part in parts:
            inner = len(parts) > 1 and part.islower()
            words.append((part, not (grammar or inner)))
    return words


def _letters_match(letters: str, words: list[tuple[str, bool]]) -> bool:
    """Whether a short form's letters are its long form's initials: in order, every word that must
    giving its first letter and the others giving theirs or none ("Indigenous People of Biafra":
    IPOB, "Pakistan Tehreek-e-Insaf": PTI); or, for a name kept in another language's order, the
    initials of the words that must, in any order ("Democratic Forces for the Liberation of
    Rwanda": FDLR)."""
    firsts = [(w[0].upper(), must) for w, must in words]
    n, m = len(firsts), len(letters)
    reach = {0}  # the numbers of letters matched after each word
    for first, must in firsts:
        step = {k + 1 for k in reach if k < m and letters[k] == first}
        reach = step if must else reach | step
        if not reach:
            break
    if m in reach:
        return True
    capitals = [w[0] for w, must in words if must and w[:1].isupper()]
    return n > 1 and len(capitals) == m and sorted(capitals) == sorted(letters)


def _long_form_start(doc, end: int, letters: str, lo: int) -> int | None:
    """The first token of the long form a short form written after `end` stands for: the longest
    run of words before it, within its sentence, whose initials make the short form."""
    found = None
    for start in range(end - 1, max(lo, end - 14) - 1, -1):
        tok = doc[start]
        if tok.is_punct and tok.text not in _GLUE:
            break
        if not tok.text[:1].isupper() and not (tok.text[:1].isalpha() and all(
                t.text.islower() or t.text in _GLUE for t in _toks(doc, start, end))):
            continue  # a long form opens on a capital, or is written all in lower case
        words = _long_form_words(doc, start, end)
        if words and _letters_match(letters, words):
            found = start
    return found


def _defined_short_forms(doc, mentions: list[Mention], gazetteer) -> list[Mention]:
    """"the Allied Democratic Forces (ADF)", "the Indigenous People of Biafra, IPOB,": a short
    form written in brackets (or between commas) right after a name whose initials it is names
    what that name names, there and for the rest of the article, whatever else it may stand for
    elsewhere ("AFP" after "the Armed Forces of the Philippines"). The long form is one mention,
    an organisation unless the gazetteer says otherwise, whatever the model made of its words (a
    state inside it, "the Sudan People's Liberation Movement", is no mention of its own); each
    later use of the short form is a mention whose `short_of` is the long form's start (resolve
    gives it the long form's entity), also where the model missed it or read it as a numeral
    ("MDC"). A long form of title words ("Prime Minister (PM)"), of a document or one a person's
    name overlaps is none."""
    if not isinstance(doc, _Tokens):
        doc = _Tokens(doc)
    w = words()
    texts = _doc_words(doc)[1]
    title_heads = set(w["title_heads"])
    titles = title_heads | set(w["title_words"])
    heads = set(w["org_words"]) | set(w["armed_group_heads"])
    instruments = set(w["instrument_heads"])
    index = _index(doc)
    bounds = _sentence_bounds(doc)
    n = len(doc)
    found: list[tuple[int, int, str, int]] = []  # long form start, end, the short form, where it is written
    for i, text in enumerate(texts):
        if text not in ("(", ",") or i == 0:
            continue
        at = i + 1
        if text == "," and at < n and texts[at] == "or":
            at += 1
        j = at
        while j < n and (j == at or not doc[j - 1].whitespace_) and texts[j] not in (")", ","):
            j += 1  # "ZANU-PF", "SPLM-N": one short form over several tokens
        if j == at or j >= n or (text == "(" and texts[j] != ")") \
                or (text == "," and texts[j] not in (",", ".") and not (texts[j] == ")" and at > i + 1)):
            continue
        short = index.span_text(at, j).strip()
        letters = _short_form(short)
        if letters is None:
            continue
        start = _long_form_start(doc, i, letters, bounds[i][0])
        if start is None:
            continue
        while start < i and doc[start].lower_ == "the":
            start += 1
        span = _toks(doc, start, i)
        lower = [t.lower_ for t in span]
        if lower[-1] in title_heads or lower[0] in title_heads or lower[0] in instruments or lower[-1] in instruments:
            continue
        over = [m for m in mentions if m.start < i and m.end > start]
        if any(m.label == "PERSON" or m.start < start or m.end > i for m in over):
            continue
        if not over and lower[-1] not in heads and not any(m.label == "ORG" and m.text == short for m in mentions):
            continue  # no name the model saw, nor a body's word, nor a body's short form: no organisation
        found.append((start, i, short, at))
    if not found:
        return mentions
    result = list(mentions)
    for start, end, short, at in found:
        long = next((m for m in result if m.start == start and m.end == end), None)
        if long is None:
            known = _gaz_lookup(gazetteer, _span_text(doc, start, end)) if gazetteer is not None else []
            label = "GPE" if known and known[0].type == "State" else "ORG"
            long = Mention(start, end, _span_text(doc, start, end), label)
            result = [m for m in result if not (m.start >= start and m.end <= end)] + [long]
        long.notes.add("defined_name")  # the article's own name for it: no state's organ by its first word
        pattern = re.compile(r"(?<![\w/-])" + re.escape(short) + r"(?![\w]|[-/]\w)")
        for hit in pattern.finditer(index.text, index.starts[at]):
            span = doc.doc.char_span(hit.start(), hit.end())
            if span is None:
                continue
            a, b = span.start, span.end
            over = [m for m in result if m.start < b and m.end > a]
            if not over:
                result.append(Mention(a, b, short, long.label, short_of=start))
                continue
            if len(over) > 1 or over[0].label == "PERSON":
                continue
            m = over[0]
            rest = [t.lower_ for t in _toks(doc, b, m.end)]
            if m.start == a and m.end == b or m.start == a and rest and all(x in heads for x in rest):
                m.short_of, m.label = start, long.label  # "ADF", "ODM Party": the body named
            elif m.start == a and rest and all(x in titles for x in rest):
                result.remove(m)  # "[IPOB National Publicity] Secretary": the body, then its title
                result.append(Mention(a, b, short, long.label, short_of=start))
    result.sort(key=lambda m: (m.start, -(m.end - m.start)))
    return result
