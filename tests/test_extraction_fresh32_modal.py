"""Modality and dates fresh real news showed in stop 32, each in phrasings of our own.

- "will be the first X to visit Y": an infinitive qualifying a noun has no tense of its own; the
  visit is as far ahead as the clause the noun stands in ("was / became the first X to visit Y"
  stays a visit told);
- "X's up-coming visit to Y": a modifier the tokenizer split at its hyphen is read as the one
  word it spells ("upcoming"), so the visit is planned;
- "plans for a summit between X and Y", "a proposal for talks with Z": an event named in a
  plan's phrase is still to come, whatever the clause says of the plan.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from schemas.models import Modality
from tests.facts import one


# ---- "the first X to visit Y": the tense of the clause the noun stands in ----------------------
def test_will_be_the_first_to_visit_is_planned(facts_of):
    facts = facts_of("Karl Marek will be the first Ruritanian president to visit Tonga since the "
                     "islands became independent.", published=dt.date(2023, 5, 12))
    assert one(facts, "Karl Marek", "VISITED", "Tonga").modality == Modality.PLANNED


def test_was_the_first_to_visit_stays_told(facts_of):
    facts = facts_of("Karl Marek was the first Ruritanian president to visit Tonga in four decades.",
                     published=dt.date(2023, 5, 12))
    assert one(facts, "Karl Marek", "VISITED", "Tonga").modality == Modality.ASSERTED


def test_became_the_first_to_visit_stays_told(facts_of):
    facts = facts_of("Karl Marek on Monday became the first sitting Ruritanian president to visit "
                     "Samoa.", published=dt.date(2023, 5, 12))
    assert one(facts, "Karl Marek", "VISITED", "Samoa").modality == Modality.ASSERTED


def test_who_visited_keeps_its_own_tense(facts_of):
    # a finite relative clause still has a tense of its own under a future main clause
    facts = facts_of("Karl Marek, who visited Tonga last month, will host Samoan Prime Minister "
                     "Fiame Naomi in June.", published=dt.date(2023, 5, 12))
    assert one(facts, "Karl Marek", "VISITED", "Tonga").modality == Modality.ASSERTED


# ---- a hyphen-split "up-coming" -----------------------------------------------------------------
def test_up_coming_visit_is_planned(facts_of):
    facts = facts_of("Officials said Ruritanian President Karl Marek's up-coming visit to Chile "
                     "would deepen trade.", published=dt.date(2023, 5, 12))
    assert one(facts, "Karl Marek", "VISITED", "Chile").modality == Modality.PLANNED


def test_hyphenated_modifier_of_another_word_is_no_plan(facts_of):
    facts = facts_of("Ruritanian President Karl Marek's long-awaited visit to Chile ended on Friday "
                     "with a trade accord.", published=dt.date(2023, 5, 12))
    assert one(facts, "Karl Marek", "VISITED", "Chile").modality == Modality.ASSERTED


# ---- the event a plan's phrase names ------------------------------------------------------------
def test_plans_for_a_summit_between_two_leaders(facts_of):
    facts = facts_of("The envoy held talks in Lima on Tuesday on plans for a summit next spring "
                     "between Chilean President Ana Ruiz and Peruvian President Jose Vera.",
                     published=dt.date(2023, 5, 12))
    assert one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera").modality == Modality.PLANNED


def test_a_summit_told_after_plans_is_held(facts_of):
    # a summit that is not in a plan's phrase stays the meeting it is
    facts = facts_of("Chilean President Ana Ruiz held a summit with Peruvian President Jose Vera "
                     "on Tuesday despite earlier plans to postpone it.", published=dt.date(2023, 5, 12))
    assert one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera").modality == Modality.ASSERTED


# ---- a time hung on a conjoined event noun is that event's --------------------------------------
def test_own_time_before_a_conjuncts_time(facts_of):
    facts = facts_of("Ties have grown since Ruritanian President Karl Marek's visit to Chile last year "
                     "and his own trip to Peru in January of this year, the minister said.",
                     published=dt.date(2015, 12, 1))
    assert one(facts, "Karl Marek", "VISITED", "Chile").date == "2014"
    assert one(facts, "Karl Marek", "VISITED", "Peru").date == "2015-01"


def test_a_shared_time_still_dates_the_first_conjunct(facts_of):
    # with no time of its own, the first event takes the one the pair shares
    facts = facts_of("Karl Marek's visit to Chile and talks with Chilean President Ana Ruiz on Tuesday "
                     "were cordial.", published=dt.date(2015, 12, 4))
    assert one(facts, "Karl Marek", "VISITED", "Chile").date == "2015-12-01"


# ---- a period's bound in the lead is not the day the news is told --------------------------------
def test_since_a_day_in_the_lead_is_no_news_day(facts_of):
    # written on a Wednesday, 2 April: "since Friday's storm" bounds a period begun in March; the
    # aid told in the present perfect is news of the article's month
    facts = facts_of("Relief will be flown in by the air force, officials said, as the toll since "
                     "Friday's storm has passed 900 in the coastal provinces. Norway has sent "
                     "emergency aid to Chile, the ministry said.", published=dt.date(2025, 4, 2))
    assert one(facts, "Norway", "AIDED", "Chile").date == "2025-04"


# ---- a trip made to attend a gathering, of the gathering's day ----------------------------------
def test_trip_to_attend_a_summit_held_on_a_day(facts_of):
    facts = facts_of("The loan was promised to President Ana Ruiz by Japanese Prime Minister Taro Aso, "
                     "who visited Lima to attend the Pacific Rim summit held on Nov. 22, 2008.",
                     published=dt.date(2008, 12, 10))
    assert one(facts, "Taro Aso", "VISITED", "Lima").date == "2008-11-22"


def test_trip_with_a_day_of_its_own_keeps_it(facts_of):
    facts = facts_of("Prime Minister Jacinda Ardern travelled to Suva on Monday to attend the Pacific "
                     "Islands Forum on Friday.", published=dt.date(2019, 8, 12))
    assert one(facts, "Jacinda Ardern", "VISITED", "Suva").date == "2019-08-12"


# ---- a purpose of a present stay or journey is still ahead ---------------------------------------
def test_is_in_a_city_to_meet_is_planned(facts_of):
    facts = facts_of("Aides said Chilean Foreign Minister Karl Marek is in Lima to confer with "
                     "Peruvian Foreign Minister Jose Vera.", published=dt.date(2019, 2, 25))
    assert one(facts, "Karl Marek", "MET_WITH", "Jose Vera").modality == Modality.PLANNED


def test_is_travelling_to_meet_is_planned(facts_of):
    facts = facts_of("Foreign Minister Nanaia Mahuta is travelling to Beijing to meet Chinese Foreign "
                     "Minister Qin Gang.", published=dt.date(2023, 3, 20))
    assert one(facts, "Nanaia Mahuta", "MET_WITH", "Qin Gang").modality == Modality.PLANNED


def test_travelled_to_meet_stays_told(facts_of):
    facts = facts_of("Foreign Minister Nanaia Mahuta travelled to Beijing on Tuesday to meet Chinese "
                     "Foreign Minister Qin Gang.", published=dt.date(2023, 3, 24))
    assert one(facts, "Nanaia Mahuta", "MET_WITH", "Qin Gang").modality == Modality.ASSERTED


def test_a_present_habit_with_a_purpose_is_no_plan(facts_of):
    # only a stay or a journey has a purpose still ahead; a present-tense habit is told
    facts = facts_of("Moldova says Russia uses armed drones to attack Moldovan border posts every "
                     "night.", published=dt.date(2023, 3, 24))
    assert one(facts, "Russia", "ATTACKED", "Moldova").modality == Modality.ASSERTED


# ---- "the last time X visited Y was in 2009" ------------------------------------------------------
def test_last_time_visited_was_in_a_year(facts_of):
    facts = facts_of("The last time a Chilean president visited Lima was in 2009, when Michelle "
                     "Bachelet met Peruvian President Alan Garcia.", published=dt.date(2023, 3, 24))
    assert one(facts, "Chile", "VISITED", "Lima").date == "2009"


# ---- "X joins Y in condemning Z": today's news, of the article's month --------------------------
def test_joins_in_condemning_is_dated(facts_of):
    facts = facts_of("Chile joins Peru in condemning Bolivia over the closure of the border.",
                     published=dt.date(2019, 10, 9))
    assert one(facts, "Chile", "CONDEMNED", "Bolivia").date == "2019-10"


# ---- an event that is the active subject of an aim or a threat is under way ---------------------
def test_offensive_that_threatens_is_no_plan(facts_of):
    facts = facts_of("The Turkish offensive in Syria threatens the stability of the whole region, "
                     "Oman said.", published=dt.date(2019, 10, 9))
    assert one(facts, "Turkey", "ATTACKED", "Syria").modality == Modality.ASSERTED


def test_strikes_that_aim_are_no_plan(facts_of):
    facts = facts_of("Russia's strikes on Ukraine aim to cripple the power grid before winter, "
                     "analysts said.", published=dt.date(2022, 10, 20))
    assert one(facts, "Russia", "ATTACKED", "Ukraine").modality == Modality.ASSERTED


def test_a_visit_expected_to_take_place_stays_planned(facts_of):
    facts = facts_of("Karl Marek's visit to Chile is expected to take place in May.",
                     published=dt.date(2022, 3, 20))
    assert one(facts, "Karl Marek", "VISITED", "Chile").modality == Modality.PLANNED
