"""Wire-copy datelines opening a paragraph are cut off; the sentence after them is kept verbatim.

Left in, the parser reads the filing place and the agency as actors of the first sentence
("BALI MET_WITH Joe Biden"). Every sentence here was written for these tests in the style of
wire copy; the expected text is the sentence as typed after its dateline.
"""
from __future__ import annotations

import json

import pytest

from ingest.cleaning import clean_article, clean_article_text
from ingest.errors import LoadFailure
from ingest.loaders import iter_inputs
from schemas.names import fold_name


@pytest.mark.parametrize(
    ("dateline", "sentence"),
    [
        ("SEOUL (Yonhap) - ", "South Korea's defence ministry said on Tuesday that it would expand drills."),
        ("BRUSSELS (Reuters) - ", "European Union foreign ministers agreed new sanctions on Iran on Monday."),
        ("WASHINGTON, March 3 (AP) — ", "President Joe Biden hosted German Chancellor Olaf Scholz at the White House."),
        ("NAIROBI, Kenya, Sept 21 (Xinhua) -- ", "Kenyan President William Ruto met a Chinese trade delegation."),
        ("UNITED NATIONS (AFP) - ", "The Security Council failed to agree on a statement about the fighting."),
        ("KYIV, Ukraine — ", "Ukrainian forces shot down 20 drones overnight, the air force said."),
        ("KYIV, Ukraine—", "Ukrainian forces shot down 20 drones overnight, the air force said."),
        ("KHAN YOUNIS, Gaza Strip: ", "Residents fled south after leaflets were dropped on the town."),
        ("NEW DELHI: ", "Prime Minister Narendra Modi will travel to Moscow next week, officials said."),
        ("WARSAW – ", "Poland's president signed the budget on Thursday."),
        ("ST. PETERSBURG, Russia, June 14 (Reuters) - ", "Russian President Vladimir Putin addressed an economic forum."),
        ("PORT-AU-PRINCE, Haiti (AP) — ", "Armed gangs blocked the main road out of the capital on Sunday."),
        ("LONDON, Feb. 24, 2022 (Reuters)- ", "British Prime Minister Boris Johnson announced new sanctions."),
        ("TOKYO, 16 March (Kyodo) - ", "Japan and South Korea agreed to resume shuttle diplomacy."),
        ("Moscow, Jan 5 (TASS) - ", "Russian Foreign Minister Sergey Lavrov spoke with his Turkish counterpart."),
        ("(CNN) — ", "Russian President Vladimir Putin arrived in Pyongyang early on Wednesday."),
        ("SÃO PAULO, Brazil (Reuters) - ", "Brazil's central bank cut interest rates on Wednesday."),
    ],
)
def test_dateline_is_cut_and_the_sentence_kept_verbatim(dateline, sentence):
    second = "Officials gave no further details, according to the statement."
    page = f"{dateline}{sentence}\n\n{second}\n"
    assert clean_article_text(page) == f"{sentence}\n\n{second}"


@pytest.mark.parametrize(
    "paragraph",
    [
        "US President Joe Biden met Chinese President Xi Jinping in California on Wednesday.",
        "NATO - the alliance of 31 countries - said it would send more troops to Kosovo.",
        "NATO - The alliance said it would send more troops to Kosovo.",
        "UN Secretary-General Antonio Guterres visited Kyiv on Thursday.",
        "EU leaders agreed: sanctions on Russia would stay until the war ends.",
        "The minister was blunt: the talks had failed, he said.",
        "BREAKING: Russia launches missiles at Kyiv, officials say.",
        "ASEAN - Southeast Asian leaders met in Jakarta on Tuesday.",
        "KREMLIN - The Kremlin said Putin would not attend the summit.",
        "NATO, Russia: Talks resume in Brussels after a year, diplomats said.",
        "The U.S. - China talks resumed in Geneva on Monday.",
        "WHO: The outbreak is over, health officials said.",
    ],
)
def test_sentence_starts_that_look_like_datelines_stay(paragraph):
    page = f"{paragraph}\n\nOfficials gave no further details, according to the statement.\n"
    assert clean_article_text(page).split("\n\n")[0] == paragraph


def test_all_caps_lines_are_not_datelines():
    """A headline or a broadcast script in capitals keeps its words, dash and all."""
    script = "MOSCOW — RUSSIAN PRESIDENT VLADIMIR PUTIN MET CHINESE LEADER XI JINPING ON MONDAY."
    assert clean_article_text(script + "\n") == script
    headline = "ISRAEL-GAZA WAR: Live updates from the south"
    page = f"{headline}\n\nIsraeli tanks pushed into the south of the city on Tuesday, witnesses said.\n"
    cleaned = clean_article(page)
    assert cleaned.title == headline and cleaned.text.startswith(headline + "\n\n")


def test_headline_fragment_after_a_place_is_not_cut():
    page = ("SEOUL — Talks collapse\n\n"
            "North and South Korean officials ended their meeting without a statement on Friday.\n")
    assert clean_article(page).title == "SEOUL — Talks collapse"


def test_dateline_on_a_line_of_its_own_goes_with_it():
    """Not a headline either: the page has none, so it has no title."""
    page = ("BALI, Indonesia (Reuters) -\n"
            "Indonesian President Joko Widodo opened the summit on Tuesday.\n\n"
            "Leaders of the group's members attended, the host said.\n")
    cleaned = clean_article(page)
    assert cleaned.title is None
    assert cleaned.text == ("Indonesian President Joko Widodo opened the summit on Tuesday.\n\n"
                            "Leaders of the group's members attended, the host said.")


def test_only_the_opening_of_a_paragraph_is_a_dateline():
    page = ("Officials in the capital said the talks were over.\n\n"
            "The statement ended: WARSAW - Poland would not take part, it said.\n")
    assert clean_article_text(page) == page.strip()


# ------------------------------------------------------------------ every input format

DATELINE = "ANKARA, Turkey (Reuters) - "
SENTENCE = ("Turkish officials condemned the attack on the embassy in the capital on Sunday and said "
            "the ambassador had been summoned to the foreign ministry for an explanation.")


def _write_all_formats(directory):
    body = f"{DATELINE}{SENTENCE}\n\nThe ministry summoned the ambassador, a diplomat said.\n"
    (directory / "a.txt").write_text(body, encoding="utf-8")
    (directory / "b.md").write_text("# Turkey condemns embassy attack\n\n" + body, encoding="utf-8")
    (directory / "c.html").write_text(
        "<html><head><title>Turkey condemns embassy attack</title></head><body><article>"
        "<h1>Turkey condemns embassy attack</h1>"
        f"<p>{DATELINE}{SENTENCE}</p>"
        "<p>The ministry summoned the ambassador, a diplomat said, after a meeting in the capital "
        "that lasted into the evening and ended without a statement.</p>"
        "</article></body></html>", encoding="utf-8")
    (directory / "d.json").write_text(json.dumps([{"id": "d1", "text": body}]), encoding="utf-8")
    (directory / "e.jsonl").write_text(json.dumps({"id": "e1", "text": body}) + "\n", encoding="utf-8")


def test_dateline_is_cut_in_every_input_format(tmp_path):
    _write_all_formats(tmp_path)
    items = list(iter_inputs([str(tmp_path)]))
    assert not [i for i in items if isinstance(i, LoadFailure)]
    assert sorted(a.source.rsplit("/", 1)[-1] for a in items) == ["a.txt", "b.md", "c.html", "d.json", "e.jsonl"]
    for article in items:
        assert "Reuters" not in article.text and "ANKARA" not in article.text, article.source
        assert SENTENCE in article.text.split("\n\n"), article.source


def test_dateline_under_a_headline_in_a_short_html_page_is_cut(tmp_path):
    """Page text comes one paragraph a line; short lines must not be joined into one paragraph
    that carries the dateline in its middle."""
    (tmp_path / "short.html").write_text(
        "<html><body><article><h1>Chile and Peru sign trade deal</h1>"
        "<p>LIMA, Peru (Reuters) - Chile and Peru signed a trade deal on Monday.</p>"
        "<p>It takes effect next year after a vote in both parliaments.</p>"
        "</article></body></html>", encoding="utf-8")
    (article,) = list(iter_inputs([str(tmp_path / "short.html")]))
    headline, story = article.text.split("\n\n", 1)
    assert headline == "Chile and Peru sign trade deal"
    assert story.startswith("Chile and Peru signed a trade deal on Monday.")
    assert "LIMA" not in article.text and "Reuters" not in article.text
    assert "It takes effect next year after a vote in both parliaments." in story


# ------------------------------------------------------------------ end to end

WIRE_STORY = """\
TOKYO, March 16 (Kyodo) - South Korean President Yoon Suk Yeol held talks with Japanese Prime Minister Fumio Kishida on Thursday.

The two leaders agreed to resume regular visits, officials said.

KYIV, Ukraine — Ukrainian President Volodymyr Zelenskyy met British Prime Minister Rishi Sunak on Friday.
"""


def _pairs(facts):
    return {(fold_name(f.subject), f.relation, fold_name(f.object)) for f in facts}


def test_extracted_facts_of_a_wire_story_leave_filing_place_and_agency_out(extractor, tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text(WIRE_STORY, encoding="utf-8")
    (article,) = list(iter_inputs([str(path)]))
    facts = extractor.extract(article).facts
    names = {fold_name(n) for f in facts for n in (f.subject, f.object)}
    for dateline_word in ("Tokyo", "Kyodo", "Kyiv"):
        assert fold_name(dateline_word) not in names, dateline_word
    assert not [f for f in facts if f.relation == "VISITED"]
    pairs = _pairs(facts)
    assert ({(fold_name("Yoon Suk Yeol"), "MET_WITH", fold_name("Fumio Kishida")),
             (fold_name("Fumio Kishida"), "MET_WITH", fold_name("Yoon Suk Yeol"))} & pairs)
    assert (fold_name("Yoon Suk Yeol"), "HOLDS_ROLE", fold_name("South Korea")) in pairs
    assert (fold_name("Fumio Kishida"), "HOLDS_ROLE", fold_name("Japan")) in pairs
    for fact in facts:
        assert "Kyodo" not in fact.evidence.sentence and "KYIV" not in fact.evidence.sentence


def test_agency_and_place_are_not_met_by_the_leader(extractor, tmp_path):
    path = tmp_path / "bali.txt"
    path.write_text("BALI, Indonesia (Reuters) - Chinese President Xi Jinping met U.S. President "
                    "Joe Biden on Monday.\n", encoding="utf-8")
    (article,) = list(iter_inputs([str(path)]))
    pairs = _pairs(extractor.extract(article).facts)
    met = {p for p in pairs if p[1] == "MET_WITH"}
    assert met in ({(fold_name("Xi Jinping"), "MET_WITH", fold_name("Joe Biden"))},
                   {(fold_name("Joe Biden"), "MET_WITH", fold_name("Xi Jinping"))})
    assert pairs - met == {(fold_name("Xi Jinping"), "HOLDS_ROLE", fold_name("China")),
                           (fold_name("Joe Biden"), "HOLDS_ROLE", fold_name("United States"))}


def test_us_official_after_a_dateline_keeps_the_whole_sentence(extractor, tmp_path):
    path = tmp_path / "sullivan.txt"
    path.write_text("Sullivan visits Manila, pledges more support\n\n"
                    "MANILA (Reuters) - U.S. National Security Adviser Jake Sullivan visited Manila "
                    "on Monday.\n", encoding="utf-8")
    (article,) = list(iter_inputs([str(path)]))
    facts = extractor.extract(article).facts
    role = [f for f in facts if f.relation == "HOLDS_ROLE" and f.subject == "Jake Sullivan"]
    assert [(f.object, f.evidence.sentence) for f in role] == [
        ("United States", "U.S. National Security Adviser Jake Sullivan visited Manila on Monday.")]


@pytest.mark.parametrize(
    ("dateline", "sentence"),
    [
        # a month in capitals under a place in capitals
        ("ACCRA, MARCH 3: ", "Ghana's president flew to Abuja for talks on the border."),
        ("LUSAKA, SEPT. 21 - ", "Zambia's foreign minister met a visiting Chinese delegation."),
        # a filing city in normal case, with its date
        ("Accra, Feb 17: ", "Ghana's president flew to Abuja for talks on the border."),
        ("Nairobi, 21 September — ", "Kenya's foreign minister met a visiting Chinese delegation."),
        # with its state between, the date after a comma or a semicolon, then a credit
        ("Lusaka, Zambia; 21 September (ZNA) - ", "Zambia's foreign minister met a visiting Chinese delegation."),
        ("Accra, Ghana, 3 March 2021 (GNA) - ", "Ghana's president flew to Abuja for talks on the border."),
        ("LUSAKA, Zambia; Sept 21 (ZNA) - ", "Zambia's foreign minister met a visiting Chinese delegation."),
        # a parenthesised credit closes the dateline though the dash is lost
        ("Lusaka, Sept 21 (ZNA) ", "Zambia's foreign minister met a visiting Chinese delegation."),
        # a space before the colon
        ("Lusaka, Sept 21 : ", "Zambia's foreign minister met a visiting Chinese delegation."),
        ("ACCRA : ", "Ghana's president flew to Abuja for talks on the border."),
    ],
)
def test_dateline_with_a_capitalised_month_or_a_normal_case_city_is_cut(dateline, sentence):
    second = "Officials gave no further details, according to the statement."
    page = f"{dateline}{sentence}\n\n{second}\n"
    assert clean_article_text(page) == f"{sentence}\n\n{second}"


@pytest.mark.parametrize(
    "paragraph",
    [
        # a state's name, or words no gazetteer knows as a place, in normal case are no dateline
        "Ghana, March 3: the day the new parliament first sat.",
        "Prime Minister, March 3: a date the cabinet will remember.",
        # a normal-case city without a date is the sentence's subject
        "Accra: the capital hosted the summit on Tuesday.",
        # two cities and a date are no place and its state
        "Lagos, Abuja; March 3 - the two cities where the talks ran.",
        "The minister was blunt : the talks had failed, he said.",
    ],
)
def test_normal_case_places_without_a_dateline_shape_stay(paragraph):
    page = f"{paragraph}\n\nOfficials gave no further details, according to the statement.\n"
    assert clean_article_text(page).split("\n\n")[0] == paragraph
