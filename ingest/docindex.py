"""Per-doc indexes, made once per parsed article and shared by every rule that reads it.

spaCy builds a new object on every `doc[i]` (a Token), `doc[a:b]` (a Span), `tok.sent` (a Span
found by walking the sentence starts) and `doc.text` (every token's text joined anew); the rules
ask for the same ones many times per article. `of(doc)` gives the doc's `DocIndex`: its Token
objects, its text, its sentences, each token's sentence and the character offsets that cut a
span's text out of the doc's, computed once. Only what spaCy itself says is kept (no rule), so
every answer is the one the spaCy call it replaces would give.

The index of the last doc asked about is kept (one slot, swapped whole): the readers of an
article ask about its doc in turn, and an article is done before the next one starts.
"""
from __future__ import annotations


class DocIndex:
    """What `of(doc)` gives: read-only indexes of one parsed doc."""

    __slots__ = ("doc", "tokens", "text", "sents", "sent_no", "bounds", "starts", "ends", "_ents", "_kids",
                 "_texts", "_lowers", "_lemmas", "_poses", "_tags", "_deps")

    def __init__(self, doc):
        self.doc = doc
        self._ents: tuple | None = None
        self._kids: list[list] | None = None
        self._texts: list[str] | None = None
        self._lowers: list[str] | None = None
        self._lemmas: list[str] | None = None
        self._poses: list[str] | None = None
        self._tags: list[str] | None = None
        self._deps: list[str] | None = None
        self.tokens = list(doc)
        self.text: str = "".join(t.text_with_ws for t in self.tokens)  # `doc.text`, from the tokens made above
        self.sents = list(doc.sents)
        n = len(self.tokens)
        sent_no = [0] * n
        bounds: list[tuple[int, int]] = [(0, 0)] * n
        for k, sent in enumerate(self.sents):
            start, end = sent.start, sent.end
            sent_no[start:end] = [k] * (end - start)
            bounds[start:end] = [(start, end)] * (end - start)
        self.sent_no = sent_no
        self.bounds = bounds  # (start, end) of each token's sentence
        from spacy.attrs import IDX, LENGTH

        cols = doc.to_array([IDX, LENGTH])  # read from the doc's arrays, no Token asked
        self.starts: list[int] = cols[:, 0].tolist()                 # each token's `idx`
        self.ends: list[int] = (cols[:, 0] + cols[:, 1]).tolist()    # `idx + len(text)`

    @property
    def ents(self) -> tuple:
        """`doc.ents` (spaCy builds every entity Span anew on each call), made once."""
        if self._ents is None:
            self._ents = tuple(self.doc.ents)
        return self._ents

    def kids(self, i: int) -> list:
        """`list(doc[i].children)` (each child a Token made anew, on every call), from the
        tokens above: the tokens whose head it is, in text order, itself not among them."""
        if self._kids is None:
            from spacy.attrs import HEAD

            kids: list[list] = [[] for _ in self.tokens]
            for j, offset in enumerate(self.doc.to_array([HEAD]).view("int64").tolist()):  # head offsets, no Token asked
                if offset:
                    kids[j + offset].append(self.tokens[j])
            self._kids = kids
        return self._kids[i]

    # Each token's strings, one list per attribute, made on first use: `tok.lower_`, `tok.tag_`
    # and the others decode the string from the vocabulary anew on every read (a few hundred
    # nanoseconds), and the readers that scan a whole article for their words read them of
    # every token. Only the word a scan is about goes on to the Token.
    def _column(self, attr: int) -> list[str]:
        """What `vocab.strings` says for each token's value of the spaCy attribute `attr`, each
        distinct value decoded once: the string the Token's own `<attr>_` returns."""
        strings = self.doc.vocab.strings
        decoded: dict[int, str] = {}
        out = []
        for value in self.doc.to_array(attr).tolist():
            text = decoded.get(value)
            if text is None:
                text = decoded[value] = strings[value]
            out.append(text)
        return out

    @property
    def texts(self) -> list[str]:
        """Each token's `text`."""
        if self._texts is None:
            from spacy.attrs import ORTH

            self._texts = self._column(ORTH)
        return self._texts

    @property
    def lowers(self) -> list[str]:
        """Each token's `lower_`."""
        if self._lowers is None:
            from spacy.attrs import LOWER

            self._lowers = self._column(LOWER)
        return self._lowers

    @property
    def lemmas(self) -> list[str]:
        """Each token's `lemma_.lower()` (the form every reader compares)."""
        if self._lemmas is None:
            from spacy.attrs import LEMMA

            self._lemmas = [lemma.lower() for lemma in self._column(LEMMA)]
        return self._lemmas

    @property
    def poses(self) -> list[str]:
        """Each token's `pos_`."""
        if self._poses is None:
            from spacy.attrs import POS
            from spacy.parts_of_speech import NAMES

            self._poses = [NAMES[pos] for pos in self.doc.to_array(POS).tolist()]
        return self._poses

    @property
    def tags(self) -> list[str]:
        """Each token's `tag_`."""
        if self._tags is None:
            from spacy.attrs import TAG

            self._tags = self._column(TAG)
        return self._tags

    @property
    def deps(self) -> list[str]:
        """Each token's `dep_`."""
        if self._deps is None:
            from spacy.attrs import DEP

            self._deps = self._column(DEP)
        return self._deps

    def sent(self, i: int):
        """The sentence of the token at index i: `doc[i].sent`, not rebuilt."""
        return self.sents[self.sent_no[i]]

    def span_text(self, start: int, end: int) -> str:
        """`doc[start:end].text`, cut from the doc's text (no Span, no Token made)."""
        if start >= end:
            return ""
        return self.text[self.starts[start]:self.ends[end - 1]]


_LAST: DocIndex | None = None


TIME_LABELS = frozenset({"DATE", "TIME"})


def is_time(tok) -> bool:
    """Whether spaCy's entity recogniser put the token in a date or a time expression: the one
    test every reader uses to step over "on Tuesday", "last week", "at noon" when it looks for an
    argument, a phrase's object or an adjunct."""
    return tok.ent_type_ in TIME_LABELS


def of(doc) -> DocIndex:
    """The index of a parsed doc (or of the doc a wrapper, span or token belongs to)."""
    global _LAST
    last = _LAST
    if last is not None and last.doc is doc:
        return last
    from spacy.tokens import Doc

    if not isinstance(doc, Doc):
        doc = doc.doc
    if last is None or last.doc is not doc:
        last = _LAST = DocIndex(doc)
    return last


def new_paragraph(doc, sent) -> bool:
    """Whether a blank line parts `sent` from the sentence before it: no antecedent, retold event
    or neighbouring date is sought across it."""
    if sent.start == 0:
        return False
    index = of(doc)  # `doc[sent.start - 1:sent.start + 1].text_with_ws`, cut from the doc's text
    after = sent.start + 1
    return "\n\n" in index.text[index.starts[sent.start - 1]:index.starts[after] if after < len(index.starts) else None]


def previous_sentence(doc, sent):
    """The sentence before `sent` in its paragraph, or None at the article's start and after a
    blank line: how far an anaphor, a retold event or a neighbouring date reaches back."""
    if sent.start == 0 or new_paragraph(doc, sent):
        return None
    return of(doc).sent(sent.start - 1)


def sent_of(tok):
    """`tok.sent` (the sentence a Token lies in) from the doc's index, not rebuilt."""
    return of(tok.doc).sent(tok.i)


def first_conjunct(tok):
    """The first of the conjuncts `tok` is coordinated with (itself when it is none): spaCy hangs
    each later conjunct on an earlier one, and the role a coordinated phrase plays in its clause
    (subject, object, a preposition's object) is marked on the first alone."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def children(tok) -> list:
    """`tok.children` as a list of the index's tokens (not to be changed by the caller)."""
    return of(tok.doc).kids(tok.i)


def tokens(doc_or_span) -> list:
    """`list(doc_or_span)` (a Doc's or a Span's Token objects) from the doc's index; not to be
    changed by the caller (the list of a Doc is the index's own)."""
    last = _LAST
    if last is not None and last.doc is doc_or_span:
        return last.tokens
    from spacy.tokens import Doc, Span

    if isinstance(doc_or_span, Doc):
        return of(doc_or_span).tokens
    if isinstance(doc_or_span, Span):
        return of(doc_or_span.doc).tokens[doc_or_span.start:doc_or_span.end]
    return list(doc_or_span)
