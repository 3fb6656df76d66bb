"""Titles fresh real news showed in stop 35, in phrasings of our own.

- "Cabinet Member for [Consultative Council Affairs]", "Secretary of [State for Pacific Affairs]",
  "Senior Adviser ... for [Gulf Affairs]": the small model tags the portfolio after a title's
  "for" or "of" as an organisation; a name ending on a portfolio's word ("Affairs", "Services")
  there is the post's field, not the employer, even with a body's word inside it;
- a body named after "spokesman for" is still the employer (the guard of the rule above).

Sentences are our own."""
from tests.facts import one


def _roles_to(facts, obj: str) -> list:
    return [f for f in facts if f.relation == "HOLDS_ROLE" and obj.lower() in f.object.lower()]


def test_cabinet_member_for_council_affairs_is_no_employee_of_the_affairs(facts_of):
    facts = facts_of("She was joined by Fahad bin Nasser Al Rumi, Cabinet Member for Consultative Council Affairs.")
    assert not _roles_to(facts, "Affairs"), facts


def test_secretary_of_state_for_regional_affairs_cut_by_the_model(facts_of):
    facts = facts_of("The mission was led by Linda Park, Deputy Assistant Secretary of State for Pacific Affairs.")
    assert not _roles_to(facts, "Affairs"), facts


def test_adviser_for_regional_affairs(facts_of):
    facts = facts_of("Officials briefed Daniel Ross, Senior Adviser to the Prime Minister for Gulf Affairs, on the talks.")
    assert not _roles_to(facts, "Affairs"), facts


def test_a_spokesman_for_a_named_group_still_works_for_it(facts_of):
    facts = facts_of("Mohammed Abdulsalam, a spokesman for the Houthis, said the talks had failed.")
    one(facts, "Mohammed Abdulsalam", "HOLDS_ROLE", "Houthis")
