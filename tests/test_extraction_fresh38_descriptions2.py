"""Counted titles told by description, in phrasings of our own (stop 38).

"The two presidents", "the two foreign ministers", "the two leaders": a counted title stands for
that many persons the article names before it with that title (the posts it reads, or the
gazetteer's on the article's date; "leaders" either of a state's two top posts), when the
sentence and the two before it do not name exactly the pair: the pair was named a paragraph up,
or a third person of another post was named beside them. A place inside what was talked about
("discussed the situation in X") is no place of the talks.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_two_presidents_named_a_paragraph_up(facts_of):
    facts = facts_of("Argentine President Javier Milei flew to Santiago on Sunday, where "
                     "Chilean President Gabriel Boric welcomed him at La Moneda palace.\n\n"
                     "The visit comes as copper prices climb. Officials expect new rail links to be "
                     "announced. Trade between the neighbours doubled in a decade.\n\n"
                     "The two presidents will travel together to Lima on Tuesday.",
                     published=dt.date(2024, 8, 4))
    assert one(facts, "Gabriel Boric", "VISITED", "Lima").modality == "planned"


def test_two_ministers_are_not_the_prime_minister_named_beside_them(facts_of):
    facts = facts_of("Algerian Foreign Minister Ahmed Attaf arrived in Rome on Monday. He lunched with "
                     "Italian Foreign Minister Antonio Tajani and later called on Prime Minister "
                     "Giorgia Meloni at Palazzo Chigi. The two ministers will fly to Tunis on Friday "
                     "for a regional forum on migration.",
                     published=dt.date(2024, 3, 4))
    assert one(facts, "Antonio Tajani", "VISITED", "Tunis").modality == "planned"
    assert not [f for f in facts if f.relation == "VISITED" and f.object == "Tunis"
                and f.subject == "Giorgia Meloni"], facts


def test_two_leaders_known_on_the_date(facts_of):
    facts = facts_of("Joe Biden spoke of new chip rules on Monday. Fumio Kishida arrived in Washington "
                     "on Tuesday night.\n\nThe state dinner menu was kept secret. Guests were told to "
                     "arrive early. The Rose Garden was closed.\n\nThe two leaders held talks in the "
                     "Oval Office on Wednesday.",
                     published=dt.date(2024, 4, 9))
    one(facts, "Joe Biden", "MET_WITH", "Fumio Kishida")


def test_a_place_inside_the_topic_is_no_place_of_talks(facts_of):
    facts = facts_of("Kenyan President William Ruto telephoned Abiy Ahmed, Ethiopia's prime minister, "
                     "on Friday. Ruto and Abiy discussed recent clashes in Somalia and ways to reach a "
                     "truce.", published=dt.date(2023, 6, 2))
    one(facts, "William Ruto", "MET_WITH", "Abiy Ahmed")
    assert not [f for f in facts if f.relation == "VISITED" and f.object == "Somalia"], facts
