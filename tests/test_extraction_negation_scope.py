"""How far a negation reaches, in phrasings of our own.

"not only ... but also" is a correlative: both halves happened, though the first carries a
"not". A negation also stops at "but" and at a conjunct with a subject of its own: "the trip
was not announced, but X met Y" says X met Y. A conjunct that shares the subject and is joined
by "and" still shares the negation ("did not visit A and meet B").

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def test_not_only_but_also_asserts_both_halves(facts_of):
    facts = facts_of("During the trip, Kishida not only visited Kyiv but also held talks with Ukrainian "
                     "President Volodymyr Zelensky.", published=dt.date(2023, 3, 22))
    assert one(facts, "Fumio Kishida", "VISITED", "Kyiv").modality.value == "asserted"
    assert one(facts, "Fumio Kishida", "MET_WITH", "Volodymyr Zelensky").modality.value == "asserted"


def test_not_only_attacks_are_attacks(facts_of):
    facts = facts_of("The Turkish army not only shelled Kurdish positions in Syria but also struck targets in "
                     "northern Iraq on Sunday.", published=dt.date(2023, 3, 22))
    assert one(facts, "Turkey", "ATTACKED", "Syria").modality.value == "asserted"


def test_a_negation_stops_at_but_before_a_clause_of_its_own(facts_of):
    facts = facts_of("The trip to Ghana had not been made public, but Ruto met and held talks with Ghanaian "
                     "President Nana Akufo-Addo in Accra on Monday.", published=dt.date(2023, 3, 10))
    assert one(facts, "William Ruto", "MET_WITH", "Nana Akufo-Addo").modality.value == "asserted"
    assert one(facts, "William Ruto", "VISITED", "Accra").modality.value == "asserted"


def test_a_negation_stops_at_but_before_a_verb_sharing_the_subject(facts_of):
    facts = facts_of("Modi did not visit Dhaka, but he met Bangladeshi Prime Minister Sheikh Hasina in "
                     "New Delhi.", published=dt.date(2023, 7, 15))
    assert one(facts, "Narendra Modi", "VISITED", "Dhaka").modality.value == "negated"
    assert one(facts, "Narendra Modi", "MET_WITH", "Sheikh Hasina").modality.value == "asserted"


def test_a_past_conjunct_of_its_own_is_not_planned_by_the_first_clause(facts_of):
    facts = facts_of("Officials would not confirm the date, but Modi visited Paris and met French President "
                     "Emmanuel Macron.", published=dt.date(2023, 7, 15))
    assert one(facts, "Narendra Modi", "VISITED", "Paris").modality.value == "asserted"


def test_and_shares_the_negation(facts_of):
    facts = facts_of("Ruto did not visit Accra and meet Ghanaian President Nana Akufo-Addo last week.",
                     published=dt.date(2023, 3, 10))
    assert one(facts, "William Ruto", "VISITED", "Accra").modality.value == "negated"
