"""Alliances and aid fresh real news showed in stop 33, each in phrasings of our own.

- "joined the X military alliance", "joined the military alliance X": an object that is a kind
  noun (alliance, bloc, organisation) stands for the organisation whose name modifies it or
  stands beside it; "the North Atlantic alliance" is NATO's other name in lower case;
- "the <Demonym> National Army / Police / Guard": a state's service the gazetteer does not list
  acts for its state, as "the Nigerian Army" does; the armed groups and opposition bodies so
  named ("Libyan National Army", "Syrian National Army") are organisations of their own;
- "sent two naval vessels to X", "delivered patrol boats to X": ships, vessels and boats are aid
  goods as warships were; ships sent to a sea are no aid.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


# ---- joining an alliance named beside its kind noun --------------------------------------------------
def test_joined_the_named_military_alliance(facts_of):
    facts = facts_of("Montenegro at last joined the NATO military alliance on Monday after years of debate.",
                     published=dt.date(2017, 6, 6))
    one(facts, "Montenegro", "ALLIED_WITH", "NATO")


def test_listed_states_joined_the_named_alliance(facts_of):
    facts = facts_of("After a long wait, Estonia, Latvia and Lithuania joined the NATO alliance in a single "
                     "ceremony.", published=dt.date(2004, 3, 30))
    for state in ("Estonia", "Latvia", "Lithuania"):
        one(facts, state, "ALLIED_WITH", "NATO")


def test_joined_the_alliance_named_after_its_kind(facts_of):
    facts = facts_of("Tajikistan quietly joined the military alliance CSTO in the spring.",
                     published=dt.date(2003, 6, 1))
    one(facts, "Tajikistan", "ALLIED_WITH", "Collective Security Treaty Organization")


def test_the_north_atlantic_alliance_in_lower_case(facts_of):
    facts = facts_of("Sweden finally joins the North Atlantic alliance this week, officials in Stockholm said.",
                     published=dt.date(2024, 3, 5))
    one(facts, "Sweden", "ALLIED_WITH", "NATO")


def test_joining_a_named_group_that_is_no_alliance_is_no_alliance(facts_of):
    facts = facts_of("Indonesia joined the BRICS group of emerging economies in January.",
                     published=dt.date(2025, 2, 1))
    assert not [f for f in facts if f.relation == "ALLIED_WITH"], facts


# ---- a state's national army, police or guard acts for the state -----------------------------------
def test_aid_to_a_national_army_goes_to_its_state(facts_of):
    facts = facts_of("Kenya donated twenty armoured vehicles to the Afghan National Army last week.",
                     published=dt.date(2015, 5, 4))
    one(facts, "Kenya", "AIDED", "Afghanistan")


def test_aid_to_a_national_police_goes_to_its_state(facts_of):
    facts = facts_of("Canada donated forty patrol cars to the Haitian National Police on Friday.",
                     published=dt.date(2022, 1, 10))
    one(facts, "Canada", "AIDED", "Haiti")


def test_a_raid_on_a_national_army_strikes_its_state(facts_of):
    facts = facts_of("Al-Shabaab fighters attacked two outposts belonging to the Somali National Army overnight.",
                     published=dt.date(2021, 4, 5))
    one(facts, "Al-Shabaab", "ATTACKED", "Somalia")


def test_a_faction_called_a_national_army_is_no_state(facts_of):
    facts = facts_of("Egypt condemned the Libyan National Army for the shelling of Tripoli's airport.",
                     published=dt.date(2020, 3, 6))
    one(facts, "Egypt", "CONDEMNED", "Libyan National Army")
    assert not [f for f in facts if f.relation == "CONDEMNED" and f.object == "Libya"], facts


# ---- ships, vessels and boats given or sent ----------------------------------------------------------
def test_naval_vessels_sent_with_relief(facts_of):
    facts = facts_of("Norway sent two naval vessels carrying relief supplies to Fiji on Sunday.",
                     published=dt.date(2023, 3, 6))
    one(facts, "Norway", "AIDED", "Fiji")


def test_patrol_boats_delivered_to_a_navy(facts_of):
    facts = facts_of("Canada delivered four patrol boats to the Ghanaian navy last month.",
                     published=dt.date(2023, 3, 6))
    one(facts, "Canada", "AIDED", "Ghana")


def test_ships_sent_to_a_sea_are_no_aid(facts_of):
    facts = facts_of("Italy sent three ships to the Mediterranean on a routine patrol.",
                     published=dt.date(2023, 3, 6))
    assert not [f for f in facts if f.relation == "AIDED"], facts
