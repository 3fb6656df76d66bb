"""Tours and itineraries fresh real news showed in stop 36, in phrasings of our own.

- a trip noun whose clause says it "included" or "will include" stops, a stop or visits in or to
  places: the trip's owner (its possessor or the traveller of its "by" phrase) made each stop;
  "included" tells it done, "will include" planned, and a present "includes" lists an itinerary's
  stops to come (planned);
- a stop the clause does not name a place for, or a place the sentence excludes ("but not in Z"),
  is no visit (guards).

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from schemas.models import Modality


def _visits(facts):
    return {(f.subject, f.object, f.modality) for f in facts if f.relation == "VISITED"}


def test_past_tour_included_stops_in_two_states(facts_of):
    facts = facts_of("Antony Blinken's Pacific tour last month included stops in Fiji and Tonga.",
                     published=dt.date(2023, 8, 2))
    got = _visits(facts)
    assert ("Antony Blinken", "Fiji", Modality.ASSERTED) in got, got
    assert ("Antony Blinken", "Tonga", Modality.ASSERTED) in got, got


def test_trip_by_a_minister_which_included_stops(facts_of):
    facts = facts_of("The talks follow a similar trip by Foreign Minister Penny Wong in early May, "
                     "which included stops in Suva and Apia but not in Honiara.",
                     published=dt.date(2023, 6, 20))
    got = _visits(facts)
    assert ("Penny Wong", "Suva", Modality.ASSERTED) in got, got
    assert ("Penny Wong", "Apia", Modality.ASSERTED) in got, got
    assert not any(o == "Honiara" and m == Modality.ASSERTED for _, o, m in got), got


def test_present_itinerary_lists_stops_to_come(facts_of):
    facts = facts_of("Narendra Modi flew out of New Delhi on Monday. His itinerary includes "
                     "stops in Ghana and Namibia.",
                     published=dt.date(2025, 7, 1))
    got = _visits(facts)
    assert ("Narendra Modi", "Ghana", Modality.PLANNED) in got, got
    assert ("Narendra Modi", "Namibia", Modality.PLANNED) in got, got


def test_stop_with_no_place_named_is_no_visit(facts_of):
    facts = facts_of("Emmanuel Macron's Gulf tour will include a stop at a naval base.",
                     published=dt.date(2024, 2, 1))
    assert not _visits(facts), facts
