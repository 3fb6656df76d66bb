"""Aid given "to help" people in a state, and aid recipients after a list of goods, in phrasings
of our own (stop 40).

A giving verb whose recipient is not in a to-phrase often names it in its purpose clause: "sent
tents to help quake survivors in X", "provided grants to support displaced families in X". The
people helped (verbs.json beneficiary_nouns) stand for the state they are in; the small parser
often hangs their "in" phrase on the purpose verb rather than on them, and a part a state owns
("in X's northern provinces") lies in that state. After a list of goods ("A tonnes of X and B
tonnes of Y to Z") the parser hangs the recipient's phrase inside the last item.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_purpose_clause_people_in_a_state_after_a_giving_verb(facts_of):
    facts = facts_of("Norway has airlifted tents and blankets to support displaced families in Mozambique "
                     "after the cyclone.", published=dt.date(2023, 3, 20))
    one(facts, "Norway", "AIDED", "Mozambique")


def test_in_phrase_hung_on_the_purpose_verb(facts_of):
    facts = facts_of("Indonesia sent rice and medicine on Tuesday to help flood victims in Malaysia.",
                     published=dt.date(2021, 12, 21))
    one(facts, "Indonesia", "AIDED", "Malaysia")


def test_communities_in_a_part_a_state_owns(facts_of):
    facts = facts_of("Canada provided $4 million in grants to support vulnerable communities in Kenya's "
                     "drought-hit northern provinces.", published=dt.date(2022, 9, 2))
    one(facts, "Canada", "AIDED", "Kenya")



def test_recipient_hung_inside_the_last_item_of_a_goods_list(facts_of):
    """"donated A tonnes of X and B tonnes of Y to Z": the parser hangs "to Z" inside the last item."""
    facts = facts_of("South Korea donated 3,000 tonnes of rice and 20 tonnes of cooking oil to Laos on Wednesday.",
                     published=dt.date(2019, 7, 12))
    one(facts, "South Korea", "AIDED", "Laos")
