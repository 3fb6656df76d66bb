"""Knowledge is data: code may compare a token's text or lemma with function words (grammar),
never with content words ("team", "carry", "office"); those live in named lexicon entries of
ingest/data, where a verb or a cue word is a data change. An AST scan of ingest/."""
from __future__ import annotations

import ast
from pathlib import Path

INGEST = Path(__file__).resolve().parent.parent / "ingest"

#: Grammar, not knowledge: determiners, pronouns, prepositions, conjunctions, auxiliaries,
#: negation, quantifiers and punctuation a rule may name in code.
FUNCTION_WORDS = set("""a an the of by in on at to from for with without into onto over under about against
between among amongst through throughout across during before after since until till as than that which who
whom whose what when where why how and or nor but not no yes if then so because while although though
whether this these those it its he she they them his her their we us our you your i me my be is are was
were been being have has had do does did will would shall should can could may might must 's ' ’s ’ n't 've ’ve
up down out off back there here also only just even still yet already very too more most less least such
same other another each every all both either neither any some none one two three first last next new
old ex""".split())
#: Token attributes that hold the word itself.
WORD_ATTRS = {"text", "lower_", "lemma_", "orth_", "norm_"}
#: Being rewritten on another branch now (gazetteer matching); its "North"/"South" checks are to
#: move to data there, and this exemption with them.
NOT_YET = {"mentions.py"}


def _is_word(node) -> bool:
    """token.text / token.lower_ / token.lemma_, maybe .lower()ed."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("lower", "casefold"):
        node = node.func.value
    return isinstance(node, ast.Attribute) and node.attr in WORD_ATTRS


def _literals(node) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return []


def _content(word: str) -> bool:
    # "then-" (as in "then-president") is the function word with its hyphen
    return any(ch.isalpha() for ch in word) and word.strip().strip("-").lower() not in FUNCTION_WORDS


def content_word_comparisons(source: str, filename: str = "<code>") -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(_is_word(s) for s in sides):
                words = [w for s in sides for w in _literals(s) if _content(w)]
                if words:
                    found.append(f"{filename}:{node.lineno} compares a token's word with {sorted(set(words))}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in ("startswith", "endswith") and _is_word(node.func.value):
            words = [w for a in node.args for w in _literals(a) if _content(w)]
            if words:
                found.append(f"{filename}:{node.lineno} matches a token's word against {sorted(set(words))}")
    return found


def test_no_content_words_in_ingest_code():
    found = []
    for path in sorted(INGEST.rglob("*.py")):
        if path.name in NOT_YET and path.parent == INGEST:
            continue
        found += content_word_comparisons(path.read_text(encoding="utf-8"), str(path.relative_to(INGEST.parent)))
    assert not found, "content words belong in ingest/data lexicons:\n" + "\n".join(found)


def test_the_scan_sees_a_content_word():
    code = 'if tok.lemma_.lower() in ("carry", "bring"):\n    pass\nif tok.lower_ == "of":\n    pass\n'
    assert content_word_comparisons(code) == ["<code>:1 compares a token's word with ['bring', 'carry']"]
    assert content_word_comparisons('ok = head.lower_.startswith("appoint")\n')
