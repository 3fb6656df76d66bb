"""A title whose "of" phrase names a chamber and then a state, running into the name (stop 42,
"title chain"), in phrasings of our own.

- "Acting Speaker of the People's Assembly of X A B": a chamber the gazetteer does not know,
  named after its "of" as a state's (mentions.json chamber_heads), is the state's; its officer
  holds the post in the state, not in a body the parse made of the chamber and the state's name;
- a chamber the model tagged apart between the title's "of" and the state's is part of the
  title, and the state employs;
- guard: names of other things written "Y of X" (a newspaper, a university) give no post in X.

Sentences are our own; articles are dated as each test says."""
from tests.facts import find, one, with_relation


# ---- a chamber named as a state's, run into the name ------------------------------------------
def test_acting_speaker_of_peoples_assembly_of_state(facts_of):
    facts = facts_of("Prime Minister Edi Rama hosted Acting Speaker of the People's Assembly of Albania "
                     "Lindita Nikolla at a dinner.")
    one(facts, "Lindita Nikolla", "HOLDS_ROLE", "Albania")
    assert not [f for f in with_relation(facts, "HOLDS_ROLE") if "Assembly" in f.object]


def test_deputy_chair_of_grand_national_assembly(facts_of):
    facts = facts_of("President Mirziyoyev welcomed First Deputy Chair of the Grand National Assembly of "
                     "Turkey Bekir Bozdag to Tashkent.")
    one(facts, "Bekir Bozdag", "HOLDS_ROLE", "Turkey")
    assert not [f for f in with_relation(facts, "HOLDS_ROLE") if "Assembly" in f.object]


def test_vice_chairman_of_house_of_councillors(facts_of):
    facts = facts_of("On Friday Gjorge Ivanov greeted Vice Chairman of the House of Councillors of Japan "
                     "Hiroshi Moriyama at the palace.")
    one(facts, "Hiroshi Moriyama", "HOLDS_ROLE", "Japan")
    assert not [f for f in with_relation(facts, "HOLDS_ROLE") if "Councillors" in f.object]


def test_chamber_tagged_apart_from_its_state(facts_of):
    facts = facts_of("Later that day she met Deputy Chair of the House of Lords of Britain Sarah Ludford "
                     "in London.")
    one(facts, "Sarah Ludford", "HOLDS_ROLE", "United Kingdom")


# ---- guards ----------------------------------------------------------------------------------
def test_newspaper_of_state_is_no_chamber(facts_of):
    facts = facts_of("Editor of the Hindustan Times of India Rahul Mehta met the visiting delegation.")
    assert not find(facts, "Rahul Mehta", "HOLDS_ROLE", "India")


def test_university_of_state_is_no_chamber(facts_of):
    facts = facts_of("Rector of the University of Ghana Kwame Boateng addressed the visitors.")
    assert not find(facts, "Kwame Boateng", "HOLDS_ROLE", "Ghana")
