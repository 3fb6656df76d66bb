"""How real news words censure and aid (stop 25, the condemnation and aid helper): two states
named in apposition to "both nations" accuse one another; "the two countries" after a summit
held in a third state are the two whose leaders met; "in protest of X's raid"; "the government
of President Name" acts for that president's state. Sentences are our own; articles are dated
Friday 8 March 2024."""

from tests.facts import find, one


def _rel(facts, relation):
    return [f for f in facts if f.relation == relation]


def test_both_nations_named_in_apposition_accuse_one_another(facts_of):
    facts = facts_of("Peru's foreign minister ended a trip to Bolivia in haste. Both Andean nations, "
                     "Chile and Peru, have for years accused one another of hiding smugglers.")
    one(facts, "Chile", "CONDEMNED", "Peru")
    one(facts, "Peru", "CONDEMNED", "Chile")
    assert not find(facts, "Peru", "CONDEMNED", "Bolivia")
    assert not find(facts, "Bolivia", "CONDEMNED", "Peru")


def test_the_two_countries_after_a_summit_held_in_a_third(facts_of):
    facts = facts_of("Armenia's prime minister Nikol Pashinyan sat down with his Azerbaijani counterpart "
                     "on Monday at a summit in Georgia. Hours later both countries traded blame "
                     "for new shooting on the frontier.")
    one(facts, "Armenia", "CONDEMNED", "Azerbaijan")
    one(facts, "Azerbaijan", "CONDEMNED", "Armenia")
    assert not [f for f in _rel(facts, "CONDEMNED") if "Georgia" in (f.subject, f.object)]


def test_in_protest_of_a_raid(facts_of):
    facts = facts_of("Chile expelled two Bolivian diplomats on Tuesday in protest of Bolivia's raid "
                     "across the border.")
    one(facts, "Chile", "CONDEMNED", "Bolivia")


def test_the_protest_of_farmers_is_no_censure_of_them(facts_of):
    facts = facts_of("The protest of Chilean farmers against Argentina blocked two mountain passes.")
    assert not find(facts, "Argentina", "CONDEMNED", "Chile")


def test_the_government_of_a_named_president_protests(facts_of):
    facts = facts_of("The government of President Gustavo Petro said it had handed a sharply worded "
                     "protest to the Ecuadorean ambassador.")
    one(facts, "Colombia", "CONDEMNED", "Ecuador")


def test_an_aid_plane_with_the_giver_on_its_cargo_word(facts_of):
    facts = facts_of("A Kuwaiti relief plane landed in Jordan on Monday with blankets and tents.")
    one(facts, "Kuwait", "AIDED", "Jordan")
    assert not find(facts, "Kuwait", "VISITED", "Jordan")


def test_a_plane_carrying_aid_from_a_state_seen_arriving(facts_of):
    facts = facts_of("On Wednesday a jet carrying medical aid from Norway was seen arriving in Nairobi "
                     "after the floods.")
    one(facts, "Norway", "AIDED", "Kenya")


def test_a_plane_carrying_officials_seen_arriving_is_no_aid(facts_of):
    facts = facts_of("A jet carrying Norwegian ministers was seen arriving in Nairobi on Wednesday.")
    assert not _rel(facts, "AIDED")


def test_calling_a_raid_a_massacre(facts_of):
    facts = facts_of("Chile called the raid by Peruvian commandos a massacre.")
    one(facts, "Chile", "CONDEMNED", "Peru")


def test_troops_deployed_in_a_state_to_help(facts_of):
    facts = facts_of("Burundi has deployed some 3,000 soldiers in the Central African Republic to help "
                     "restore order.")
    one(facts, "Burundi", "AIDED", "Central African Republic")


def test_troops_deployed_in_a_state_for_drills_are_no_aid(facts_of):
    facts = facts_of("Russia deployed troops in Belarus for exercises.")
    assert not _rel(facts, "AIDED")


def test_a_legislature_gives_aid_as_its_state(facts_of):
    facts = facts_of("The US Congress voted last month to ship $2 billion in military aid to Taiwan.")
    fact = one(facts, "United States", "AIDED", "Taiwan")
    assert fact.modality.value == "asserted"
    assert not find(facts, "United States Congress", "AIDED", "Taiwan")


def test_a_development_agency_gives_aid_as_its_state(facts_of):
    facts = facts_of("The U.S. Agency for International Development gave ten million dollars to Haiti "
                     "after the storm.")
    one(facts, "United States", "AIDED", "Haiti")


def test_a_dateline_with_an_ordinal_day_and_a_comma_year_is_cut():
    from ingest.cleaning import clean_article_text

    sentence = "The secretariat of the African Union deplored the shelling of two border towns."
    page = f"ADDIS ABABA, 3rd May, 2025 (ENA) -- {sentence}\n\nNo casualty figures were given.\n"
    assert clean_article_text(page) == f"{sentence}\n\nNo casualty figures were given."



def test_saying_a_state_is_part_of_a_conspiracy(facts_of):
    facts = facts_of("Bolivia's president Luis Arce has said Peru is part of a foreign conspiracy "
                     "aimed at toppling him.")
    one(facts, "Luis Arce", "CONDEMNED", "Peru")


def test_calling_the_act_just_told_a_violation(facts_of):
    facts = facts_of("Eritrean gunboats shelled positions in Djibouti on Monday, the navy said. "
                     "Djibouti's government called it a grave violation of the 2018 peace deal.")
    one(facts, "Eritrea", "ATTACKED", "Djibouti")
    one(facts, "Djibouti", "CONDEMNED", "Eritrea")


def test_calling_the_act_just_told_a_success_is_no_censure(facts_of):
    facts = facts_of("Eritrean gunboats shelled positions in Djibouti on Monday, the navy said. "
                     "Eritrea's government called it a success.")
    assert not _rel(facts, "CONDEMNED")


def test_sending_relief_to_help_people_hit_by_a_disaster_in_a_state(facts_of):
    facts = facts_of("Oman sent a ship loaded with tents and blankets to help hundreds of families "
                     "displaced by the cyclone in Mozambique.")
    one(facts, "Oman", "AIDED", "Mozambique")


def test_aid_sent_to_refugees_in_a_state(facts_of):
    facts = facts_of("Ireland sent aid to refugees in Uganda on Monday.")
    one(facts, "Ireland", "AIDED", "Uganda")


def test_aid_to_refugees_named_for_another_state_is_not_the_host_s(facts_of):
    facts = facts_of("Ireland sent aid to Sudanese refugees in Chad on Monday.")
    assert not find(facts, "Ireland", "AIDED", "Chad")


def test_a_relief_plane_landing_in_a_city_that_is_no_capital(facts_of):
    facts = facts_of("A Turkish cargo plane with 40 tonnes of relief supplies for the flood victims "
                     "landed in Karachi on Monday.")
    one(facts, "Turkey", "AIDED", "Pakistan")
    assert not find(facts, "Turkey", "VISITED", "Karachi")


def test_work_done_in_states_as_part_of_aid(facts_of):
    facts = facts_of("Qatar is rebuilding a number of clinics in Malawi and Zambia as part of flood "
                     "relief aid for the region.")
    one(facts, "Qatar", "AIDED", "Malawi")
    one(facts, "Qatar", "AIDED", "Zambia")


def test_aid_named_with_its_recipient_keeps_it_as_part_of_a_clause(facts_of):
    facts = facts_of("As part of its aid to Moldova, Romania stationed engineers in Bulgaria.")
    one(facts, "Romania", "AIDED", "Moldova")
    assert not find(facts, "Romania", "AIDED", "Bulgaria")
