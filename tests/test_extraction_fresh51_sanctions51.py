"""Listing clauses that name themselves (stop 51, SANCTIONED_BY): a clause of listing whose
subject says what it lists names the targets of a sanction whose imposer stands outside the
clause's objects: in the subject itself ("Those designated by X include A", "X's stop list
includes B", "The new X sanctions also affected C"), or in the nearest of the few sentences
before that tells a sanction with an imposer, also past a quotation that tells none ("X
sanctioned three officials. 'We will ...,' a deputy said. The officials include A and B").
A sanction noun listing measures names no one; a list with no sanction before it, a sanction of
another group between, or a prospect reads nothing.

Sentences are our own; persons are invented; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import one

_NAMES = ("Harold Pennington", "Olivia Marchbank", "Tomas Ardeleanu Velk", "Ilinca Sorvada Maret")


def _sanctioned(facts):
    return sorted((f.subject, f.object) for f in facts if f.relation == "SANCTIONED_BY")


@pytest.mark.parametrize("text,imposer,targets", [
    # the list's owner is its imposer (a capital for its state)
    ("Russia answered the latest British measures on Monday. Moscow's stop list now includes "
     "Harold Pennington and Olivia Marchbank.",
     "Russia", ["Harold Pennington", "Olivia Marchbank"]),
    # the subject's own participle of sanctioning names the imposer
    ("Those sanctioned by the State Department this week include Tomas Ardeleanu Velk and Ilinca Sorvada Maret.",
     "United States", ["Tomas Ardeleanu Velk", "Ilinca Sorvada Maret"]),
    # the sanction noun itself lists its targets with an event verb
    ("Australia widened its measures against the junta on Tuesday. The new Australian sanctions also "
     "affected Harold Pennington and Olivia Marchbank.",
     "Australia", ["Harold Pennington", "Olivia Marchbank"]),
    # the group noun recalls the sanction past a quotation that tells none
    ("The Treasury Department sanctioned three Ruritanian officials on Thursday. \"We will keep holding "
     "these men to account,\" a deputy secretary said. The officials include Tomas Ardeleanu Velk and "
     "Ilinca Sorvada Maret.",
     "United States", ["Tomas Ardeleanu Velk", "Ilinca Sorvada Maret"]),
])
def test_a_listing_that_names_itself_takes_the_imposer_outside_its_objects(facts_of, text, imposer, targets):
    facts = facts_of(text)
    for target in targets:
        one(facts, target, "SANCTIONED_BY", imposer)


# ---- what must not be read ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # the sanction noun lists measures, no one
    "Canada sanctioned Harold Pennington on Monday. The sanctions include an export ban and a visa ban.",
    # no sanction in the sentences before the list
    "The committee met in Geneva on Monday. Its report was long. The list includes Harold Pennington "
    "and Olivia Marchbank.",
    # another group's sanction between: the officials are not the judges
    "Britain sanctioned three Ruritanian generals on Monday. Canada sanctioned two judges on Tuesday. "
    "The officials include Harold Pennington and Olivia Marchbank.",
    # the sanction is only a prospect
    "Japan will likely sanction several executives next month. The list of targeted executives includes "
    "Harold Pennington and Olivia Marchbank.",
])
def test_no_listing_is_read_without_one_sanction_it_recalls(facts_of, text):
    facts = facts_of(text)
    if text.startswith("Canada"):  # the sanction before is read; the list of measures adds no one
        assert _sanctioned(facts) == [("Harold Pennington", "Canada")], _sanctioned(facts)
        return
    assert not [f for f in facts if f.relation == "SANCTIONED_BY" and f.subject in _NAMES
                and f.object in ("United Kingdom", "Canada", "Japan")], _sanctioned(facts)
