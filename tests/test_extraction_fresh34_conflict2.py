"""Sanctions fresh real news showed in stop 34 (second conflict round), in phrasings of our own.

- Gazprombank and Novatek, a bank and a gas producer often named as sanctions targets, are
  companies of the gazetteer (organizations.json kind "company"): the small model does not find
  them, so sanctions on them read nothing, or read the state before them as the target.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_sanctions_on_a_state_bank(facts_of):
    facts = facts_of("Canada said on Wednesday it had imposed fresh sanctions on Gazprombank over the war.",
                     published=dt.date(2024, 12, 4))
    one(facts, "Gazprombank", "SANCTIONED_BY", "Canada")


def test_listed_targets_include_a_gas_producer(facts_of):
    facts = facts_of("Britain slapped sanctions on Lukoil and Novatek on Thursday, the Foreign Office said.",
                     published=dt.date(2024, 12, 4))
    one(facts, "Lukoil", "SANCTIONED_BY", "United Kingdom")
    one(facts, "Novatek", "SANCTIONED_BY", "United Kingdom")
