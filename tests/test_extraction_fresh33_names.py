"""Names fresh real news showed in stop 33, in phrasings of our own.

Many naming traditions write a lower-case particle inside a person's name with spaces around it
(Portuguese "dos", Dutch "van", Kalenjin "arap", German "von der", Arabic "bin"). The small
model often ends the name at the particle or takes the part after it for a place or a body;
the name goes on over the particle to the capitalised part after it, and the canonical name
keeps the particle in lower case (mentions.json infix_particles)."""
import datetime as dt

from tests.facts import one

DAY = dt.date(2003, 3, 3)


def test_a_family_name_after_dos_is_the_persons(facts_of):
    facts = facts_of("Angolan President Jose Eduardo dos Santos met Zambian President Levy "
                     "Mwanawasa in Luanda on Monday.", published=DAY)
    assert one(facts, "Jose Eduardo dos Santos", "MET_WITH", "Levy Mwanawasa")
    assert one(facts, "Jose Eduardo dos Santos", "HOLDS_ROLE", "Angola")


def test_a_family_name_after_van_is_the_persons(facts_of):
    facts = facts_of("Dutch Prime Minister Dries van Agt held talks with German Chancellor Helmut "
                     "Schmidt in Bonn on Monday.", published=dt.date(1980, 3, 3))
    assert one(facts, "Dries van Agt", "MET_WITH", "Helmut Schmidt")


def test_a_particle_the_model_ended_the_name_at_goes_on_to_the_family_name(facts_of):
    facts = facts_of("Kenyan President Daniel arap Moi paid a state visit to Uganda on Monday.",
                     published=dt.date(1996, 3, 4))
    fact = one(facts, "Daniel arap Moi", "VISITED", "Uganda")
    assert fact.subject == "Daniel arap Moi"  # the particle stays lower case in the canonical name


def test_the_canonical_name_keeps_a_particle_in_lower_case(facts_of):
    facts = facts_of("Mexican President Carlos Salinas de Gortari received Guatemalan President "
                     "Vinicio Cerezo in Mexico City on Monday.", published=dt.date(1990, 3, 5))
    fact = one(facts, "Carlos Salinas de Gortari", "MET_WITH", "Vinicio Cerezo")
    assert fact.subject == "Carlos Salinas de Gortari"
