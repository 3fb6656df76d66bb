"""Meetings and receptions fresh real news showed in the second round of stop 29, each in
phrasings of our own.

- "met on the tarmac by Minister of State for Trade and Industry X Y", "Under Secretary
  of State for Political Affairs X Y met ...": a name the model left untagged after a title whose
  portfolio follows "for" is the title holder's, so the one who received or met is read.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


# ---- a name after "Title of State for Portfolio" ------------------------------------------------
def test_host_named_after_a_portfolio_with_for_met_the_guest(facts_of):
    facts = facts_of("The Kenyan President landed in Delhi on Sunday for a three-day visit. "
                     "He was met on the tarmac by Minister of State for Trade and Industry "
                     "Harshal Bendre.", published=dt.date(2024, 3, 4))
    one(facts, "Harshal Bendre", "MET_WITH", "William Ruto")


def test_envoy_named_after_a_portfolio_with_for_is_a_person(facts_of):
    facts = facts_of("Under Secretary of State for Political Affairs Marta Ellison met Kenyan "
                     "President William Ruto in Nairobi on Monday.", published=dt.date(2024, 3, 4))
    one(facts, "Marta Ellison", "MET_WITH", "William Ruto")
