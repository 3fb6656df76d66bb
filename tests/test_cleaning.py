"""Cleaning and dateline reading on the five real seed pages and on page texts written here.

Expected values were read from the seed files by eye: which lines are furniture, which are
article sentences, and which date each page prints about itself.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from ingest.cleaning import clean_article, clean_article_text
from ingest.pubdate import find_publication_date, is_date_line

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def lines_of(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines()}


# ------------------------------------------------------------------ seeds


def test_seed_000_furniture_and_broadcast_script_removed_story_kept():
    cleaned = clean_article(seed("000"))
    text = cleaned.text
    for furniture in ("Skip to main content", "International", "Share", "Media Landscape",
                      "Learn more about this data", "Left 34%", "Center 42%", "Right 24%",
                      "Jul 26, 2023"):
        assert furniture not in lines_of(text)
    for fragment in ("See who else is reporting", "Bias Distribution", "Tags:",
                     "SENIOR OFFICIALS IN RUSSIA", "THE U-S WILL NOW BE DEALING"):
        assert fragment not in text
    assert "Senior officials from Russia and China visited North Korea as the country gets set" in text
    assert "China has reappointed Wang Yi as foreign minister on Tuesday, July 25" in text
    # the sentence broken across two lines in the page is one line now
    assert "significant role in Russia’s invasion of Ukraine, denouncing" in text
    assert cleaned.title == "Russian, Chinese officials meet in North Korea amid tensions with US"
    assert text.startswith(cleaned.title + "\n\n")
    assert not any(line.isupper() for line in text.splitlines() if len(line) > 20)


def test_seed_001_repeated_story_appears_once():
    text = clean_article_text(seed("001"))
    for sentence in (
        "Their meeting carried out two messages to the world.",
        "The Korean War armistice agreement was signed on July 27, 1953.",
        "“Our two parties and the two countries have had a good tradition of friendly exchanges,”",
        "Wi Sung lac, a former South Korea ambassador to Russia, said.",
    ):
        assert text.count(sentence) == 1, sentence
    assert text.startswith("Last week, Kim Jong Un welcomed his newly forged allies China and Russia")
    assert len(text) < 0.6 * len(seed("001"))


def test_seed_002_breadcrumb_hashtags_and_comment_form_removed():
    cleaned = clean_article(seed("002"))
    text = cleaned.text
    for fragment in ("Home »", "#Chinese", "Leave a Comment", "Akismet", "2024-01-27 14:49:00",
                     "Facebook page"):
        assert fragment not in text
    headline = "China-North Korea Relations: Vice Minister’s Visit, Strategic Cooperation, and Tensions with Russia"
    assert cleaned.title == headline
    assert text.count(headline) == 1
    assert "Sun Weidong visited Pyongyang, North Korea, on Friday (January 26), held consultations" in text
    assert text.endswith("But this is exactly what the Chinese government does not want to see.”")


def test_seed_003_ads_credits_and_doubled_caption_removed():
    cleaned = clean_article(seed("003"))
    text = cleaned.text
    for fragment in ("No menu items", "Share This Post", "Advertisement", "News1 DB", "Source: Donga",
                     "Related Posts"):
        assert fragment not in text
    assert text.count("Hwasong-18") == 1
    assert cleaned.title.startswith("Russian and North Korean officials continue to look at ‘China’")
    assert "Russian Prime Minister Mikhail Mishustin plans to visit Beijing, China for two days" in text
    assert text.endswith("our government is pursuing a plan to hold a Korea-Japan-China summit early next year.")


def test_seed_004_dateline_byline_and_related_lists_removed():
    cleaned = clean_article(seed("004"))
    text = cleaned.text
    for fragment in ("Posted on", "Modified on", "By Choi Hyun-june", "Please direct questions",
                     "original korean article", "Related stories", "Most viewed articles"):
        assert fragment not in text
    assert text.count("at the Vostochny Cosmodrome in Russia’s Far East on Sept. 13. (KCNA/Yonhap)") == 1
    assert "Sergey Lavrov will meet with China’s Foreign Minister Wang Yi in Moscow on Monday" in text
    assert cleaned.title.startswith("Signs of stronger trilateral ties as China sends its top diplomats")
    assert text.endswith("including the US, to sour.")


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_cleaning_never_rewrites_a_sentence(prefix):
    """Evidence is quoted from the cleaned text: each paragraph must be printed in the page."""
    raw = squash(seed(prefix))
    for paragraph in clean_article_text(seed(prefix)).split("\n\n"):
        assert squash(paragraph) in raw, paragraph[:80]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_paragraphs_keep_their_openings(prefix):
    """The seeds print no wire datelines, so no paragraph may lose words from its start
    (the all-caps script of 000, "IN THAT TIME — THE THREE ...", is not a dateline)."""
    line_starts = {line.strip()[:40] for line in seed(prefix).splitlines() if line.strip()}
    for paragraph in clean_article_text(seed(prefix)).split("\n\n"):
        assert paragraph[:40] in line_starts, paragraph[:80]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_paragraphs_are_separated_by_blank_lines(prefix):
    text = clean_article_text(seed(prefix))
    assert "\n\n\n" not in text and text == text.strip()
    assert all(paragraph.strip() == paragraph and "\n" not in paragraph
               for paragraph in text.split("\n\n"))


# ------------------------------------------------------------------ other pages

OTHER_SITE = """\
Skip to content
World » Europe » Diplomacy
Macron hosts Scholz in Paris for talks on Ukraine aid
By Claire Dubois
March 15, 2024
Share on Facebook
Tweet
Email
French President Emmanuel Macron hosted German Chancellor Olaf Scholz and Polish Prime
Minister Donald Tusk in Paris on Friday for talks on military aid to Ukraine.
ADVERTISEMENT
Story continues below advertisement
The three leaders agreed to buy more weapons for Kyiv on the world market, Tusk told
reporters after the meeting.
Photo: Reuters/Gonzalo Fuentes
Read more: Scholz rules out sending Taurus missiles
Follow us on Twitter and Facebook for the latest updates
Reporting by Claire Dubois; Editing by Peter Graff
© 2024 Example News. All rights reserved.
You may also like
Kremlin says talks with Kyiv are not on the agenda
"""


def test_general_patterns_clean_a_page_from_another_site():
    cleaned = clean_article(OTHER_SITE)
    text = cleaned.text
    assert cleaned.title == "Macron hosts Scholz in Paris for talks on Ukraine aid"
    assert ("French President Emmanuel Macron hosted German Chancellor Olaf Scholz and Polish Prime "
            "Minister Donald Tusk in Paris on Friday for talks on military aid to Ukraine.") in text
    assert ("The three leaders agreed to buy more weapons for Kyiv on the world market, Tusk told "
            "reporters after the meeting.") in text
    for fragment in ("Skip to content", "World »", "Claire Dubois", "March 15, 2024", "Tweet",
                     "ADVERTISEMENT", "Story continues", "Photo:", "Read more", "Follow us",
                     "Editing by", "All rights reserved", "Kremlin says"):
        assert fragment not in text, fragment


def test_prose_that_starts_like_furniture_survives():
    page = (
        "Share prices in Moscow fell on Monday after Washington announced new sanctions.\n\n"
        "By Friday, Russian troops had withdrawn from the village, the ministry said.\n\n"
        "Powered by cheap gas, the German economy grew for a decade.\n\n"
        "More than 200 people attended the summit in Vilnius.\n\n"
        "Pictures by the state news agency showed Kim Jong Un inspecting a missile launcher.\n"
    )
    assert squash(clean_article_text(page)) == squash(page)


def test_short_headline_is_a_title_not_text_and_caption_doubled_in_a_line_is_kept_once():
    page = (
        "Ukraine talks\n\n"
        "Ukrainian President Volodymyr Zelenskyy met Polish President Andrzej Duda in Warsaw on Wednesday.\n\n"
        "Zelenskyy and Duda at the presidential palace. Photo pool via Example Zelenskyy and Duda at "
        "the presidential palace. Photo pool via Example\n"
    )
    cleaned = clean_article(page)
    assert cleaned.title == "Ukraine talks"
    assert not cleaned.text.startswith("Ukraine talks")
    assert cleaned.text.count("Zelenskyy and Duda at the presidential palace") == 1


def test_broadcast_script_alone_is_kept():
    """An all-caps page has nothing else to read: it is not dropped as a repeat."""
    page = "PRESIDENT BIDEN MET CHINESE LEADER XI JINPING IN WOODSIDE, CALIFORNIA ON WEDNESDAY.\n"
    assert clean_article_text(page) == page.strip()


# ------------------------------------------------------------------ publication dates


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [("000", dt.date(2023, 7, 26)), ("001", None), ("002", dt.date(2024, 1, 27)),
     ("003", None), ("004", dt.date(2023, 9, 15))],
)
def test_seed_publication_dates(prefix, expected):
    assert find_publication_date(seed(prefix)) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jul 26, 2023", dt.date(2023, 7, 26)),
        ("Posted on : 2023-09-15 16:12 KST", dt.date(2023, 9, 15)),
        ("2024-01-27 14:49:00", dt.date(2024, 1, 27)),
        ("January 26, 2024", dt.date(2024, 1, 26)),
        ("26 January 2024", dt.date(2024, 1, 26)),
        ("2023/07/26", dt.date(2023, 7, 26)),
        ("Published: Friday, Sept. 15, 2023 10:32 a.m. EST", dt.date(2023, 9, 15)),
        ("Updated: 2024-01-02, Published: 2023-12-30", dt.date(2023, 12, 30)),
    ],
)
def test_dateline_formats(line, expected):
    page = f"Leaders meet\n{line}\nThe leaders met in Geneva on Tuesday for talks on arms control.\n"
    assert find_publication_date(page) == expected
    assert is_date_line(line)


def test_event_dates_inside_sentences_are_not_publication_dates():
    page = (
        "The Korean War armistice was signed on July 27, 1953, ending three years of fighting.\n"
        "Russia annexed Crimea on March 18, 2014, after a referendum that Kyiv rejected.\n"
    )
    assert find_publication_date(page) is None
    assert not is_date_line("Russia annexed Crimea on March 18, 2014.")


def _boilerplate_with(category: str, pattern: str) -> dict:
    """The shipped boilerplate data plus one line pattern, as a user's data change adds one."""
    from ingest import lexicon

    data = lexicon.raw("boilerplate")
    data = {**data, "line_patterns": {**data["line_patterns"],
                                      category: {"may_end_a_sentence": True, "patterns": [pattern]}}}
    return data


@pytest.mark.parametrize("pattern", [r"(\w+) \1 says goodbye", r"(?P<word>\w+) (?P=word) says goodbye"])
def test_a_furniture_pattern_that_refers_back_to_its_own_group_still_matches(pattern):
    # The patterns are screened as one alternation; a group reference numbered or named inside
    # a pattern must not make a line it matches read as article text.
    from ingest.cleaning import _Rules

    table = _Rules(_boilerplate_with("farewell", pattern))
    assert table.furniture("bye bye says goodbye") == "farewell"
    assert table.furniture("bye ciao says goodbye") is None
    assert table.furniture("Skip to main content") == "navigation"  # a shipped pattern still reads


def test_a_run_of_characters_with_no_space_is_no_prose():
    # spaCy's tokenizer splits a spaceless run one prefix at a time: 100,000 "[" would hold an article
    # (and a test's worker) for about a quarter of an hour; such runs are data or decoration, not text
    text = clean_article_text("Kenya's president visited Uganda on Tuesday.\n" + "[" * 100_000 + "\n"
                              "See https://example.org/a?" + "x" * 400 + " for more.")
    assert text.splitlines()[0] == "Kenya's president visited Uganda on Tuesday."
    assert "[[" not in text and "xxx" not in text and "for more." in text
