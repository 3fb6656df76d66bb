"""Dates an event takes from the clause a bare "after" or "following" ties it to, in phrasings
of our own (stop 39, second pass).

"In May 2011, A shelled X after B attacked Y": the attack is told as what came just before the
dated clause, so it is of that clause's month (not its day: it may be the day before).
"Following A's seizure of X in 2016, B imposed sanctions on A": the sanctions came next, within
the year (or month) the earlier event's own words give. A gap the text measures ("weeks
after"), an ordinal that ranks the event since the other ("the first visit ... after he took
office") or a "before" (how long before is not told) breaks the tie.

Sentences are our own; the articles are undated."""
from tests.facts import one


def test_an_attack_told_after_a_month_dated_clause_takes_its_month(facts_of):
    facts = facts_of("In March 2011, the Turkish army shelled villages in northern Iraq after PKK fighters "
                     "attacked a border post in Hakkari, killing four soldiers.", published=None)
    assert one(facts, "Kurdistan Workers' Party", "ATTACKED", "Hakkari").date == "2011-03"


def test_a_raid_told_after_a_month_dated_clause_takes_its_month(facts_of):
    facts = facts_of("In August 2014, Kenyan police raided a mosque in Mombasa after al-Shabaab gunmen "
                     "attacked a bus near Mandera.", published=None)
    assert one(facts, "al-Shabaab", "ATTACKED", "Mandera").date == "2014-08"


def test_sanctions_following_a_dated_seizure_take_its_year(facts_of):
    facts = facts_of("Following Russia's seizure of the Kerch Strait vessels in 2018, Canada imposed sanctions "
                     "on several Russian officials.", published=None)
    assert one(facts, "Russia", "SANCTIONED_BY", "Canada").date == "2018"


def test_a_greeting_after_a_dated_arrival_takes_its_month(facts_of):
    facts = facts_of("President Mahathir Mohamad greets Prime Minister Hun Sen after arriving in Phnom Penh "
                     "on March 3, 2019 for a two-day visit.", published=None)
    assert one(facts, "Mahathir Mohamad", "MET_WITH", "Hun Sen").date == "2019-03"
