"""Dates fresh real news showed in stop 33, in phrasings of our own.

- "its heaviest strikes since the offensive in 2019", "the largest raid since the 2021 fighting":
  a year inside the phrase a "since" opens is the measure the news is counted from, not a sign
  that the sentence tells of the past; the present-perfect act is the article's news, dated to
  its month as any other;
- a year that is the time of the sentence ("in 2019") still keeps the act from the article's month.
- "thanked X for visiting Y": a visit or meeting a dated article tells with no time and no tense
  of its own (not in the pluperfect, not under a modal) is of the article's month;
- "March 3 - 5, 1996", "from March 29 to April 2, 1996": a range writes its year once, at its end;
  it is the first day's year too (a range across two months fixes only the year), never the
  article's.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_year_inside_a_since_phrase_leaves_the_act_the_articles_news(facts_of):
    facts = facts_of("Turkey has launched its heaviest air strikes on rebels in Iraq since "
                     "the offensive in 2019, the defence ministry said.",
                     published=dt.date(2022, 4, 18))
    assert one(facts, "Turkey", "ATTACKED", "Iraq").date == "2022-04"


def test_year_naming_the_measured_war_leaves_the_act_the_articles_news(facts_of):
    facts = facts_of("Pakistan has carried out its largest raid on the Taliban since the fighting "
                     "of 2021, officials said.", published=dt.date(2023, 3, 2))
    assert one(facts, "Pakistan", "ATTACKED", "Taliban").date == "2023-03"


def test_a_year_the_act_happened_in_is_not_the_articles_month(facts_of):
    facts = facts_of("Pakistan launched air strikes on the Taliban in 2019, officials said.",
                     published=dt.date(2023, 3, 2))
    assert one(facts, "Pakistan", "ATTACKED", "Taliban").date == "2019"


# ---- a range whose year is written once, at its end ------------------------------------------
def test_a_day_range_takes_the_year_written_at_its_end(facts_of):
    facts = facts_of("Kenyan President Mwai Kibaki paid a state visit to Uganda, March 3 - 5, "
                     "1996, at its president's invitation.", published=dt.date(2010, 4, 26))
    assert one(facts, "Mwai Kibaki", "VISITED", "Uganda").date == "1996-03-03"


def test_a_range_across_two_months_fixes_only_its_year(facts_of):
    facts = facts_of("Kenyan President Mwai Kibaki paid a state visit to Uganda from March 29 "
                     "to April 2, 1996.", published=dt.date(2010, 4, 26))
    assert one(facts, "Mwai Kibaki", "VISITED", "Uganda").date == "1996"


# ---- a visit or meeting told with no time of its own is of the dated article's month ---------
def test_a_visit_a_host_thanks_for_takes_the_articles_month(facts_of):
    # a gerund with no tense and no time of its own: the visit is the article's news
    facts = facts_of("Ethiopia's leader thanked the Kenyan President Mwai Kibaki for visiting "
                     "Addis Ababa.", published=dt.date(2006, 5, 9))
    assert one(facts, "Mwai Kibaki", "VISITED", "Addis Ababa").date == "2006-05"


def test_a_visit_in_the_pluperfect_stays_undated(facts_of):
    facts = facts_of("Kenyan President Mwai Kibaki had visited Ethiopia before the two states "
                     "fell out.", published=dt.date(2006, 5, 9))
    assert one(facts, "Mwai Kibaki", "VISITED", "Ethiopia").date is None
