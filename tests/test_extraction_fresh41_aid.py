"""Aid teams named by the disaster they answer, in phrasings of our own (stop 41).

A state that sends "a disaster response team", "disaster specialists" or "a team of disaster
experts" to another sends help as surely as one that sends "a relief team" or "rescuers": the
word "disaster" on the people sent marks them as aid personnel (verbs.json themes, aid_personnel).
People sent on other errands ("sent negotiators to X") stay no aid.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_disaster_specialists_sent_to_a_state(facts_of):
    facts = facts_of("Chile sent a group of disaster specialists to Ecuador on Monday after the landslides.",
                     published=dt.date(2023, 3, 28))
    one(facts, "Chile", "AIDED", "Ecuador")


def test_disaster_response_team_sent_to_a_state(facts_of):
    facts = facts_of("Malaysia has sent a 30-member disaster response team to Myanmar following the cyclone.",
                     published=dt.date(2023, 5, 16))
    one(facts, "Malaysia", "AIDED", "Myanmar")


def test_negotiators_sent_are_no_aid(facts_of):
    facts = facts_of("Qatar sent a team of negotiators to Sudan on Monday to revive the stalled talks.",
                     published=dt.date(2023, 6, 5))
    assert not find(facts, "Qatar", "AIDED", "Sudan")
