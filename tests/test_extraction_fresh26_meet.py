"""Meetings, receptions and calls fresh real news showed in stop 26, each in phrasings of our own.

- "In a call to X, Y said ...": a call framing the clause, addressed to a person, is a call
  between the clause's subject and that person;
- "X received a courtesy call from Y": the one who pays the call is named by "from";
- "X hosted a reception (in Z) for Y": the guest of a meal or reception the verb hosts;
- "Ruritanian-Utopian negotiations began": the two parties named as modifiers of the noun.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


# ---- a call addressed to someone, framing the clause ---------------------------------------------
def test_a_call_to_a_person_framing_the_clause_is_a_call_between_them(facts_of):
    facts = facts_of("In a call to Chilean President Mateo Ruiz on Tuesday, British Foreign Secretary "
                     "Helen Marsh said the copper export ban should be lifted soon.",
                     published=dt.date(2021, 3, 4))
    one(facts, "Helen Marsh", "MET_WITH", "Mateo Ruiz")


def test_a_call_to_action_names_no_partner(facts_of):
    facts = facts_of("In a call to action on Tuesday, British Foreign Secretary Helen Marsh said "
                     "donors must act on the famine.", published=dt.date(2021, 3, 4))
    assert not [f for f in facts if f.relation == "MET_WITH"]


# ---- a courtesy call received -------------------------------------------------------------------
def test_a_courtesy_call_received_from_a_visitor_is_a_meeting(facts_of):
    facts = facts_of("Prime Minister Tavita Lemalu received a courtesy call from New Zealand Foreign "
                     "Minister Grace Hollis on Thursday.", published=dt.date(2020, 8, 14))
    one(facts, "Tavita Lemalu", "MET_WITH", "Grace Hollis")


# ---- a reception hosted for a guest --------------------------------------------------------------
def test_a_reception_hosted_for_a_guest_is_a_meeting(facts_of):
    facts = facts_of("The President of Croatia, Marko Babic, hosted an official lunch on Friday for the "
                     "President of Slovenia, Janez Kovac.", published=dt.date(2022, 5, 7))
    one(facts, "Marko Babic", "MET_WITH", "Janez Kovac")


# ---- two states named as modifiers of negotiations -----------------------------------------------
def test_negotiations_named_by_two_states_are_a_meeting_of_both(facts_of):
    facts = facts_of("Georgian-US negotiations on visas opened on Monday in Tbilisi.",
                     published=dt.date(2021, 10, 5))
    one(facts, "Georgia", "MET_WITH", "United States")
