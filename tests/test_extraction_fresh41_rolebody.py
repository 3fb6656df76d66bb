"""The body a post is held in, named as the analysts' gold names it (stop 41).

China's ruling party is written three ways in English news ("the Communist Party of China",
"the CPC", "the Chinese Communist Party"); every annotated set names it "Communist Party of
China", Xinhua's own form, so that is its canonical name and the other two are aliases (the
gazetteer id is unchanged). A post in the party's inner body is held in the party under that one
name.

Sentences are our own."""
from tests.facts import one


def test_party_post_is_held_in_the_party_under_its_canonical_name(facts_of):
    facts = facts_of("Zhou Lin, a Political Bureau member of the CPC Central Committee, "
                     "arrived in Vientiane on Monday for talks.")
    one(facts, "Zhou Lin", "HOLDS_ROLE", "Communist Party of China")
