"""Aid told by a donor compound (stop 45, the funded-works helper): a work a donor's participle
qualifies ("the Y-funded bridge", "a Y-aided clinic", verbs.json funded_works) is aid from the
donor to the state it stands in or was handed to: its own "in" phrase or possessor, the "to"
phrase of a verb of handing over, the "in" phrase of a verb of opening or of a ceremony's verb,
the state of the subject of a verb of opening. The funding is a standing fact: the clause neither
dates nor plans it. What another verb does to the work ("criticised the Y-funded port") gives no
aid to its subject; a militia or a resolution is no work; a work built under contract is no aid.
Sentences are our own; articles are dated Friday 8 March 2024."""

from tests.facts import find, one


def _aid(facts):
    return [(f.subject, f.object) for f in facts if f.relation == "AIDED"]


def test_the_host_subject_of_a_verb_of_opening(facts_of):
    facts = facts_of("Laos on Thursday opened the Japan-funded highway linking two northern provinces.")
    fact = one(facts, "Japan", "AIDED", "Laos")
    assert fact.modality.value == "asserted"


def test_an_in_phrase_on_the_work_names_a_city_of_the_state(facts_of):
    facts = facts_of("A Turkish-financed clinic in Mombasa began treating patients this week.")
    one(facts, "Turkey", "AIDED", "Kenya")


def test_a_work_handed_over_to_a_state(facts_of):
    facts = facts_of("The EU-funded school was handed over to Moldova on Tuesday.")
    one(facts, "European Union", "AIDED", "Moldova")


def test_a_ceremony_for_the_work_held_in_a_capital(facts_of):
    facts = facts_of("The groundbreaking ceremony for an Indian-funded dam was held in Kabul on Monday.")
    one(facts, "India", "AIDED", "Afghanistan")


def test_a_leader_opening_the_work_stands_for_his_state(facts_of):
    facts = facts_of("President Hakainde Hichilema inaugurated a China-funded stadium in the capital on Saturday.")
    one(facts, "China", "AIDED", "Zambia")


def test_an_organisation_as_donor(facts_of):
    facts = facts_of("The World Bank-backed irrigation project in Malawi has doubled maize yields.")
    one(facts, "World Bank", "AIDED", "Malawi")


def test_an_opening_to_come_neither_plans_nor_dates_the_funding(facts_of):
    facts = facts_of("Kenya will inaugurate the Chinese-funded railway next month.")
    fact = one(facts, "China", "AIDED", "Kenya")
    assert fact.modality.value == "asserted"
    assert fact.date is None


def test_the_possessor_of_the_work(facts_of):
    facts = facts_of("Senegal's Saudi-financed airport will be expanded next year.")
    fact = one(facts, "Saudi Arabia", "AIDED", "Senegal")
    assert fact.modality.value == "asserted"


def test_what_is_not_read(facts_of):
    # another verb's subject receives nothing
    facts = facts_of("The United States criticised the China-funded port on Monday.")
    assert not find(facts, "China", "AIDED", "United States"), _aid(facts)
    # a backed militia is no work, and its place is no recipient
    facts = facts_of("Iran-backed militias in Iraq fired rockets at the base.")
    assert not find(facts, "Iran", "AIDED", "Iraq"), _aid(facts)
    # built under contract: no aid
    facts = facts_of("A Chinese-built highway in Oman opened to traffic on Monday.")
    assert not find(facts, "China", "AIDED", "Oman"), _aid(facts)
    # a sponsored resolution is no work
    facts = facts_of("The US-sponsored resolution in the Security Council condemned Syria.")
    assert not [a for a in _aid(facts) if a[0] == "United States"], _aid(facts)
    # a donor's own place gives no aid to itself
    facts = facts_of("The British-funded research programme in London studied malaria.")
    assert not _aid(facts)
