"""A page's date label glued before a wire dateline (stop 38): "date 2021-03-04 LUSAKA: ...".

Some page exporters print the page's date, labelled, on the same line as the page's first
text. Left there, the label hid the wire dateline after it (the dateline is only cut at the
start of a paragraph), so the filing place stayed in the sentence and "here" meant nothing;
and the page had no publication date, the line being too long for a date line. The label is
cut as furniture when a dateline follows it, its date is the page's date, and the dateline
after it is cut as usual.

Sentences are our own, in wire style."""
import datetime as dt

from ingest.cleaning import clean_article
from ingest.loaders import iter_inputs
from ingest.pubdate import find_publication_date
from tests.facts import one

PAGE = ("date 2021-03-04 LUSAKA: Malawi's Foreign Minister Nancy Tembo arrived here on Tuesday "
        "for two days of talks on cross-border trade and fisheries.\n\n"
        "She is due to meet her Zambian counterpart before flying home on Thursday.\n")


def test_the_label_and_the_dateline_after_it_are_cut():
    cleaned = clean_article(PAGE)
    assert cleaned.text.startswith("Malawi's Foreign Minister Nancy Tembo arrived here")
    assert cleaned.dateline == "LUSAKA"


def test_a_label_before_a_headline_stays():
    cleaned = clean_article("date 2019-06-12 Ghana and Togo agree to patrol their shared border\n\n"
                            "The two governments signed the accord in Accra on Tuesday after a week of talks.\n")
    assert cleaned.dateline is None
    assert cleaned.text.startswith("date 2019-06-12 Ghana and Togo")


def test_the_labels_date_is_the_pages_date_on_a_long_line():
    assert find_publication_date(PAGE) == dt.date(2021, 3, 4)


def test_a_sentence_opening_with_updated_gives_no_date():
    assert find_publication_date("Updated figures released on Monday put the number of displaced "
                                 "people in the eastern provinces at well over two hundred thousand.") is None


def test_here_under_the_cut_dateline_is_its_city(tmp_path, extractor):
    page = tmp_path / "lusaka.txt"
    page.write_text(PAGE, encoding="utf-8")
    [article] = list(iter_inputs([str(page)]))
    assert article.published == dt.date(2021, 3, 4)
    facts = extractor.extract(article).facts
    visit = one(facts, "Nancy Tembo", "VISITED", "Lusaka")
    assert str(visit.date) == "2021-03-02"
