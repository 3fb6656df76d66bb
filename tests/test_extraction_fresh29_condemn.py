"""How real news words censure and aid (stop 29, the condemnation and aid helper): "received
donations from" several givers; "granted X a sum", which the parser reads as two objects, with
the amount of money the model joined to the recipient's name cut off it; a transitive "protested
X's decision"; a syndicator's credit opening the text ("(MENAFN- Outlet) "); a state's
Information Ministry acting for its state; an absolute "with X on Monday saying" clause whose
weekday does not make the main verb an arrangement; a named building "funded by" a state is no
organisation aided. Sentences are our own; articles are dated Friday 8 March 2024."""

from schemas.models import Modality
from tests.facts import find, one


def test_donations_received_from_several_givers(facts_of):
    facts = facts_of("Zambia has also received donations of maize and blankets from Kenya, "
                     "Ghana and Norway.")
    for giver in ("Kenya", "Ghana", "Norway"):
        one(facts, giver, "AIDED", "Zambia")


def test_a_donation_received_from_a_states_embassy(facts_of):
    facts = facts_of("Uganda received a donation of forty computers from the Embassy of Japan "
                     "on Monday.")
    one(facts, "Japan", "AIDED", "Uganda")


def test_granted_a_state_a_sum_of_money(facts_of):
    facts = facts_of("New Zealand granted Tonga T$20 million in budget support last year.")
    one(facts, "New Zealand", "AIDED", "Tonga")


def test_granted_a_loan_to_a_state(facts_of):
    facts = facts_of("The European Union granted Armenia a loan of 40 million euros for its "
                     "power grid.")
    one(facts, "European Union", "AIDED", "Armenia")


def test_permission_granted_to_a_company_is_no_aid(facts_of):
    facts = facts_of("Indonesia granted permission to Shell to drill off the coast of Borneo.")
    assert not [f for f in facts if f.relation == "AIDED"]


def test_protested_a_states_decision(facts_of):
    facts = facts_of("Beijing sharply protested Canberra's decision to bar two Chinese firms and "
                     "said it would respond.")
    one(facts, "China", "CONDEMNED", "Australia")


def test_a_syndicators_credit_is_no_actor(facts_of):
    facts = facts_of("(MENAFN- Kuwait Times) The Arab League has condemned the Israeli strike on "
                     "the port of Hodeidah, calling it a grave violation.")
    one(facts, "Arab League", "CONDEMNED", "Israel")
    assert not find(facts, "Kuwait Times", "CONDEMNED", "Israel")


def test_an_information_ministry_acts_for_its_state(facts_of):
    facts = facts_of("In a statement on Sunday, Sudan's Information Ministry accused Chadian "
                     "soldiers of shelling its border posts.")
    one(facts, "Sudan", "CONDEMNED", "Chad")


def test_a_weekday_in_an_absolute_with_clause(facts_of):
    facts = facts_of("Thailand and Cambodia are trading blame for the renewed fighting, with "
                     "Cambodia on Thursday accusing Thai troops of shelling an old temple.")
    assert one(facts, "Thailand", "CONDEMNED", "Cambodia").modality == Modality.ASSERTED


def test_a_weekday_on_the_progressive_itself_still_arranges(facts_of):
    facts = facts_of("Chancellor Ingrid Vale is visiting Warsaw on Tuesday for talks on energy.")
    assert one(facts, "Ingrid Vale", "VISITED", "Warsaw").modality == Modality.PLANNED


def test_a_named_hospital_funded_by_a_state(facts_of):
    facts = facts_of("The minister opened the Sunrise Maternity Hospital in Nepal, which had been "
                     "funded entirely by the Japanese government.")
    one(facts, "Japan", "AIDED", "Nepal")
    assert not find(facts, "Japan", "AIDED", "Sunrise Maternity Hospital")


def test_aid_sent_to_a_described_country_is_not_to_the_givers_own(facts_of):
    facts = facts_of("A plane carrying tents landed in Juba, the South Sudanese capital, on Monday. "
                     "Egyptian relief bodies, including the Cairo Humanitarian Fund, sent aid to the "
                     "flood-hit country during a wider campaign.")
    assert not find(facts, "Cairo Humanitarian Fund", "AIDED", "Egypt")


def test_a_gift_in_response_to_a_states_disaster(facts_of):
    facts = facts_of("The government of Norway on Tuesday donated 3 million dollars in response to "
                     "Bangladesh's cyclone.")
    one(facts, "Norway", "AIDED", "Bangladesh")


def test_a_gift_in_response_to_a_disaster_in_a_state(facts_of):
    facts = facts_of("Kuwait donated $4 million in response to the earthquake in Morocco.")
    one(facts, "Kuwait", "AIDED", "Morocco")


def test_each_side_blamed_the_other(facts_of):
    facts = facts_of("Indian and Chinese patrols traded blows along the frontier for a third day on "
                     "Wednesday. Each side accused the other of provoking the scuffles.")
    one(facts, "India", "CONDEMNED", "China")
    one(facts, "China", "CONDEMNED", "India")


def test_each_nation_blaming_the_other_in_a_with_clause(facts_of):
    facts = facts_of("Officials in Hanoi and Phnom Penh gave clashing accounts of the shooting, with "
                     "each nation blaming the other for the two deaths.")
    one(facts, "Vietnam", "CONDEMNED", "Cambodia")
    one(facts, "Cambodia", "CONDEMNED", "Vietnam")


def test_each_side_wanting_the_other_to_act_is_no_censure(facts_of):
    facts = facts_of("Armenia and Azerbaijan met in Prague. Each side wants the other to make the first move.")
    assert not [f for f in facts if f.relation == "CONDEMNED"]
