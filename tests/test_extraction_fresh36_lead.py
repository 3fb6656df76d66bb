"""Leaders of a travelling party, in phrasings of our own (the maintainer's probes of stop 36).

- one who leads or heads a delegation or a mission to a place, or to or at a gathering held in
  a place, went there with it ("led a trade mission to X", "headed the delegation at the
  funeral in Y"): the party's leader made the trip, as "a delegation led by Z visited X" says.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from schemas.models import Modality
from tests.facts import find, one


def test_led_a_delegation_to_a_state(facts_of):
    facts = facts_of("Trade Minister Ngaire Holloway led a delegation of dairy exporters to Vietnam on Tuesday.",
                     published=dt.date(2023, 5, 12))
    fact = one(facts, "Ngaire Holloway", "VISITED", "Vietnam")
    assert fact.modality == Modality.ASSERTED


def test_led_a_trade_mission_to_a_state(facts_of):
    facts = facts_of("Deputy Premier Tomas Verhoeven led a trade mission to Chile last month.",
                     published=dt.date(2021, 9, 3))
    one(facts, "Tomas Verhoeven", "VISITED", "Chile")


def test_led_the_delegation_to_a_gathering_in_a_city(facts_of):
    facts = facts_of("Vice President Amara Okonjo led her country's delegation to the swearing-in ceremony in Accra.",
                     published=dt.date(2025, 1, 8))
    one(facts, "Amara Okonjo", "VISITED", "Accra")


def test_will_head_the_delegation_at_a_funeral_in_a_city_is_planned(facts_of):
    facts = facts_of("Former foreign minister Henrik Dalsgaard will head the Danish delegation at the state "
                     "funeral in Oslo on Friday, officials said.",
                     published=dt.date(2019, 3, 4))
    fact = one(facts, "Henrik Dalsgaard", "VISITED", "Oslo")
    assert fact.modality == Modality.PLANNED



def test_leading_a_team_to_victory_is_no_visit(facts_of):
    """Guard: a team led to a win in a city is no travelling party of state (it passes before the
    rule as after; it fails if 'led ... to' outgrows travelling_parties)."""
    facts = facts_of("Coach Arvid Lindqvist led the national squad to victory in the final in Lima on Sunday.",
                     published=dt.date(2019, 6, 10))
    assert not find(facts, "Arvid Lindqvist", "VISITED", "Lima")
