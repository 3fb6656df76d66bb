"""Sanctions told as an asset freeze, in phrasings of our own (stop 37).

- a verb of freezing or blocking ("froze", "blocked") whose object is assets or property a
  demonym owns sanctions that state: "X froze Ruritanian assets", also through an amount
  "in" such assets ("froze $2 billion in Ruritanian assets");
- "block" reads as "freeze" does: "blocked the property of X's firms", and the legal phrase
  "blocked the property and interests in property of X", where the parser hangs "in property"
  on the verb;
- a freeze noun on assets a demonym owns ("a freeze on Ruritanian assets") the same way;
- a demonym on something else that is blocked ("blocked Ruritanian imports") is no freeze.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def _sanctions(facts):
    return [f for f in facts if f.relation == "SANCTIONED_BY"]


def test_froze_demonym_assets(facts_of):
    facts = facts_of("Canada froze Venezuelan assets held by its banks on Thursday.",
                     published=dt.date(2019, 2, 8))
    one(facts, "Venezuela", "SANCTIONED_BY", "Canada")


def test_froze_an_amount_in_demonym_assets(facts_of):
    facts = facts_of("Japan has frozen about $4 billion in Syrian state assets, a finance ministry official said.",
                     published=dt.date(2012, 5, 3))
    one(facts, "Syria", "SANCTIONED_BY", "Japan")


def test_blocked_coordinated_demonym_assets(facts_of):
    facts = facts_of("Australia blocked Iranian and Syrian assets in its banks last month.",
                     published=dt.date(2013, 4, 22))
    one(facts, "Iran", "SANCTIONED_BY", "Australia")
    one(facts, "Syria", "SANCTIONED_BY", "Australia")


def test_blocked_property_and_interests_in_property(facts_of):
    facts = facts_of("The United States blocked the property and interests in property of four Cuban trading "
                     "companies on Tuesday.", published=dt.date(2020, 9, 1))
    one(facts, "Cuba", "SANCTIONED_BY", "United States")


def test_freeze_noun_on_demonym_assets(facts_of):
    facts = facts_of("Norway announced a freeze on Belarusian assets after the disputed vote.",
                     published=dt.date(2020, 10, 5))
    one(facts, "Belarus", "SANCTIONED_BY", "Norway")


def test_blocked_demonym_goods_is_no_freeze(facts_of):
    facts = facts_of("Port workers in Rotterdam blocked Chinese shipments of steel for two days.",
                     published=dt.date(2021, 6, 4))
    assert not _sanctions(facts)
