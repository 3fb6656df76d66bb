"""Places a settlement noun names, stop 49 (a maintainer fix the stop's attacks helper found).

1. "the villages of X and Y": a plural settlement noun names every conjunct of its "of" object.
   An unknown second village was typed as a state (only "the city of X" right before the name
   made a city), and the attack reached only the first village.
2. The small model tags unknown villages after such a noun as persons or organisations ("the
   towns of [Bint Jbeil] and [Khiam]"); the noun says they are settlements.
3. "struck [Kharkiv and Odesa]" taken whole as one organisation: two names the gazetteer knows
   joined by one "and" are two places (a name the gazetteer knows whole, "Trinidad and Tobago",
   stays one).

Sentences are our own."""
from schemas.models import EntityType
from tests.facts import find, one, pairs


def test_unknown_villages_in_a_plural_list_are_cities(facts_of):
    facts = facts_of("Russian artillery shelled the villages of Dvorichna and Kindrashivka on Sunday, "
                     "the regional governor said.")
    first = one(facts, "Russia", "ATTACKED", "Dvorichna")
    second = one(facts, "Russia", "ATTACKED", "Kindrashivka")
    assert first.object_type == second.object_type == EntityType.CITY


def test_towns_the_model_tags_as_names(facts_of):
    facts = facts_of("Israeli jets bombed the towns of Bint Jbeil and Khiam in southern Lebanon on Tuesday.")
    assert {("Israel", "Bint Jbeil"), ("Israel", "Khiam")} <= pairs(facts, "ATTACKED")
    assert all(f.object_type == EntityType.CITY for f in find(facts, "Israel", "ATTACKED", "Khiam"))


def test_two_known_cities_tagged_as_one_organisation(facts_of):
    facts = facts_of("Overnight, Russian drones struck Kharkiv and Odesa, damaging power lines, Ukrainian "
                     "officials said.")
    assert {("Russia", "Kharkiv"), ("Russia", "Odesa")} <= pairs(facts, "ATTACKED")
    assert not [f for f in facts if " and " in f.object]


def test_a_state_named_with_and_stays_one(facts_of):
    facts = facts_of("The prime minister of Trinidad and Tobago met the president of Guyana in Georgetown "
                     "on Monday.")
    # the description is read as the holder of the whole state's post at the article's date
    one(facts, "Keith Rowley", "MET_WITH", "Irfaan Ali")
    assert not [f for f in facts if "Tobago" in (f.subject, f.object)]
