"""Meetings fresh real news showed in stop 45, each in phrasings of our own.

- joined sides of a meeting verb are not paired with each other where the clause names the side
  they met: the subject of a passive reception ("X was met on arrival by A and B", where X
  may go unread), the person the verb above a purpose clause takes ("A and B called Z to greet
  him and discuss ..."), the "with" phrase of a conjoined verb's meeting noun ("A, B and C met
  and held talks with him"), or of the verb a meeting noun's phrase hangs on ("the rulers of A
  and B met with Z for bilateral meetings"); joined subjects who met each other still pair.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def _met(facts):
    return [f for f in facts if f.relation == "MET_WITH"]


def _pair(facts, a, b):
    return [f for f in _met(facts) if {f.subject, f.object} == {a, b}]


# ---- joined sides who met a third, not each other ----------------------------------------------
def test_the_agents_of_a_passive_reception_are_not_paired(facts_of):
    facts = facts_of("Landing in the capital on Monday, he was met on the tarmac by Vice-President "
                     "Ana Rocha and Foreign Minister Petar Vukic before heading to the palace.",
                     published=dt.date(2022, 5, 10))
    assert not _pair(facts, "Ana Rocha", "Petar Vukic"), _met(facts)


def test_callers_who_greet_a_third_are_not_paired(facts_of):
    facts = facts_of("On Monday, the Peruvian and Bolivian ministers Oskar Lind and Petar Vukic "
                     "called Chile's top diplomat Ana Rocha to congratulate her and then "
                     "discuss trade.", published=dt.date(2021, 6, 8))
    assert not _pair(facts, "Oskar Lind", "Petar Vukic"), _met(facts)
    one(facts, "Oskar Lind", "MET_WITH", "Ana Rocha")


def test_hosts_who_each_held_talks_with_him_are_not_paired(facts_of):
    facts = facts_of("President Oskar Lind, Prime Minister Petar Vukic and Speaker Ana Rocha met "
                     "and held talks with him separately, the spokesman said.",
                     published=dt.date(2023, 4, 12))
    assert not _pair(facts, "Oskar Lind", "Petar Vukic"), _met(facts)


def test_rulers_who_met_a_king_for_bilateral_meetings_are_not_paired(facts_of):
    facts = facts_of("The leaders of Oman and Qatar have both met with King Salman for bilateral "
                     "meetings since January.", published=dt.date(2019, 3, 2))
    assert not _pair(facts, "Oman", "Qatar"), _met(facts)
    assert _pair(facts, "Oman", "Salman bin Abdulaziz Al Saud"), _met(facts)


def test_joined_subjects_who_met_each_other_still_pair(facts_of):
    facts = facts_of("Ruritanian President Oskar Lind and Bordurian President Petar Vukic met in "
                     "Geneva on Monday and held talks with each other for three hours.",
                     published=dt.date(2022, 5, 10))
    one(facts, "Oskar Lind", "MET_WITH", "Petar Vukic")
