"""A relative clause that gives a present post whose title phrase opens on its owner or an
adjective, in phrasings of our own (stop 41).

"A, who is also Ruritania's trade minister", "B, who is the incoming chair of the Bloc", "C,
who is the current Bloc chairman": the clause after the name says what post he holds now, as an
apposition would; the title's own words begin after the article, the adjectives of the moment
and the state or body that owns the post. A title run from the clause's first word (what main
asked for) missed every such phrase; "who was ..." is a past post and stays unread, as before.

Sentences are our own; articles are dated as each test says."""
from tests.facts import WIRE_DAY, one


def test_relative_clause_with_a_states_possessive_title(facts_of):
    facts = facts_of("The truce plan was welcomed on Tuesday by Sheikh Nasser al-Mahmoud, who is also Kuwait's "
                     "interior minister, during a call with regional envoys.", published=WIRE_DAY)
    one(facts, "Nasser al-Mahmoud", "HOLDS_ROLE", "Kuwait")


def test_relative_clause_with_an_adjective_before_the_bodys_title(facts_of):
    facts = facts_of("Barbados Prime Minister Helen Crawford, who is the incoming chair of CARICOM, urged "
                     "members to settle the freight dispute before the summit.", published=WIRE_DAY)
    one(facts, "Helen Crawford", "HOLDS_ROLE", "CARICOM")


def test_relative_clause_with_the_body_before_its_title(facts_of):
    facts = facts_of("President Mamadou Keita, who is the current ECOWAS chair, called the junta leaders "
                     "to a meeting in Accra.", published=WIRE_DAY)
    one(facts, "Mamadou Keita", "HOLDS_ROLE", "ECOWAS")

