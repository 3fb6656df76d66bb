"""Alliances, visits and aid fresh real news showed in stop 32, each in phrasings of our own.

- "X, a Central Asian state allied with Y": a participle of allying after the noun that restates
  a name (a reduced relative clause) says the alliance of that name;
- "X is considered Y's closest ally", "X is seen as Y's ally": the object predicate of a passive
  verb of regarding says it of the verb's subject;
- "Z stands by the W government, its key ally": the possessive pronoun of a phrase restating a
  name is not that name's own; it is the clause's subject's, also when the name is the object of
  the verb's preposition.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


# ---- alliances ----------------------------------------------------------------------------------
def test_reduced_relative_allied_with(facts_of):
    facts = facts_of("Moscow plans to widen its air base in Tajikistan, a mountainous country allied with "
                     "Russia, officials said on Friday.", published=dt.date(2023, 5, 12))
    one(facts, "Tajikistan", "ALLIED_WITH", "Russia")


def test_reduced_relative_on_a_group(facts_of):
    facts = facts_of("The Houthis, a movement allied with Tehran, fired drones at shipping on Monday.",
                     published=dt.date(2024, 1, 9))
    one(facts, "Houthis", "ALLIED_WITH", "Iran")


def test_allied_participle_on_an_unnamed_noun_is_no_alliance_of_the_clause(facts_of):
    facts = facts_of("Kazakhstan received a delegation from a country allied with Moscow on Tuesday.",
                     published=dt.date(2023, 5, 12))
    assert not [f for f in facts if f.relation == "ALLIED_WITH"], facts


def test_passive_considered_ally(facts_of):
    facts = facts_of("Poland is considered Ukraine's most steadfast ally in the war, analysts say.",
                     published=dt.date(2023, 4, 2))
    one(facts, "Poland", "ALLIED_WITH", "Ukraine")


def test_passive_seen_as_ally(facts_of):
    facts = facts_of("Belarus is widely seen as Russia's closest partner and ally.",
                     published=dt.date(2023, 4, 2))
    one(facts, "Belarus", "ALLIED_WITH", "Russia")


def test_its_ally_after_a_prepositional_object(facts_of):
    facts = facts_of("The president said Washington stands by the Philippine government, its oldest ally "
                     "in Asia.", published=dt.date(2024, 4, 2))
    one(facts, "Philippines", "ALLIED_WITH", "United States")


def test_its_ally_after_a_direct_object(facts_of):
    facts = facts_of("Russia sent more jets to Syria, its closest ally in the Middle East.",
                     published=dt.date(2016, 4, 2))
    one(facts, "Syria", "ALLIED_WITH", "Russia")


# ---- "the first leader to visit X" --------------------------------------------------------------
def test_will_be_the_first_to_visit_is_planned(facts_of):
    facts = facts_of("Lula will be the first Brazilian head of state to visit Norway in two decades.",
                     published=dt.date(2023, 5, 12))
    assert one(facts, "Luiz Inacio Lula da Silva", "VISITED", "Norway").modality == "planned"


def test_became_the_first_to_visit_is_asserted(facts_of):
    facts = facts_of("Modi became the first Indian premier to visit Israel, in July.",
                     published=dt.date(2017, 7, 5))
    assert one(facts, "Narendra Modi", "VISITED", "Israel").modality == "asserted"


def test_not_the_first_to_visit_denies_the_rank_not_the_trip(facts_of):
    facts = facts_of("Modi was not the first Indian leader to visit Israel, his aides conceded.",
                     published=dt.date(2017, 7, 5))
    assert one(facts, "Narendra Modi", "VISITED", "Israel").modality == "asserted"


# ---- a planned cue split by a hyphen --------------------------------------------------------------
def test_hyphenated_upcoming_visit_is_planned(facts_of):
    facts = facts_of("Officials said President William Ruto's up-coming visit to Tanzania would focus on "
                     "trade.", published=dt.date(2023, 5, 12))
    assert one(facts, "William Ruto", "VISITED", "Tanzania").modality == "planned"


# ---- arrivals and trips -------------------------------------------------------------------------
def test_arrived_with_the_place_as_object(facts_of):
    facts = facts_of("Ghanaian President John Mahama arrived Abuja on Monday evening for a two-day working "
                     "visit.", published=dt.date(2015, 6, 9))
    one(facts, "John Mahama", "VISITED", "Abuja")


def test_arrives_home_capital_is_no_visit(facts_of):
    facts = facts_of("Nigerian President Bola Tinubu arrives Abuja tonight after a week in Paris.",
                     published=dt.date(2024, 2, 6))
    assert not [f for f in facts if f.relation == "VISITED" and f.object == "Abuja"], facts


def test_the_trip_of_a_person_to_a_place(facts_of):
    facts = facts_of("China protested the trip of Czech Senate President Milos Vystrcil to Taiwan.",
                     published=dt.date(2020, 8, 31))
    one(facts, "Milos Vystrcil", "VISITED", "Taiwan")


# ---- aid drawn from a stock ---------------------------------------------------------------------
def test_delivery_from_a_states_stocks(facts_of):
    facts = facts_of("Officials said the rockets were the fifth shipment of weapons from German stocks to "
                     "Moldova this year.", published=dt.date(2023, 5, 12))
    one(facts, "Germany", "AIDED", "Moldova")


def test_delivery_from_unowned_reserves_names_no_giver(facts_of):
    facts = facts_of("The tenth delivery of fuel from strategic reserves to Moldova arrived on Friday.",
                     published=dt.date(2023, 5, 12))
    assert not [f for f in facts if f.relation == "AIDED"], facts


# ---- presence at an event a relative clause places ----------------------------------------------
def test_attends_a_summit_which_takes_place_in_a_city(facts_of):
    facts = facts_of("Bolivian President Luis Arce attends the annual summit of the Andean Community, which is "
                     "taking place in Lima on Friday.", published=dt.date(2023, 5, 12))
    one(facts, "Luis Arce", "VISITED", "Lima")


def test_attending_a_summit_being_held_in_a_city(facts_of):
    facts = facts_of("Kenyan President William Ruto is attending a climate summit being held in Dakar.",
                     published=dt.date(2023, 5, 12))
    one(facts, "William Ruto", "VISITED", "Dakar")


def test_a_relative_clause_that_tells_no_occurrence_places_nothing(facts_of):
    facts = facts_of("Kenyan President William Ruto attended the summit, which discussed grain prices in "
                     "Dakar.", published=dt.date(2023, 5, 12))
    assert not [f for f in facts if f.relation == "VISITED"], facts
