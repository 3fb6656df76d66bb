"""How real news words aid, alliances and sanctions (stop 24, the aid helper): a pact still
being negotiated and a promise to resume supplies are plans; an alliance to be strengthened
already stands; "the alliance between the countries" names the two states of the passage, also
after "cooperation and alliance". Sentences are our own; articles are dated Friday 8 March 2024."""

from tests.facts import find, one


def _rel(facts, relation):
    return [f for f in facts if f.relation == relation]


def test_a_pact_being_negotiated_is_planned(facts_of):
    facts = facts_of("Fiji signed a security and defence treaty with New Zealand last year and is also "
                     "negotiating a military cooperation accord with Japan.")
    assert one(facts, "Fiji", "ALLIED_WITH", "New Zealand").modality.value == "asserted"
    assert one(facts, "Fiji", "ALLIED_WITH", "Japan").modality.value == "planned"


def test_a_promise_to_resume_supplies_is_planned(facts_of):
    facts = facts_of("Chancellor Olaf Scholz vowed on Monday to quickly pass the bill and resume the "
                     "supply of ammunition and vehicles to Moldova.")
    fact = one(facts, "Olaf Scholz", "AIDED", "Moldova")
    assert fact.modality.value == "planned"


def test_an_alliance_to_be_strengthened_already_stands(facts_of):
    facts = facts_of("Peru's president will travel to Chile next week. The trip seeks to deepen the "
                     "strategic partnership between both neighbouring nations.")
    fact = one(facts, "Peru", "ALLIED_WITH", "Chile")
    assert fact.modality.value == "asserted"


def test_the_alliance_between_the_countries(facts_of):
    facts = facts_of("The presidents of Ghana and Togo talked in Accra on Monday. The host stressed "
                     "the importance of the talks for giving new momentum to the growth of trade and "
                     "alliance between the countries.")
    one(facts, "Ghana", "ALLIED_WITH", "Togo")


def test_a_lead_describing_the_bloc_it_names_next(facts_of):
    facts = facts_of("The southern African regional bloc said on Monday that it would keep sanctions "
                     "imposed on Madagascar after the coup. Leaders of SADC also called for early "
                     "elections at their summit in Gaborone.")
    fact = one(facts, "Madagascar", "SANCTIONED_BY", "Southern African Development Community")
    assert fact.modality.value == "asserted"


def test_sanctions_prolonged_are_in_force(facts_of):
    facts = facts_of("SADC announced on Monday that it would extend the sanctions on Madagascar.")
    fact = one(facts, "Madagascar", "SANCTIONED_BY", "Southern African Development Community")
    assert fact.modality.value == "asserted"


def test_allies_before_a_name(facts_of):
    facts = facts_of("Insurgents have struggled to hold off a fresh offensive by Angolan-government "
                     "allies Namibia, close to the border town of Rundu.")
    one(facts, "Namibia", "ALLIED_WITH", "Angola")


def test_contingents_sent_to_named_allies(facts_of):
    facts = facts_of("Last month Cuba sent contingents to socialist allies Bolivia and Nicaragua as "
                     "well as Belize and Honduras.")
    for state in ("Bolivia", "Nicaragua", "Belize", "Honduras"):
        one(facts, "Cuba", "AIDED", state)
    for state in ("Bolivia", "Nicaragua"):
        one(facts, "Cuba", "ALLIED_WITH", state)
    for state in ("Belize", "Honduras"):
        assert not find(facts, "Cuba", "ALLIED_WITH", state) + find(facts, state, "ALLIED_WITH", "Cuba")


def test_aid_to_a_territory_goes_to_its_state(facts_of):
    facts = facts_of("Kuwait has been sending millions in weekly aid to the West Bank since January.")
    one(facts, "Kuwait", "AIDED", "Palestine")


def test_aid_to_a_region_is_not_aid_to_its_state(facts_of):
    facts = facts_of("Russia has been sending aid convoys to Abkhazia since January.")
    assert not find(facts, "Russia", "AIDED", "Georgia")


def test_a_settlement_described_in_apposition_is_no_state(facts_of):
    facts = facts_of("Chile's navy sent a ship with water and tents to Caleta Tortel, the main town "
                     "in the southern region of Aysen.")
    assert not _rel(facts, "AIDED")


def test_a_pact_whose_clause_is_mutual_defence(facts_of):
    facts = facts_of("Samoa and Tonga on Tuesday concluded a landmark treaty that obliges both states "
                     "to defend one another if either is attacked.")
    one(facts, "Samoa", "ALLIED_WITH", "Tonga")


def test_a_pact_whose_clause_is_trade_is_no_alliance(facts_of):
    facts = facts_of("Samoa and Tonga on Tuesday concluded a landmark treaty that cuts tariffs on fish.")
    assert not _rel(facts, "ALLIED_WITH")


def test_money_put_into_a_central_bank(facts_of):
    facts = facts_of("The UAE put $2 billion into Egypt's central bank in 2022 to shore up its reserves.")
    one(facts, "United Arab Emirates", "AIDED", "Egypt")


def test_troops_put_into_a_country_are_no_aid(facts_of):
    facts = facts_of("Russia put thousands of troops into Belarus last year.")
    assert not _rel(facts, "AIDED")


def test_troops_sent_to_help_fight_in_a_state(facts_of):
    facts = facts_of("Tanzania has deployed a first battalion of 800 soldiers to help combat a jihadist "
                     "rebellion in eastern Uganda's Kasese district.")
    one(facts, "Tanzania", "AIDED", "Uganda")


def test_troops_sent_to_help_defeat_a_state_aid_no_one(facts_of):
    facts = facts_of("Tanzania has deployed 800 soldiers to help defeat Uganda.")
    assert not find(facts, "Tanzania", "AIDED", "Uganda")


def test_goods_with_a_hyphenated_giver_arrive(facts_of):
    facts = facts_of("A batch of Japan-donated AstraZeneca vaccines landed in Vientiane on Tuesday.")
    one(facts, "Japan", "AIDED", "Laos")
    facts = facts_of("A second batch of Japan-donated generators arrived in Vientiane on Tuesday.")
    assert not _rel(facts, "AIDED")  # no aid word: the lexicon's aid-only theme decides


def test_a_province_named_before_its_noun_is_no_state(facts_of):
    for text in ("In May 2022, Burundi deployed 600 police officers to Niassa province after a "
                 "plea from the Mozambican authorities.",
                 "Last spring Burundi deployed 600 police officers to Tete province where rebels "
                 "had raided villages."):
        assert not [f for f in _rel(facts_of(text), "AIDED") if f.object_type.value != "State"
                    or "province" in f.object]


def test_between_a_states_allies_counts_the_two_named_before(facts_of):
    facts = facts_of("An Armenian soldier died in a shootout with Azerbaijani troops on Monday, "
                     "officials said, the latest flare-up between France's Caucasian allies.")
    one(facts, "Armenia", "ALLIED_WITH", "France")
    one(facts, "Azerbaijan", "ALLIED_WITH", "France")
