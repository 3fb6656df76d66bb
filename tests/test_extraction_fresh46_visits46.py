"""A guest received by his host visited the host's state, read from the pooled real-news passages
of stop 46 (VISITED), in phrasings of our own:

- a person received, welcomed or hosted (verbs.json `reception_verbs`, active voice) by a person of
  another known state came to him: to the place a phrase of the verb or of the host names
  (`reception_prepositions`; "near" and "outside" only to that place's state), else to the host's
  state when the article names it; the visit is the reception's, with its date;
- an envoy received where he is posted, compatriots, a host whose state the article never names,
  a guest greeting his host, and a trip the article tells otherwise read nothing new.

Sentences are our own; articles are dated Friday 8 March 2024."""

import pytest

from tests.facts import find, one


def _visits(facts):
    return {(f.subject, f.object) for f in facts if f.relation == "VISITED"}


@pytest.mark.parametrize("text,guest,place", [
    ("Uzbek President Shavkat Mirziyoyev received Turkish Foreign Minister Hakan Fidan on Tuesday. Uzbekistan "
     "and Turkey signed two agreements on transport.", "Hakan Fidan", "Uzbekistan"),
    ("Chinese Premier Li Qiang received Spanish Prime Minister Pedro Sanchez inside the Zhongnanhai compound "
     "in Beijing on Monday.", "Pedro Sanchez", "China"),
])
def test_a_guest_received_by_a_host_of_another_state_visited_the_hosts_state(facts_of, text, guest, place):
    fact = one(facts_of(text), guest, "VISITED", place)
    assert fact.modality.value == "asserted"


def test_the_guests_visit_is_dated_as_his_reception(facts_of):
    fact = one(facts_of("Uzbek President Shavkat Mirziyoyev received Turkish Foreign Minister Hakan Fidan on "
                        "Tuesday. Uzbekistan and Turkey signed two agreements on transport."),
               "Hakan Fidan", "VISITED", "Uzbekistan")
    assert fact.date == "2024-03-05"


@pytest.mark.parametrize("text,guest", [
    # an envoy is received where he is posted
    ("Emir Tamim bin Hamad Al Thani of Qatar received Kuwait's ambassador to Qatar, Sheikh Ali Salem Al-Sabah, "
     "on Monday.", "Ali Salem Al-Sabah"),
    # compatriots
    ("President Joe Biden received his top diplomat, Antony Blinken, in the Oval Office on Tuesday.", "Antony Blinken"),
    # the host's state is never named: the destination is left untold
    ("President Bola Tinubu on Thursday received the President of Liberia, Joseph Boakai.", "Joseph Boakai"),
    # the guest greets his host, who is at home
    ("Joe Biden landed in Riyadh on Sunday, where he greeted the Saudi heir, Mohammed bin Salman.", "Mohammed bin Salman"),
])
def test_no_visit_is_read_for_who_came_nowhere_or_from_nowhere_else(facts_of, text, guest):
    assert not [v for v in _visits(facts_of(text)) if v[0] == guest or guest.split()[-1] in v[0]], _visits(facts_of(text))


def test_a_trip_the_article_tells_keeps_its_own_date(facts_of):
    facts = facts_of("Hossein Amir-Abdollahian, Iran's top diplomat, arrived in Pakistan on Wednesday for a "
                     "two-day stay. Pakistani Foreign Minister Bilawal Bhutto Zardari received Amir-Abdollahian "
                     "at his office on Thursday.")
    found = find(facts, "Hossein Amir-Abdollahian", "VISITED", "Pakistan")
    assert [f.date for f in found] == ["2024-03-06"], [(f.subject, f.object, f.date) for f in facts]
