"""Datelines as real pages print them when the dash is lost or the region is bracketed
(docs/ERRORS.md mention/NER, issue 10): "AMMAN Jordanian officials said ...", "Mumbai [India],
March 3 (ANI): ...". Left in, the place fuses with the next name ("AMMAN Jordanian"). Our own
sentences in wire style; the expected text is the sentence after the dateline."""
from __future__ import annotations

import pytest

from ingest.cleaning import clean_article_text


@pytest.mark.parametrize(("dateline", "sentence"), [
    ("AMMAN ", "Jordanian officials said on Friday the border would reopen."),
    ("NAIROBI ", "Kenyan President William Ruto met a Chinese trade delegation on Monday."),
    ("Mumbai [India], March 3 (ANI): ", "Officials opened a new port terminal on Friday."),
    ("Colombo [Sri Lanka], June 2 (ANI): ", "The island's cabinet approved the budget on Monday."),
])
def test_dateline_without_dash_or_with_bracketed_region_is_cut(dateline, sentence):
    second = "Officials gave no further details, according to the statement."
    page = f"{dateline}{sentence}\n\n{second}\n"
    assert clean_article_text(page) == f"{sentence}\n\n{second}"


@pytest.mark.parametrize("paragraph", [
    # a state's name in capitals before a capitalised word is a name, not a filing place
    "CHINA Daily reported the talks on Monday.",
    # with a region, a missing dash leaves the region's end unknown: nothing is cut
    "BOGOTA, Colombia Officials met on Monday.",
    "NATO Secretary General Jens Stoltenberg visited Kyiv on Thursday.",
])
def test_caps_words_before_a_name_stay(paragraph):
    assert clean_article_text(paragraph + "\n") == paragraph
