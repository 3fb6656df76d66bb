"""Constructions of attacks and sanctions fresh real news showed in stop 28, each in phrasings of
our own.

- "struck X in retaliation for / in response to an attack on Y": what a strike answers is an
  event of its own, not a second place struck;
- "raided / destroyed a camp used by X", "destroyed X rocket launchers": the target's owner is
  attacked ("destroy" reads an attack only on a military target);
- "A-ian villages came under B-ian mortar fire", "came under attack by X": the weapon's owner
  attacks the subject;
- "shells fired by X struck / killed ... in Y": weapons fired by X are X's;
- "X-ian missiles killed three people in Y": a weapon that kills somewhere struck there;
- "Shelling by X killed seven Y militants": a gerund the parser made a verb, with its by-phrase
  hung as a preposition, names its doer, and the group of the killed is its target;
- "imposed a ban on X-ian imports", "a travel ban on X-ian officials": a ban is a sanction;
- "ministers agreed fresh sanctions against X": a decision whose object is the penalty adopts it
  ("agreed to impose sanctions" still plans them);
- "a base 30 km east of X", "an airport west of the capital": a bare bearing lies outside the
  place it measures from ("in the north of X" is inside);
- "issued a condemnation of X for an air strike": the strike is not the issuer's;
- "the attacks of X on Y"; "the EU Council" that adopts sanctions is the Council of the EU;
- "launched an offensive to retake X" attacks X; "killed nine X-ian soldiers" attacks X (not
  tourists or workers);
- "rockets fired by X landed in Y", "X-ian missiles fell in Y": weapons that land somewhere struck
  it, and no one visited or aided it;
- OFAC, the Treasury office of sanctions, acts for the United States.

Sentences are our own."""
from schemas.models import Modality
from tests.facts import one


def of_relation(facts, relation, subject=None, obj=None):
    return [f for f in facts if f.relation == relation and subject in (None, f.subject) and obj in (None, f.object)]


# ---- what a strike answers is not struck ---------------------------------------------------------
def test_retaliation_phrase_names_no_second_target(facts_of):
    facts = facts_of("Ugandan jets struck rebel camps in Congo on Friday, in retaliation for a bombing "
                     "on a market in Kampala.")
    assert one(facts, "Uganda", "ATTACKED", "Democratic Republic of the Congo")
    assert not of_relation(facts, "ATTACKED", "Uganda", "Kampala")


def test_response_phrase_names_no_second_target(facts_of):
    facts = facts_of("Israeli aircraft hit targets in Lebanon in response to a rocket attack on Haifa.")
    assert one(facts, "Israel", "ATTACKED", "Lebanon")
    assert not of_relation(facts, "ATTACKED", "Israel", "Haifa")


# ---- a target's owner ----------------------------------------------------------------------------
def test_raided_camp_used_by_a_group(facts_of):
    facts = facts_of("Nigerian soldiers raided a camp used by Boko Haram near the border.")
    assert one(facts, "Nigeria", "ATTACKED", "Boko Haram")


def test_destroyed_camp_used_by_members_of_a_group(facts_of):
    facts = facts_of("Ethiopian forces destroyed a rebel camp used by members of the Oromo "
                     "Liberation Army, officials said.")
    assert one(facts, "Ethiopia", "ATTACKED", "Oromo Liberation Army")


def test_destroyed_group_launchers(facts_of):
    facts = facts_of("The Israeli army said its aircraft destroyed Hezbollah rocket launchers overnight.")
    assert one(facts, "Israel", "ATTACKED", "Hezbollah")


def test_destroyed_homes_is_no_attack(facts_of):
    facts = facts_of("Floods destroyed hundreds of homes in Pakistan last week.")
    assert not of_relation(facts, "ATTACKED")


# ---- came under fire -----------------------------------------------------------------------------
def test_came_under_demonym_mortar_fire(facts_of):
    facts = facts_of("Georgian border posts came under Russian mortar fire on Tuesday.")
    assert one(facts, "Russia", "ATTACKED", "Georgia")


def test_came_under_attack_by_group(facts_of):
    facts = facts_of("A Saudi convoy came under attack by Houthi fighters near the border.")
    assert one(facts, "Houthis", "ATTACKED", "Saudi Arabia")


def test_came_under_demonym_fire_of_criticism_is_no_attack(facts_of):
    facts = facts_of("Israel came under American fire over the new settlements.")
    assert not of_relation(facts, "ATTACKED")


# ---- weapons fired by X --------------------------------------------------------------------------
def test_bombs_fired_by_group_struck_city(facts_of):
    facts = facts_of("Three mortar bombs fired by the Houthis struck a district of Aden on Sunday.")
    assert one(facts, "Houthis", "ATTACKED", "Aden")


def test_shells_fired_by_group_killed_people_in_city(facts_of):
    facts = facts_of("Shells fired by the Houthis killed four people in Taiz on Sunday.")
    assert one(facts, "Houthis", "ATTACKED", "Taiz")


def test_demonym_missiles_killed_people_in_city(facts_of):
    facts = facts_of("Russian missiles killed six people in Odesa overnight, officials said.")
    assert one(facts, "Russia", "ATTACKED", "Odesa")


def test_gerund_with_by_phrase_killed_group_militants(facts_of):
    facts = facts_of("Shelling by Iraq's army killed nine Islamic State militants in Anbar, the "
                     "ministry said.")
    assert one(facts, "Iraq", "ATTACKED", "Islamic State")


# ---- sanctions -----------------------------------------------------------------------------------
def test_ban_on_demonym_imports_is_a_sanction(facts_of):
    facts = facts_of("South Korea imposed a full ban on North Korean imports on Tuesday.")
    assert one(facts, "North Korea", "SANCTIONED_BY", "South Korea").modality == Modality.ASSERTED


def test_travel_ban_on_demonym_officials_is_a_sanction(facts_of):
    facts = facts_of("Canada imposed a travel ban on twelve Eritrean officials.")
    assert one(facts, "Eritrea", "SANCTIONED_BY", "Canada")


def test_agreed_sanctions_are_adopted(facts_of):
    facts = facts_of("European Union finance ministers agreed new sanctions on Belarus on Monday.")
    assert one(facts, "Belarus", "SANCTIONED_BY", "European Union").modality == Modality.ASSERTED


def test_agreed_to_impose_sanctions_stays_planned(facts_of):
    facts = facts_of("European Union finance ministers agreed to impose new sanctions on Belarus.")
    assert one(facts, "Belarus", "SANCTIONED_BY", "European Union").modality == Modality.PLANNED


# ---- precision: places and acts that are not the strike's ----------------------------------------
def test_bare_bearing_from_a_city_is_not_that_city(facts_of):
    facts = facts_of("Rebel drones hit a fuel depot owned by the army 30 km east of Goma, and Rwandan "
                     "jets bombed a base north of the city of Bunia.")
    assert not of_relation(facts, "ATTACKED", obj="Goma")
    assert not of_relation(facts, "ATTACKED", obj="Bunia")


def test_bearing_inside_a_state_is_that_state(facts_of):
    facts = facts_of("Turkish jets bombed depots in the north of Iraq on Sunday.")
    assert one(facts, "Turkey", "ATTACKED", "Iraq")


def test_strike_a_condemnation_is_issued_for_is_not_the_issuers(facts_of):
    facts = facts_of("Egypt issued a sharp condemnation of Israel for a drone strike in Lebanon.")
    assert one(facts, "Egypt", "CONDEMNED", "Israel")
    assert not of_relation(facts, "ATTACKED", "Egypt")


def test_attacks_of_x_on_y(facts_of):
    facts = facts_of("Tehran denounced the repeated rocket attacks of Israel on Lebanon.")
    assert one(facts, "Israel", "ATTACKED", "Lebanon")


def test_eu_council_imposing_sanctions_is_the_council_of_the_eu(facts_of):
    facts = facts_of("The EU Council adopted further sanctions on Myanmar on Monday.")
    assert one(facts, "Myanmar", "SANCTIONED_BY", "Council of the European Union")


# ---- an offensive's aim, a state's soldiers killed -----------------------------------------------
def test_offensive_to_retake_a_city_attacks_it(facts_of):
    facts = facts_of("Sudanese army units launched an offensive to retake Wad Madani last week.")
    assert one(facts, "Sudan", "ATTACKED", "Wad Madani")


def test_group_killing_a_states_soldiers_attacks_that_state(facts_of):
    facts = facts_of("Boko Haram fighters killed nine Chadian soldiers near the lake on Sunday.")
    assert one(facts, "Boko Haram", "ATTACKED", "Chad")


def test_killing_a_states_tourists_is_no_attack_on_it(facts_of):
    facts = facts_of("Gunmen killed two Belgian tourists near the border.")
    assert not of_relation(facts, "ATTACKED", obj="Belgium")


# ---- weapons that land or fall somewhere ---------------------------------------------------------
def test_rockets_fired_by_group_landed_in_a_city(facts_of):
    facts = facts_of("Two rockets fired by Hezbollah landed in Metula overnight, the army said.")
    assert one(facts, "Hezbollah", "ATTACKED", "Metula")
    assert not of_relation(facts, "VISITED")


def test_demonym_missiles_fell_in_a_state(facts_of):
    facts = facts_of("Several Iranian missiles fell in Iraq on Tuesday, officials in Baghdad said.")
    assert one(facts, "Iran", "ATTACKED", "Iraq")
    assert not of_relation(facts, "AIDED")


def test_a_leader_who_landed_somewhere_visited_it(facts_of):
    facts = facts_of("Chancellor Olaf Scholz landed in Hanoi on Sunday for a two-day visit.")
    assert one(facts, "Olaf Scholz", "VISITED", "Hanoi")


def test_the_treasury_sanctions_office_acts_for_the_united_states(facts_of):
    facts = facts_of("The Office of Foreign Assets Control blacklisted four Syrian airlines on Wednesday.")
    assert one(facts, "Syria", "SANCTIONED_BY", "United States")


def test_destroyed_guerilla_camp_of_a_demonym_is_no_attack_on_the_state(facts_of):
    facts = facts_of("Peruvian soldiers destroyed a Bolivian guerilla camp in the mountains on Monday.")
    assert not of_relation(facts, "ATTACKED", obj="Bolivia")


def test_fire_on_a_protest_in_a_city_strikes_the_city(facts_of):
    # (a reaction noun such as "protest" is a place struck; only a reprisal is not)
    facts = facts_of("Ethiopian soldiers opened fire on a protest in Gondar on Tuesday, witnesses said.")
    assert one(facts, "Ethiopia", "ATTACKED", "Gondar")
