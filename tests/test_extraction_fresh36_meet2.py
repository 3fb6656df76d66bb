"""Parties of a meeting named only as a plural title of two states, as probing showed in stop 36.

- "The presidents of Ruritania and Borduria spoke by phone", "Ruritanian and Borduvian defence
  chiefs talked over the phone": a phone or video call with no partner phrase whose subject is a
  plural title holder of two states (the states reached through the title, not named as actors
  themselves) is a call between those states; named states or persons read as before.

Sentences are our own; articles are dated as each test says."""
from tests.facts import find, one


# ---- a plural title of two states as the subject of a partnerless call ------------------------------
def test_presidents_of_two_states_speaking_by_phone_met(facts_of):
    facts = facts_of("The presidents of Chile and Argentina spoke by phone on Wednesday about the "
                     "wildfires along their shared border.")
    assert find(facts, "Chile", "MET_WITH", "Argentina") or find(facts, "Argentina", "MET_WITH", "Chile"), \
        [(f.subject, f.relation, f.object) for f in facts]
    # people of two states who are no office holders place no call between the states
    facts = facts_of("Farmers in Kenya and Uganda spoke by phone on Tuesday about the drought.")
    assert not find(facts, "Kenya", "MET_WITH", "Uganda") and not find(facts, "Uganda", "MET_WITH", "Kenya")
    # named persons still read as persons
    facts = facts_of("Gabriel Boric and Javier Milei spoke by phone on Wednesday about the fires.")
    one(facts, "Gabriel Boric", "MET_WITH", "Javier Milei")


def test_demonym_ministers_talking_over_the_phone_met(facts_of):
    facts = facts_of("The Greek and Turkish foreign ministers talked over the telephone late on "
                     "Sunday to calm tensions in the Aegean.")
    assert find(facts, "Greece", "MET_WITH", "Turkey") or find(facts, "Turkey", "MET_WITH", "Greece"), \
        [(f.subject, f.relation, f.object) for f in facts]

