"""A post in a body of its own whose name opens with a state's demonym or name, in phrasings of
our own (stop 41, second roles pass).

"president of the Ruritanian Academy of Letters", "head of the Ruritanian Red Cross Society",
"the Chinese Communist Party's envoy": the demonym says where the body
stands, not that it is the state's organ; its officer holds the post in the body (the academy, the
society, the party), as the gold writes it. A state's organ named after it ("the Ruritanian
Foreign Ministry") still gives the state.

Sentences are our own; articles are dated as each test says."""
from tests.facts import WIRE_DAY, one


def test_academy_named_after_a_demonym_employs_its_president(facts_of):
    facts = facts_of("Ewa Dvorakova, head of the Czech Academy of Letters, opened the joint archive in "
                     "Vilnius on Thursday.", published=WIRE_DAY)
    one(facts, "Ewa Dvorakova", "HOLDS_ROLE", "Czech Academy of Letters")


def test_red_cross_society_named_after_a_demonym_employs_its_head(facts_of):
    facts = facts_of("Peter Mwangi, secretary general of the Kenyan Red Cross Society, received the flood kits "
                     "at a warehouse near the port on Sunday.", published=WIRE_DAY)
    one(facts, "Peter Mwangi", "HOLDS_ROLE", "Kenyan Red Cross Society")


def test_ruling_party_named_with_its_demonym_employs_its_envoy(facts_of):
    facts = facts_of("Zhou Ming, the Chinese Communist Party's top envoy for Asian affairs, toured the new "
                     "rail depot outside Vientiane.", published=WIRE_DAY)
    one(facts, "Zhou Ming", "HOLDS_ROLE", "Communist Party of China")


def test_a_states_ministry_named_with_its_demonym_still_gives_the_state(facts_of):
    facts = facts_of("Anna Berg, spokeswoman of the Swedish Foreign Ministry, said the talks would resume "
                     "next week.", published=WIRE_DAY)
    one(facts, "Anna Berg", "HOLDS_ROLE", "Sweden")
