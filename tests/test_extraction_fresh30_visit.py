"""Visit and alliance constructions fresh real news showed in stop 30, each in phrasings of our own.

- "met Y at the Blue Residence in Almaty": a named site the model takes together with the city
  after its "in", or as a site the gazetteer does not place, is placed by that city; the guest
  from elsewhere visited it;
- "failed to seal (clinch, lock in) a defence pact with X": a pact a verb of signing or sealing
  has for object is as done as that verb says (negated under "failed to");
- "Despite X in Y, A and his counterpart B have signed ...": the small parser hangs the subject
  pair on the fronted phrase's last name; the pair before the verb's auxiliaries is its subject;
- "approved the X Declaration on allied relations between A and B": a declaration with a name of
  its own states an alliance in its topic phrase, lower case too (also one the parser hung on the
  verb), and its parties may be named in that topic's "between" phrase; one on friendship is none;

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


# ---- a pact sealed: as done as its sealing ------------------------------------------------------
def test_failed_to_seal_a_pact_is_no_alliance(facts_of):
    facts = facts_of("Norway has failed to clinch a mutual defence pact with Iceland despite months "
                     "of talks.", published=WIRE_DAY)
    assert not [f for f in find(facts, "Norway", "ALLIED_WITH", "Iceland") if f.modality.value == "asserted"]
    assert not [f for f in find(facts, "Iceland", "ALLIED_WITH", "Norway") if f.modality.value == "asserted"]


def test_sealed_a_pact_is_an_alliance(facts_of):
    facts = facts_of("Norway sealed a mutual defence pact with Iceland on Tuesday.", published=WIRE_DAY)
    assert [f for f in find(facts, "Norway", "ALLIED_WITH", "Iceland") + find(facts, "Iceland", "ALLIED_WITH", "Norway")
            if f.modality.value == "asserted"]


# ---- a pair of subjects after a fronted phrase, before an auxiliary --------------------------------
def test_fronted_phrase_then_a_pair_with_an_auxiliary(facts_of):
    facts = facts_of("Despite objections voiced in Moscow, Finnish President Alexander Stubb and his "
                     "Estonian counterpart Alar Karis have signed a mutual defence treaty.", published=WIRE_DAY)
    assert find(facts, "Finland", "ALLIED_WITH", "Estonia") or find(facts, "Estonia", "ALLIED_WITH", "Finland")


# ---- a declaration on allied relations between two states -----------------------------------------
def test_declaration_on_allied_relations_between_two_states(facts_of):
    facts = facts_of("Kazakh and Kyrgyz leaders on Friday endorsed the Cholpon Declaration on allied "
                     "relations between Kazakhstan and Kyrgyzstan.", published=WIRE_DAY)
    assert find(facts, "Kazakhstan", "ALLIED_WITH", "Kyrgyzstan") or find(facts, "Kyrgyzstan", "ALLIED_WITH", "Kazakhstan")


def test_named_declaration_on_allied_cooperation_signed(facts_of):
    facts = facts_of("The Kura Declaration on allied cooperation between Armenia and Georgia was signed in "
                     "Tbilisi on Monday.", published=WIRE_DAY)
    assert find(facts, "Armenia", "ALLIED_WITH", "Georgia") or find(facts, "Georgia", "ALLIED_WITH", "Armenia")


def test_declaration_on_friendship_is_no_alliance(facts_of):
    facts = facts_of("Armenia and Georgia signed a declaration on friendship between Armenia and Georgia "
                     "in Tbilisi on Monday.", published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "ALLIED_WITH"]
