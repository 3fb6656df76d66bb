"""A title of service set off after the one met, in phrasings of our own (stop 39).

"met A, National Security Adviser to President B": the title names no one (a title with no
name is no mention), and B, whom A serves, is no party to the meeting; "held talks with A,
chief of staff to President B" likewise. The one met is A.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def _met(facts) -> set:
    return {frozenset((f.subject, f.object)) for f in facts if f.relation == "MET_WITH"}


def test_a_bare_title_in_apposition_names_no_one_met(facts_of):
    facts = facts_of("Foreign Minister Amina Kourouma met Ambassador Daniel Whitfield, National Security "
                     "Adviser to President Harold Brenner, in Geneva on Monday.",
                     published=dt.date(2023, 5, 12))
    one(facts, "Amina Kourouma", "MET_WITH", "Daniel Whitfield")
    assert _met(facts) == {frozenset(("Amina Kourouma", "Daniel Whitfield"))}, _met(facts)


def test_the_principal_of_a_chief_of_staff_is_no_party_to_talks(facts_of):
    facts = facts_of("Prime Minister Rafael Ostrander held talks with Joanna Meeks, chief of staff to "
                     "President Harold Brenner, on Tuesday.",
                     published=dt.date(2023, 5, 12))
    one(facts, "Rafael Ostrander", "MET_WITH", "Joanna Meeks")
    assert not find(facts, "Rafael Ostrander", "MET_WITH", "Harold Brenner"), _met(facts)

