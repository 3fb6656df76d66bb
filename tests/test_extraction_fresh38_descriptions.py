"""A state's "leader" told by a description, in phrasings of our own (stop 38).

"The X leader" (or "X's leader") with no name after it is the holder of either of the state's
two top posts, head of state or head of government: the one the article names, by the
gazetteer's roles on the article's date or by the title the text writes before the name. It is
never the gazetteer's head of state when the article names the head of government instead (the
king, the emperor or a ceremonial president the text never mentions), and with no such person
named it stays the state's.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_a_leader_is_the_prime_minister_the_article_named(facts_of):
    facts = facts_of("Prime Minister Sheikh Hasina opened a new rail bridge on Monday. On Thursday, Indian "
                     "Prime Minister Narendra Modi met the Bangladeshi leader in Dhaka to discuss river water.",
                     published=dt.date(2022, 9, 8))
    one(facts, "Narendra Modi", "MET_WITH", "Sheikh Hasina")


def test_a_leader_is_the_head_of_government_not_a_monarch_never_named(facts_of):
    facts = facts_of("Japanese Prime Minister Fumio Kishida toured a chip plant in Kumamoto on Sunday. "
                     "Australian officials said Canberra would host the Japanese leader next month.",
                     published=dt.date(2023, 5, 7))
    assert not [f for f in facts if "Naruhito" in (f.subject, f.object)], facts
    assert one(facts, "Fumio Kishida", "VISITED", "Canberra").modality == "planned"


def test_a_leader_titled_in_a_spelling_the_gazetteer_lacks(facts_of):
    facts = facts_of("Egyptian President Abdul Fatah El Sissy landed in Amman on Tuesday. "
                     "The Egyptian leader was received at the airport by King Abdullah II.",
                     published=dt.date(2022, 3, 15))
    one(facts, "Abdul Fatah El Sissy", "MET_WITH", "Abdullah II")
