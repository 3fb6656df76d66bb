"""An owner's wish, aspiration or application "to" do something names an act still to come, done
by the owner, as "X's plan to join Y" and "X's bid to join Y" already did (stop 50,
aidallies50): "X's desire to join NATO", "the intention of X and Y to join NATO",
"X's application to join NATO" are planned facts with X as the subject. Sentences are our own;
articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import one, with_relation


@pytest.mark.parametrize("text,subject,obj", [
    ("Kazakh officials said little about Armenia's desire to join NATO at the briefing.", "Armenia", "NATO"),
    ("The long-held desire of Moldova to join NATO came up again at the talks.", "Moldova", "NATO"),
    ("Diplomats discussed the intention of Austria and Ireland to join NATO in a closed session.", "Austria", "NATO"),
    ("Diplomats discussed the intention of Austria and Ireland to join NATO in a closed session.", "Ireland", "NATO"),
    ("Analysts said Bosnia's application to join NATO would take years.", "Bosnia and Herzegovina", "NATO"),
    ("Georgia's stated aspiration to join NATO remains a sore point in Moscow.", "Georgia", "NATO"),
])
def test_owned_wish_to_join_is_planned(facts_of, text, subject, obj):
    assert one(facts_of(text), subject, "ALLIED_WITH", obj).modality.value == "planned"


@pytest.mark.parametrize("text", [
    "The wish of many Serbs to join NATO is small, a poll in Belgrade found.",
    "Commentators in Lisbon spoke of a desire to join NATO without naming any state.",
])
def test_wish_without_a_state_owner_gives_no_member(facts_of, text):
    assert not with_relation(facts_of(text), "ALLIED_WITH")
