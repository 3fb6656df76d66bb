"""The relation reader's lexicon, ingest/data/verbs.json: trigger verbs and nouns with the
argument paths they take, the word lists the paths consult, and the confidences facts get."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).parent.parent / "data" / "verbs.json"


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return json.loads(_DATA.read_text(encoding="utf-8"))


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
