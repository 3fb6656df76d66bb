"""Meetings of three parties told as a list or a plural, in phrasings of our own (stop 39).

"X held a trilateral meeting with A and B": the two the "with" phrase names sat at it
together, so they met each other as well as X. "A trilateral meeting of the interior ministers
of A, B and C was held in Z": unnamed officials in the plural stand for their states, which met,
and those from abroad visited the place; "held in Town, State" with a town the gazetteer does
not know is a visit to the state after it, not to a "state" of the town's name.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_the_guests_of_a_trilateral_meeting_met_each_other(facts_of):
    facts = facts_of("President Abdel Fattah al-Sisi of Egypt held a trilateral meeting with Iraqi Prime "
                     "Minister Mohammed Shia al-Sudani and King Abdullah II of Jordan in Cairo on Sunday.",
                     published=dt.date(2023, 8, 21))
    one(facts, "Abdel Fattah el-Sisi", "MET_WITH", "Mohammed Shia al-Sudani")
    one(facts, "Mohammed Shia al-Sudani", "MET_WITH", "Abdullah II")
    # the guests of plain meetings with each were not at one table
    facts = facts_of("President Abdel Fattah al-Sisi of Egypt held meetings with Iraqi Prime Minister "
                     "Mohammed Shia al-Sudani and King Abdullah II of Jordan in Cairo on Sunday.",
                     published=dt.date(2023, 8, 21))
    assert not find(facts, "Mohammed Shia al-Sudani", "MET_WITH", "Abdullah II")


def test_a_meeting_of_the_ministers_of_three_states_pairs_the_states(facts_of):
    facts = facts_of("A trilateral meeting of the defence ministers of Kazakhstan, Kyrgyzstan and Uzbekistan "
                     "was held in Tashkent on Thursday.",
                     published=dt.date(2022, 4, 16))
    one(facts, "Kazakhstan", "MET_WITH", "Kyrgyzstan")
    one(facts, "Kyrgyzstan", "MET_WITH", "Uzbekistan")
    one(facts, "Kazakhstan", "VISITED", "Tashkent")
    assert not find(facts, "Uzbekistan", "VISITED", "Tashkent")
    # the ministers of one bloc are one party: no pair
    facts = facts_of("A meeting of ASEAN defence ministers was held in Jakarta on Thursday.",
                     published=dt.date(2022, 4, 16))
    assert not [f for f in facts if f.relation == "MET_WITH"]


def test_an_unknown_town_before_its_state_is_a_visit_to_the_state(facts_of):
    facts = facts_of("The second meeting of Armenian, Georgian and Turkish deputy ministers was held in "
                     "Kobuleti, Georgia on 5 May.",
                     published=dt.date(2022, 5, 9))
    one(facts, "Armenia", "MET_WITH", "Turkey")
    one(facts, "Armenia", "VISITED", "Georgia")
    assert not find(facts, "Georgia", "VISITED", "Georgia")
    assert not [f for f in facts if f.relation == "VISITED" and f.object == "Kobuleti"]
