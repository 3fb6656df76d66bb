"""How real news words censure and aid (stop 27, the condemnation and aid helper): the main verb
the parser hung on the subject's name after its appositive ("X, Secretary-General of Y,
condemned in very strong terms ..."); the owner named before two weapon nouns ("the X barrage
rocket attack"); remarks "made by" someone are that person's. Sentences are our own; articles
are dated Friday 8 March 2024."""

from tests.facts import find, one


def test_main_verb_after_an_appositive_taken_for_a_clause(facts_of):
    facts = facts_of("Hissein Brahim Taha, Secretary-General of the Organisation of Islamic Cooperation, "
                     "condemned in the clearest words the repeated raids conducted by Israel on the town of Jenin.")
    one(facts, "Hissein Brahim Taha", "CONDEMNED", "Israel")
    assert not find(facts, "Israel", "CONDEMNED", "Hissein Brahim Taha")


def test_main_verb_after_a_short_appositive(facts_of):
    facts = facts_of("Jens Stoltenberg, Secretary General of NATO, condemned in very strong terms the "
                     "missile strikes carried out by Russia on the city of Odesa.")
    one(facts, "Jens Stoltenberg", "CONDEMNED", "Russia")


def test_owner_before_two_weapon_nouns(facts_of):
    facts = facts_of("Egypt on Sunday condemned the Hamas barrage rocket strike on Ashkelon that wounded three people.")
    one(facts, "Egypt", "CONDEMNED", "Hamas")


def test_protest_against_remarks_made_by_a_minister(facts_of):
    facts = facts_of("Pakistan lodged a formal protest against the offensive comments made by "
                     "Indian Defence Minister Rajnath Singh at a rally in Punjab.")
    one(facts, "Pakistan", "CONDEMNED", "Rajnath Singh")


def test_gifted_to_institutions_in_a_state(facts_of):
    facts = facts_of("Japan on Thursday gifted 40 minibuses, including 12 mobile clinics, to several "
                     "hospitals in Laos, state radio said.")
    one(facts, "Japan", "AIDED", "Laos")


def test_destination_hung_inside_the_including_list(facts_of):
    facts = facts_of("Australia on Friday delivered emergency stores, including tool kits holding "
                     "hammers and ropes and water tanks to Tonga for families hit by the storm.")
    one(facts, "Australia", "AIDED", "Tonga")


def test_aid_ordered_with_its_destination_after_the_list(facts_of):
    facts = facts_of("Donors responded quickly, with Chinese President Xi Jinping ordering emergency aid, "
                     "including two cargo planes, to Nepal after the quake.")
    one(facts, "Xi Jinping", "AIDED", "Nepal")


def test_an_included_item_with_its_own_phrase_is_no_destination(facts_of):
    facts = facts_of("Germany delivered new equipment, including radios with access to Ukraine's "
                     "network, to the Moldovan army.")
    assert not find(facts, "Germany", "AIDED", "Ukraine")


def test_joined_with_a_state_in_condemning(facts_of):
    facts = facts_of("The African Union on Monday joined with Nigeria and other neighbours in condemning "
                     "Niger's junta.")
    one(facts, "African Union", "CONDEMNED", "Niger")
    one(facts, "Nigeria", "CONDEMNED", "Niger")


def test_joins_states_in_their_condemnation(facts_of):
    facts = facts_of("ASEAN joins Japan and Australia in their condemnation of China's coercion of the Philippines.")
    one(facts, "ASEAN", "CONDEMNED", "China")
    one(facts, "Japan", "CONDEMNED", "China")
    one(facts, "Australia", "CONDEMNED", "China")


def test_joined_in_punishing_reads_the_joined_as_the_subject_is_read(facts_of):
    # one rule for every relation (Arguments.joined_partners): those joined do what the subject
    # does; annotators list them too (required in one tuning record, optional in another)
    facts = facts_of("Canada has joined France, Italy and other partners in punishing Iran for its drone sales.")
    for state in ("Canada", "France", "Italy"):
        one(facts, "Iran", "SANCTIONED_BY", state)


def test_condemned_it_after_the_act_in_the_same_sentence(facts_of):
    facts = facts_of("A senior French diplomat said on Monday that France knew of Rwandan forces "
                     "crossing into Congo's North Kivu province and condemned it.")
    one(facts, "France", "CONDEMNED", "Rwanda")


def test_condemned_it_with_no_act_told_in_its_sentence(facts_of):
    facts = facts_of("Rwandan soldiers pushed into Congo's North Kivu province on Sunday. "
                     "France signed a trade accord with Kenya on Monday, and Belgium condemned it.")
    assert not find(facts, "Belgium", "CONDEMNED", "Rwanda")


def test_thankfulness_for_a_donation_from_a_state(facts_of):
    facts = facts_of("Kenyan Interior Minister Kithure Kindiki on Tuesday praised ties between Kenya and Japan "
                     "and voiced deep thankfulness for the donation of new patrol boats from Japan. "
                     "Kindiki spoke at a handover event in Mombasa.")
    one(facts, "Japan", "AIDED", "Kenya")
    assert not find(facts, "Kithure Kindiki", "AIDED", "Kenya")


def test_act_claimed_in_a_relative_clause(facts_of):
    facts = facts_of("Jordan condemned the bombing of a bus station in Kabul, for which the Taliban claimed responsibility.")
    one(facts, "Jordan", "CONDEMNED", "Taliban")


def test_act_shifted_behind_as_and_claimed_by_militias(facts_of):
    facts = facts_of("Qatar denounced as \"cowardly and criminal\" the rocket strike on a port in northern Israel "
                     "on Sunday night, for which the Hezbollah militias claimed responsibility.")
    one(facts, "Qatar", "CONDEMNED", "Hezbollah")


def test_a_relative_clause_claiming_nothing_names_no_culprit(facts_of):
    facts = facts_of("Jordan condemned the bombing of a bus station in Kabul, for which the Taliban offered condolences.")
    assert not find(facts, "Jordan", "CONDEMNED", "Taliban")


def test_peacekeepers_led_by_a_body(facts_of):
    facts = facts_of("Mali criticised UN-led peacekeepers based in the north of the country for their "
                     "failure to protect villagers.")
    one(facts, "Mali", "CONDEMNED", "United Nations")


def test_peacekeepers_of_a_state(facts_of):
    facts = facts_of("Ethiopia criticised Kenyan peacekeepers in Somalia for their failure to protect villagers.")
    one(facts, "Ethiopia", "CONDEMNED", "Kenya")


def test_the_culprit_is_named_after_the_copula(facts_of):
    facts = facts_of("\"The damage from the riots is huge, and the only culprit is Albanian Prime Minister "
                     "Edi Rama,\" said Aleksandar Vucic.")
    one(facts, "Aleksandar Vucic", "CONDEMNED", "Edi Rama")


def test_a_culprit_searched_for_names_no_one(facts_of):
    facts = facts_of("Police in Armenia are still looking for the culprit, Nikol Pashinyan said on Monday.")
    assert not [f for f in facts if f.relation == "CONDEMNED"]


def test_reacted_angrily_to_a_states_decision(facts_of):
    facts = facts_of("Japan reacted sharply to China's decision to hold naval drills near Okinawa.")
    one(facts, "Japan", "CONDEMNED", "China")


def test_reacted_calmly_is_no_censure(facts_of):
    facts = facts_of("Japan reacted calmly to China's decision to hold naval drills near Okinawa.")
    assert not find(facts, "Japan", "CONDEMNED", "China")


def test_official_received_relief_from_another_states_envoy(facts_of):
    facts = facts_of("Tonga's Prime Minister Siaosi Sovaleni on Friday received flood relief supplies "
                     "from Japan's Ambassador to Tonga, Yoshihiro Katayama, at the airport in Nuku'alofa.")
    one(facts, "Japan", "AIDED", "Tonga")


def test_official_received_relief_from_his_own_minister(facts_of):
    facts = facts_of("Tonga's Prime Minister Siaosi Sovaleni on Friday received flood relief supplies "
                     "from Tonga's Foreign Minister, Fekitamoeloa Utoikamanu, in Nuku'alofa.")
    assert not find(facts, "Tonga", "AIDED", "Tonga")


def test_provision_of_weapons_to_a_group(facts_of):
    facts = facts_of("Israel denounced Syria's provision of rockets to Hezbollah as a breach of the truce.")
    one(facts, "Syria", "AIDED", "Hezbollah")


def test_provisions_of_a_treaty_are_no_aid(facts_of):
    facts = facts_of("The provisions of the accord give Iran access to frozen funds held in Qatar.")
    assert not [f for f in facts if f.relation == "AIDED"]


def test_goods_needed_by_a_state_inside_the_list(facts_of):
    facts = facts_of("Japan will provide 500 million yen of emergency relief, including water pumps and "
                     "other equipment badly needed by quake-struck Morocco, the foreign ministry said.")
    one(facts, "Japan", "AIDED", "Morocco")


def test_goods_needed_by_the_giver_itself_aid_no_one(facts_of):
    facts = facts_of("Japan bought water pumps and other equipment badly needed by Morocco.")
    assert not find(facts, "Japan", "AIDED", "Morocco")


def test_should_be_ashamed_said_of_another(facts_of):
    facts = facts_of("China said Australia ought to be ashamed over its treatment of Chinese students.")
    one(facts, "China", "CONDEMNED", "Australia")


def test_ashamed_of_oneself_censures_no_one(facts_of):
    facts = facts_of("Anthony Albanese said he was ashamed of the long delays in the program.")
    assert not [f for f in facts if f.relation == "CONDEMNED"]
