"""Name folding and entity ids.

Every layer (gazetteer, resolver, stores, query parser) must agree on when two spellings are
the same name and on the id an entity gets, or re-ingesting and cross-article merging break.
So the rules live here, once.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DASHES = re.compile(r"[\-‐‑‒–—―_./'’`]")
_NON_ALNUM = re.compile(r"[^a-z0-9 ]")
_SPACES = re.compile(r"\s+")
#: Letters with a stroke or ligatures that Unicode does not decompose into a base letter and a
#: mark ("Đỗ", "Łukasz", "Søren"): folded to the letters they are read as, not dropped.
_STROKED = str.maketrans({"Đ": "D", "đ": "d", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Ħ": "H", "ħ": "h",
                          "ı": "i", "ß": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe"})


@lru_cache(maxsize=65536)
def fold_name(name: str) -> str:
    """Case-, accent-, hyphen- and punctuation-insensitive key of a surface form.

    "Kim Jong-un", "KIM JONG UN" and "Kim Jong Un" fold to the same key; a leading "the" is
    dropped so "the United States" finds "United States".
    """
    if name.isascii():  # nothing to decompose or strip (most names): the same key, faster
        text = name.lower()
    else:
        text = unicodedata.normalize("NFKD", name.translate(_STROKED))
        text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _DASHES.sub(" ", text)
    text = _NON_ALNUM.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def slugify(name: str) -> str:
    return fold_name(name).replace(" ", "-")


def entity_id(entity_type: str, canonical_name: str) -> str:
    """Deterministic id, so the same entity gets the same id whatever article names it first."""
    return f"{entity_type.lower()}:{slugify(canonical_name)}"
