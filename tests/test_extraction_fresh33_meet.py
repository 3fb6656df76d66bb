"""Meetings and visits fresh real news showed in stop 33, each in phrasings of our own.

- "hosted a luncheon in honour of X", "gave a banquet in the honour of Y": a meal held in honour
  of a named guest is a meeting of host and guest, wherever the parser hung the honour phrase (on
  the meal noun or on the verb) and also when it broke the guest's name after the title's "of"
  phrase;
- "will host X on a state visit to Y", "will depart for a three-day visit to Y", "will fly to B, in
  the first visit to C": a trip noun in an on/for/in phrase after a verb still to come is planned
  like that verb (a phrase set before the verb, "X, on a visit to Y, will ...", tells a trip under
  way; a past verb's trip happened);
- "X will on Thursday travel to Y", "X will on Wednesday depart Z on a state visit to Y": a time
  phrase between the modal and the verb makes the small parser hang the subject on the modal, tag
  the verb a noun, or lose it and hang the trip phrase on the modal; the journey is still X's, and
  still to come.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from schemas.models import Modality
from tests.facts import one


# ---- a meal in honour of a guest ----------------------------------------------------------------
def test_luncheon_in_honour_of_a_guest(facts_of):
    facts = facts_of("Chilean President Ana Ruiz hosted an official luncheon at the palace in honour of "
                     "Peruvian President Jose Vera on Tuesday.", published=dt.date(2024, 3, 8))
    one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")


def test_banquet_in_the_honour_of_a_guest_is_planned_ahead(facts_of):
    facts = facts_of("Ruritanian President Oskar Lind will give a state banquet in the honour of "
                     "Bordurian Prime Minister Ivo Maric next week.", published=dt.date(2024, 3, 8))
    assert one(facts, "Oskar Lind", "MET_WITH", "Ivo Maric").modality == Modality.PLANNED


def test_dinner_in_honor_of_a_guest_named_after_a_long_title(facts_of):
    facts = facts_of("Chilean President Ana Ruiz held a dinner in honor of the President of the friendly "
                     "Republic of Peru Jose Vera and his delegation on Monday.", published=dt.date(2024, 3, 8))
    one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")


def test_dinner_in_honour_of_an_anniversary_meets_nobody(facts_of):
    facts = facts_of("Chilean President Ana Ruiz hosted a dinner in Santiago in honour of the anniversary "
                     "of the founding of the navy on Monday.", published=dt.date(2024, 3, 8))
    assert not [f for f in facts if f.relation == "MET_WITH"], facts


def test_dinner_in_honor_of_a_guest_its_of_phrase_hung_on_the_verb(facts_of):
    facts = facts_of("Chilean President Ana Ruiz held a dinner in honor of President of Peru Jose Vera "
                     "and his delegation on Monday.", published=dt.date(2024, 3, 8))
    one(facts, "Ana Ruiz", "MET_WITH", "Jose Vera")


# ---- a trip named after a verb still to come -----------------------------------------------------
def vis(facts, subject, obj):
    return one(facts, subject, "VISITED", obj)


def test_hosting_a_guest_on_a_coming_visit(facts_of):
    facts = facts_of("Chilean President Ana Ruiz will host Peruvian President Jose Vera on a two-day state "
                     "visit to Chile starting Monday.", published=dt.date(2024, 3, 8))
    assert vis(facts, "Jose Vera", "Chile").modality == Modality.PLANNED


def test_departing_for_a_coming_visit(facts_of):
    facts = facts_of("Peruvian President Jose Vera will depart for a three-day official visit to Chile "
                     "on Monday.", published=dt.date(2024, 3, 8))
    assert vis(facts, "Jose Vera", "Chile").modality == Modality.PLANNED


def test_a_coming_trip_named_in_an_in_phrase(facts_of):
    facts = facts_of("Peruvian Foreign Minister Jose Vera will fly to Santiago next week, in the first "
                     "visit to Chile by a Peruvian minister in a decade.", published=dt.date(2024, 3, 8))
    assert vis(facts, "Jose Vera", "Chile").modality == Modality.PLANNED


def test_a_past_arrival_on_a_visit_stays_asserted(facts_of):
    facts = facts_of("Peruvian President Jose Vera arrived in Santiago on Monday on a three-day visit "
                     "to Chile.", published=dt.date(2024, 3, 8))
    assert vis(facts, "Jose Vera", "Chile").modality == Modality.ASSERTED


def test_a_visit_phrase_before_a_future_verb_is_under_way(facts_of):
    facts = facts_of("Peruvian President Jose Vera, on a state visit to Chile, will meet Chilean "
                     "President Ana Ruiz on Tuesday.", published=dt.date(2024, 3, 8))
    assert not [f for f in facts if f.relation == "VISITED" and f.modality == Modality.PLANNED], facts


# ---- a time phrase between the modal and the verb ------------------------------------------------
def test_will_on_a_day_travel_to_a_place(facts_of):
    facts = facts_of("Peruvian President Jose Vera will on Thursday travel to Chile after a visit to Cusco.",
                     published=dt.date(2024, 3, 8))
    assert vis(facts, "Jose Vera", "Chile").modality == Modality.PLANNED


def test_will_on_a_day_depart_on_a_state_visit(facts_of):
    facts = facts_of("Peru's President Jose Vera will on Wednesday depart Lima on a three-day state visit "
                     "to Chile, following an invitation by Chilean President Ana Ruiz.",
                     published=dt.date(2024, 3, 8))
    assert vis(facts, "Jose Vera", "Chile").modality == Modality.PLANNED
