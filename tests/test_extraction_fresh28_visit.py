"""Visit and alliance constructions fresh real news showed in stop 28, each in phrasings of our own.

- "the accord was signed in X, where A and B are holding talks with Y": a "where" clause holding a
  meeting is about the place it follows; the guests from elsewhere travelled there;
- "his talks with Y held in X": a light verb's participle on the meeting noun places it;
- "A held talks in X and Y": talks a person held abroad, no partner named, are a visit there (not
  talks at home);
- "welcomed / received / hosted Y at the State House in X": the city the venue's phrase names is
  where the guest was, also when the venue is itself a name and when the parser hangs the venue on
  the guest;
- "A reached X on Monday": a person reaching a city or state abroad arrived there (not aid
  reaching a state, nor a leader reaching his own capital);

Sentences are our own; articles are dated as each test says."""
from tests.facts import WIRE_DAY, find, one


def visits(facts):
    return [(f.subject, f.object) for f in facts if f.relation == "VISITED"]


# ---- where a meeting was held ------------------------------------------------------------------
def test_a_where_clause_holding_talks_places_them(facts_of):
    facts = facts_of("The fisheries accord was concluded in Lima, where Chilean Foreign Minister "
                     "Pablo Rojas is holding talks with his Peruvian counterpart Ana Quispe.",
                     published=WIRE_DAY)
    one(facts, "Pablo Rojas", "VISITED", "Lima")
    assert not find(facts, "Ana Quispe", "VISITED", "Lima")


def test_talks_held_in_a_city_by_participle(facts_of):
    facts = facts_of("The Brazilian president flew home after wrapping up his talks with Argentine "
                     "President Javier Milei held in Cordoba, the second city of Argentina.",
                     published=WIRE_DAY)
    assert ("Javier Milei", "Cordoba") not in visits(facts)


def test_talks_with_a_named_guest_held_in_a_city(facts_of):
    facts = facts_of("Kenyan President Daniel Kiprono on Monday concluded his two-day talks with "
                     "Tanzanian President Neema Mushi held in Dodoma.", published=WIRE_DAY)
    one(facts, "Daniel Kiprono", "VISITED", "Dodoma")
    assert not find(facts, "Neema Mushi", "VISITED", "Dodoma")


def test_talks_announced_in_a_city_are_not_placed_there(facts_of):
    facts = facts_of("Kenyan President Daniel Kiprono welcomed the talks with Tanzanian President "
                     "Neema Mushi announced in Dodoma on Monday.", published=WIRE_DAY)
    assert not find(facts, "Daniel Kiprono", "VISITED", "Dodoma")


def test_talks_held_abroad_without_a_partner_are_a_visit(facts_of):
    facts = facts_of("Indian Foreign Minister Rohan Mehta ended a tour of the Gulf in "
                     "Oman on Sunday. Before that he held talks in Qatar and Bahrain.",
                     published=WIRE_DAY)
    one(facts, "Rohan Mehta", "VISITED", "Qatar")
    one(facts, "Rohan Mehta", "VISITED", "Bahrain")


def test_talks_held_at_home_are_no_visit(facts_of):
    facts = facts_of("Indian Foreign Minister Rohan Mehta held talks in New Delhi on "
                     "Sunday.", published=WIRE_DAY)
    assert not [v for v in visits(facts) if v[0] == "Rohan Mehta"]


# ---- "reached X" -------------------------------------------------------------------------------
def test_a_minister_reached_a_capital_abroad(facts_of):
    facts = facts_of("Pakistani Foreign Minister Faisal Qadri reached Dhaka on Saturday for a three-day "
                     "stay.", published=WIRE_DAY)
    one(facts, "Faisal Qadri", "VISITED", "Dhaka")


def test_aid_reaching_a_state_is_no_visit(facts_of):
    facts = facts_of("Relief supplies from Japan reached Nepal on Saturday after the quake.",
                     published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "VISITED"]


def test_reaching_ones_own_capital_is_no_visit(facts_of):
    facts = facts_of("Pakistani Foreign Minister Faisal Qadri reached Islamabad on Saturday after "
                     "his tour.", published=WIRE_DAY)
    assert not find(facts, "Faisal Qadri", "VISITED", "Islamabad")


# ---- "a ban on visits" -------------------------------------------------------------------------
def test_a_ban_on_visits_is_no_visit(facts_of):
    facts = facts_of("Seoul said the measures would add a full ban on port calls or visits by "
                     "Northern fishing crews to South Korean harbours.", published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "VISITED" and f.modality.value == "asserted"]


def test_a_ban_imposed_on_visits_is_no_visit(facts_of):
    facts = facts_of("Canberra imposed a ban on visits by Fijian army officers to Australia in "
                     "2007.", published=WIRE_DAY)
    assert not [f for f in facts if f.relation == "VISITED" and f.modality.value == "asserted"]


def test_a_visit_beside_a_ban_is_still_a_visit(facts_of):
    facts = facts_of("Chilean President Pablo Rojas arrived in Lima on Monday, days after Peru "
                     "lifted its ban on fishing in the bay.", published=WIRE_DAY)
    one(facts, "Pablo Rojas", "VISITED", "Lima")


# ---- "welcomed Y at the State House in X" ------------------------------------------------------
def test_welcomed_at_a_named_venue_in_a_city(facts_of):
    facts = facts_of("Zambian President Chanda Mwale has welcomed his Malawian counterpart, Peter "
                     "Banda at the State House in Lusaka on Wednesday.", published=WIRE_DAY)
    one(facts, "Peter Banda", "VISITED", "Lusaka")


def test_received_at_a_venue_hung_on_the_guest(facts_of):
    facts = facts_of("Ghanaian President Kofi Mensah received Togolese President Yawa Dogbe at "
                     "Jubilee House in Accra on Wednesday.", published=WIRE_DAY)
    one(facts, "Yawa Dogbe", "VISITED", "Accra")
    assert not find(facts, "Kofi Mensah", "VISITED", "Accra")
