"""A ruler written by title and one name ("King Abdullah", "Jordan's King Abdullah") is whoever
held that title on the article's date with that name; two such holders at once (Saudi Arabia's
and Jordan's kings Abdullah, 2005-2015) read as neither unless the state is written before the
title. Brothers who share every name but the first ("A al-B al-C", "D al-B al-C") are two
people. "The Royal X-ian Air Force" is X's own force, acting for X. The roles are the gazetteer's (roles.json, the Factbook's leaders.json); the sentences
are our own."""

import datetime as dt

from tests.facts import find, one

MET = "King Abdullah met a visiting Egyptian delegation on Tuesday."


def test_the_one_king_of_the_name_on_the_articles_date(facts_of):
    # the Saudi King Abdullah died in January 2015: in 2025 the name is Jordan's king's alone
    facts = facts_of(MET, published=dt.date(2025, 3, 4))
    one(facts, "Abdullah II", "MET_WITH", "Egypt")
    one(facts, "Abdullah II", "HOLDS_ROLE", "Jordan")
    assert not find(facts, "Abdullah bin Abdulaziz Al Saud", "MET_WITH", "Egypt")


def test_two_kings_of_the_name_read_as_neither(facts_of):
    facts = facts_of(MET, published=dt.date(2010, 3, 4))
    assert not find(facts, "Abdullah II", "MET_WITH", "Egypt")
    assert not find(facts, "Abdullah bin Abdulaziz Al Saud", "MET_WITH", "Egypt")


def test_the_state_before_the_title_chooses_between_namesakes(facts_of):
    jordan = facts_of("Jordan's " + MET, published=dt.date(2010, 3, 4))
    one(jordan, "Abdullah II", "MET_WITH", "Egypt")
    saudi = facts_of("Saudi " + MET, published=dt.date(2010, 3, 4))
    one(saudi, "Abdullah bin Abdulaziz Al Saud", "MET_WITH", "Egypt")
    one(saudi, "Abdullah bin Abdulaziz Al Saud", "HOLDS_ROLE", "Saudi Arabia")


# ---- brothers who share every name but the first -------------------------------------------------
def test_brothers_sharing_a_patronymic_and_family_name_stay_two_people(facts_of):
    facts = facts_of("Emir Khalid al-Hamid al-Qadri met the Omani foreign minister on Sunday. "
                     "Crown Prince Majid al-Hamid al-Qadri then met the Omani foreign minister too.")
    # (the Omani foreign minister of the test day is a known holder, Badr Albusaidi)
    assert {f.subject for f in facts if f.relation == "MET_WITH" and f.object in ("Oman", "Badr Albusaidi")} >= \
        {"Khalid al-Hamid al-Qadri", "Majid al-Hamid al-Qadri"}


def test_a_form_of_address_before_the_first_name_keeps_one_person(facts_of):
    facts = facts_of("Sheikh Khalid al-Hamid al-Qadri met the Omani foreign minister on Monday. "
                     "Khalid al-Hamid al-Qadri then flew to Muscat.")
    people = {f.subject for f in facts if f.subject_type == "Person"}
    assert len([p for p in people if p.endswith("al-Qadri")]) == 1


# ---- an armed force named with honour before its state --------------------------------------------
def test_a_royal_air_force_acts_for_its_state(facts_of):
    facts = facts_of("The Royal Norwegian Air Force delivered emergency relief supplies to Iceland on Monday.")
    one(facts, "Norway", "AIDED", "Iceland")
    assert not find(facts, "Royal Norwegian Air Force", "AIDED", "Iceland")
