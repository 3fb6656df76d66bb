"""Dates of facts in constructions fresh real news showed in stop 26, each in phrasings of our own.

- a wire dateline in normal case with a date and a credit ("Lima, 12 March 2019 (ANDINA) - ") is
  cut like any other: its place acts in nothing and its date dates nothing in the sentence;
- a wire story filed the day before it ran says "today" and "yesterday" of its filing day, the
  day its dateline prints;
- an attack told in the past tense with no date of its own is news of the article's month, as a
  censure or a sanction already was; not when it is only a noun's modifier ("a U-turn prompted
  by X's invasion of Y") or the background of a standing state ("has troops there, backing an
  ally in its war on Y");
- a sentence naming one day and other time words that fix none ("its ten-day-old offensive")
  still names that day;
- a year in a thing's name ("the 2003 ceasefire accord") does not make a sentence history;
- an act in the present progressive ("is accusing") is news of the article's time.

Sentences are our own."""
import datetime as dt
import json

import pytest

from ingest import temporal
from tests.facts import find, one


@pytest.fixture(scope="module")
def facts_of_record(extractor, tmp_path_factory):
    """The facts of one JSON Lines record read the way `kg extract` reads it (cleaning and all)."""
    from ingest.loaders import iter_inputs

    folder = tmp_path_factory.mktemp("wire")

    def run(text, published):
        path = folder / "a.jsonl"
        path.write_text(json.dumps({"id": "w", "text": text, "published": published}) + "\n")
        [article] = list(iter_inputs([str(path)]))
        return article, extractor.extract(article).facts
    return run


# ---- wire datelines --------------------------------------------------------------------------------
def test_a_dateline_with_date_and_credit_in_normal_case_is_cut(facts_of_record):
    article, facts = facts_of_record(
        "Lima, 12 March 2019 (ANDINA) - Bolivia's President Evo Morales arrived yesterday in Quito "
        "for a two-day visit to Ecuador.", "2019-03-12")
    assert article.text.startswith("Bolivia's President")
    assert article.dateline == "Lima"
    assert one(facts, "Evo Morales", "VISITED", "Ecuador").date == "2019-03-11"
    assert not find(facts, "Peru", "VISITED", "Ecuador")


def test_today_in_a_story_filed_the_day_before_it_ran_is_the_filing_day(facts_of_record):
    article, facts = facts_of_record(
        "KHARTOUM, Sudan, March 4 - Sudanese warplanes bombed South Sudan today as the border "
        "dispute deepened.", "2012-03-05")
    assert article.published == dt.date(2012, 3, 5) and article.filed == dt.date(2012, 3, 4)
    assert one(facts, "Sudan", "ATTACKED", "South Sudan").date == "2012-03-04"


def test_a_dateline_far_from_the_publication_day_is_no_filing_day():
    assert temporal.filing_day("March 4", dt.date(2012, 3, 5)) == dt.date(2012, 3, 4)
    assert temporal.filing_day("Feb 20", dt.date(2012, 3, 5)) is None  # a feature printed weeks later
    assert temporal.filing_day("March 5", dt.date(2012, 3, 5)) is None  # the same day changes nothing
    assert temporal.filing_day("March", dt.date(2012, 3, 5)) is None   # no day
    assert temporal.filing_day("March 4", None) is None


# ---- attacks without a date of their own ---------------------------------------------------------
def test_an_attack_told_in_the_past_tense_is_news_of_the_articles_month(facts_of):
    facts = facts_of("Colombian helicopters fired on a FARC camp near the border, the defence ministry said.",
                     published="2008-03-03")
    assert one(facts, "Colombia", "ATTACKED", "FARC").date == "2008-03"


def test_a_participle_clause_of_a_past_verb_shares_its_time(facts_of):
    facts = facts_of("Bosnian Serb forces replied defiantly, shelling Tuzla and issuing threats.",
                     published="1995-05-27")
    assert one(facts, "Bosnian Serbs", "ATTACKED", "Tuzla").date == "1995-05"


def test_an_invasion_in_a_nouns_modifier_is_no_news_of_the_month(facts_of):
    facts = facts_of("Finland joined the alliance last spring in a shift in policy prompted by "
                     "Russia's full-scale invasion of Ukraine.", published="2024-04-10")
    assert one(facts, "Russia", "ATTACKED", "Ukraine").date is None


def test_a_war_behind_a_standing_state_is_no_news_of_the_month(facts_of):
    facts = facts_of("Uganda keeps a big contingent of soldiers in the African Union mission, helping the "
                     "Somali army with its war on al-Shabaab.", published="2022-09-14")
    assert one(facts, "Uganda", "ATTACKED", "al-Shabaab").date is None


def test_one_day_among_time_words_that_fix_none_is_the_news_day(facts_of):
    facts = facts_of("Kenyan President William Ruto arrived in Pretoria on Tuesday on a three-day official "
                     "visit, his first trip to South Africa since the war in Sudan began.")
    assert one(facts, "William Ruto", "VISITED", "South Africa").date == "2024-03-05"


# ---- censure ---------------------------------------------------------------------------------------
def test_a_year_in_a_things_name_does_not_make_the_sentence_history(facts_of):
    facts = facts_of("Armenia's foreign ministry condemned Azerbaijan for violating the 1994 ceasefire "
                     "agreement.", published="2016-04-02")
    assert one(facts, "Armenia", "CONDEMNED", "Azerbaijan").date == "2016-04"


def test_an_accusation_in_the_present_progressive_is_news_of_the_month(facts_of):
    facts = facts_of("Burundi's government is accusing neighbouring Rwanda of arming the rebels.",
                     published="2015-11-20")
    assert one(facts, "Burundi", "CONDEMNED", "Rwanda").date == "2015-11"
