"""Is an article English? The extractor's model, gazetteers and verb lists are English-only.

A short English text full of foreign names ("Ri Son Gwon met Kang Kyung-wha in Seoul")
looks foreign to a character n-gram model, so a text is judged only when it is long enough
and refused only when the model is confident: rejecting a real English article costs more
than letting a foreign one through (it yields no facts).

The model costs ~0.7 s to load in every process and a few ms a text, so a cheap check comes
first: a text whose words include enough English function words that are rare in other
languages (ingest/data/language.json) is English without asking the model. A foreign text never
gets that far, so its verdict is the model's, as before; the model is loaded only when a text
needs it.
"""
from __future__ import annotations

import re
from functools import lru_cache

#: Texts with fewer letters than this are not judged (always accepted).
MIN_CHARS_TO_JUDGE = 100
#: A non-English verdict below this probability is ignored.
MIN_CONFIDENCE = 0.90
#: Only the start of a long article is judged: enough for a verdict, cheap.
SAMPLE_CHARS = 4000

SUPPORTED = "en"
#: Verdicts that mean English too: Nigerian Pidgin ("pcm") is English-lexified, and the model gives
#: it to plain English wire copy full of Nigerian names ("Nigerian President Muhammadu Buhari met
#: ... in Abuja") with 0.91-0.98 confidence; the extractor reads whatever English such a text has.
ENGLISH_LIKE = frozenset({SUPPORTED, "pcm"})


_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _cues():
    from ingest.lexicon import load

    cues = load("language")
    return cues, frozenset(w.lower() for w in cues.english_function_words)


def plainly_english(sample: str) -> bool:
    """Whether the words of `sample` include so many English function words (language.json)
    that it is English without asking the model."""
    cues, function_words = _cues()
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < cues.min_words:
        return False
    hits = [w for w in words if w in function_words]
    return len(hits) >= cues.min_share * len(words) and len(set(hits)) >= cues.min_distinct


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float] | None:
    """(ISO 639-1 code, probability), or None when the text is too short to judge."""
    sample = text[:SAMPLE_CHARS]
    if len(re.findall(r"[^\W\d_]", sample)) < MIN_CHARS_TO_JUDGE:
        return None
    code, probability = _identifier().classify(sample)
    return code, float(probability)


def foreign_language(text: str) -> str | None:
    """The language code if the text is confidently not English, else None."""
    if plainly_english(text[:SAMPLE_CHARS]):
        return None
    verdict = detect_language(text)
    if verdict is None:
        return None
    code, probability = verdict
    if code in ENGLISH_LIKE or probability < MIN_CONFIDENCE:
        return None
    return code
