"""Trips as fresh real news tells them (docs/ERRORS.md, stop 19): where a visit went when the
sentence names the venue, a journey home, a visit nobody made, "the first leader to visit",
a greeting told with its by-phrase on an adjunct, an itinerary told by its trip noun, a return
from somewhere. Every sentence here is our own, with invented persons; articles are dated
Friday 8 March 2024 (tests/facts.py); expected facts were read from each sentence."""

import pytest

from schemas.models import Modality
from tests.facts import find, one

FOUND = [
    # a venue's name is where the visit happened; the place its phrase names is where it went
    ("President Paul Ndemo arrived at Kenneth Kaunda International Airport in Lusaka on Monday.",
     "Paul Ndemo", "VISITED", "Lusaka"),
    ("Karl Huber landed at Nadi International Airport in Fiji on Tuesday.", "Karl Huber", "VISITED", "Fiji"),
    # a journey home is no visit; the visit it ends still is one
    ("President Paul Ndemo headed home to Lusaka on Saturday after a visit to Angola.",
     "Paul Ndemo", "VISITED", "Angola"),
    # "the first / last / only <noun> to visit": the ranked noun is the copula's other side
    ("Karl Huber was the first German chancellor to visit Tuvalu.", "Karl Huber", "VISITED", "Tuvalu"),
    ("The last Peruvian president to visit Quito was Juan Rios in 2010.", "Juan Rios", "VISITED", "Quito"),
    ("Prime Minister Lena Varga, the only European leader to visit Tonga that year, met King Tupou.",
     "Lena Varga", "VISITED", "Tonga"),
    # a passive greeting whose "by" the parser hangs on the adjunct's noun
    ("Prime Minister Lena Varga arrived in Vienna on Monday. She was met on arrival by Chancellor Karl Huber.",
     "Karl Huber", "MET_WITH", "Lena Varga"),
    ("President Paul Ndemo was greeted upon arrival by Foreign Minister Jonas Mweemba.",
     "Jonas Mweemba", "MET_WITH", "Paul Ndemo"),
    # an itinerary told by its trip noun: the trip's owner goes where it "included" or "took" him
    ("President Paul Ndemo headed home on Saturday after a tour that included Angola, Namibia and Botswana.",
     "Paul Ndemo", "VISITED", "Namibia"),
    ("President Paul Ndemo headed home on Saturday after a tour that included Angola, Namibia and Botswana.",
     "Paul Ndemo", "VISITED", "Botswana"),
    ("Karl Huber began a tour that took him to Fiji and Samoa.", "Karl Huber", "VISITED", "Samoa"),
    # coming back from a place, or from a trip to it, says one was there
    ("President Paul Ndemo returned home from a tour of Angola and Namibia.", "Paul Ndemo", "VISITED", "Namibia"),
    ("President Paul Ndemo returned to Lusaka on Friday from Nairobi, where he attended a summit.",
     "Paul Ndemo", "VISITED", "Nairobi"),
    # "left X for Y" on a day gone by: Y is where the trip went
    ("President Paul Ndemo left Lusaka for Nairobi on Monday.", "Paul Ndemo", "VISITED", "Nairobi"),
    # "City, State" the model took as one name: the city, and the state it lies in
    ("President Paul Ndemo arrived in Abuja, Nigeria, late on Tuesday for talks.", "Paul Ndemo", "VISITED", "Abuja"),
    ("President Paul Ndemo arrived in Abuja, Nigeria, late on Tuesday for talks.", "Paul Ndemo", "VISITED", "Nigeria"),
    # a vehicle a person owns: its landing is the owner's arrival
    ("Chancellor Karl Huber's plane landed in Suva on Monday.", "Karl Huber", "VISITED", "Suva"),
    ("Prime Minister Lena Varga's aircraft touched down in Vienna on Tuesday.", "Lena Varga", "VISITED", "Vienna"),
    # stops as nouns; "played host to X"; a tour begun "in X"
    ("Chancellor Karl Huber is making stops in Fiji and Samoa this week.", "Karl Huber", "VISITED", "Samoa"),
    ("Chancellor Karl Huber made a brief stop in Nadi on his way to Samoa.", "Karl Huber", "VISITED", "Nadi"),
    ("Prime Minister Jone Rabuka played host to Chancellor Karl Huber in Suva on Monday.",
     "Karl Huber", "VISITED", "Suva"),
    ("Prime Minister Jone Rabuka played host to Chancellor Karl Huber in Suva on Monday.",
     "Jone Rabuka", "MET_WITH", "Karl Huber"),
    ("Fiji played host to Chancellor Karl Huber on Monday.", "Karl Huber", "VISITED", "Fiji"),
    ("Chancellor Karl Huber kicked off his Pacific tour in Fiji on Monday.", "Karl Huber", "VISITED", "Fiji"),
    # a call: "X called Y" with Y alone after the verb (the parser may take Y for a complement)
    ("Chancellor Karl Huber called Prime Minister Lena Varga on Tuesday.", "Karl Huber", "MET_WITH", "Lena Varga"),
    ("President Paul Ndemo called Chancellor Karl Huber after the vote.", "Paul Ndemo", "MET_WITH", "Karl Huber"),
    # a lone last name the model called an organisation, after the article named the person in full
    ("Prime Minister Lena Varga returned home on Friday. During her visit to Japan, Varga held talks with "
     "Prime Minister Kenji Sato.", "Lena Varga", "MET_WITH", "Kenji Sato"),
    ("Prime Minister Lena Varga returned home on Friday. During her visit to Japan, Varga held talks with "
     "Prime Minister Kenji Sato.", "Lena Varga", "VISITED", "Japan"),
]


@pytest.mark.parametrize("text,subject,relation,obj", FOUND)
def test_trip_found(facts_of, text, subject, relation, obj):
    assert one(facts_of(text), subject, relation, obj).modality == Modality.ASSERTED


PLANNED = [
    ("Fiji will play host to Chancellor Karl Huber next week.", "Karl Huber", "VISITED", "Fiji"),
    ("Karl Huber's trip will take him to Fiji, Samoa and Tonga.", "Karl Huber", "VISITED", "Tonga"),
]


@pytest.mark.parametrize("text,subject,relation,obj", PLANNED)
def test_trip_planned(facts_of, text, subject, relation, obj):
    assert one(facts_of(text), subject, relation, obj).modality == Modality.PLANNED


def test_a_visit_nobody_made_is_negated(facts_of):
    facts = facts_of("After the war, no Chilean leader visited Peru until 2005.")
    assert one(facts, "Chile", "VISITED", "Peru").modality == Modality.NEGATED


NOT_READ = [
    # the venue is no destination, with or without the place it lies in
    ("President Paul Ndemo arrived at Kenneth Kaunda International Airport in Lusaka on Monday.",
     "Paul Ndemo", "VISITED", "Kenneth Kaunda International Airport"),
    ("Prime Minister Lena Varga was received at Ruzyne Airport by President Tomas Novak.",
     "Lena Varga", "VISITED", "Ruzyne Airport"),
    # home is no visit
    ("President Paul Ndemo headed home to Lusaka on Saturday after a visit to Angola.",
     "Paul Ndemo", "VISITED", "Lusaka"),
    ("President Paul Ndemo returned to Lusaka on Friday from Nairobi, where he attended a summit.",
     "Paul Ndemo", "VISITED", "Lusaka"),
    ("President Paul Ndemo arrived in Abuja, Nigeria, late on Tuesday for talks.", "Paul Ndemo", "VISITED", "Abuja, Nigeria"),
    # "called X a liar", "a man called X", "called off": no call
    ("Chancellor Karl Huber called Prime Minister Lena Varga a liar.", "Karl Huber", "MET_WITH", "Lena Varga"),
    ("A rebel leader called Jonas Mweemba met President Paul Ndemo.", "Jonas Mweemba", "MET_WITH", "Jonas Mweemba"),
    ("The army put a stop to the protests in Suva.", "Fiji", "VISITED", "Suva"),
    # "took" without a trip is no journey
    ("The earthquake took a heavy toll on Fiji and its neighbour Tonga.", "Fiji", "VISITED", "Tonga"),
]


@pytest.mark.parametrize("text,subject,relation,obj", NOT_READ)
def test_trip_not_read(facts_of, text, subject, relation, obj):
    assert not find(facts_of(text), subject, relation, obj)


def test_a_greeting_on_arrival_is_no_second_visit(facts_of):
    facts = facts_of("Prime Minister Lena Varga was received at Ruzyne Airport by President Tomas Novak.")
    one(facts, "Tomas Novak", "MET_WITH", "Lena Varga")
    assert not [f for f in facts if f.relation == "VISITED"]
