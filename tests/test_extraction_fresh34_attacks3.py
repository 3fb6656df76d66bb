"""Attacks fresh real news showed in stop 34, each in phrasings of our own.

- "were killed in shelling by X in Y", "wounded during firing by X's troops": an attack gerund
  that is the object of "in" / "during" and has a by-phrase is the event noun the small parser
  took for a verb; so is its -ing conjunct ("in shelling and firing by X"); "firing" is
  an attack noun like "fire" and "shelling"; a date phrase on the noun does not hide the place
  the parser left on the agent; a targeting participle the parser hung on the agent is the
  attack's ("firing by X troops targeting hamlets in Y");
- a named border line ("the International Border") is no place struck, as the Line of Control
  is not; "Azad Jammu and Kashmir" is a territory of its own, not the Indian state.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one, pairs


def test_killed_in_shelling_by_an_agent_with_a_date_on_the_gerund(facts_of):
    facts = facts_of("Three pensioners were killed in shelling by Russian forces in Kherson on Tuesday evening.",
                     published=dt.date(2023, 10, 12))
    one(facts, "Russia", "ATTACKED", "Kherson")


def test_injured_during_shelling_by_an_agent(facts_of):
    facts = facts_of("Two boys were injured during shelling by Israeli forces in southern Lebanon, the agency said.",
                     published=dt.date(2024, 2, 10))
    one(facts, "Israel", "ATTACKED", "Lebanon")


def test_firing_by_troops_in_a_named_territory(facts_of):
    facts = facts_of("Officials said two farmers were wounded in firing by Indian troops in Azad Jammu and Kashmir "
                     "late on Sunday.", published=dt.date(2018, 5, 21))
    one(facts, "India", "ATTACKED", "Azad Jammu and Kashmir")


def test_shelling_and_firing_by_troops_targeting_hamlets(facts_of):
    facts = facts_of("Four shepherds were wounded in heavy artillery shelling and firing by Indian troops targeting "
                     "hamlets in Azad Jammu and Kashmir.", published=dt.date(2019, 3, 2))
    one(facts, "India", "ATTACKED", "Azad Jammu and Kashmir")
    assert ("India", "Jammu and Kashmir") not in pairs(facts, "ATTACKED"), facts


def test_firing_along_a_named_border_line_strikes_the_place_after_it(facts_of):
    facts = facts_of("A porter was hurt in unprovoked firing by Pakistani troops along the International Border "
                     "in Jammu and Kashmir on Friday.", published=dt.date(2018, 5, 20))
    one(facts, "Pakistan", "ATTACKED", "Jammu and Kashmir")
    assert ("Pakistan", "International Border") not in pairs(facts, "ATTACKED"), facts
