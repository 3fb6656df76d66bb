"""Credentials handed over by envoys the sentence names only by their states, in phrasings of
our own (stop 37).

- "the ambassadors of A, B and C presented their credentials to X", "new envoys from A and B
  submitted credentials to X", "the Ruritanian and Bordurian ambassadors ...": each state met
  X through its unnamed envoy;
- "X received the credentials of the Ambassadors of A and B" (the plural title capitalised,
  which the parser leaves unlemmatised), "copies of the credentials of ...": X met each state;
- the envoys are posted where the ceremony is held: a state standing for its envoy made no
  visit there.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_ambassadors_of_states_present_credentials(facts_of):
    facts = facts_of("The ambassadors of Peru, Ghana and Norway presented their credentials to President Joe Biden "
                     "at a brief ceremony on Thursday.", published=dt.date(2022, 9, 16))
    for state in ("Peru", "Ghana", "Norway"):
        one(facts, state, "MET_WITH", "Joe Biden")


def test_envoys_from_states_submit_credentials(facts_of):
    facts = facts_of("Newly posted envoys from Chile and Vietnam submitted their credentials to Foreign Minister "
                     "Penny Wong in Canberra on Tuesday.", published=dt.date(2023, 2, 10))
    one(facts, "Chile", "MET_WITH", "Penny Wong")
    one(facts, "Vietnam", "MET_WITH", "Penny Wong")


def test_credentials_of_capitalised_ambassadors_received(facts_of):
    facts = facts_of("Emmanuel Macron on Monday received the credentials of the Ambassadors of Kenya and Uruguay "
                     "at the Elysee Palace.", published=dt.date(2021, 6, 14))
    one(facts, "Emmanuel Macron", "MET_WITH", "Kenya")
    one(facts, "Emmanuel Macron", "MET_WITH", "Uruguay")


def test_state_standing_for_its_envoy_made_no_visit(facts_of):
    facts = facts_of("The ambassadors of Peru, Ghana and Norway presented their credentials to President Joe Biden "
                     "at the White House on Thursday.", published=dt.date(2022, 9, 16))
    one(facts, "Peru", "MET_WITH", "Joe Biden")
    assert not [f for f in facts if f.relation == "VISITED"], [(f.subject, f.object) for f in facts]
