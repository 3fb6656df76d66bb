"""Aid told through its vehicle, stop 49: a plane, ship, convoy or team leaving or crossing.

- verbs.json verb_frames `aid_conveyance`: a verb of leaving or crossing (depart, leave, cross,
  sail, head) whose subject is aid goods, an aid team or a vehicle carrying them (the `deployed`
  check) is aid from whoever the goods or the vehicle come from (path `subj_source`: their "from"
  phrase, their owner, the owner of what the vehicle carries, the body whose vehicle it is) to
  where they are bound. The theme is humanitarian (themes `conveyed_aid`, in the clause or its
  purpose clause): a military convoy crossing a border is no aid.
- Where the goods are bound (path `cargo_bound`): the to/for phrase of the goods, of the carrying
  participle or of a participle on the goods ("destined for X"), the people there standing for
  their state, comes before the stop the verb names: "left for Fiji carrying relief goods for
  Tonga" aids Tonga, not Fiji.
- A vessel's flag is not its sender; a vehicle with no sender named gives nothing.

Sentences are our own; articles are dated as each test says."""
from tests.facts import find, one


def test_relief_flight_from_a_state_leaving_for_another(facts_of):
    facts = facts_of("A relief flight from Kuwait left for Sudan on Tuesday with tents and blankets.")
    one(facts, "Kuwait", "AIDED", "Sudan")


def test_navy_ship_departing_with_goods_for_people_in_a_state(facts_of):
    facts = facts_of("A ship of the Indonesian Navy departed on Monday with 300 tonnes of relief goods "
                     "for people affected by the floods in Myanmar.")
    one(facts, "Indonesia", "AIDED", "Myanmar")


def test_medical_brigade_departing_for_a_state(facts_of):
    facts = facts_of("A Moroccan medical brigade departed for Libya on Sunday.")
    one(facts, "Morocco", "AIDED", "Libya")


def test_aid_trucks_crossing_into_a_state(facts_of):
    facts = facts_of("Several Jordanian aid trucks crossed into Syria on Tuesday.")
    one(facts, "Jordan", "AIDED", "Syria")


def test_goods_bound_elsewhere_than_the_stop(facts_of):
    facts = facts_of("A cargo plane of the Japanese air force carrying relief goods for Tonga left for Fiji on Monday.")
    one(facts, "Japan", "AIDED", "Tonga")
    assert not find(facts, "Japan", "AIDED", "Fiji")


def test_cargo_plane_whose_purpose_is_aid(facts_of):
    facts = facts_of("A Turkish military cargo plane departed for Somalia to deliver medical supplies.")
    one(facts, "Turkey", "AIDED", "Somalia")


def test_departure_still_to_come_is_planned(facts_of):
    facts = facts_of("A ship carrying Algerian aid will leave for Lebanon next week.")
    assert one(facts, "Algeria", "AIDED", "Lebanon").modality.value == "planned"


def test_no_aid_read_from_military_convoys_flags_or_unnamed_senders(facts_of):
    for text in ("A Russian military convoy crossed into Georgia on Friday.",
                 "Russian military trucks crossed into Ukraine to deliver weapons to the separatists.",
                 "A Liberian-flagged vessel carrying relief supplies left for Yemen.",
                 "The aid convoy left for Syria on Monday."):
        facts = facts_of(text)
        assert not [f for f in facts if f.relation == "AIDED"], (text, facts)
