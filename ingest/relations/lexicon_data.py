"""The relation reader's lexicon, ingest/data/verbs.json: trigger verbs and nouns with the
argument paths they take, the word lists the paths consult, and the confidences facts get.
Validated when first read: the schema (ingest/lexicon.py), then every argument path against
the registered paths (ingest/relations/paths.py)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ingest import lexicon as lexicons
from ingest.relations import paths


def check_paths(lex: lexicons.VerbLexicon, file: str) -> None:
    """Every path a pattern names is registered, and every pair path reads the kind of trigger
    its entry is (a verb or a noun); else a load error naming the entry."""
    trigger = {"verbs": "verb", "noun_frames": "noun", "nouns": "noun"}
    entries = [(f"{kind}.{lemma}[{i}]", trigger[kind], p) for kind in ("verbs", "noun_frames", "nouns")
               for lemma, patterns in getattr(lex, kind).items() for i, p in enumerate(patterns)]
    entries += [("presence", None, lex.presence), ("gathering_presence", None, lex.gathering_presence),
                ("courtesy_visit.pattern", None, lex.courtesy_visit.pattern),
                ("verdict.pattern", None, lex.verdict.pattern)]
    for where, kind, p in entries:
        try:
            for spec in (*p.subject, *p.object):
                paths.compile_path(spec)
            for spec in p.pairs:
                if kind is None:
                    paths.compile_pairs(spec)
                else:
                    paths.check_pair_trigger(spec, kind)
        except paths.UnknownPath as exc:
            raise lexicons.LexiconError(lexicons.LexiconErrorCode.UNKNOWN_PATH, file, where, str(exc)) from None


def load_file(path: Path) -> lexicons.VerbLexicon:
    """Validate a verbs.json (the schema, then its paths)."""
    lex = lexicons.load_file("verbs", path)
    check_paths(lex, str(path))
    return lex


@lru_cache(maxsize=1)
def verbs() -> lexicons.VerbLexicon:
    """verbs.json as its typed model (patterns as `ingest.lexicon.Pattern`), validated."""
    lexicon()
    return lexicons.load("verbs")


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """verbs.json as the mapping the readers index, validated when first read; the word
    classes of mentions.json the readers share are validated with it."""
    lexicons.load("mentions")
    check_paths(lexicons.load("verbs"), "ingest/data/verbs.json")
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
    # a verdict ("said X is a dictator") is carried by its censure noun
    out.setdefault(lex["verdict"]["pattern"]["relation"], set()).update(lex.get("censure_nouns", ()))
    return out


@lru_cache(maxsize=1)
def attack_nouns() -> frozenset[str]:
    """The event nouns of verbs.json that read ATTACKED (their own patterns or their frame's),
    gathered once (Arguments had gathered them once per article)."""
    lex = lexicon()
    frames = {name for name, pats in lex["noun_frames"].items()
              if any(p["relation"] == "ATTACKED" for p in pats)}
    out = set()
    for lemma, entry in lex["nouns"].items():
        if isinstance(entry, dict):
            if entry.get("frame") in frames:
                out.add(lemma)
        elif any(p["relation"] == "ATTACKED" for p in entry):
            out.add(lemma)
    return frozenset(out)


@lru_cache(maxsize=1)
def attack_verbs() -> frozenset[str]:
    """The verbs of verbs.json that read ATTACKED, gathered once."""
    return frozenset(lemma for lemma, pats in lexicon()["verbs"].items()
                     if any(p["relation"] == "ATTACKED" for p in pats))
