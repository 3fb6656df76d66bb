"""Sanctions told as a ban on commerce with a state, in phrasings of our own (stop 36).

- a sanction noun ("ban", "embargo") on a commerce noun (trade, imports, exports, sales,
  transactions) names its target through the commerce noun's partner phrase: "a ban on trade
  with Y", "an embargo on imports from Y", "a ban on arms sales to Y";
- the verb the same way: "X banned all exports to Y" (as "banned trade with Y" already read);
- a ban on a good with no partner named ("banned imports of rice") sanctions nobody.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_ban_on_trade_with_a_state(facts_of):
    facts = facts_of("The Ruritanian parliament backed the cabinet on Friday, and Ecuador imposed a full ban on trade "
                     "with Venezuela.", published=dt.date(2019, 3, 8))
    one(facts, "Venezuela", "SANCTIONED_BY", "Ecuador")


def test_embargo_on_imports_from_a_state(facts_of):
    facts = facts_of("Lithuania declared an embargo on imports from Belarus after the border crisis deepened.",
                     published=dt.date(2021, 11, 2))
    one(facts, "Belarus", "SANCTIONED_BY", "Lithuania")


def test_verb_ban_with_exports_to_a_state(facts_of):
    facts = facts_of("Canada on Wednesday banned all exports of drones to Turkey, citing the fighting in the region.",
                     published=dt.date(2020, 10, 7))
    one(facts, "Turkey", "SANCTIONED_BY", "Canada")


def test_ban_on_a_good_with_no_partner_is_no_sanction(facts_of):
    facts = facts_of("India banned imports of palm oil on Monday to protect local farmers.",
                     published=dt.date(2020, 1, 6))
    assert not [f for f in facts if f.relation.value == "SANCTIONED_BY"]


def test_light_verb_carries_firing_to_its_subject(facts_of):
    # "firing", like every other attack noun, takes the subject of a verb that carries it
    facts = facts_of("Eritrean troops on Tuesday resorted to heavy firing at Ethiopian positions near the border town.",
                     published=dt.date(2016, 6, 14))
    one(facts, "Eritrea", "ATTACKED", "Ethiopia")


def test_reacting_to_firing_is_no_attack(facts_of):
    # a verb that reacts to the firing does not carry it: its subject did not fire
    facts = facts_of("Ethiopia condemned the firing at its positions near the border town on Tuesday.",
                     published=dt.date(2016, 6, 14))
    assert not [f for f in facts if f.relation.value == "ATTACKED" and f.subject == "Ethiopia"]
