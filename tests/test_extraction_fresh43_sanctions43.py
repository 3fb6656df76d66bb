"""Entry bans as sanctions (stop 43, SANCTIONED_BY): a state that bars named persons from
entering it, or bars their entry, sanctions them ("X banned A and B from entering the country",
"X barred entry for A and B to its territory"); the gold counts a state's entry ban on another's
officials as a sanction. Only a state imposes it and only named persons bear it; a club, a
court or a ban from anything but entry reads nothing.

Sentences are our own; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import find, one


def _sanctioned(facts):
    return sorted((f.subject, f.object) for f in facts if f.relation == "SANCTIONED_BY")


@pytest.mark.parametrize("text,imposer,targets", [
    ("Belarus on Tuesday barred Polish Foreign Minister Radoslaw Sikorski and two other officials "
     "from entering the country.", "Belarus", ["Radoslaw Sikorski"]),
    ("Moldova has banned Russian lawmaker Pyotr Tolstoy and a group of his aides from entering its "
     "territory.", "Moldova", ["Pyotr Tolstoy"]),
    ("The Kremlin said it had barred entry to Russia for Canadian Prime Minister Justin Trudeau "
     "and Foreign Minister Melanie Joly.", "Russia", ["Justin Trudeau", "Melanie Joly"]),
])
def test_a_state_barring_named_persons_from_entry_sanctions_them(facts_of, text, imposer, targets):
    facts = facts_of(text)
    for target in targets:
        one(facts, target, "SANCTIONED_BY", imposer)


# ---- what must not be read ----------------------------------------------------------------------
@pytest.mark.parametrize("text,target", [
    # a club is no state
    ("The club banned striker Marco Vitale from entering the training ground.", "Marco Vitale"),
    # a ban from something other than entry
    ("China banned Senator Marco Rubio, who had travelled to Taiwan twice, from its social media "
     "platforms.", "Marco Rubio"),
    # leaving, not entering
    ("The court barred former minister Paulo Ramos from leaving the country.", "Paulo Ramos"),
])
def test_no_sanction_for_a_ban_that_is_no_state_entry_ban(facts_of, text, target):
    facts = facts_of(text)
    assert not [f for f in facts if f.relation == "SANCTIONED_BY" and f.subject == target], _sanctioned(facts)


def test_unnamed_officials_barred_from_entry_name_no_target(facts_of):
    facts = facts_of("Hungary barred eleven Ukrainian officials from entering the country on Monday.")
    assert not find(facts, "Ukraine", "SANCTIONED_BY", "Hungary"), _sanctioned(facts)
