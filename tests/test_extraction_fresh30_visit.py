"""Visit and alliance constructions fresh real news showed in stop 30, each in phrasings of our own.

- "met Y at the Blue Residence in Almaty": a named site the model takes together with the city
  after its "in", or as a site the gazetteer does not place, is placed by that city; the guest
  from elsewhere visited it;

Sentences are our own; articles are dated as each test says."""
from tests.facts import WIRE_DAY, find, one


def visits(facts):
    return [(f.subject, f.object) for f in facts if f.relation == "VISITED"]


# ---- a meeting at a named site in a city -------------------------------------------------------
def test_talks_at_a_named_residence_in_a_city(facts_of):
    facts = facts_of("Talks between Tajik President Emomali Rahmon and his Kazakh counterpart "
                     "Kassym-Jomart Tokayev were held at the Akorda Residence in Astana.",
                     published=WIRE_DAY)
    one(facts, "Emomali Rahmon", "VISITED", "Astana")
    assert not find(facts, "Kassym-Jomart Tokayev", "VISITED", "Astana")


def test_met_at_a_named_palace_in_a_city(facts_of):
    facts = facts_of("Chilean President Gabriel Boric and Bolivian President Luis Arce met on "
                     "Thursday at the Quemado Palace in La Paz.", published=WIRE_DAY)
    one(facts, "Gabriel Boric", "VISITED", "La Paz")
    assert not find(facts, "Luis Arce", "VISITED", "La Paz")
