"""The relation reader's lexicon, ingest/data/verbs.json: trigger verbs and nouns with the
argument paths they take, the word lists the paths consult, and the confidences facts get."""
from __future__ import annotations

from functools import lru_cache

from ingest import lexicon as lexicons


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """verbs.json, validated against its schema (ingest/lexicon.py) when first read. The word
    classes of mentions.json the readers share are validated with it."""
    lexicons.load("mentions")
    return lexicons.raw("verbs")


@lru_cache(maxsize=1)
def trigger_lemmas() -> dict[str, set[str]]:
    """Per relation, the words that can carry it (the relation reader's lexicon), so that
    dating can find the event word of a fact's sentence."""
    lex = lexicon()
    out: dict[str, set[str]] = {}
    for kind in ("verbs", "nouns"):
        for lemma, patterns in lex.get(kind, {}).items():
            for p in patterns:
                out.setdefault(p["relation"], set()).add(lemma)
    # "paid a visit to President X" is read as a meeting
    out.setdefault("MET_WITH", set()).update(out.get("VISITED", ()))
    return out
