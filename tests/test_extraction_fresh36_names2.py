"""Short titled names the model types as a body, place or people, in phrasings of our own.

A capitalised title or form of address and one name word taken together for an organisation
or a place ("[PM X]", "[Sultan Y]") name the titled person: the fact is the person's, not an
entity called "PM X", and the title gives the person's post.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import find, one


def test_ruler_and_one_name_typed_as_a_body_meets(facts_of):
    facts = facts_of("Sultan Hassanal held talks with President Widodo in Jakarta on Monday.",
                     published=dt.date(2023, 5, 10))
    one(facts, "Hassanal Bolkiah", "MET_WITH", "Joko Widodo")
    assert not find(facts, "Sultan Hassanal", "MET_WITH", "Joko Widodo")


def test_abbreviated_title_and_one_name_typed_as_a_place_meets(facts_of):
    facts = facts_of("Earlier, PM Modi met Bhutanese King Jigme Khesar Namgyel Wangchuck in Thimphu.",
                     published=dt.date(2023, 5, 10))
    one(facts, "Narendra Modi", "MET_WITH", "Jigme Khesar Namgyel Wangchuck")
    one(facts, "Narendra Modi", "VISITED", "Thimphu")


def test_abbreviated_title_before_a_possessive_gives_the_post(facts_of):
    facts = facts_of("Meanwhile, PM Modi's two-day stay in Thimphu ended with a hydropower deal.",
                     published=dt.date(2023, 5, 10))
    fact = one(facts, "Narendra Modi", "HOLDS_ROLE", "India")
    assert fact.title == "Prime Minister"


# Guards: a title that is also a common word, or one opening a longer name, makes no person
# (they pass before the rule as after; they fail if the reading outgrows its guards).
def test_general_and_a_company_word_is_no_person(facts_of):
    facts = facts_of("General Motors said on Monday it would close its plant in Thailand.",
                     published=dt.date(2023, 5, 10))
    assert not [f for f in facts if f.subject in ("Motors", "General Motors") and f.subject_type == "Person"]


def test_a_university_named_after_a_king_is_no_person(facts_of):
    facts = facts_of("Students of King Abdulaziz University marched to the governor's office in Jeddah.",
                     published=dt.date(2023, 5, 10))
    assert not [f for f in facts if "Abdulaziz" in f.subject]
