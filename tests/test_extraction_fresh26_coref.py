"""How news refers back to those it named (stop 26, the coreference helper): a "he" opening a
sentence after one whose main subject was passive ("X was greeted by Y") is that subject; a
main subject the model names as nobody still stops the search for an earlier "he"; an undated
article's "the Russian FM" is the person it names whom the gazetteer knows in that post.
Sentences are our own; articles are dated Friday 8 March 2024 unless said otherwise."""

from tests.facts import find, one


def test_he_after_a_passive_main_subject(facts_of):
    facts = facts_of("Ruritanian President Anton Varga arrived in Zenda on Tuesday. Varga was met on "
                     "the tarmac by Bordurian Foreign Minister Petra Hollis. He later held talks with "
                     "Bordurian President Marko Lenz.")
    one(facts, "Anton Varga", "MET_WITH", "Marko Lenz")
    assert not find(facts, "Petra Hollis", "MET_WITH", "Marko Lenz")


def test_an_unresolved_main_subject_stops_the_search_for_he(facts_of):
    facts = facts_of("He is expected to see senior United Nations staff, Secretary-General "
                     "Antonio Guterres among them, on Monday before flying to Chicago. Okonkwo has a series of "
                     "talks planned with senior American officials. He is also expected to meet "
                     "President Joe Biden on Thursday.")
    assert not find(facts, "Antonio Guterres", "MET_WITH", "Joe Biden")


def test_an_undated_description_is_the_named_holder_of_the_post(facts_of):
    facts = facts_of("Lavrov's trip to Ankara marks a year since the last round of talks. Later that "
                     "day the Russian FM held talks with President Recep Tayyip Erdogan.", published=None)
    one(facts, "Sergey Lavrov", "MET_WITH", "Recep Tayyip Erdogan")


def test_a_title_before_an_honorific_and_name_stays_a_title(facts_of):
    facts = facts_of("Ghana's President, Dr John Mahama, on Monday welcomed the decision of the "
                     "regional court.", published=None)
    one(facts, "John Mahama", "HOLDS_ROLE", "Ghana")
