"""False facts removed at the step where they start, in phrasings of our own (stop 39).

A party's inner body ("Political Bureau", "Central Committee", a department of it) is no
employer of its own: a post in it is a post in the party named after its "of" (or before
"Central Committee"), and a body named alone says no party, so it employs no one.

A leader the gazetteer has in office for a state, arriving at a place in that state, is at home:
no visit.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_a_department_of_a_partys_central_committee_is_the_partys(facts_of):
    facts = facts_of("The visitors were greeted at the airport on Tuesday by Ri Chol Nam, a vice director of the "
                     "Organisation Department of the WPK Central Committee.",
                     published=dt.date(2019, 5, 9))
    one(facts, "Ri Chol Nam", "HOLDS_ROLE", "Workers' Party of Korea")
    assert not [f for f in facts if f.relation == "HOLDS_ROLE" and "Department" in f.object]


def test_a_political_bureau_of_a_party_central_committee_is_the_partys(facts_of):
    facts = facts_of("Speaking in Hanoi, Tran Quoc Binh, alternate member in the Political Bureau of the CPV "
                     "Central Committee, praised the growing trade between the two sides.",
                     published=dt.date(2022, 10, 3))
    one(facts, "Tran Quoc Binh", "HOLDS_ROLE", "Communist Party of Vietnam")
    assert not find(facts, "Tran Quoc Binh", "HOLDS_ROLE", "Political Bureau")


def test_a_political_bureau_named_alone_employs_no_one(facts_of):
    facts = facts_of("Ana Lidia Ferrer, Minister of Education and member of the Political Bureau, opened the new "
                     "school year in Holguin on Monday.",
                     published=dt.date(2018, 9, 7))
    assert not find(facts, "Ana Lidia Ferrer", "HOLDS_ROLE", "Political Bureau")


def test_a_post_in_the_central_committee_of_an_opposition_party(facts_of):
    facts = facts_of("The talks were joined by Pavel Lagunov, deputy chairman of the CPRF Central Committee, and "
                     "two of his aides.",
                     published=dt.date(2021, 11, 16))
    one(facts, "Pavel Lagunov", "HOLDS_ROLE", "Communist Party of the Russian Federation")


# A head of state or government whose office the gazetteer knows, arriving at a place in his own
# state (back from a tour abroad), makes no visit.

def test_a_leader_landing_back_in_his_own_capital_makes_no_visit(facts_of):
    facts = facts_of("Kenyan President William Ruto landed in Nairobi on Sunday night at the end of a week-long "
                     "tour of three Gulf states.",
                     published=dt.date(2024, 5, 12))
    assert not [f for f in facts if f.relation == "VISITED" and f.subject == "William Ruto"
                and f.object in ("Nairobi", "Kenya")]

