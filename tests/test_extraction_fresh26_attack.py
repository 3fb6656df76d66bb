"""Constructions of attacks and sanctions fresh real news showed in stop 26, each in phrasings of
our own.

- "designated X" (bare) lists X for sanctions; "X-affiliated firms" are X's; a long list of states
  is read whole; "designated Y as its envoy" is no listing;
- "hit X with sanctions" is a sanction by the subject, no strike; "the sanctions target X" too;
- "decided to impose sanctions" sanctions (the decision is the act); "agreed to impose" stays planned;
- "Ecowas", "Hezballah": spellings of the gazetteer's bodies;
- "X pilots in Y, who are taking part in strikes on Z": "who" is the pilots (X's), not the place;
  visiting a state's troops is no visit to that state;
- "an air strike on western X city": the name the parser took for an adjective of the city;
- "bombed the terminal at the port of X": the place of the object's phrase; "bombed shops in the
  A and B districts of the city, X": the city;
- "antiterrorist operations inside X"; "a strike killed three fighters from the X group" (the
  phrase hung on the verb); "struck depots in Y affiliated with X" (the participle hung on the
  verb); "the killing of two X soldiers by a Y drone strike": Y attacked X;
- a siege is an attack, and "the siege of and final assault on X" shares X; "air raids by both
  countries" after two states are named: each attacked the other; "the decision of X to launch
  strikes", "X's decision to impose sanctions": X acts;
- "Commander X, killed on Sunday in a Y strike": Y attacked X, also when the parser hung the
  participle on the phrase the name is in; "bombed a warehouse near X's headquarters";
- "freezing assets and banning transactions with X" (the parser may hang the "with" phrase on the
  assets): X is sanctioned;
- "sanctions on four officials in X": unnamed officials are listed by the state they are in;
- an AP archive dateline ends with a spaced underscore ("SARAJEVO, Bosnia-Herzegovina (AP) _ ").

Sentences are our own."""
from ingest.cleaning import clean_article_text
from schemas.models import Modality
from tests.facts import find, one


# ---- listings ------------------------------------------------------------------------------------
def test_designating_affiliated_firms_sanctions_their_group_by_every_listed_state(facts_of):
    facts = facts_of("Bahrain, Kuwait, Oman, Jordan, Egypt, Morocco and Tunisia also designated twelve "
                     "Hezballah-affiliated financiers and firms on Tuesday.")
    for state in ("Bahrain", "Kuwait", "Oman", "Jordan", "Egypt", "Morocco", "Tunisia"):
        one(facts, "Hezbollah", "SANCTIONED_BY", state)


def test_designating_an_envoy_is_no_listing(facts_of):
    facts = facts_of("The government designated Lena Varga as its new envoy to the talks.")
    assert not [f for f in facts if f.relation == "SANCTIONED_BY"]


def test_an_act_is_no_alternative_to_its_actors(facts_of):
    facts = facts_of("Officials said that the new action, taken with its partners, or the nine members of "
                     "the Arab League, designated the Hamas treasurer Omar Halabi.")
    assert not find(facts, "Omar Halabi", "SANCTIONED_BY", "Arab League")


# ---- penalties are no strikes --------------------------------------------------------------------
def test_hitting_banks_with_sanctions_sanctions_their_state(facts_of):
    facts = facts_of("Canada hit three Iranian banks with sanctions on Monday after a series of missile tests.")
    one(facts, "Iran", "SANCTIONED_BY", "Canada")
    assert not [f for f in facts if f.relation == "ATTACKED"]


def test_sanctions_that_target_a_general_sanction_him(facts_of):
    facts = facts_of("Canadian sanctions were announced on Monday against Myanmar's army. The sanctions, which "
                     "were approved by the cabinet on Sunday, target five generals as well as Min Aung Hlaing.")
    one(facts, "Min Aung Hlaing", "SANCTIONED_BY", "Canada")
    assert not [f for f in facts if f.relation == "ATTACKED"]


# ---- decisions -----------------------------------------------------------------------------------
def test_a_decision_to_impose_sanctions_is_the_sanction(facts_of):
    facts = facts_of("Japan on Tuesday decided to impose sanctions on Niger's junta.")
    assert one(facts, "Niger", "SANCTIONED_BY", "Japan").modality == Modality.ASSERTED


def test_an_agreement_to_impose_sanctions_is_still_to_come(facts_of):
    facts = facts_of("Japan on Tuesday agreed to impose sanctions on Chad.")
    assert one(facts, "Chad", "SANCTIONED_BY", "Japan").modality == Modality.PLANNED


# ---- spellings -----------------------------------------------------------------------------------
def test_the_bloc_spelled_as_a_word(facts_of):
    facts = facts_of("Ecowas had imposed sanctions on Niger in August.")
    one(facts, "Niger", "SANCTIONED_BY", "ECOWAS")


# ---- who strikes ---------------------------------------------------------------------------------
def test_who_after_a_place_is_the_pilots_there(facts_of):
    facts = facts_of("The minister spent Sunday with Dutch pilots in Jordan, who are taking part in air strikes "
                     "on Islamic State targets in Syria.")
    one(facts, "Netherlands", "ATTACKED", "Islamic State")
    assert not find(facts, "Jordan", "ATTACKED", "Islamic State")


def test_visiting_a_states_troops_is_no_visit_to_it(facts_of):
    facts = facts_of("Rutte flew home after visiting Dutch troops in Jordan.")
    assert not find(facts, "Mark Rutte", "VISITED", "Netherlands")


# ---- where it struck -----------------------------------------------------------------------------
def test_a_city_name_taken_for_an_adjective(facts_of):
    facts = facts_of("Nine people died in a drone strike by Russia's army on northern Kharkiv city on Friday.")
    one(facts, "Russia", "ATTACKED", "Kharkiv")


def test_bombing_a_terminal_at_a_port(facts_of):
    facts = facts_of("Saudi jets bombed the fuel terminal at the Yemeni port of Hodeidah on Monday.")
    one(facts, "Saudi Arabia", "ATTACKED", "Hodeidah")


def test_districts_of_a_city_are_the_city_struck(facts_of):
    facts = facts_of("Russian jets bombed shops in the Salaheddine and Bustan districts of the northern city, "
                     "Aleppo, on Monday.")
    one(facts, "Russia", "ATTACKED", "Aleppo")
    assert not find(facts, "Russia", "ATTACKED", "Salaheddine")


# ---- what it struck ------------------------------------------------------------------------------
def test_antiterrorist_operations_inside_a_state(facts_of):
    facts = facts_of("The Kenyan army said it had carried out antiterrorist operations inside Somalia on Sunday.")
    one(facts, "Kenya", "ATTACKED", "Somalia")


def test_fighters_from_a_group_hung_on_the_verb(facts_of):
    facts = facts_of("A Turkish drone strike killed three fighters from the PKK near Sinjar on Sunday.")
    one(facts, "Turkey", "ATTACKED", "Kurdistan Workers' Party")


def test_targets_affiliated_with_a_group_hung_on_the_verb(facts_of):
    facts = facts_of("Jordanian jets struck depots in Syria affiliated with Hezbollah overnight.")
    one(facts, "Jordan", "ATTACKED", "Hezbollah")


def test_killing_of_soldiers_by_a_drone_strike(facts_of):
    facts = facts_of("The minister discussed the killing of two Greek soldiers by a Turkish drone strike.")
    one(facts, "Turkey", "ATTACKED", "Greece")


def test_killing_of_civilians_by_police_is_no_attack_on_their_state(facts_of):
    facts = facts_of("The ministry condemned the killing of Iranian civilians by Iraqi police.")
    assert not [f for f in facts if f.relation == "ATTACKED"]


# ---- sieges, both sides, decisions ---------------------------------------------------------------
def test_a_siege_is_an_attack(facts_of):
    facts = facts_of("Aid agencies said the siege of Mariupol by Russian forces had cut off water.")
    one(facts, "Russia", "ATTACKED", "Mariupol")


def test_a_preposition_left_before_and_shares_the_next_object(facts_of):
    facts = facts_of("The report detailed the Russian army's siege of and final assault on Mariupol.")
    one(facts, "Russia", "ATTACKED", "Mariupol")


def test_raids_by_both_countries_go_each_way(facts_of):
    facts = facts_of("Tension between Armenia and Azerbaijan turned into open war on Monday, with air raids "
                     "by both countries.")
    one(facts, "Armenia", "ATTACKED", "Azerbaijan")
    one(facts, "Azerbaijan", "ATTACKED", "Armenia")


def test_the_decision_of_a_body_to_launch_strikes(facts_of):
    facts = facts_of("I welcome the decision of NATO to launch air strikes against Bosnian Serb positions.")
    one(facts, "NATO", "ATTACKED", "Bosnian Serbs")


def test_a_states_decision_to_impose_sanctions(facts_of):
    facts = facts_of("Diplomats praised Canada's decision to impose sanctions on Belarus.")
    one(facts, "Belarus", "SANCTIONED_BY", "Canada")


def test_a_plan_to_invade_is_planned(facts_of):
    facts = facts_of("Diplomats doubted the plan of the Russian army to invade Georgia.")
    assert one(facts, "Russia", "ATTACKED", "Georgia").modality == Modality.PLANNED


# ---- victims, the places near ---------------------------------------------------------------------
def test_a_commander_killed_in_a_strike(facts_of):
    facts = facts_of("Hamas commander Omar Dalmar, killed on Sunday in an Israeli drone strike, was buried in Gaza.")
    one(facts, "Israel", "ATTACKED", "Omar Dalmar")


def test_the_funeral_of_a_commander_killed_in_a_strike(facts_of):
    facts = facts_of("Hundreds attended the funeral of Hamas commander Omar Dalmar, killed on Sunday in an "
                     "Israeli drone strike.")
    one(facts, "Israel", "ATTACKED", "Omar Dalmar")


def test_bombing_a_warehouse_near_a_groups_headquarters(facts_of):
    facts = facts_of("Israeli jets bombed a warehouse near Hezbollah's headquarters on Monday.")
    one(facts, "Israel", "ATTACKED", "Hezbollah")


def test_an_ap_archive_dateline_is_cut():
    sentence = "Serb gunners shelled the town overnight, officials said."
    assert clean_article_text(f"GORAZDE, Bosnia-Herzegovina (AP) _ {sentence}\n") == sentence


def test_freezing_assets_and_banning_transactions_with_persons(facts_of):
    facts = facts_of("Britain said it was freezing any British assets and banning transactions with Pavel Orlov, "
                     "a Wagner Group commander, on Tuesday.")
    one(facts, "Pavel Orlov", "SANCTIONED_BY", "United Kingdom")


def test_the_with_phrase_hung_on_the_frozen_assets(facts_of):
    facts = facts_of("Canada said it was freezing any Canadian assets and criminalizing transactions with "
                     "Sergei Volkov and Ivan Sokol.")
    one(facts, "Sergei Volkov", "SANCTIONED_BY", "Canada")
    one(facts, "Ivan Sokol", "SANCTIONED_BY", "Canada")


def test_assets_frozen_with_immediate_effect_name_no_target(facts_of):
    facts = facts_of("The central bank froze the assets with immediate effect.")
    assert not [f for f in facts if f.relation == "SANCTIONED_BY"]


def test_sanctions_on_officials_in_a_state(facts_of):
    facts = facts_of("Canada imposed sanctions on four junta officials in the landlocked country of Niger on Monday.")
    one(facts, "Niger", "SANCTIONED_BY", "Canada")
