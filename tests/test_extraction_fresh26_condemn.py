"""How real news words censure and aid (stop 26, the condemnation and aid helper): a plural
object noun the tagger took for a verb keeps its possessor ("condemned X's launches during
their talks"); "hit out at X's actions"; a body's title and an honorific before a name ("the X
Forum Secretary-General Dr. Name") leave the person the actor; doses "of vaccines donated by X";
thanks for assistance ("expressed gratitude to Y for the aid"): Y gave it to the thanker's state;
"sent a message of thanks" is no aid. Sentences are our own; articles are dated Friday 8 March
2024."""

from tests.facts import find, one


def _rel(facts, relation):
    return [f for f in facts if f.relation == relation]


def test_possessed_launches_tagged_as_a_verb(facts_of):
    facts = facts_of("Defence ministers of Chile and Peru condemned Bolivia's recent rocket launches "
                     "during their meeting.")
    one(facts, "Chile", "CONDEMNED", "Bolivia")
    one(facts, "Peru", "CONDEMNED", "Bolivia")


def test_hit_out_at_a_states_actions(facts_of):
    facts = facts_of("On Tuesday Marco Rubio hit out at Venezuela's reckless moves against Guyana.")
    one(facts, "Marco Rubio", "CONDEMNED", "Venezuela")


def test_body_title_with_honorific_before_the_name(facts_of):
    facts = facts_of("Arab League Secretary-General Dr. Ahmed Aboul Gheit slammed Israel on Monday.")
    one(facts, "Ahmed Aboul Gheit", "CONDEMNED", "Israel")
    assert not find(facts, "Arab League", "CONDEMNED", "Israel")


def test_doses_of_vaccines_donated_by_a_government(facts_of):
    facts = facts_of("The Nepalese government on Monday received a second batch of 300,000 doses "
                     "of vaccines donated by the Indian government.")
    one(facts, "India", "AIDED", "Nepal")


def test_gratitude_to_a_state_for_assistance(facts_of):
    facts = facts_of("Shehbaz Sharif expressed gratitude to the people of Turkey for the generous "
                     "humanitarian assistance delivered after the floods in Sindh.")
    one(facts, "Turkey", "AIDED", "Pakistan")


def test_thanked_for_aid(facts_of):
    facts = facts_of("Nepal thanked India and Japan for the emergency aid sent after the earthquake.")
    one(facts, "India", "AIDED", "Nepal")
    one(facts, "Japan", "AIDED", "Nepal")


def test_a_message_of_thanks_is_no_aid(facts_of):
    facts = facts_of("King Abdullah II sent a message of thanks to Emir Tamim bin Hamad Al Thani after "
                     "the relief and rescue efforts of a Qatari team.")
    assert not _rel(facts, "AIDED")


def test_accusing_after_an_order_hung_on_its_object(facts_of):
    facts = facts_of("Ghana ordered the expulsion of Togo's consul after accusing neighbouring Togo "
                     "of meddling in a regional vote.")
    one(facts, "Ghana", "CONDEMNED", "Togo")


def test_summoned_deputy_high_commissioner_stands_for_his_state(facts_of):
    facts = facts_of("Bangladesh summoned Indian Deputy High Commissioner Arvind Rao and handed him a "
                     "sharp protest over shooting on the border.")
    one(facts, "Bangladesh", "CONDEMNED", "India")
    assert not find(facts, "Bangladesh", "CONDEMNED", "Arvind Rao")


def test_a_capitals_foreign_ministry_is_its_state(facts_of):
    facts = facts_of("The Ankara Foreign Ministry summoned the Greek ambassador on Tuesday.")
    one(facts, "Turkey", "CONDEMNED", "Greece")
    assert not [f for f in _rel(facts, "CONDEMNED") if "Ministry" in f.subject]


def test_a_capitals_police_stays_the_citys(facts_of):
    facts = facts_of("The Moscow City Police detained two Georgian students on Sunday.")
    assert not find(facts, "Russia", "CONDEMNED", "Georgia")


def test_officials_of_a_state_responsible_for_deaths(facts_of):
    facts = facts_of("President Ilham Aliyev said Armenian officials were responsible for the deaths.")
    one(facts, "Ilham Aliyev", "CONDEMNED", "Armenia")


def test_complaining_that_authorities_blocked(facts_of):
    facts = facts_of("Peru's president Dina Boluarte recalled her ambassador, complaining that Bolivian "
                     "authorities had kept Peruvian monitors out of a frontier town.")
    one(facts, "Dina Boluarte", "CONDEMNED", "Bolivia")


def test_a_government_decided_to_provide_relief_goods(facts_of):
    facts = facts_of("On Thursday the Government of Australia decided to provide tents, blankets and water "
                     "purifiers to Vanuatu after the cyclone.")
    f = one(facts, "Australia", "AIDED", "Vanuatu")
    assert f.modality == "asserted"


def test_agreed_to_send_troops_stays_a_plan(facts_of):
    facts = facts_of("Ghana agreed to send 300 soldiers to Liberia, the spokesman added.")
    assert all(f.modality != "asserted" for f in find(facts, "Ghana", "AIDED", "Liberia"))


def test_a_states_red_cross_society_is_that_state(facts_of):
    facts = facts_of("Canada said on Tuesday it would give $300,000 in grant aid to the Fiji Red Cross.")
    assert not [f for f in _rel(facts, "AIDED") if "International" in f.object]
    facts = facts_of("Canada on Tuesday gave $300,000 in grant aid to the Fiji Red Cross.")
    one(facts, "Canada", "AIDED", "Fiji")


def test_allocating_military_financing_to_a_state(facts_of):
    facts = facts_of("Britain is allocating a further $80 million in military financing to Estonia.")
    one(facts, "United Kingdom", "AIDED", "Estonia")


def test_allocating_money_to_a_ministry_is_no_aid(facts_of):
    facts = facts_of("The Kenyan government allocated $5 million to the health ministry for vaccines.")
    assert not _rel(facts, "AIDED")


def test_troops_operating_in_a_state_helping_the_government(facts_of):
    facts = facts_of("Rwandan troops have been deployed in northern Mozambique since 2021, helping the "
                     "elected government push back the insurgents.")
    one(facts, "Rwanda", "AIDED", "Mozambique")


def test_a_contingent_in_a_mission_assisting_the_government(facts_of):
    facts = facts_of("Burundi keeps a contingent of 2,000 soldiers in the peace mission in the Central "
                     "African Republic, assisting the government against armed bands.")
    one(facts, "Burundi", "AIDED", "Central African Republic")


def test_helping_a_named_states_government_is_not_the_place(facts_of):
    facts = facts_of("Chadian troops are stationed in Niger, helping Mali's government hold the border.")
    assert not find(facts, "Chad", "AIDED", "Niger")


def test_relative_clause_agreeing_with_a_coordination(facts_of):
    facts = facts_of("Fighting flared between the army and fighters from the Arakan Army and the "
                     "Ta'ang National Liberation Army faction, which have accused Myanmar of bombing villages.")
    one(facts, "Arakan Army", "CONDEMNED", "Myanmar")


def test_a_singular_relative_clause_keeps_its_last_conjunct(facts_of):
    facts = facts_of("Armenia and the Azerbaijani foreign ministry, which has accused Russia of "
                     "bias, issued statements.")
    assert not find(facts, "Armenia", "CONDEMNED", "Russia")


def test_strikes_condemned_as_a_violation_two_sentences_on(facts_of):
    facts = facts_of("Turkey carried out three drone strikes on northern Iraq on Tuesday night. The "
                     "strikes hit villages near Duhok around midnight, local officials said. Two "
                     "farmers were among the dead, according to Iraqi officials, who denounced those "
                     "strikes as a breach of Iraqi sovereignty.")
    one(facts, "Iraq", "CONDEMNED", "Turkey")


def test_a_states_border_service_accuses(facts_of):
    facts = facts_of("Armenia's national security service accused Azerbaijan of shelling two villages "
                     "near the frontier on Monday.")
    one(facts, "Armenia", "CONDEMNED", "Azerbaijan")


def test_a_backtick_possessive(facts_of):
    facts = facts_of("Kigali: Rwanda`s President Paul Kagame accused Burundi of sheltering rebels.")
    one(facts, "Paul Kagame", "CONDEMNED", "Burundi")


def test_a_possessor_hung_on_a_quoted_adjective(facts_of):
    facts = facts_of("Russia on Monday chose to put sanctions on Senator Lindsey Graham in answer to his "
                     "\"reckless\" and \"hostile\" actions, Russia's foreign ministry said.")
    one(facts, "Russia", "CONDEMNED", "Lindsey Graham")


def test_a_plane_arrived_carrying_supplies(facts_of):
    facts = facts_of("A Turkish plane arrived in Khartoum on Sunday, carrying 30 tonnes of medical supplies "
                     "for hospitals.")
    one(facts, "Turkey", "AIDED", "Sudan")


def test_a_plane_landed_at_port_sudan_carrying_medicine(facts_of):
    facts = facts_of("A Saudi cargo plane landed at Port Sudan airport on Sunday, carrying tents and "
                     "medicine for displaced families.")
    one(facts, "Saudi Arabia", "AIDED", "Sudan")


def test_a_plane_arrived_carrying_a_delegation_is_no_aid(facts_of):
    facts = facts_of("A Turkish plane arrived in Khartoum on Sunday, carrying a trade delegation.")
    assert not _rel(facts, "AIDED")


def test_welcoming_foreign_doctors(facts_of):
    facts = facts_of("On Monday Peru welcomed 90 Chinese doctors and nurses, who will work in clinics "
                     "hit by the outbreak.")
    one(facts, "China", "AIDED", "Peru")


def test_welcoming_a_foreign_minister_is_no_aid(facts_of):
    facts = facts_of("On Monday Peru welcomed the Chinese foreign minister for talks on relief for "
                     "the mining region.")
    assert not find(facts, "China", "AIDED", "Peru")


def test_thanks_for_support_given_to_a_state(facts_of):
    facts = facts_of("Nepal's prime minister conveyed deep thanks to Japan for the generous support "
                     "given to Nepal after the landslides.")
    one(facts, "Japan", "AIDED", "Nepal")


def test_thanks_for_support_with_no_recipient_is_no_aid(facts_of):
    facts = facts_of("Nepal's prime minister thanked Japan for its support at the United Nations.")
    assert not find(facts, "Japan", "AIDED", "Nepal")


def test_declaring_a_neighbour_an_enemy(facts_of):
    facts = facts_of("Eritrea declared its southern neighbour Djibouti an enemy state for allegedly "
                     "seizing fishing boats in Eritrean waters.")
    one(facts, "Eritrea", "CONDEMNED", "Djibouti")


def test_declaring_a_holiday_is_no_censure(facts_of):
    facts = facts_of("Eritrea declared Monday a national holiday after the talks with Djibouti.")
    assert not _rel(facts, "CONDEMNED")
