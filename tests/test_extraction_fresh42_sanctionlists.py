"""Sanction targets listed in the sentence after the sanction (stop 42, SANCTIONED_BY): wire copy
tells the sanction of a group ("sanctioned three officials", "sanctions against five
businessmen") and names its members in the next sentence, whose subject is a pronoun or the
group's noun again ("They are A, B and C", "These include A", "The officials are A; B; and C").
The members are sanctioned by the imposer of the sanction told just before, also over a
paragraph break; a clause whose subject is the sanction itself, a group with a modifier of its
own, a sanction only prospective, two imposers, or a sentence with no sanction before it reads
nothing.

Sentences are our own; persons are invented; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import find, one


def _sanctioned(facts):
    return sorted((f.subject, f.object) for f in facts if f.relation == "SANCTIONED_BY")


@pytest.mark.parametrize("text,imposer,targets", [
    ("The Treasury Department sanctioned three Ruritanian officials on Tuesday. "
     "The officials are Tomas Ardeleanu Velk, deputy head of the border police; Ilinca Sorvada Maret, "
     "the chief election officer; and Bogdan Petrov Lusca, director of the customs agency.",
     "United States", ["Tomas Ardeleanu Velk", "Ilinca Sorvada Maret", "Bogdan Petrov Lusca"]),
    ("Canada announced sanctions against five businessmen from Belarus.\n\n"
     "These include Anatol Drozdovich and Kirill Samoilenko.",
     "Canada", ["Anatol Drozdovich", "Kirill Samoilenko"]),
    ("Japan imposed sanctions on Wednesday on four shipping executives it accused of evading the embargo. "
     "They are Oren Valaskova, Dimitar Hrustov, Pavel Ostrander and Mira Leskinen.",
     "Japan", ["Oren Valaskova", "Dimitar Hrustov", "Pavel Ostrander", "Mira Leskinen"]),
    ("Australia slapped sanctions on three officials over the crackdown. The three officials, who include "
     "two judges, are Goran Veljko Tesic, Ana Durovic and Luka Marenic.",
     "Australia", ["Goran Veljko Tesic", "Ana Durovic", "Luka Marenic"]),
])
def test_a_group_sanctioned_before_lists_its_members(facts_of, text, imposer, targets):
    facts = facts_of(text)
    for target in targets:
        one(facts, target, "SANCTIONED_BY", imposer)


def test_a_pronoun_list_takes_the_one_imposer_of_a_passive_sanction(facts_of):
    facts = facts_of("The president's order enforced sanctions imposed on Monday by the European Union "
                     "on two militia leaders. They are Idris Kamal Haroun and Yusuf Adam Tijani.")
    one(facts, "Idris Kamal Haroun", "SANCTIONED_BY", "European Union")
    one(facts, "Yusuf Adam Tijani", "SANCTIONED_BY", "European Union")


# ---- what must not be read ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # the sanction is only a prospect
    "The council will likely sanction the four commanders next month. They are Marko Zelic, "
    "Tibor Hanak, Ivan Rusnak and Goran Pavlik.",
    # no sanction in the sentence before
    "The delegation arrived in Geneva on Monday. They are Marko Zelic and Tibor Hanak.",
    # a group with a modifier of its own is no anaphor of the sanctioned group
    "Britain sanctioned three officials on Tuesday. The Serbian officials are Marko Zelic and Tibor Hanak.",
    # removal from a list is no sanction
    "Washington lifted sanctions on four businessmen. Among those removed were Marko Zelic and Tibor Hanak.",
])
def test_no_sanction_is_read_for_a_list_without_a_sanctioned_group(facts_of, text):
    facts = facts_of(text)
    assert not [f for f in facts if f.relation == "SANCTIONED_BY" and f.subject in (
        "Marko Zelic", "Tibor Hanak", "Ivan Rusnak", "Goran Pavlik")], _sanctioned(facts)


def test_two_imposers_before_read_nothing(facts_of):
    facts = facts_of("Britain and Canada imposed separate sanctions on the two generals. They are "
                     "Marko Zelic and Tibor Hanak.")
    # two imposers before the list: whose sanction each listed one is, the list does not say
    for target in ("Marko Zelic", "Tibor Hanak"):
        for imposer in ("United Kingdom", "Canada"):
            assert not find(facts, target, "SANCTIONED_BY", imposer), _sanctioned(facts)

