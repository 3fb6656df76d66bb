"""Lists of participants the small parser breaks (issue 10, arguments): "Presidents A of X, B of
Y, and C of Z arrived in W" names every listed person as a visitor, read from the commas, the
"and" and the names, not only the one name the parse made the subject. Our own sentences with
invented persons; articles dated Friday 8 March 2024."""

import pytest

from schemas.names import fold_name
from tests.facts import one


@pytest.mark.parametrize("text,persons,place", [
    ("Presidents Aldo Varesk of Moldova, Tomas Reinholt of Estonia, Jonas Petraitis of Lithuania, "
     "and Ivo Marenko of Latvia arrived in Warsaw on Monday.",
     ["Aldo Varesk", "Tomas Reinholt", "Jonas Petraitis", "Ivo Marenko"], "Warsaw"),
    ("Kings Harald Ostberg of Norway, Carl Lindqvist of Sweden and Frederik Holm of Denmark "
     "visited Iceland on Sunday.", ["Harald Ostberg", "Carl Lindqvist", "Frederik Holm"], "Iceland"),
    ("Foreign ministers Aldo Varesk of Moldova, Ivo Marenko of Latvia, and Jonas Petraitis of "
     "Lithuania have arrived in Helsinki.", ["Aldo Varesk", "Ivo Marenko", "Jonas Petraitis"], "Helsinki"),
])
def test_every_listed_person_visits(facts_of, text, persons, place):
    facts = facts_of(text)
    for person in persons:
        one(facts, person, "VISITED", place)


def test_a_name_in_a_relative_clause_is_no_visitor(facts_of):
    facts = facts_of("President Aldo Varesk of Moldova, who met Tomas Reinholt and Ivo Marenko last "
                     "week, arrived in Warsaw on Monday.")
    one(facts, "Aldo Varesk", "VISITED", "Warsaw")
    visitors = {fold_name(f.subject) for f in facts if f.relation == "VISITED"}
    assert not visitors & {fold_name("Tomas Reinholt"), fold_name("Ivo Marenko")}
