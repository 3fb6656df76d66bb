"""Pages flattened to one line (stop 44, the headline helper): the headline, a byline, the
page's date and the wire dateline run into the lead, so the cleaner's line rules never saw them.
Where the first words (no sentence end among them) are followed by a wire dateline with its dash
or colon, a byline or a whole date, they are cut off as lines of their own: the headline becomes
the title (and its own sentence), the byline and the date go as furniture, and the dateline is
cut from the lead as at the start of a line.

Guards: a sentence that merely opens with names and titles is no headline; a date told inside a
sentence ("on Monday July 26, 2022"), a date that ends a caption, and a party's initials in
brackets before a capitalised word ("the X Front (PTI) leader Y") are no place to cut.

Every text here is invented (our own wording); articles are dated Friday 8 March 2024.
"""

from ingest.cleaning import clean_article
from schemas.models import Article
from tests.facts import WIRE_DAY, find


def _page(text: str) -> Article:
    cleaned = clean_article(text)
    return Article(id="h44", text=cleaned.text, source="test", title=cleaned.title,
                   published=WIRE_DAY, dateline=cleaned.dateline)


def test_headline_glued_to_a_dated_wire_dateline_is_cut_off():
    cleaned = clean_article("Andean neighbours settle fishing quarrel LIMA, March 4 (Reuters) — The "
                            "Chilean leader held talks with his Peruvian host in Lima on Monday.")
    assert cleaned.title == "Andean neighbours settle fishing quarrel"
    assert cleaned.dateline == "LIMA"
    assert "(Reuters)" not in cleaned.text


def test_talks_told_after_a_glued_headline_and_dateline_are_read(extractor):
    page = ("Chile and Peru sign fisheries accord LIMA, March 4 (Reuters) — Chilean President "
            "Sebastian Pinera held talks with Peruvian President Ollanta Humala in Lima on Monday.")
    facts = extractor.extract(_page(page)).facts
    assert find(facts, "Sebastian Pinera", "MET_WITH", "Ollanta Humala")


def test_byline_and_page_date_between_headline_and_dateline_go():
    cleaned = clean_article("Steppe leaders trade barbs over pipeline By Dana Okafor Daily Courier "
                            "March 5, 2024 ASTANA — Officials of both governments traded accusations on "
                            "Tuesday over the stalled pipeline.")
    assert cleaned.title == "Steppe leaders trade barbs over pipeline"
    assert cleaned.dateline == "ASTANA"
    assert cleaned.text.startswith("Steppe leaders trade barbs over pipeline\n\nOfficials of both")


def test_a_sentence_opening_with_names_is_not_cut():
    text = ("Colombian President Gustavo Petro met Ecuadorean President Daniel Noboa at the border "
            "bridge on Monday to discuss trade.")
    cleaned = clean_article(text)
    assert cleaned.text == text
    assert cleaned.title is None


def test_dates_inside_sentences_and_initials_in_brackets_are_no_cut():
    for text in ("The Ruritanian premier began a tour of three Baltic states on Monday July 22, 2024, "
                 "his first trip abroad since the vote.",
                 "The governor rebuked the Punjab Tenants Front (PTI) leader Ali Raza Gondal for "
                 "his speech at the rally on Monday.",
                 "Finnish Prime Minister Petteri Orpo greets Estonian Prime Minister Kristen Michal in "
                 "Helsinki March 4, 2024. [Photo by a staff photographer]"):
        cleaned = clean_article(text)
        assert cleaned.text == text, text
