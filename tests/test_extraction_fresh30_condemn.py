"""How real news words censure and aid (stop 30, the condemnation and aid helper): a casualty
noun told with the attack it fell in ("the killing of X in a Y attack", "deaths during Y air
strikes") is the attacker's, its "of" names victims; a noun owned
by a name the reader could not resolve ("Z's remarks on Y rule") names no owner by the nouns of
its "of" phrase; "criminal" on a group noun ("the Honduran criminal gang") classes the group, it
is no verdict on the state that names it; "helping the Malian army battle Y", which the small
parser reads as one object phrase, helps no one it fights; a state's bare "support for" or
"backing for" an armed group (the gazetteer's kind) aids it; relief delivered to a city that is
no capital reaches its state; troops given to a body's force placed in a state ("the AU
force that is in X") aid the host; the wire spelling "Shebab" names al-Shabaab. Sentences are our own; articles are
dated Friday 8 March 2024."""

from tests.facts import find


def test_unresolved_possessor_owns_the_censured_statement(facts_of):
    facts = facts_of("Peru and Chile voiced sharp condemnation of Zandorov's declaration of "
                     "Taliban control over the valley.")
    assert not [f for f in facts if f.relation == "CONDEMNED" and f.object == "Taliban"]


def test_resolved_possessor_still_owns_the_censured_act(facts_of):
    facts = facts_of("Chile condemned Hamas's rocket attack on Ashkelon on Tuesday.")
    assert find(facts, "Chile", "CONDEMNED", "Hamas")


def test_criminal_group_of_a_state_is_no_verdict_on_the_state(facts_of):
    facts = facts_of("Britain on Thursday froze the assets of the Honduran criminal gang and two "
                     "of its bosses, the Foreign Office said in a statement.")
    assert not [f for f in facts if f.relation == "CONDEMNED" and f.object == "Honduras"]


def test_criminal_act_still_censured(facts_of):
    facts = facts_of("Poland said Belarus's criminal provocation at the border would not be "
                     "tolerated.")
    assert find(facts, "Poland", "CONDEMNED", "Belarus")


def test_helping_an_army_battle_a_group_aids_not_the_group(facts_of):
    facts = facts_of("Chadian troops in Niger were helping the national army battle the Islamic "
                     "State.")
    assert not [f for f in facts if f.relation == "AIDED" and f.object == "Islamic State"]


def test_killing_of_victims_in_an_owned_attack_is_the_attackers(facts_of):
    facts = facts_of("Georgia condemned the killing of three Georgian border guards in a Russian "
                     "drone attack near the checkpoint.")
    assert find(facts, "Georgia", "CONDEMNED", "Russia")
    assert not find(facts, "Georgia", "CONDEMNED", "Georgia")


def test_deaths_during_strikes_hung_on_the_verb(facts_of):
    facts = facts_of("Qatar denounced the deaths of aid workers during Israeli air strikes on "
                     "Rafah.")
    assert find(facts, "Qatar", "CONDEMNED", "Israel")


def test_a_states_support_for_an_armed_group(facts_of):
    facts = facts_of("Diplomats in Kampala say Uganda's support for the M23 movement has "
                     "deepened the crisis.")
    assert find(facts, "Uganda", "AIDED", "M23")


def test_a_states_backing_for_an_armed_group(facts_of):
    facts = facts_of("Analysts in Beirut traced Iran's backing for Hezbollah over four decades.")
    assert find(facts, "Iran", "AIDED", "Hezbollah")


def test_a_states_support_for_a_plan_is_no_aid(facts_of):
    facts = facts_of("Kenya's support for the African Union plan was welcomed in Addis Ababa.")
    assert not [f for f in facts if f.relation == "AIDED"]


def test_relief_delivered_to_a_city_reaches_its_state(facts_of):
    facts = facts_of("Turkey on Wednesday delivered medical aid and blankets to Kharkiv.")
    assert find(facts, "Turkey", "AIDED", "Ukraine")


def test_troops_sent_to_a_city_are_no_aid_to_its_state(facts_of):
    facts = facts_of("Britain sent two hundred soldiers to Basra last spring.")
    assert not [f for f in facts if f.relation == "AIDED"]


def test_troops_given_to_a_bodys_force_in_a_state_aid_the_host(facts_of):
    facts = facts_of("Malawi provides 900 troops to the SADC force that is in Mozambique "
                     "guarding the gas fields.")
    assert find(facts, "Malawi", "AIDED", "Mozambique")
    assert not find(facts, "Malawi", "AIDED", "Southern African Development Community")


def test_money_given_to_a_bodys_force_placed_nowhere_aids_the_body(facts_of):
    facts = facts_of("Last year Japan gave $40 million to the AU force, its embassy noted on "
                     "Monday.")
    assert find(facts, "Japan", "AIDED", "African Union")


def test_the_shebab_spelling_names_the_somali_group(facts_of):
    facts = facts_of("Kenya on Tuesday condemned a Shebab raid on a police post in Mandera.")
    assert find(facts, "Kenya", "CONDEMNED", "al-Shabaab")
