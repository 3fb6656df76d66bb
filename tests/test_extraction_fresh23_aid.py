"""How real news words aid and alliances (stop 23, the aid fresh set): the recipient as the
subject of "received" with the donor as the gift's possessor or a giving participle's agent,
agent nouns of aid ("the largest donor to X", "lenders to X"), troops sent "to help stabilise
X", a rescue team sent by "X's neighbour Y" with no destination named, a Status of Forces
Agreement, an agreement signed "on defence cooperation", "regarding military cooperation" or
on cooperation "in the sphere of security", and the abbreviations CAR and PNG. Exports and imports stay no aid. Sentences are
our own; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import find, one


def _rel(facts, relation):
    return [f for f in facts if f.relation == relation]


@pytest.mark.parametrize("text,donor,recipient", [
    ("Laos took delivery of nothing new but received Japan's medical aid on Tuesday.", "Japan", "Laos"),
    ("Bhutan received 200,000 doses donated by India last month.", "India", "Bhutan"),
    ("Malawi has received grain given by Zambia.", "Zambia", "Malawi"),
])
def test_the_recipient_as_subject_of_receive(facts_of, text, donor, recipient):
    fact = one(facts_of(text), donor, "AIDED", recipient)
    assert fact.modality.value == "asserted"


def test_a_participle_of_trade_names_no_donor(facts_of):
    facts = facts_of("Bhutan received 200,000 doses sold by India last month.")
    assert not _rel(facts, "AIDED")


@pytest.mark.parametrize("text,donors,recipient", [
    ("Japan and France have long been the leading lenders to Laos.", ["Japan", "France"], "Laos"),
    ("Germany, the largest donor to Mali, paused its programme on Monday.", ["Germany"], "Mali"),
    ("Norway remains the main creditor of Haiti.", ["Norway"], "Haiti"),
])
def test_agent_nouns_of_aid(facts_of, text, donors, recipient):
    facts = facts_of(text)
    for donor in donors:
        one(facts, donor, "AIDED", recipient)


@pytest.mark.parametrize("text", [
    "Kenya has begun sending 300 troops to help stabilise Somalia.",
    "Kenya deployed 300 soldiers on Monday to help defend Somalia.",
])
def test_troops_sent_to_help_a_state(facts_of, text):
    one(facts_of(text), "Kenya", "AIDED", "Somalia")


def test_troops_sent_to_help_defeat_a_state_are_no_aid_to_it(facts_of):
    facts = facts_of("Kenya sent 300 troops to help defeat Somalia.")
    assert not find(facts, "Kenya", "AIDED", "Somalia")


def test_a_neighbour_sends_a_rescue_team_with_no_destination(facts_of):
    one(facts_of("Bhutan's southern neighbour India responded by sending a rescue team with tents."),
        "India", "AIDED", "Bhutan")


@pytest.mark.parametrize("text", [
    "Bhutan's rival India sent a rescue team.",
    "Bhutan's neighbour India sent a rescue team to Nepal.",
])
def test_a_rival_or_a_named_destination_takes_no_described_recipient(facts_of, text):
    assert not find(facts_of(text), "India", "AIDED", "Bhutan")


@pytest.mark.parametrize("text,a,b", [
    ("Norway and Sweden signed a Status of Forces Agreement in Oslo.", "Norway", "Sweden"),
    ("Norway and Canada signed an agreement on defence cooperation yesterday.", "Norway", "Canada"),
    ("Last week Kenya and Japan signed an agreement regarding military cooperation.", "Kenya", "Japan"),
    ("Kenya and Japan signed an accord on cooperation in the sphere of security on Monday.", "Kenya", "Japan"),
    ("PNG Foreign Minister Jane Doe inked a security deal with Australia on Monday.", "Papua New Guinea", "Australia"),
])
def test_signed_defence_agreements_are_asserted_alliances(facts_of, text, a, b):
    fact = one(facts_of(text), a, "ALLIED_WITH", b)
    assert fact.modality.value == "asserted"


@pytest.mark.parametrize("text,modality", [
    ("Norway and Canada will sign an agreement on defence cooperation next week.", "planned"),
    ("Norway and Canada reached an agreement regarding a defence pact.", "planned"),
])
def test_an_agreement_still_to_come_stays_planned(facts_of, text, modality):
    assert one(facts_of(text), "Norway", "ALLIED_WITH", "Canada").modality.value == modality


def test_car_is_the_central_african_republic(facts_of):
    one(facts_of("CAR received a shipment of food aid from France on Monday."),
        "France", "AIDED", "Central African Republic")


@pytest.mark.parametrize("text", [
    "Masks exported by Korea to Chile reached Santiago on Monday.",
    "Indonesia has been importing rice from Vietnam for years.",
    "Chile received masks exported by Korea.",
])
def test_trade_is_no_aid(facts_of, text):
    assert not _rel(facts_of(text), "AIDED")
