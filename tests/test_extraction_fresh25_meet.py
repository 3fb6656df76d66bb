"""Meetings and receptions fresh real news showed in stop 25, each in phrasings of our own.

- "X was received by Y and talked with Z": an active verb conjoined to a passive one shares
  the passive's subject X, not its agent Y;
- "talked with the minister of W, Name, who ...": the name the parser hung outside the title
  phrase after its comma is the person the title describes;
- "During a meeting with X, he announced ...": the person in the fronted "with" phrase is the
  subject pronoun's partner, so "he" is the one named before.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


# ---- an active verb conjoined to a passive one ----------------------------------------------------
def test_an_active_conjunct_of_a_passive_reception_is_the_guests(facts_of):
    facts = facts_of("Tomas Lindqvist is in Lisbon on a working visit, where on Tuesday he was welcomed by "
                     "President Rui Carvalho and talked with the Portuguese minister of Economic Affairs, "
                     "Joana Pires, who hosted a dinner for him.",
                     published=dt.date(2019, 6, 14))
    one(facts, "Tomas Lindqvist", "MET_WITH", "Rui Carvalho")
    one(facts, "Tomas Lindqvist", "MET_WITH", "Joana Pires")
    assert not find(facts, "Rui Carvalho", "MET_WITH", "Joana Pires")
    assert not find(facts, "Rui Carvalho", "MET_WITH", "Portugal")


# ---- a fronted meeting with a partner ------------------------------------------------------------
def test_the_pronoun_after_a_fronted_meeting_is_not_the_partner(facts_of):
    facts = facts_of("British Foreign Secretary Helen Marsh, in Chisinau since Tuesday, has pledged new "
                     "support for Moldova. In talks with President of Moldova Ion Ceban, she announced "
                     "a grant for border equipment.")
    one(facts, "Helen Marsh", "MET_WITH", "Ion Ceban")
