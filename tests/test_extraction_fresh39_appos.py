"""A title of service set off after the one met, in phrasings of our own (stop 39).

"met A, National Security Adviser to President B": the title names no one (a title with no
name is no mention); the one met is A.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def _met(facts) -> set:
    return {frozenset((f.subject, f.object)) for f in facts if f.relation == "MET_WITH"}


def test_a_bare_title_in_apposition_names_no_one_met(facts_of):
    facts = facts_of("Foreign Minister Amina Kourouma met Ambassador Daniel Whitfield, National Security "
                     "Adviser to President Harold Brenner, in Geneva on Monday.",
                     published=dt.date(2023, 5, 12))
    one(facts, "Amina Kourouma", "MET_WITH", "Daniel Whitfield")
    assert _met(facts) == {frozenset(("Amina Kourouma", "Daniel Whitfield"))}, _met(facts)

