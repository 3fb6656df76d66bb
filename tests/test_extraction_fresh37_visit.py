"""Visits told as received by the host, in phrasings of our own.

"A received a visit from B at a venue in Z" says B travelled to Z and A met B there, as "A
received B in Z" does. The host who receives or hosts a trip is not its traveller, and the
small parser often hangs the place on the visitor's name rather than on the verb.

Sentences are our own; articles are dated as each test says."""
import datetime as dt

from tests.facts import one


def _visits(facts):
    return [(f.subject, f.object) for f in facts if f.relation == "VISITED"]


def test_received_visit_places_the_visitor_at_the_venue_city(facts_of):
    facts = facts_of("Kenyan Interior Minister Kithure Kindiki received a visit from Ugandan Foreign Minister "
                     "Jeje Odongo on Friday at the Harambee House offices in Nairobi.",
                     published=dt.date(2023, 3, 6))
    assert one(facts, "Jeje Odongo", "VISITED", "Nairobi").modality.value == "asserted"
    one(facts, "Kithure Kindiki", "MET_WITH", "Jeje Odongo")
    assert ("Kithure Kindiki", "Nairobi") not in _visits(facts), _visits(facts)


def test_received_visit_with_place_on_the_visitor(facts_of):
    facts = facts_of("Malaysian Defence Minister Mohamad Hasan received a two-day visit from his Thai counterpart "
                     "Sutin Klungsang in Kuala Lumpur last Tuesday.",
                     published=dt.date(2024, 2, 12))
    one(facts, "Sutin Klungsang", "VISITED", "Kuala Lumpur")
    assert ("Mohamad Hasan", "Kuala Lumpur") not in _visits(facts), _visits(facts)


def test_the_host_of_a_received_visit_stays_home(facts_of):
    facts = facts_of("Ghanaian President Nana Akufo-Addo received an official visit from Togolese President "
                     "Faure Gnassingbe in Accra on Monday.",
                     published=dt.date(2022, 5, 10))
    assert ("Nana Akufo-Addo", "Accra") not in _visits(facts), _visits(facts)
    one(facts, "Faure Gnassingbe", "VISITED", "Accra")


def test_a_possessed_stay_in_a_city_is_a_visit(facts_of):
    facts = facts_of("Swedish Foreign Minister Tobias Billstrom toured a port terminal during his stay in Mombasa "
                     "on Wednesday.", published=dt.date(2023, 9, 15))
    assert one(facts, "Tobias Billstrom", "VISITED", "Mombasa").modality.value == "asserted"


def test_a_stay_told_ahead_is_a_planned_visit(facts_of):
    facts = facts_of("During her stay in Hanoi next week, Peruvian President Dina Boluarte will open a trade fair.",
                     published=dt.date(2023, 9, 15))
    assert one(facts, "Dina Boluarte", "VISITED", "Hanoi").modality.value == "planned"


def test_a_visitors_stay_is_a_visit_but_not_an_envoys_or_a_hosts(facts_of):
    facts = facts_of("Kenyan President William Ruto met county governors during his stay in Mombasa last week. "
                     "Ambassador of Chile Rodrigo Pardo thanked his hosts for their warmth during his stay in Nairobi. "
                     "Chilean Senator Ximena Rincon opened a wine fair during her stay in Nairobi on Friday.",
                     published=dt.date(2023, 9, 15))
    one(facts, "Ximena Rincon", "VISITED", "Nairobi")
    assert ("Rodrigo Pardo", "Nairobi") not in _visits(facts), _visits(facts)
    assert ("William Ruto", "Mombasa") not in _visits(facts), _visits(facts)
