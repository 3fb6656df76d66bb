"""An aide's title with his principal after "to", in phrasings of our own (stop 40).

"A, Senior Adviser to the Ruritanian President": the "to" phrase of an adviser or aide names
whom he serves, not a host he is posted to (as an ambassador's "to" phrase does), so the state
that qualifies the principal's title is the aide's own state. A sample of other outlets' pages
read for missed titles found this apposition the largest class whose state the sentence itself
gives. An envoy's "to" phrase stays his posting, and a name after "the X government" is the next
person's, not the principal's.

Sentences are our own; articles are dated as each test says."""
from tests.facts import WIRE_DAY, one


def test_adviser_to_a_demonym_president_after_the_name(facts_of):
    facts = facts_of("The draft text was handed to Tomas Rendell, Senior Advisor to the Brazilian President "
                     "for Trade, at the close of the Lisbon round on Monday.", published=WIRE_DAY)
    one(facts, "Tomas Rendell", "HOLDS_ROLE", "Brazil")


def test_adviser_to_a_chancellor_in_a_delegation_list(facts_of):
    facts = facts_of("The visiting team included Lena Hartmann, Adviser to the German Chancellor; two trade "
                     "officials; and a legal expert.", published=WIRE_DAY)
    one(facts, "Lena Hartmann", "HOLDS_ROLE", "Germany")


def test_adviser_to_a_states_supreme_leader_named_after_him(facts_of):
    facts = facts_of("The deal came after weeks of talks led by Hamid Tavakoli, a close adviser to Iran's "
                     "supreme leader Ayatollah Ali Khamenei, with Gulf mediators in Muscat.", published=WIRE_DAY)
    one(facts, "Hamid Tavakoli", "HOLDS_ROLE", "Iran")

