"""Trips still to come, and the destination a description names, as probing showed in stop 34.

- "on the eve of talks between X and Y": a gathering a prospective phrase sets later than its
  clause is planned, whoever holds it (the one word list serves gatherings and trips);
- "ahead of X's trip to Y", "in the run-up to X's trip to Y", "in the lead-up to a visit by X
  to Y": a trip noun set later than its clause by a prospective phrase (modality.json
  prospective_phrases) is planned when the trip has a traveller of its own who is not the
  clause's subject; "X landed in Y ahead of his visit to Z", and a trip with no traveller
  named for it ("reached Y ahead of a three-day visit"), keep the reading of a visit under way;
- "a visit by Ruritanian Chancellor A to the kingdom", "the visit of the Ruritanian president to
  the country": a description a trip goes to is never the state named in the trip's own by- or
  of-phrase (the traveller's own), as it never was the possessor's or the subject's. (The
  gazetteer does not record forms of government, so "the kingdom" may stand for any state.)

Sentences are our own; articles are dated as each test says."""
from tests.facts import find, one


# ---- a trip another traveller will make, set ahead by the phrase of time --------------------------
def test_a_possessors_trip_ahead_of_which_others_act_is_planned(facts_of):
    facts = facts_of("Farmers blocked the main highway ahead of Lula's trip to Argentina.")
    fact = one(facts, "Luiz Inacio Lula da Silva", "VISITED", "Argentina")
    assert fact.modality.value == "planned", fact


def test_a_trip_in_the_run_up_to_which_others_act_is_planned(facts_of):
    facts = facts_of("Diplomats drafted a long list of grievances in the run-up to Chancellor Olaf Scholz's "
                     "trip to Brazil.")
    fact = one(facts, "Olaf Scholz", "VISITED", "Brazil")
    assert fact.modality.value == "planned", fact


def test_a_visit_by_a_traveller_in_the_lead_up_to_which_others_act_is_planned(facts_of):
    facts = facts_of("Hanoi renovated its opera house in the lead-up to a visit by Emmanuel Macron to Vietnam.")
    fact = one(facts, "Emmanuel Macron", "VISITED", "Vietnam")
    assert fact.modality.value == "planned", fact


def test_the_subjects_own_trip_ahead_stays_under_way_beside_anothers(facts_of):
    facts = facts_of("Sanchez landed in Rabat ahead of his two-day visit to Morocco. Scholz arrived in Brasilia "
                     "ahead of a three-day visit. Reporters in Brasilia waited ahead of Lula's trip to Chile.")
    assert one(facts, "Pedro Sanchez", "VISITED", "Morocco").modality.value == "asserted"
    assert one(facts, "Olaf Scholz", "VISITED", "Brasilia").modality.value == "asserted"
    assert one(facts, "Luiz Inacio Lula da Silva", "VISITED", "Chile").modality.value == "planned"
    assert not [f for f in find(facts, "Luiz Inacio Lula da Silva", "VISITED", "Chile") if f.modality.value == "asserted"]


# ---- the destination a description names is not the traveller's own state --------------------------
def test_a_description_after_a_by_phrase_traveller_is_not_his_own_state(facts_of):
    facts = facts_of("Bankers in Amman praised a visit by German Chancellor Olaf Scholz to the kingdom on Tuesday.")
    one(facts, "Olaf Scholz", "VISITED", "Jordan")
    assert not find(facts, "Olaf Scholz", "VISITED", "Germany"), facts


def test_a_description_after_an_of_phrase_traveller_is_not_his_own_state(facts_of):
    facts = facts_of("Shopkeepers in Amman praised the visit of Turkish President Recep Tayyip Erdogan to the "
                     "country last week.")
    one(facts, "Recep Tayyip Erdogan", "VISITED", "Jordan")
    assert not find(facts, "Recep Tayyip Erdogan", "VISITED", "Turkey"), facts


# ---- a gathering set ahead by any prospective phrase (one word list for trips and gatherings) -------
def test_talks_on_the_eve_of_which_others_act_are_planned(facts_of):
    facts = facts_of("Protesters filled the square on the eve of talks between Ruritanian President Anton "
                     "Weiss and German Chancellor Olaf Scholz in Berlin.")
    fact = one(facts, "Anton Weiss", "MET_WITH", "Olaf Scholz")
    assert fact.modality.value == "planned", fact
