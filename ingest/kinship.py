"""Kinship: whether a name in the text is written as someone's relative.

News names a leader's relative in full ("his half-sister, A Obama", "First Lady B Bush") and
keeps the bare family name for the leader; resolution needs to know which full names are
written that way before it decides whom a lone family name stands for. These tests read the
words around one mention (mentions.json kin_nouns, feminine_address) and nothing else.
"""
from __future__ import annotations

from ingest import docindex
from ingest.mentions import POSSESSIVE_MARKS, Mention, words


def kin_named(doc, m: Mention) -> bool:
    """Whether a full name is introduced as someone's relative (mentions.json kin_nouns): the kin
    noun right before it ("his daughter A B", "his half-sister, A B", "First Lady A B"), or set
    off after it ("A B, his wife, said")."""
    kin = words()["kin_nouns"]
    j = m.start
    if j > 0 and doc[j - 1].text == ",":
        j -= 1
    if kin_word_ending(doc, j, kin):
        return True
    k = m.start - 1  # "his late uncle and former party chief A B": past the other posts he is given
    while k > 0 and m.start - k <= 5 and doc[k].is_alpha and doc[k].is_lower and doc[k].pos_ not in ("ADP", "VERB", "AUX"):
        if kin_word_ending(doc, k, kin):
            return True
        k -= 1
    text = m.text.lower().split(" ")
    if len(text) > 2 and " ".join(text[:2]) in kin:
        return True  # the model took "First Lady" into the name
    if m.end + 1 < len(doc) and doc[m.end].text == ",":
        lo = docindex.of(doc).bounds[m.start][0]
        hi = min(len(doc), m.end + 7)
        for k in range(m.end + 1, hi):
            tok = doc[k]
            if tok.is_punct and tok.text != "-" and tok.text not in POSSESSIVE_MARKS:
                break
            if tok.pos_ in ("VERB", "AUX") or k < lo:
                break
            if kin_word_ending(doc, k + 1, kin) and (k + 1 >= len(doc) or not doc[k + 1].text[:1].isalpha()
                                                       or doc[k + 1].lower_ == "of"):
                return True
    return False

def kin_anchor(doc, m: Mention) -> bool:
    """Whether a name is written only as the one a relative is kin to: after "of" and a kin noun
    ("the younger sister of leader A B", a bracketed short form between) or before a possessive
    and one ("A B's sister")."""
    kin = words()["kin_nouns"]
    lo = docindex.of(doc).bounds[m.start][0]
    k = m.start - 1
    while k >= max(lo, m.start - 20):
        if doc[k].text == ")":  # "leader of the Democratic People's Republic of Korea (DPRK) A B"
            while k > lo and doc[k].text != "(":
                k -= 1
            k -= 1
            continue
        if doc[k].lower_ == "of" and kin_word_ending(doc, k, kin):
            return True
        if doc[k].is_punct and doc[k].text not in POSSESSIVE_MARKS or doc[k].pos_ in ("VERB", "AUX"):
            break
        k -= 1
    if m.end < len(doc) and doc[m.end].text in POSSESSIVE_MARKS:
        return any(kin_word_ending(doc, k + 1, kin) for k in range(m.end + 1, min(len(doc), m.end + 4)))
    return False

def feminine_address(doc, m: Mention) -> bool:
    """Whether a form of address for a woman (mentions.json feminine_address) comes right before
    the lone name ("Mrs. Bush", "First Lady Bush") or opens the mention."""
    fem = words()["feminine_address"]
    for k in (1, 2, 3):
        if m.start - k >= 0 and docindex.of(doc).span_text(m.start - k, m.start).lower().replace(".", "") in fem:
            return True
    text = m.text.lower().replace(".", "").split(" ")
    return any(" ".join(text[:k]) in fem for k in (1, 2, 3) if k < len(text))

def kin_word_ending(doc, end: int, kin) -> bool:
    """Whether the word (hyphened parts joined: "half-sister", "son-in-law") or two words ("first
    lady") ending right before doc[end] is a kin noun."""
    if end <= 0:
        return False
    k = end - 1
    while k > 0 and doc[k - 1].whitespace_ == "" and (doc[k].text == "-" or doc[k - 1].text == "-"):
        k -= 1
    word = doc[k:end].text.lower()
    if word in kin:
        return True
    return end >= 2 and doc[end - 2:end].text.lower() in kin


def other_father(given: list[str], known: list[str], at: int) -> bool:
    """Whether two names that both have a lineage word (mentions.json lineage_words) at `at` name
    fathers of other names after it ("faisal bin bandar", "faisal bin farhan"): another father is
    another person, however close the rest; a transliteration or a page's slip ("hamed", "hadam"
    for "hamad") stays near in spelling."""
    from rapidfuzz import fuzz

    lineage = words()["lineage_words"]
    return given[at] in lineage and known[at] in lineage and fuzz.ratio(given[at + 1], known[at + 1]) < 60
