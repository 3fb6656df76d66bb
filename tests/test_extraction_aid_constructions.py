"""How real news words aid (docs/ERRORS.md, stop 19, the aid fresh set): goods handed or turned
over, relief extended with its value hung on the verb, aid given through an agency "to" the
recipient, money a state is "provided with", arms supplies, deliveries and shipments as nouns,
and the members of an organisation acting for it. Sentences and persons are our own; articles
are dated Friday 8 March 2024."""

import pytest

from tests.facts import find, one


@pytest.mark.parametrize("text,subject,obj", [
    ("Brazil handed over 300 rifles to the army of Paraguay on Monday.", "Brazil", "Paraguay"),
    ("Mexico handed over 40 tonnes of medical supplies to Cuba's health ministry on Monday.", "Mexico", "Cuba"),
    ("The Finnish government turned over twenty armoured vehicles to Estonia on Monday.", "Finland", "Estonia"),
    ("On Monday Canada turned over two patrol boats and ammunition to Belize.", "Canada", "Belize"),
])
def test_goods_handed_or_turned_over(facts_of, text, subject, obj):
    fact = one(facts_of(text), subject, "AIDED", obj)
    assert fact.modality.value == "asserted" and fact.date == "2024-03-04"


@pytest.mark.parametrize("text", [
    "The general handed over power to a civilian government in Mali on Monday.",
    "Chile handed over the chairmanship of the group to Peru on Monday.",
    "Police turned over the two suspects to Kenya on Monday.",
])
def test_handing_over_what_is_no_aid_is_no_fact(facts_of, text):
    assert not [f for f in facts_of(text) if f.relation == "AIDED"]


@pytest.mark.parametrize("text,subject,obj", [
    ("Spain extended relief goods worth 3 million euros to Morocco.", "Spain", "Morocco"),
    ("Norway has extended relief supplies worth 20 million kroner to Nepal.", "Norway", "Nepal"),
])
def test_value_phrase_on_the_verb_keeps_its_recipient(facts_of, text, subject, obj):
    one(facts_of(text), subject, "AIDED", obj)


@pytest.mark.parametrize("text,subject,obj", [
    ("Sweden will provide tents and blankets via UNICEF to Yemen.", "Sweden", "Yemen"),
    ("Canada will provide tents through the Red Cross to Chile.", "Canada", "Chile"),
    ("Ireland sent food through the World Food Programme to Somalia on Monday.", "Ireland", "Somalia"),
])
def test_aid_through_a_channel_goes_to_the_recipient(facts_of, text, subject, obj):
    facts = facts_of(text)
    one(facts, subject, "AIDED", obj)
    assert not [f for f in facts if f.relation == "AIDED" and f.object in ("UNICEF", "Red Cross", "World Food Programme")]


@pytest.mark.parametrize("text,subject,obj", [
    ("Qatar provided Jordan with USD 2 bn on Monday.", "Qatar", "Jordan"),
    ("Kuwait has provided Sudan with 500 million pounds to pay for fuel imports.", "Kuwait", "Sudan"),
])
def test_money_a_state_is_provided_with(facts_of, text, subject, obj):
    one(facts_of(text), subject, "AIDED", obj)


@pytest.mark.parametrize("text,subject,obj", [
    ("Germany stepped up deliveries of weapons to Ukraine on Monday.", "Germany", "Ukraine"),
    ("Russia increased arms supplies to Venezuela on Monday.", "Russia", "Venezuela"),
    ("Deliveries of French howitzers to Armenia began on Monday.", "France", "Armenia"),
    ("Italy resumed shipments of humanitarian aid to Libya on Monday.", "Italy", "Libya"),
])
def test_supplies_deliveries_and_shipments_of_arms_or_aid(facts_of, text, subject, obj):
    one(facts_of(text), subject, "AIDED", obj)


@pytest.mark.parametrize("text", [
    "Russia's gas supplies to Europe fell on Monday.",
    "Kazakhstan stepped up oil deliveries to China on Monday.",
    "Iran resumed shipments of crude to India on Monday.",
])
def test_trade_supplies_are_no_aid(facts_of, text):
    assert not [f for f in facts_of(text) if f.relation == "AIDED"]


def test_halted_arms_shipments_are_no_asserted_aid(facts_of):
    facts = facts_of("The United States halted arms shipments to Egypt on Monday.")
    assert not [f for f in facts if f.relation == "AIDED" and f.modality.value == "asserted"]


@pytest.mark.parametrize("text,subject,relation,obj", [
    ("European Union member states imposed fresh sanctions on Belarus on Monday.",
     "Belarus", "SANCTIONED_BY", "European Union"),
    ("The EU member countries imposed sanctions on Belarus on Monday.", "Belarus", "SANCTIONED_BY", "European Union"),
    ("EU member states sent humanitarian aid to Chad on Monday.", "European Union", "AIDED", "Chad"),
])
def test_members_act_for_their_organisation(facts_of, text, subject, relation, obj):
    facts = facts_of(text)
    one(facts, subject, relation, obj)
    assert not find(facts, "member states", relation, obj)


@pytest.mark.parametrize("text,subject,obj", [
    ("Qatar has deposited a further $2 billion in Turkey's central bank to prop up the lira.", "Qatar", "Turkey"),
    ("On Monday Kuwait deposited one billion dollars with the Central Bank of Jordan.", "Kuwait", "Jordan"),
    ("The UAE deposited $3 billion with Pakistan's central bank on Monday.", "United Arab Emirates", "Pakistan"),
])
def test_a_deposit_in_a_central_bank_aids_its_state(facts_of, text, subject, obj):
    facts = facts_of(text)
    one(facts, subject, "AIDED", obj)
    assert not [f for f in facts if f.relation == "AIDED" and "Bank" in f.object]


def test_a_sanctioned_central_bank_stays_itself(facts_of):
    facts = facts_of("The EU imposed sanctions on Russia's central bank on Monday.")
    one(facts, "Central Bank of Russia", "SANCTIONED_BY", "European Union")
    assert not find(facts, "Russia", "SANCTIONED_BY", "European Union")


def test_the_capitalised_kingdom_is_the_kingdom_named_before(facts_of):
    """"the Kingdom": the model takes the capitalised noun for a name; it is the one kingdom
    named before it, and no entity called "Kingdom"."""
    facts = facts_of("Morocco's treasury announced a new loan on Monday. The Kingdom deposited $1 billion "
                     "at Mauritania's central bank.")
    one(facts, "Morocco", "AIDED", "Mauritania")
    assert not [f for f in facts if "Kingdom" in (f.subject, f.object)]
    one(facts_of("The Kingdom of Bahrain sent aid to Chad on Monday."), "Bahrain", "AIDED", "Chad")
    one(facts_of("The United Kingdom sent aid to Chad on Monday."), "United Kingdom", "AIDED", "Chad")


@pytest.mark.parametrize("text,subject,obj", [
    ("Canada is sending the Filipinos medicine and tents.", "Canada", "Philippines"),
    ("Japan gave the Filipinos rice and tents on Monday.", "Japan", "Philippines"),
    ("Russia sent the Syrians missiles on Monday.", "Russia", "Syria"),
])
def test_a_people_named_in_the_plural_receives(facts_of, text, subject, obj):
    one(facts_of(text), subject, "AIDED", obj)


def test_a_demonym_adjective_is_no_recipient(facts_of):
    facts = facts_of("Japan gave American weapons to Ukraine on Monday.")
    one(facts, "Japan", "AIDED", "Ukraine")
    assert not find(facts, "Japan", "AIDED", "United States")


@pytest.mark.parametrize("text,subject,obj", [
    ("Algeria sent a ferry carrying medicine and tents to Niger on Monday.", "Algeria", "Niger"),
    ("Egypt sent trucks carrying humanitarian aid to Libya on Monday.", "Egypt", "Libya"),
    ("Jordan dispatched two planes carrying medical supplies to Lebanon on Monday.", "Jordan", "Lebanon"),
])
def test_a_vehicle_carrying_aid_to_the_recipient(facts_of, text, subject, obj):
    fact = one(facts_of(text), subject, "AIDED", obj)
    assert fact.modality.value == "asserted" and fact.date == "2024-03-04"


@pytest.mark.parametrize("text,subject,obj", [
    ("The French army trained Malian soldiers in Bamako on Monday.", "France", "Mali"),
    ("Britain's army has helped to train and equip Moldovan troops since 2019.", "United Kingdom", "Moldova"),
    ("Turkey trains Somali troops at a base outside the capital.", "Turkey", "Somalia"),
])
def test_training_and_equipping_another_state_s_forces(facts_of, text, subject, obj):
    one(facts_of(text), subject, "AIDED", obj)


def test_training_one_s_own_forces_is_no_aid(facts_of):
    assert not [f for f in facts_of("The Russian army trained its own reservists on Monday.") if f.relation == "AIDED"]
