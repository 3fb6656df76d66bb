"""Encounters and standing (VISITED, MET_WITH, HOLDS_ROLE, ALLIED_WITH) in constructions that
fresh real news used and the reader missed (docs/ERRORS.md, stop 18). Every sentence here is
our own, with invented persons; articles are dated Friday 8 March 2024 (tests/facts.py);
expected facts were read from each sentence."""

import pytest

from tests.facts import find, one

FOUND = [
    # a passive conjunct without its own subject: the first conjunct's subject is its patient
    ("Prime Minister Lena Varga landed in Vienna and was greeted by Chancellor Karl Huber.",
     "Karl Huber", "MET_WITH", "Lena Varga"),
    ("President Paul Ndemo arrived in Lusaka on Monday and was received by President Jonas Mweemba.",
     "Jonas Mweemba", "MET_WITH", "Paul Ndemo"),
    ("Foreign Minister Ilse Brandt flew to Ottawa and was welcomed by Prime Minister Marc Tremblay at the airport.",
     "Marc Tremblay", "MET_WITH", "Ilse Brandt"),
    # a call: "spoke to" between two persons
    ("Prime Minister Lena Varga spoke to President Tomas Novak on Tuesday.", "Lena Varga", "MET_WITH", "Tomas Novak"),
    ("Chancellor Karl Huber spoke to Prime Minister Marc Tremblay about the trade dispute.",
     "Karl Huber", "MET_WITH", "Marc Tremblay"),
    # a bare definite title standing for the one person the article named with it
    ("Chile's Foreign Minister Rosa Medina met Peru's trade envoy on Monday. The foreign minister is now in Montevideo.",
     "Rosa Medina", "VISITED", "Montevideo"),
    # "the <region> city of X": the city the phrase names, not the region before it
    ("Prime Minister Lena Varga arrived in the Siberia city of Omsk on Monday.", "Lena Varga", "VISITED", "Omsk"),
    ("President Ana Sola travelled to the Kurdistan city of Erbil on Tuesday.", "Ana Sola", "VISITED", "Erbil"),
    # a title before "of <state>" and the same title again before the name: the named ruler is met
    ("Prime Minister Dara Hakim called on Sultan of Brunei Sultan Hassanal Bolkiah at the palace on Friday.",
     "Dara Hakim", "MET_WITH", "Hassanal Bolkiah"),
    # a name that adds links of a lineage ("X bin Y bin Z Al W") is the known "X bin Y Al W"
    ("Emir Sheikh Tamim bin Hamad bin Khalifa Al Thani arrived in Muscat on Monday.",
     "Tamim bin Hamad Al Thani", "VISITED", "Muscat"),
    # a state's name the model took with a title word for a person: the state holds the post
    ("Marshall Islands Prime Minister Peter Tagua met New Zealand counterpart Mark Dalton in Wellington.",
     "Peter Tagua", "HOLDS_ROLE", "Marshall Islands"),
    ("Marshall Islands Prime Minister Peter Tagua met New Zealand counterpart Mark Dalton in Wellington.",
     "Peter Tagua", "MET_WITH", "Mark Dalton"),
    # letters after a name ("the Hon X MP") are no part of it, wherever the parser hangs them
    ("Prime Minister Mark Dalton welcomed the Prime Minister of Tuvalu, the Hon Peter Tagua MP, to Wellington.",
     "Mark Dalton", "MET_WITH", "Peter Tagua"),
    ("Prime Minister Mark Dalton welcomed the Prime Minister of Tuvalu, the Hon Peter Tagua MP, to Wellington.",
     "Peter Tagua", "VISITED", "Wellington"),
    ("The Hon Grace Talia MP met President Hilda Kabua in Suva.", "Grace Talia", "MET_WITH", "Hilda Kabua"),
    # a clause of circumstance under a pledge is an event of its own, not the pledge's content
    ("Chile and Peru pledged closer ties on Monday as President Ana Sola and President Juan Rios held talks in Montevideo.",
     "Ana Sola", "MET_WITH", "Juan Rios"),
    ("Zambia vowed deeper cooperation while President Paul Ndemo met President Jonas Mweemba on Tuesday.",
     "Paul Ndemo", "MET_WITH", "Jonas Mweemba"),
    # interrupting one's own talks says they were going on
    ("Prime Minister Lena Varga briefly interrupted her talks with Chancellor Karl Huber to take a call.",
     "Lena Varga", "MET_WITH", "Karl Huber"),
    # an audience is a meeting
    ("President Ana Sola held an audience with King Felipe in Madrid.", "Ana Sola", "MET_WITH", "Felipe VI"),
    ("Prime Minister Lena Varga had an audience with Pope Francis at the Vatican on Monday.",
     "Lena Varga", "MET_WITH", "Pope Francis"),
    ("Kenya's Prime Minister Daniel Otieno opened the fair. On Tuesday the Prime Minister flew to Kampala.",
     "Daniel Otieno", "VISITED", "Kampala"),
    ("Norway's Prime Minister Erik Lunde praised the deal. The Prime Minister spoke to President Tomas Novak "
     "by phone on Monday.", "Erik Lunde", "MET_WITH", "Tomas Novak"),
]


@pytest.mark.parametrize("text,subject,relation,obj", FOUND, ids=[f[0][:50] for f in FOUND])
def test_encounter_found(facts_of, text, subject, relation, obj):
    assert one(facts_of(text), subject, relation, obj).modality.value == "asserted"


NOT_FOUND = [
    # ... but an audience of listeners is no one met
    ("The audience applauded President Ana Sola in Madrid.", "Ana Sola", "MET_WITH", "Spain"),
    # a title alone taken for a place names no state
    ("Prime Minister Dara Hakim called on Sultan of Brunei Sultan Hassanal Bolkiah at the palace on Friday.",
     "Dara Hakim", "MET_WITH", "Sultan bin Abdulaziz Al Saud"),
    # ... and never his father, whose name it ends with
    ("Emir Sheikh Tamim bin Hamad bin Khalifa Al Thani arrived in Muscat on Monday.",
     "Hamad bin Khalifa Al Thani", "VISITED", "Muscat"),
    ("President Ana Sola travelled to the Kurdistan city of Erbil on Tuesday.", "Ana Sola", "VISITED", "Kurdistan"),
    # "spoke to" a group, the press or an organisation is no meeting
    ("Prime Minister Lena Varga spoke to reporters in Vienna.", "Lena Varga", "MET_WITH", "reporters"),
    ("President Paul Ndemo spoke to the African Union about the drought.", "Paul Ndemo", "MET_WITH", "African Union"),
    # two persons hold the title: "the president" stays unread
    ("President Paul Ndemo of Zambia met President Ana Sola of Peru. The president later flew to Montevideo.",
     "Paul Ndemo", "VISITED", "Montevideo"),
    ("President Paul Ndemo of Zambia met President Ana Sola of Peru. The president later flew to Montevideo.",
     "Ana Sola", "VISITED", "Montevideo"),
    # a title with its own state is that state's post, not the one named before
    ("Chile's Foreign Minister Rosa Medina spoke on Monday. The Peruvian foreign minister flew to Montevideo.",
     "Rosa Medina", "VISITED", "Montevideo"),
]


PLANNED = [
    # what is pledged stays to come
    ("President Ana Sola pledged to travel to Montevideo next week.", "Ana Sola", "VISITED", "Montevideo"),
    ("President Ana Sola vowed to meet President Juan Rios when she visits Montevideo.", "Ana Sola", "MET_WITH", "Juan Rios"),
]


@pytest.mark.parametrize("text,subject,relation,obj", PLANNED, ids=[f[0][:50] for f in PLANNED])
def test_encounter_planned(facts_of, text, subject, relation, obj):
    found = find(facts_of(text), subject, relation, obj) + find(facts_of(text), obj, relation, subject)
    assert found and all(f.modality.value == "planned" for f in found)


@pytest.mark.parametrize("text,subject,relation,obj", NOT_FOUND, ids=[f[0][:50] for f in NOT_FOUND])
def test_encounter_not_read(facts_of, text, subject, relation, obj):
    assert not find(facts_of(text), subject, relation, obj)
