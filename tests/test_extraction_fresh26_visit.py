"""Visit and alliance constructions fresh real news showed in stop 26, each in phrasings of our own.

- "for his first official Ruritania visit", "during her Canada trip": a trip noun its possessor
  owns takes the state or city named as its compound for destination;
- "spoke on arrival at a summit of leaders in X": the gathering an arrival noun's
  frame verb is at places the arrival, also when the parser hangs the place on its members;
- "Accra, Ghana (ABCNEWSWIRE) – ", "Lima, 4 May 2001 (AB/CD) - ": a normal-case filing place with its
  state or a date, then a credit in parentheses, is a dateline (left in, its place was a visitor);
- "visiting troops in X": a visit to people in a place abroad is a visit to the place;
- "X met Y. The meeting took place in Z": a meeting told, then placed by "took place", was
  travelled to by the participants from other states;
- "travelled to Ruritania's independence celebration": a journey to a gathering with no place
  phrase went to the state that owns it;
- "the Declaration of Allied Cooperation between X and Y", "the Treaty of Mutual Defence between
  X and Y": a capitalised document's name states the alliance in its own of/on phrase;
- Samarkand, a summit venue below the gazetteer's population threshold, is a city of Uzbekistan;
- "signed a treaty on Friday at Parliament House in X": a building named as an organisation stands
  for the city its own in-phrase places it in;
- "Xi'an City": a known city's name with "City" after it is that city, not a new state
  ("Mexico City", a name of its own, stays whole);

Sentences are our own; articles are dated as each test says."""
from ingest.cleaning import clean_article_text
from tests.facts import WIRE_DAY, find, one


# ---- a possessed trip noun with a place compound --------------------------------------------------
def test_a_possessed_visit_noun_with_a_state_compound(facts_of):
    facts = facts_of("Chilean President Ana Rios was on Friday welcomed to the Palace of Government "
                     "for her first official Peru visit since she took office.", published=WIRE_DAY)
    one(facts, "Ana Rios", "VISITED", "Peru")


def test_a_possessed_trip_noun_with_a_state_compound(facts_of):
    facts = facts_of("Interior Minister Karl Huber, who is accompanying Chancellor Otto Weiss during "
                     "his Canada trip, praised the talks.", published=WIRE_DAY)
    assert find(facts, "Otto Weiss", "VISITED", "Canada") or find(facts, "Karl Huber", "VISITED", "Canada")


def test_an_unowned_visit_noun_takes_no_destination_from_its_compound(facts_of):
    facts = facts_of("The Peru visit was cancelled, officials in Lima said.", published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "VISITED"]


# ---- "upon arrival at a gathering in X" ------------------------------------------------------------
def test_arrival_at_a_gathering_the_parser_hung_on_the_verb(facts_of):
    facts = facts_of("German Chancellor Olaf Scholz spoke to reporters on arrival at a summit of NATO "
                     "leaders in Vilnius.", published=WIRE_DAY)
    one(facts, "Olaf Scholz", "VISITED", "Vilnius")


def test_arrival_at_a_meeting_about_a_place_goes_nowhere(facts_of):
    facts = facts_of("German Chancellor Olaf Scholz spoke to reporters on arrival at a meeting on the "
                     "war in Sudan.", published=WIRE_DAY)
    assert not find(facts, "Olaf Scholz", "VISITED", "Sudan")


# ---- datelines with a credit after the place's state or a date ---------------------------------
def test_a_titled_place_with_its_state_and_a_long_credit_is_a_dateline():
    text = clean_article_text("Accra, Ghana (GHANAWIRENEWS) – Togolese President Faure Gnassingbe "
                              "landed in Accra on Thursday.")
    assert text.startswith("Togolese President")


def test_a_titled_place_with_a_date_and_a_credit_is_a_dateline():
    text = clean_article_text("Lima, 4 May 2001 (AB/CD) - Chile's president reached the border town "
                              "on a short trip.")
    assert text.startswith("Chile's president")


def test_a_place_with_a_name_after_the_comma_that_is_no_state_stays_text():
    raw = "Accra, Kofi (GHANAWIRENEWS) – and others saw it happen."
    assert clean_article_text(raw).startswith("Accra")


def test_the_filing_place_of_a_credited_dateline_visits_nothing(facts_of):
    facts = facts_of(clean_article_text("Accra, Ghana (GHANAWIRENEWS) – Togolese President Faure Gnassingbe "
                                        "arrived in Accra, Ghana on Thursday for a working visit."),
                     published=WIRE_DAY)
    one(facts, "Faure Gnassingbe", "VISITED", "Accra")
    assert not find(facts, "Ghana", "VISITED", "Accra")


# ---- visiting people in a place abroad ---------------------------------------------------------------
def test_visiting_troops_in_a_foreign_state(facts_of):
    facts = facts_of("British Defence Secretary John Healey flew to Warsaw two days after visiting troops "
                     "in Estonia.", published=WIRE_DAY)
    one(facts, "John Healey", "VISITED", "Estonia")


def test_visiting_people_at_home_is_no_visit_to_the_place(facts_of):
    facts = facts_of("British Defence Secretary John Healey spent Friday visiting flood victims in Leeds.",
                     published=WIRE_DAY)
    assert not find(facts, "John Healey", "VISITED", "Leeds")


# ---- "The meeting took place in X" ----------------------------------------------------------------
def test_a_meeting_placed_by_took_place_in_the_next_sentence(facts_of):
    facts = facts_of("Serbian Deputy Prime Minister Ivica Dacic has met with Slovak Foreign Minister "
                     "Juraj Blanar. The talks took place in Baku, Azerbaijan, on the margins of a "
                     "forum.", published=WIRE_DAY)
    one(facts, "Ivica Dacic", "VISITED", "Baku")
    one(facts, "Juraj Blanar", "VISITED", "Baku")


def test_a_meeting_that_made_a_decision_places_nothing(facts_of):
    facts = facts_of("Serbian Deputy Prime Minister Ivica Dacic has met with Slovak Foreign Minister "
                     "Juraj Blanar. The meeting made a decision in Baku.", published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "VISITED"]


# ---- a journey to a state's gathering ------------------------------------------------------------------
def test_travelled_to_a_states_celebration(facts_of):
    facts = facts_of("After the summit with Zambian President Hakainde Hichilema, Botswana President "
                     "Duma Boko has today travelled to Namibia's Independence Celebration.", published=WIRE_DAY)
    one(facts, "Duma Boko", "VISITED", "Namibia")


def test_travelled_to_a_gathering_in_a_city(facts_of):
    facts = facts_of("Botswana President Duma Boko flew to the summit of regional leaders in Lusaka.",
                     published=WIRE_DAY)
    one(facts, "Duma Boko", "VISITED", "Lusaka")
    assert not find(facts, "Duma Boko", "VISITED", "Zambia")


# ---- an alliance named in a document's title -------------------------------------------------------
def test_a_declaration_titled_for_allied_interaction_allies_its_parties(facts_of):
    facts = facts_of("Diplomats of both sides praised the Declaration of Allied Cooperation between Armenia "
                     "and Russia on Friday.", published=WIRE_DAY)
    one(facts, "Armenia", "ALLIED_WITH", "Russia")


def test_a_treaty_titled_for_mutual_defence_allies_its_parties(facts_of):
    facts = facts_of("Last year the two states marked the tenth anniversary of the Treaty of Mutual Defence "
                     "between Laos and Vietnam.", published=WIRE_DAY)
    one(facts, "Laos", "ALLIED_WITH", "Vietnam")


def test_an_untitled_declaration_on_alliance_is_no_alliance(facts_of):
    facts = facts_of("Officials of Laos and Vietnam discussed a declaration on allied interaction between "
                     "Laos and Vietnam.", published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "ALLIED_WITH"]


def test_a_declaration_of_independence_is_no_alliance(facts_of):
    facts = facts_of("The Declaration of Independence between Laos and Vietnam was read aloud.",
                     published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "ALLIED_WITH"]


# ---- a summit city below the population threshold ----------------------------------------------------
def test_samarkand_is_a_city_a_foreign_leader_visits(facts_of):
    facts = facts_of("Recep Tayyip Erdogan, the Turkish leader, flew to Samarkand for a regional summit.",
                     published=WIRE_DAY)
    one(facts, "Recep Tayyip Erdogan", "VISITED", "Samarkand")
    one(facts, "Samarkand", "LOCATED_IN", "Uzbekistan")


# ---- signing at a building the gazetteer knows as an organisation ---------------------------------------
def test_signed_at_a_parliament_building_in_a_foreign_capital(facts_of):
    facts = facts_of("New Zealand Prime Minister Christopher Luxon and Fiji's Prime Minister Sitiveni Rabuka "
                     "signed a security pact on Tuesday at Parliament House in Wellington.", published=WIRE_DAY)
    one(facts, "Sitiveni Rabuka", "VISITED", "Wellington")
    assert not find(facts, "Christopher Luxon", "VISITED", "Wellington")


# ---- a known city written with "City" after it -----------------------------------------------------------
def test_a_known_city_with_city_after_its_name(facts_of):
    facts = facts_of("Chilean President Gabriel Boric landed in Xi'an City on Monday before going on to "
                     "Beijing.", published=WIRE_DAY)
    one(facts, "Gabriel Boric", "VISITED", "Xi'an")
    assert not find(facts, "Gabriel Boric", "VISITED", "Xi'an City")


def test_a_city_whose_name_ends_in_city_stays_whole(facts_of):
    facts = facts_of("Chilean President Gabriel Boric landed in Mexico City on Monday.", published=WIRE_DAY)
    one(facts, "Gabriel Boric", "VISITED", "Mexico City")
