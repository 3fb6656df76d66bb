"""Censure of an act that befalls someone: "condemned the killing of X", "denounced the arrest of
X", "protested the seizure of the Y". The "of" phrase of such a noun (verbs.json patient_nouns)
names the victim, the captive or the thing seized, never who did it: the victim is not the
target of the censure. The doer, when the sentence names it ("by Y", "Y's"), still is. Our own
sentences about invented or real events; articles dated Friday 8 March 2024."""

import pytest

from schemas.names import fold_name
from tests.facts import find, one


@pytest.mark.parametrize("text,censurer,victim", [
    ("Norway on Tuesday condemned the killing of reporter Maria Solberg near the border.",
     "Norway", "Maria Solberg"),
    ("Canada denounced the arrest of opposition figure Alexei Navalny at a Moscow airport.",
     "Canada", "Alexei Navalny"),
    ("The Netherlands protested the seizure of the Stena Impero in the Gulf on Friday.",
     "Netherlands", "Stena Impero"),
    ("Ireland condemned the detention of aid worker Evan Gershkovich on Wednesday.",
     "Ireland", "Evan Gershkovich"),
    ("Sweden strongly condemned the execution of the dissident Ruhollah Zam.",
     "Sweden", "Ruhollah Zam"),
    ("Finland condemned the abduction of engineer Lukas Meyer in Niger on Monday.",
     "Finland", "Lukas Meyer"),
])
def test_the_one_an_act_befalls_is_not_censured(facts_of, text, censurer, victim):
    facts = facts_of(text)
    assert not find(facts, censurer, "CONDEMNED", victim), [(f.subject, f.relation, f.object) for f in facts]
    assert all(fold_name(f.object) != fold_name(victim) for f in facts if f.relation == "CONDEMNED")


@pytest.mark.parametrize("text,censurer,doer", [
    # the doer named in its own phrase or as possessor is still the target
    ("Norway on Tuesday condemned the killing of reporter Maria Solberg by Russia.", "Norway", "Russia"),
    ("Canada denounced Iran's seizure of the Stena Impero in the Gulf.", "Canada", "Iran"),
    # a deed's "of" names its doer, not whom it befalls
    ("Sweden condemned the provocative actions of North Korea on Monday.", "Sweden", "North Korea"),
])
def test_the_doer_of_the_act_is_still_censured(facts_of, text, censurer, doer):
    one(facts_of(text), censurer, "CONDEMNED", doer)
