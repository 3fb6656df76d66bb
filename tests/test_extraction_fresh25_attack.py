"""Constructions of attacks and sanctions fresh real news showed in stop 25, each in phrasings of
our own.

- the Bosnian Serbs are an armed party of the gazetteer ("Bosnian Serb positions"), and a leader
  named with an armed group holds a post of the group, not of the state its demonym names;
- a person's vehicle stands for the person ("a drone strike on his motorcade");
- a bloc's members act as the bloc ("aircraft from NATO countries"), a weapon names its arm
  ("Ruritanian forces artillery"), a weapon word carries its owner ("a Hamas rocket barrage");
- "struck at X"; "blasted targets near X's base" is an attack, "blasted X" still a censure;
- "shelling and firing on villages in X": the phrases are both events';
- "punitive measures against X" are sanctions; "the island of X" is X;
- "The Treasury said X was sanctioned": with no agent, the reporting state sanctioned;
- a bloc suspending a member state sanctions it; "the militant group X" is the group even when
  the model took X for a person;
- "The strike killed two commanders of the X group": the victims' group was attacked, by the
  agent of the previous sentence's raid;
- "a military coalition against X"; "an artillery barrage against X";
- "Serb guns", "the Serbs" in an article that names the Bosnian Serbs are that armed party;
  Tuzla and Gorazde are cities of the gazetteer;
- "the provinces of X and Y": a name the model took for a people's, conjoined to a place, is a place;
- "Ten rebels of the X group died in the nighttime attack": those who died were its target, its
  agent the previous sentence's raid's; named victims come before the place an attack noun names.

Sentences are our own."""
from tests.facts import find, one


# ---- the Bosnian Serbs --------------------------------------------------------------------------
def test_bosnian_serb_positions_are_the_armed_partys(facts_of):
    facts = facts_of("Allied warplanes from NATO pounded Bosnian Serb positions around Banja Luka overnight.",
                     published="1995-09-10")
    one(facts, "NATO", "ATTACKED", "Bosnian Serbs")


def test_a_leader_named_with_an_armed_group_is_not_the_demonyms_states(facts_of):
    facts = facts_of("Diplomats said Bosnian Serb commander Colonel Petar Vukic had refused to meet the envoys.",
                     published="1995-09-10")
    assert not find(facts, "Petar Vukic", "HOLDS_ROLE", "Bosnia and Herzegovina")


# ---- a person's vehicle ---------------------------------------------------------------------------
def test_a_strike_on_his_convoy_attacked_him(facts_of):
    facts = facts_of("Militia chief Omar Dalmar was killed on Sunday in an Israeli drone strike on his "
                     "convoy at Damascus airport.", published="2024-03-10")
    one(facts, "Israel", "ATTACKED", "Omar Dalmar")


# ---- who acts -------------------------------------------------------------------------------------
def test_aircraft_from_bloc_countries_act_as_the_bloc(facts_of):
    facts = facts_of("Aircraft from NATO countries struck at Houthi targets for a third night on Sunday.",
                     published="2024-03-10")
    one(facts, "NATO", "ATTACKED", "Houthis")


def test_a_states_forces_artillery_shelling(facts_of):
    facts = facts_of("Three farmers died as a result of Iranian forces artillery shelling in Erbil "
                     "on Tuesday.", published="2022-09-27")
    one(facts, "Iran", "ATTACKED", "Erbil")


def test_the_owner_before_the_weapon_word_owns_the_barrage(facts_of):
    facts = facts_of("Lebanese villages were hit by a Hezbollah rocket barrage on Friday, the army said.",
                     published="2023-10-13")
    one(facts, "Hezbollah", "ATTACKED", "Lebanon")


def test_an_aid_planes_owner_does_not_visit(facts_of):
    facts = facts_of("A UAE aid plane landed in Ankara on Monday with tents and blankets.", published="2023-02-13")
    assert not find(facts, "United Arab Emirates", "VISITED", "Ankara")


# ---- the verbs ------------------------------------------------------------------------------------
def test_blasting_targets_near_a_base_is_an_attack(facts_of):
    facts = facts_of("Saudi jets blasted targets near the Houthi headquarters of Saada on Wednesday.",
                     published="2016-05-05")
    one(facts, "Saudi Arabia", "ATTACKED", "Houthis")
    assert not [f for f in facts if f.relation == "CONDEMNED"]


def test_blasting_a_named_target_with_a_state_subject(facts_of):
    facts = facts_of("Turkish jets blasted Kurdistan Workers' Party hideouts near Dohuk on Monday.",
                     published="2021-04-20")
    one(facts, "Turkey", "ATTACKED", "Kurdistan Workers' Party")
    assert not find(facts, "Turkey", "CONDEMNED", "Kurdistan Workers' Party")


def test_shelling_and_firing_share_their_phrases(facts_of):
    facts = facts_of("Two shepherds were wounded when Indian soldiers resorted to intense shelling and firing "
                     "on villages in Kotli district of Pakistan on Sunday.", published="2018-01-21")
    assert [f for f in facts if f.relation == "ATTACKED" and f.subject == "India"]


# ---- sanctions -------------------------------------------------------------------------------------
def test_punitive_measures_are_sanctions(facts_of):
    facts = facts_of("Several partners, including Canada, imposed punitive measures against Belarus "
                     "over the forced landing of the airliner.", published="2021-06-01")
    one(facts, "Belarus", "SANCTIONED_BY", "Canada")


def test_measures_of_no_kind_are_no_sanctions(facts_of):
    facts = facts_of("Canada took new measures against the epidemic on Monday.", published="2021-06-01")
    assert not [f for f in facts if f.relation == "SANCTIONED_BY"]


def test_the_island_of_a_state_is_the_state(facts_of):
    facts = facts_of("Only Norway and the self-governing island of Taiwan have declared sanctions "
                     "on Minsk so far.", published="2021-06-01")
    one(facts, "Belarus", "SANCTIONED_BY", "Taiwan")
    one(facts, "Belarus", "SANCTIONED_BY", "Norway")


def test_an_agentless_passive_sanction_is_the_reporting_states(facts_of):
    facts = facts_of("The State Department said Ruben Ostrega, the army chief of Venezuela, and "
                     "Carla Miron, the country's oil minister, were sanctioned for corruption.",
                     published="2019-03-01")
    one(facts, "Ruben Ostrega", "SANCTIONED_BY", "United States")
    one(facts, "Carla Miron", "SANCTIONED_BY", "United States")


def test_a_state_reporting_its_own_officials_sanctioned_sanctions_no_one(facts_of):
    facts = facts_of("Moscow said its diplomats were sanctioned without any reason.", published="2019-03-01")
    assert not [f for f in facts if f.relation == "SANCTIONED_BY"]


# ---- an armed group the model took for a person ------------------------------------------------------
def test_a_known_group_after_group_is_the_group_not_a_person(facts_of):
    facts = facts_of("The jihadist militant group Al-Shabab stormed a Burundian army base near Baidoa on Monday.",
                     published="2024-01-10")
    attack = one(facts, "al-Shabaab", "ATTACKED", "Burundi")
    assert attack.subject_id.startswith("organization:")


# ---- a bloc suspends a member ------------------------------------------------------------------------
def test_a_bloc_suspending_a_member_state_sanctions_it(facts_of):
    facts = facts_of("ECOWAS said it was suspending Niger from all its decision-making bodies.", published="2023-07-30")
    one(facts, "Niger", "SANCTIONED_BY", "ECOWAS")


def test_suspending_talks_is_no_sanction(facts_of):
    facts = facts_of("The European Union suspended talks with Turkey on Friday.", published="2019-12-27")
    assert not [f for f in facts if f.relation == "SANCTIONED_BY"]


# ---- the victims of an attack noun's killing -------------------------------------------------------
def test_the_strike_killed_members_of_a_group(facts_of):
    facts = facts_of("A raid by Turkish commandos hit a mountain camp on Sunday. The strike before sunrise "
                     "killed three senior members of the Kurdistan Workers' Party.", published="2021-04-20")
    one(facts, "Turkey", "ATTACKED", "Kurdistan Workers' Party")


def test_the_strike_killed_citizens_of_a_state_names_no_group(facts_of):
    facts = facts_of("A raid by Turkish commandos hit a mountain camp on Sunday. The strike before sunrise "
                     "killed three shepherds of Iraq.", published="2021-04-20")
    assert not [f for f in facts if f.relation == "ATTACKED" and f.object_type.value == "Organization"]


# ---- a military coalition against X ------------------------------------------------------------------
def test_leading_a_military_coalition_against_a_group(facts_of):
    facts = facts_of("For six years Nigeria has led a regional military coalition against Boko Haram "
                     "around Lake Chad.", published="2021-04-20")
    one(facts, "Nigeria", "ATTACKED", "Boko Haram")


def test_a_coalition_of_no_arms_attacks_no_one(facts_of):
    facts = facts_of("Nigeria has led a diplomatic coalition against piracy with Ghana.", published="2021-04-20")
    assert not [f for f in facts if f.relation == "ATTACKED"]


# ---- a people's name standing for the armed party the article names ------------------------------------
def test_serb_positions_in_an_article_about_the_bosnian_serbs(facts_of):
    facts = facts_of("NATO jets kept up their assault on Serb artillery positions near Tuzla on Friday, "
                     "hoping to force the Bosnian Serb command to withdraw.", published="1995-09-02")
    one(facts, "NATO", "ATTACKED", "Bosnian Serbs")
    assert not [f for f in facts if f.object == "Serbia"]


def test_the_serbs_answered_with_an_artillery_barrage(facts_of):
    facts = facts_of("Bosnian Serb gunners had shelled the airport road overnight. On Sunday the Serbs answered "
                     "the ultimatum with a heavy artillery barrage against Gorazde.", published="1995-07-10")
    one(facts, "Bosnian Serbs", "ATTACKED", "Gorazde")
    assert not find(facts, "Serbia", "ATTACKED", "Gorazde")


def test_serbs_alone_stay_the_state(facts_of):
    facts = facts_of("Serbian and Hungarian ministers met in Szeged on Monday.", published="2023-07-10")
    assert not [f for f in facts if "Bosnian" in f.subject or "Bosnian" in f.object]


def test_a_barrage_of_no_arms_attacks_no_one(facts_of):
    facts = facts_of("Germany faced a barrage of criticism from Poland on Monday.", published="2023-07-10")
    assert not [f for f in facts if f.relation == "ATTACKED"]


# ---- a conjoined place the model took for a people's name ---------------------------------------------
def test_a_second_province_after_a_place_is_a_place(facts_of):
    facts = facts_of("Pakistani airstrikes on villages in the provinces of Kunar and Paktika drew protests.",
                     published="2022-04-17")
    assert {f.object for f in facts if f.relation == "ATTACKED" and f.subject == "Pakistan"} >= {"Kunar", "Paktika"}


def test_a_demonym_conjoined_to_a_place_stays_a_demonym(facts_of):
    facts = facts_of("Officials from Kabul and Pakistani diplomats met on Monday.", published="2022-09-27")
    assert not [f for f in facts if f.object == "Pakistani" or f.subject == "Pakistani"]


# ---- those who died in the attack ---------------------------------------------------------------------
def test_rebels_who_died_in_the_attack_were_its_target(facts_of):
    facts = facts_of("A raid into Iraq by Turkish commandos has angered Baghdad. Nine fighters of the "
                     "Kurdistan Workers' Party are thought to have died in the night-time attack on a hillside camp.",
                     published="2021-04-20")
    one(facts, "Turkey", "ATTACKED", "Kurdistan Workers' Party")
    assert not find(facts, "Kurdistan Workers' Party", "ATTACKED", "Iraq")


def test_the_dead_of_an_attack_are_never_its_agent(facts_of):
    facts = facts_of("Twelve Malian soldiers died in the ambush near Gao on Friday.", published="2021-04-20")
    assert not [f for f in facts if f.relation == "ATTACKED" and f.subject == "Mali"]
