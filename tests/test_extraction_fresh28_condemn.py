"""How real news words censure and aid (stop 28, the condemnation and aid helper): a gift whose
value hangs as a participle clause ("goods valued at X to Y"); a destination the parser hung
inside the object's "of" phrase ("a shipment of drugs ... to Y"); goods "presented" to a state;
"presented a protest to" is no gift. Sentences are our own; articles are dated Friday 8 March
2024."""

from tests.facts import find, one


def test_gift_valued_at_a_sum_to_a_state(facts_of):
    facts = facts_of("Japan has donated fishing boats valued at 3 million US dollars to Sri Lanka.")
    one(facts, "Japan", "AIDED", "Sri Lanka")


def test_destination_inside_the_objects_of_phrase(facts_of):
    facts = facts_of("The Government of Norway gave a shipment of vaccines worth "
                     "about 3 million dollars to the Government of Ghana on Tuesday.")
    one(facts, "Norway", "AIDED", "Ghana")


def test_goods_presented_to_a_government(facts_of):
    facts = facts_of("The Turkish ambassador, Ayse Demir, on Monday presented generators "
                     "worth 900,000 dollars to the Government of Chad.")
    one(facts, "Ayse Demir", "AIDED", "Chad")


def test_a_protest_presented_is_no_gift(facts_of):
    facts = facts_of("Vietnam has presented a strong protest to the Chinese embassy over the "
                     "seizure of a fishing supply vessel near the Paracel Islands.")
    assert not find(facts, "Vietnam", "AIDED", "China")


def test_a_summoned_envoy_stands_for_his_state(facts_of):
    facts = facts_of("Lithuania on Tuesday summoned the Belarusian charge d'affaires, Oleg Petrov, and "
                     "handed him a protest note over the balloons.")
    one(facts, "Lithuania", "CONDEMNED", "Belarus")
    assert not find(facts, "Lithuania", "CONDEMNED", "Oleg Petrov")


def test_a_summoned_ambassador_named_after_his_title(facts_of):
    facts = facts_of("Greece summoned Turkish Ambassador Mehmet Kaya to protest the flights of "
                     "drones over its islands.")
    one(facts, "Greece", "CONDEMNED", "Turkey")
    assert not find(facts, "Greece", "CONDEMNED", "Mehmet Kaya")


def test_an_attempt_of_a_state_is_its_deed(facts_of):
    facts = facts_of("Georgia firmly condemned the repeated attempts of Russia to move the "
                     "boundary fences deeper into its territory.")
    one(facts, "Georgia", "CONDEMNED", "Russia")


def test_helping_a_backed_government_fight_a_group(facts_of):
    facts = facts_of("Ethiopia has soldiers in Somalia, and is helping the UN-backed administration "
                     "tackle al-Shabab in the south.")
    assert not find(facts, "Ethiopia", "AIDED", "al-Shabaab")
    assert not find(facts, "Ethiopia", "AIDED", "United Nations")


def test_no_state_aids_its_own_leaders_war(facts_of):
    facts = facts_of("Canada sanctioned ten Russians who support Putin's invasion of Ukraine.")
    assert not find(facts, "Russia", "AIDED", "Vladimir Putin")


def test_support_counted_in_money_for_a_people(facts_of):
    facts = facts_of("Ireland announced €4 million support for Sudan, where fighting has "
                     "displaced millions.")
    one(facts, "Ireland", "AIDED", "Sudan")


def test_dismissed_as_a_censure_noun(facts_of):
    facts = facts_of("Sudanese General Abdel Fattah al-Burhan on Sunday dismissed "
                     "Mohamed Hamdan Dagalo as a common bandit.")
    one(facts, "Abdel Fattah al-Burhan", "CONDEMNED", "Mohamed Hamdan Dagalo")


def test_dismissed_as_with_no_censure(facts_of):
    facts = facts_of("Chile dismissed Peru as a rival in the fisheries talks.")
    assert not find(facts, "Chile", "CONDEMNED", "Peru")
